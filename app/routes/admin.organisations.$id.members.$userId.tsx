import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { accountIdentifier } from "~/domain/account";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NAME_SLOT, NameInText } from "~/components/name-in-text";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { changeMemberRole, getOrganisationMember, getPartnerOrganisation, removeMember } from "~/models/organisation.server";
import { listPasskeys } from "~/models/passkey.server";
import { endAccessFromBeforeProof } from "~/services/account-security.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { formatDate } from "~/utils/format";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { idParam } from "~/utils/params";
import { useLocale } from "~/hooks/use-locale";
import { memberRoleSchema } from "~/validation/admin";
import { PARTNER_ROLES } from "~/domain/organisation";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account", "admin"] };

/** The partner organisation and one of its members, or 404 for either. */
async function load(params: { id?: string; userId?: string }) {
  const db = getDb();
  const organisationId = idParam(params.id);
  const userId = idParam(params.userId);
  const [organisation, member] = await Promise.all([
    getPartnerOrganisation(db, { id: organisationId }),
    getOrganisationMember(db, { organisationId, userId }),
  ]);
  if (!organisation || !member) throw new Response("Not Found", { status: 404 });
  return { organisation, member };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const { organisation, member } = await load(params);
  const passkeys = (await listPasskeys(getDb(), { userId: member.user_id })).length;
  const query = new URL(request.url).searchParams;
  return json(
    { organisation, member, passkeys, saved: query.has("saved"), cleared: query.has("passkeys-cleared") },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const { organisation, member } = await load(params);
  const formData = await request.formData();
  const db = getDb();
  const target = { actorUserId: admin.id, organisationId: organisation.id, userId: member.user_id };
  if (formData.get("intent") === "clear-passkeys") {
    // A lost device, or a passkey someone else may hold: all of them go, with every session (a
    // session may have been opened with one), audited with this admin as the actor, and the person
    // is emailed. Their next sign-in adds a passkey with the emailed code.
    await endAccessFromBeforeProof(db, { userId: member.user_id, keepToken: null, reason: "admin", origin: getEnv().publicUrl, actorUserId: admin.id });
    return redirect(`/admin/organisations/${organisation.id}/members/${member.user_id}?passkeys-cleared`, 303);
  }
  if (formData.get("intent") === "remove") {
    await removeMember(db, target);
    return redirect(`/admin/organisations/${organisation.id}?removed=${member.user_id}`, 303);
  }
  const parsed = parseForm(formData, memberRoleSchema, { omit: ["intent"] });
  if (!parsed.ok) return formErrors(context, parsed);
  await changeMemberRole(db, { ...target, role: parsed.data.role });
  return redirect(`/admin/organisations/${organisation.id}/members/${member.user_id}?saved`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, metaT(matches)("admin.memberTitle", { name: data?.member.display_name ?? "" }));

export default function AdminMember() {
  const { organisation, member, passkeys, saved, cleared } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const name = pickText(locale, organisation.name_zh, organisation.name_en);
  const here = `/admin/organisations/${organisation.id}/members/${member.user_id}`;
  return (
    <div className="narrow">
      <p>
        <Link to={`/admin/organisations/${organisation.id}`} className="back-link">
          <NameInText text={t("admin.backToOrganisation", { organisation: NAME_SLOT })} name={name} />
        </Link>
      </p>
      <h1>{t("admin.memberTitle", { name: member.display_name })}</h1>
      {saved && !result ? (
        <p className="notice" role="status">
          {t("admin.roleChanged", { name: member.display_name, role: t(`account.roles.${member.role}`) })}
        </p>
      ) : null}
      {cleared && !result ? (
        <p className="notice" role="status">
          {t("security.admin.cleared", { name: member.display_name })}
        </p>
      ) : null}
      <p>
        {accountIdentifier(member)} · {t("admin.memberSince", { date: formatDate(t, member.created_at) })}
      </p>

      <h2>{t("admin.changeRole")}</h2>
      <PostForm errors={result?.errors} action={here}>
        <input type="hidden" name="intent" value="role" />
        <RadioGroup
          id="role"
          name="role"
          label={t("admin.role")}
          defaultValue={result?.values.role ?? member.role}
          options={PARTNER_ROLES.map((value) => ({ value, label: t(`admin.roleHints.${value}`) }))}
        />
        <Button type="submit">{t("admin.saveRole")}</Button>
      </PostForm>

      <h2>{t("security.admin.heading")}</h2>
      {passkeys > 0 ? (
        <>
          <p>{t("security.admin.body", { name: member.display_name, count: passkeys })}</p>
          <form method="post" action={here}>
            <input type="hidden" name="intent" value="clear-passkeys" />
            <Button type="submit" className="button--warning">
              {t("security.admin.button", { name: member.display_name })}
            </Button>
          </form>
        </>
      ) : (
        <p>{t("security.admin.none", { name: member.display_name })}</p>
      )}

      <h2>{t("admin.removeHeading")}</h2>
      <p>
        <NameInText text={t("admin.removeBody", { name: member.display_name, organisation: NAME_SLOT })} name={name} />
      </p>
      <form method="post" action={here}>
        <input type="hidden" name="intent" value="remove" />
        <Button type="submit" className="button--warning">
          {t("admin.removeButton", { name: member.display_name })}
        </Button>
      </form>
    </div>
  );
}
