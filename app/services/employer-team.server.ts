import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { VERIFYING_PARTNER_TYPES, type EmployerTeamRole } from "~/domain/organisation";
import { changeMemberRole, createEmployerOrganisation, getOrganisationMember, getPartnerOrganisation, removeMember, type EmployerSignUpError } from "~/models/organisation.server";
import { inTransaction } from "../../db/transaction";
import { getUserByEmail, getUserByMobile } from "~/models/user.server";
import type { Invitee } from "~/models/invitation.server";
import { sendInvitation } from "./emails.server";

type Db = Kysely<Database>;

// An employer runs its own team (issue 19, item 1): its owner and managers invite colleagues by
// email or mobile number, give them a role (manager or recruiter) and remove them. Each change is audit-logged by the
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
 * Sends `contact` (an email address, or a mobile number by text message) an invitation to join the
 * employer with `role` (the link works once, for 7 days, for that address or number only).
 * `"member"` when the address or number already belongs to someone in the team.
 */
export async function inviteToTeam(
  db: Db,
  {
    actorUserId,
    organisation,
    contact,
    role,
    origin,
  }: { actorUserId: number; organisation: { id: number; name_zh: string | null; name_en: string | null }; contact: Invitee; role: EmployerTeamRole; origin: string },
): Promise<"invited" | "member"> {
  const existing = contact.mobile !== undefined ? await getUserByMobile(db, { mobile: contact.mobile }) : await getUserByEmail(db, { email: contact.email });
  if (existing && (await getOrganisationMember(db, { organisationId: organisation.id, userId: existing.id }))) return "member";
  await sendInvitation(db, { actorUserId, organisation: { ...organisation, kind: "employer" }, to: contact, role, origin });
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

/** Whether a partner may add employers and check their licences: a federation or employment centre. */
export async function partnerVerifiesEmployers(db: Db, { partnerId }: { partnerId: number }) {
  const partner = await getPartnerOrganisation(db, { id: partnerId });
  return Boolean(partner?.partner_type && (VERIFYING_PARTNER_TYPES as readonly string[]).includes(partner.partner_type));
}

/**
 * Partner staff add an employer on its behalf, for someone who came to the office or phoned: the
 * employer is unverified, with this partner to check its licence, and `ownerContact` (an email
 * address, or a mobile number that gets a text message) is invited to own it (they open the link, create or sign in to their account, and send the licence). One
 * transaction: nothing is left behind when the code is taken.
 */
export async function addEmployerOnBehalf(
  db: Db,
  input: { actorUserId: number; partnerId: number; nameZh: string | null; nameEn: string | null; creditCode: string; ownerContact: Invitee; origin: string },
): Promise<{ ok: true; id: number } | { ok: false; error: EmployerSignUpError }> {
  const partner = await getPartnerOrganisation(db, { id: input.partnerId });
  if (!partner) return { ok: false, error: "unknownPartner" };
  return inTransaction(db, async (trx) => {
    const created = await createEmployerOrganisation(trx, {
      actorUserId: input.actorUserId,
      ownerUserId: null,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      claimedCreditCode: input.creditCode,
      requestedPartnerId: input.partnerId,
    });
    if (!created.ok) return created;
    await sendInvitation(trx, {
      actorUserId: input.actorUserId,
      organisation: { id: created.id, name_zh: input.nameZh, name_en: input.nameEn, kind: "employer" },
      to: input.ownerContact,
      role: "owner",
      origin: input.origin,
      partner,
    });
    return created;
  });
}
