import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { accountIdentifier } from "~/domain/account";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { EMPLOYER_TEAM_ROLES } from "~/domain/organisation";
import { getOrganisationMember } from "~/models/organisation.server";
import { requireRole, requireTeamManager } from "~/services/auth.server";
import { changeTeamRole, removeFromTeam, teamChange } from "~/services/employer-team.server";
import { chosenOrganisation, idParam } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { teamRoleSchema } from "~/validation/employer-team";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account", "workspace"] };

/** The colleague this page is about, once the employer's owner or a manager is signed in; 404 if not in the team. */
async function load(request: Request, params: { userId?: string }) {
  const user = await requireRole(request, "employer");
  const { chosen, options } = chosenOrganisation(user, "employer", request);
  await requireTeamManager(request, user, chosen);
  const member = await getOrganisationMember(getDb(), { organisationId: chosen.organisation_id, userId: idParam(params.userId) });
  if (!member) throw new Response("Not Found", { status: 404 });
  return { user, chosen, member, query: options.length > 1 ? `?org=${chosen.organisation_id}` : "" };
}

// GET/POST /employer/team/:userId: the owner or a manager changes a colleague's role or removes
// them. Nobody changes their own role or the owner's; the page says so instead of offering the forms.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, member, query } = await load(request, params);
  return json(
    {
      member: { userId: member.user_id, name: member.display_name, email: accountIdentifier(member), role: member.role, since: member.created_at },
      change: teamChange(user.id, member),
      query,
      saved: new URL(request.url).searchParams.has("saved"),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, chosen, member, query } = await load(request, params);
  const db = getDb();
  const target = { actorUserId: user.id, organisationId: chosen.organisation_id, userId: member.user_id };
  const formData = await request.formData();
  if (teamChange(user.id, member) !== "allowed") throw new Response("Forbidden", { status: 403 });
  if (formData.get("intent") === "remove") {
    await removeFromTeam(db, target);
    return redirect(`/employer/team${query ? `${query}&` : "?"}removed=${member.user_id}`, 303);
  }
  const parsed = parseForm(formData, teamRoleSchema, { omit: ["intent"] });
  if (!parsed.ok) return formErrors(context, parsed);
  await changeTeamRole(db, { ...target, role: parsed.data.role });
  return redirect(`/employer/team/${member.user_id}${query ? `${query}&` : "?"}saved`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, metaT(matches)(data ? "team.memberTitle" : "team.title", { name: data?.member.name ?? "" }));

export default function TeamMember() {
  const { member, change, query, saved } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const here = `/employer/team/${member.userId}${query}`;
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/employer/team${query}`}>{t("team.backToTeam")}</Link>
      </p>
      <h1>{t("team.memberTitle", { name: member.name })}</h1>
      {saved && !result ? (
        <p className="notice notice--success" role="status">
          {t("team.roleChanged", { name: member.name, role: t(`account.roles.${member.role}`) })}
        </p>
      ) : null}
      <p>
        {t(`account.roles.${member.role}`)} · {member.email} · {t("team.memberSince", { date: formatDate(t, member.since) })}
      </p>
      {change === "allowed" ? (
        <>
          <h2>{t("team.changeRole")}</h2>
          <PostForm errors={result?.errors} action={here}>
            <input type="hidden" name="intent" value="role" />
            <RadioGroup
              id="role"
              name="role"
              label={t("team.role")}
              defaultValue={result?.values.role ?? member.role}
              options={EMPLOYER_TEAM_ROLES.map((value) => ({ value, label: t(`team.roleHints.${value}`) }))}
            />
            <Button type="submit">{t("team.saveRole")}</Button>
          </PostForm>
          <h2>{t("team.removeHeading")}</h2>
          <p>{t("team.removeBody", { name: member.name })}</p>
          <form method="post" action={here}>
            <input type="hidden" name="intent" value="remove" />
            <Button type="submit" className="button--warning">
              {t("team.removeButton", { name: member.name })}
            </Button>
          </form>
        </>
      ) : (
        <p className="notice">{change === "self" ? t("team.cannotChangeSelf") : t("team.cannotChangeOwner")}</p>
      )}
    </div>
  );
}
