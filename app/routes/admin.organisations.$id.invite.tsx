import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NAME_SLOT, NameInText } from "~/components/name-in-text";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextField } from "~/components/ui/text-field";
import { getOrganisationMember, getPartnerOrganisation } from "~/models/organisation.server";
import { getUserByEmail } from "~/models/user.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { sendInvitation } from "~/services/emails.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { pickText } from "~/utils/localized";
import { localeFromMatches, metaT, pageTitle } from "~/utils/meta";
import { idParam } from "~/utils/params";
import { useLocale } from "~/hooks/use-locale";
import { invitationSchema } from "~/validation/admin";
import { PARTNER_ROLES } from "~/domain/organisation";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account", "admin"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const organisation = await getPartnerOrganisation(getDb(), { id: idParam(params.id) });
  if (!organisation) throw new Response("Not Found", { status: 404 });
  return json({ organisation });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const db = getDb();
  const organisation = await getPartnerOrganisation(db, { id: idParam(params.id) });
  if (!organisation) throw new Response("Not Found", { status: 404 });
  const parsed = parseForm(await request.formData(), invitationSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const existing = await getUserByEmail(db, { email: parsed.data.email });
  if (existing && (await getOrganisationMember(db, { organisationId: organisation.id, userId: existing.id }))) {
    return formErrors(context, { errors: { email: "admin.alreadyMember" }, values: { email: parsed.data.email, role: parsed.data.role } });
  }
  await sendInvitation(db, {
    actorUserId: admin.id,
    organisation: { ...organisation, kind: "partner" },
    to: { email: parsed.data.email },
    role: parsed.data.role,
    origin: getEnv().publicUrl,
  });
  return redirect(`/admin/organisations/${organisation.id}?invited`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const organisation = data?.organisation;
  const name = organisation ? (pickText(localeFromMatches(matches), organisation.name_zh, organisation.name_en)?.text ?? "") : "";
  return pageTitle(matches, metaT(matches)("admin.inviteTitle", { organisation: name }));
};

export default function InviteStaff() {
  const { organisation } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const name = pickText(locale, organisation.name_zh, organisation.name_en);
  return (
    <div className="narrow">
      <p>
        <Link to={`/admin/organisations/${organisation.id}`} className="back-link">
          <NameInText text={t("admin.backToOrganisation", { organisation: NAME_SLOT })} name={name} />
        </Link>
      </p>
      <h1>
        <NameInText text={t("admin.inviteTitle", { organisation: NAME_SLOT })} name={name} />
      </h1>
      <p className="lead">{t("admin.inviteLead")}</p>
      <PostForm errors={result?.errors} action={`/admin/organisations/${organisation.id}/invite`}>
        <TextField
          id="email"
          name="email"
          type="email"
          inputMode="email"
          label={t("admin.inviteEmail")}
          defaultValue={result?.values.email}
          autoComplete="off"
        />
        <RadioGroup
          id="role"
          name="role"
          label={t("admin.role")}
          defaultValue={result?.values.role}
          options={PARTNER_ROLES.map((value) => ({ value, label: t(`admin.roleHints.${value}`) }))}
        />
        <Button type="submit">{t("admin.sendInvite")}</Button>
      </PostForm>
    </div>
  );
}
