import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { accountIdentifier } from "~/domain/account";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TEAM_MANAGER_ROLES, type MembershipRole } from "~/domain/organisation";
import { listPendingInvitations } from "~/models/invitation.server";
import { getUserById } from "~/models/user.server";
import { listOrganisationMembers } from "~/models/organisation.server";
import { requireRole } from "~/services/auth.server";
import { teamChange } from "~/services/employer-team.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { namedTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account", "workspace"] };

/** Confirmations the team's other pages come back with. */
const NOTICES = ["invited", "removed"] as const;

// GET /employer/team: who recruits for this employer, with their roles; its owner and managers
// also see the invitations still open and reach each colleague's page (issue 19, item 1).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  const { chosen, options } = chosenOrganisation(user, "employer", request);
  const db = getDb();
  const canManage = (TEAM_MANAGER_ROLES as readonly MembershipRole[]).includes(chosen.role);
  const [members, invitations] = await Promise.all([
    listOrganisationMembers(db, { organisationId: chosen.organisation_id }),
    // Only those who can invite see whom the team has invited.
    canManage ? listPendingInvitations(db, { organisationId: chosen.organisation_id }) : Promise.resolve([]),
  ]);
  const search = new URL(request.url).searchParams;
  const notice = NOTICES.find((n) => search.has(n)) ?? null;
  // A notice names people from the database, never from the query string.
  const removedId = Number(search.get("removed"));
  const removed = notice === "removed" && Number.isSafeInteger(removedId) && removedId > 0 ? await getUserById(db, { id: removedId }) : undefined;
  const subject = notice === "removed" ? (removed?.display_name ?? null) : notice === "invited" && invitations[0] ? accountIdentifier(invitations[0]) : null;
  return json(
    {
      org: { id: chosen.organisation_id, name_zh: chosen.name_zh, name_en: chosen.name_en },
      query: options.length > 1 ? `?org=${chosen.organisation_id}` : "",
      canManage,
      members: members.map((m) => ({
        userId: m.user_id,
        name: m.display_name,
        // What the member signs in with: their address, or the number for a mobile account.
        email: accountIdentifier(m),
        role: m.role,
        since: m.created_at,
        listed: m.listed_as_recruiter,
        editable: canManage && teamChange(user.id, m) === "allowed",
        you: m.user_id === user.id,
      })),
      // Sent to an address, or by text to a number (shown in groups, as it is written).
      invitations: invitations.map((i) => ({ email: accountIdentifier(i), role: i.role === "manager" ? ("manager" as const) : ("member" as const), expiresAt: i.expires_at })),
      notice: subject ? notice : null,
      subject,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "team.title", "team.titleNamed", data && { zh: data.org.name_zh, en: data.org.name_en });

export default function EmployerTeam() {
  const { query, canManage, members, invitations, notice, subject } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const base = "/employer/team";
  return (
    <>
      <p className="back-link">
        <Link to={`/employer${query}`}>{t("workspace.backToEmployer")}</Link>
      </p>
      <h1>{t("team.title")}</h1>
      {notice && subject ? (
        <p className="notice notice--success" role="status">
          {notice === "invited" ? t("team.invited", { email: subject }) : t("team.removed", { name: subject })}
        </p>
      ) : null}
      <p className="lead">{t("team.lead")}</p>
      <ul className="admin-list" aria-label={t("team.title")}>
        {members.map((member) => (
          <li key={member.userId} className="admin-list__item" data-user-id={member.userId} data-role={member.role}>
            <p className="admin-list__title">
              {member.editable ? <Link to={`${base}/${member.userId}${query}`}>{member.name}</Link> : member.name}
              {member.you ? t("team.you") : null}
            </p>
            <p className="admin-list__meta">
              {t(`account.roles.${member.role}`)} · {member.email} · {t("team.memberSince", { date: formatDate(t, member.since) })}
            </p>
            {member.listed ? <p className="admin-list__meta">{t("team.listed")}</p> : null}
          </li>
        ))}
      </ul>
      {canManage ? (
        <p>
          <Link className="button button--primary" to={`${base}/invite${query}`}>
            {t("team.invite")}
          </Link>
        </p>
      ) : (
        <p>{t("team.onlyManagers")}</p>
      )}
      {invitations.length > 0 ? (
        <section aria-labelledby="invites-heading">
          <h2 id="invites-heading">{t("team.invitesHeading")}</h2>
          <ul className="admin-list">
            {invitations.map((invitation) => (
              <li key={invitation.email} className="admin-list__item">
                <p className="admin-list__title">{invitation.email}</p>
                <p className="admin-list__meta">
                  {t(`account.roles.${invitation.role}`)} · {t("team.inviteValidUntil", { date: formatDate(t, invitation.expiresAt) })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
