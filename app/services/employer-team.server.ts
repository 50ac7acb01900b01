import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { EmployerTeamRole } from "~/domain/organisation";
import { changeMemberRole, getOrganisationMember, removeMember } from "~/models/organisation.server";
import { getUserByEmail } from "~/models/user.server";
import { sendInvitationEmail } from "./emails.server";

type Db = Kysely<Database>;

// An employer runs its own team (issue 19, item 1): its owner and managers invite colleagues by
// email, give them a role (manager or recruiter) and remove them. Each change is audit-logged by the
// model. The route has already checked that the actor is the employer's owner or a manager.

/** Whom a manager may change or remove: anyone in the team but themselves and the owner. */
export type TeamChange = "allowed" | "self" | "owner";

/** Why `actorUserId` may or may not change the member `target` (never themselves, never the owner). */
export function teamChange(actorUserId: number, target: { user_id: number; role: string }): TeamChange {
  if (target.user_id === actorUserId) return "self";
  if (target.role === "owner") return "owner";
  return "allowed";
}

/**
 * Emails `email` an invitation to join the employer with `role` (the link works once, for 7 days,
 * for that address only). `"member"` when the address already belongs to someone in the team.
 */
export async function inviteToTeam(
  db: Db,
  {
    actorUserId,
    organisation,
    email,
    role,
    origin,
  }: { actorUserId: number; organisation: { id: number; name_zh: string | null; name_en: string | null }; email: string; role: EmployerTeamRole; origin: string },
): Promise<"invited" | "member"> {
  const existing = await getUserByEmail(db, { email });
  if (existing && (await getOrganisationMember(db, { organisationId: organisation.id, userId: existing.id }))) return "member";
  await sendInvitationEmail(db, { actorUserId, organisation: { ...organisation, kind: "employer" }, email, role, origin });
  return "invited";
}

/** Gives a colleague another role; refused (and nothing changes) for oneself and for the owner. */
export async function changeTeamRole(
  db: Db,
  { actorUserId, organisationId, userId, role }: { actorUserId: number; organisationId: number; userId: number; role: EmployerTeamRole },
): Promise<TeamChange | "not_member"> {
  const target = await getOrganisationMember(db, { organisationId, userId });
  if (!target) return "not_member";
  const change = teamChange(actorUserId, target);
  if (change === "allowed") await changeMemberRole(db, { actorUserId, organisationId, userId, role });
  return change;
}

/**
 * Takes a colleague off the team (their account stays, and their name leaves the employer's public
 * list of recruiters with the membership); refused for oneself and for the owner.
 */
export async function removeFromTeam(
  db: Db,
  { actorUserId, organisationId, userId }: { actorUserId: number; organisationId: number; userId: number },
): Promise<TeamChange | "not_member"> {
  const target = await getOrganisationMember(db, { organisationId, userId });
  if (!target) return "not_member";
  const change = teamChange(actorUserId, target);
  if (change === "allowed") await removeMember(db, { actorUserId, organisationId, userId });
  return change;
}
