import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { MEMBERSHIP_ROLES, type MembershipRole } from "~/domain/organisation";
import { recordAudit } from "./audit.server";
import { consumeAuthToken, createAuthToken, peekAuthToken } from "./auth-token.server";
import { normaliseEmail } from "./user.server";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

// An invitation is a single-use auth_token (purpose "invite") for one email address or one mobile
// number, whose payload names the organisation and the role (and the number, which auth_token has no
// column for). Only the person who can read that inbox, or that phone's messages, can accept it.

/** Thrown inside a transaction to roll it back when an invitation cannot be accepted. */
class NotAccepted extends Error {}

/** How long an invitation link works. */
export const INVITE_TTL_MINUTES = 7 * 24 * 60;

/** The organisation and role an invitation's payload carries, checked rather than trusted. */
function readPayload(payload: Record<string, unknown>): { organisationId: number; role: MembershipRole; mobile: string | null } | null {
  const organisationId = payload.organisationId;
  const role = MEMBERSHIP_ROLES.find((r) => r === payload.role);
  const mobile = typeof payload.mobile === "string" ? payload.mobile : null;
  return typeof organisationId === "number" && Number.isInteger(organisationId) && role ? { organisationId, role, mobile } : null;
}

/** Whom an invitation is for: an email address or a mobile number (11 digits), never both. */
export type Invitee = { email: string; mobile?: undefined } | { mobile: string; email?: undefined };

/**
 * Invites an email address or a mobile number to join an organisation with `role`, audit-logged
 * (without the address or number). Any earlier invitation of the same person to the same
 * organisation stops working, so only the newest link counts. Returns the token for the link.
 */
export async function createInvitation(
  db: Db,
  { actorUserId, organisationId, role, ...invitee }: { actorUserId: number; organisationId: number; role: MembershipRole } & Invitee,
) {
  const address = invitee.email === undefined ? null : normaliseEmail(invitee.email);
  const mobile = invitee.mobile ?? null;
  return inTransaction(db, async (trx) => {
    await trx
      .updateTable("auth_token")
      .set({ used_at: sql`now()` })
      .where("purpose", "=", "invite")
      .where((eb) => (address ? eb("email", "=", address) : eb(sql<string>`payload->>'mobile'`, "=", mobile)))
      .where("used_at", "is", null)
      .where(sql<string>`payload->>'organisationId'`, "=", String(organisationId))
      .execute();
    const token = await createAuthToken(trx, {
      purpose: "invite",
      userId: null,
      email: address ?? undefined,
      ttlMinutes: INVITE_TTL_MINUTES,
      payload: { organisationId, role, invitedBy: actorUserId, ...(mobile ? { mobile } : {}) },
    });
    await recordAudit(trx, { actorUserId, action: "invitation.sent", targetType: "organisation", targetId: organisationId, details: { role, by: mobile ? "sms" : "email" } });
    return token;
  });
}

/** A usable invitation with its organisation's names, without using it up; null if unknown, used or expired. */
export async function getInvitation(db: Db, { token }: { token: string }) {
  const row = await peekAuthToken(db, { token, purpose: "invite" });
  const payload = row ? readPayload(row.payload) : null;
  if (!row || !payload || !(row.email || payload.mobile)) return null;
  const organisation = await db
    .selectFrom("organisation")
    .select(["id", "name_zh", "name_en"])
    .where("id", "=", payload.organisationId)
    .executeTakeFirst();
  if (!organisation) return null;
  return { email: row.email, mobile: payload.mobile, role: payload.role, expiresAt: row.expires_at, organisation };
}

/** Invitations to an organisation that can still be accepted, newest first. */
export async function listPendingInvitations(db: Db, { organisationId }: { organisationId: number }) {
  return db
    .selectFrom("auth_token")
    .select(["email", sql<string | null>`payload->>'mobile'`.as("mobile"), sql<string>`payload->>'role'`.as("role"), "expires_at", "created_at"])
    .where("purpose", "=", "invite")
    .where("used_at", "is", null)
    .where("expires_at", ">", sql<Date>`now()`)
    .where(sql<string>`payload->>'organisationId'`, "=", String(organisationId))
    .orderBy("created_at", "desc")
    .execute();
}

/** The account's own address and number, which an invitation must name one of. */
type Holder = { email: string | null; mobile?: string | null };

/** Uses the invitation up and gives `userId` the membership, inside the caller's transaction. */
async function accept(trx: Db, { token, userId, email, mobile }: { token: string; userId: number } & Holder) {
  const used = await consumeAuthToken(trx, { token, purpose: "invite" });
  const payload = used ? readPayload(used.payload) : null;
  if (!used || !payload) return null;
  // Bound to the invited address or number: a forwarded link does not work for somebody else's account.
  const byEmail = Boolean(used.email && email && used.email === normaliseEmail(email));
  const byMobile = Boolean(payload.mobile && mobile && payload.mobile === mobile);
  if (!byEmail && !byMobile) return null;
  await trx
    .insertInto("membership")
    .values({ user_id: userId, organisation_id: payload.organisationId, role: payload.role })
    .onConflict((oc) => oc.columns(["user_id", "organisation_id"]).doUpdateSet({ role: payload.role }))
    .execute();
  // Opening the link proves the address (or the number the text went to) is theirs.
  await trx
    .updateTable("app_user")
    .set(byEmail ? { email_verified_at: sql`coalesce(email_verified_at, now())` } : { mobile_verified_at: sql`coalesce(mobile_verified_at, now())` })
    .where("id", "=", userId)
    .execute();
  await recordAudit(trx, {
    actorUserId: userId,
    action: "invitation.accepted",
    targetType: "organisation",
    targetId: payload.organisationId,
    details: { role: payload.role },
  });
  return { organisationId: payload.organisationId, role: payload.role };
}

/**
 * A signed-in user accepts an invitation sent to their own address or number. Returns the
 * organisation and role, or null if the link is unknown, used, expired or for someone else (nothing
 * changes then).
 */
export async function acceptInvitation(db: Db, { token, userId, email, mobile }: { token: string; userId: number } & Holder) {
  return inTransaction(db, async (trx) => {
    const accepted = await accept(trx, { token, userId, email, mobile });
    // Roll back the consumption when the link was for someone else, so its owner can still use it.
    if (!accepted) throw new NotAccepted();
    return accepted;
  }).catch((error: unknown) => {
    if (error instanceof NotAccepted) return null;
    throw error;
  });
}

/**
 * Someone without an account accepts: the account is created for the invited address or number
 * (already verified: the link reached it), joined to the organisation, in one transaction. Returns
 * the new user's id and the membership, `"exists"` if the address or number already has an account,
 * or null if the link is not usable.
 */
export async function acceptInvitationAsNewUser(
  db: Db,
  { token, displayName, passwordHash, preferredLocale }: { token: string; displayName: string; passwordHash: string; preferredLocale: "zh-CN" | "en" },
) {
  const invitation = await peekAuthToken(db, { token, purpose: "invite" });
  const payload = invitation ? readPayload(invitation.payload) : null;
  const email = invitation?.email ?? null;
  const mobile = email ? null : (payload?.mobile ?? null);
  if (!email && !mobile) return null;
  const account = { password_hash: passwordHash, display_name: displayName.trim(), preferred_locale: preferredLocale };
  return inTransaction(db, async (trx) => {
      const user = await (email
        ? trx.insertInto("app_user").values({ email, ...account }).onConflict((oc) => oc.column("email").doNothing())
        : // With no address, texts are how notices reach them, as for any account opened with a number.
          trx
            .insertInto("app_user")
            .values({ email: null, mobile, notify_by_sms: true, ...account })
            .onConflict((oc) => oc.column("mobile").doNothing())
      )
        .returning(["id"])
        .executeTakeFirst();
      if (!user) return "exists" as const;
      await recordAudit(trx, { actorUserId: user.id, action: "auth.sign_up", targetType: "user", targetId: user.id, details: { via: "invitation" } });
      const accepted = await accept(trx, { token, userId: user.id, email, mobile });
      // The link was used up between the check and now: undo the new account too.
      if (!accepted) throw new NotAccepted();
      return { userId: user.id, ...accepted };
    })
    .catch((error: unknown) => {
      if (error instanceof NotAccepted) return null;
      throw error;
    });
}
