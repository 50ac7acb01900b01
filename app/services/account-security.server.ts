import type { Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { deleteAllPasskeys } from "~/models/passkey.server";
import { checkEmailCode, createEmailCode } from "~/models/email-code.server";
import { deleteOtherSessions, deleteSessionById, markEmailCode } from "~/models/session.server";
import { getUserById } from "~/models/user.server";
import type { Database } from "../../db/schema";
import { inTransaction } from "../../db/transaction";
import { sendAccountNotice, sendEmailCode } from "./emails.server";

type Db = Kysely<Database>;

/** The audit writer; a test may pass one that fails, to see that nothing is left half-written. */
export type SecurityWriters = { audit?: typeof recordAudit };

/**
 * After the owner of the address has proved it (a confirmation link, a password reset, an accepted
 * invitation), nothing set up before that proof may stay: anyone could have signed up with their
 * address, added a passkey and kept a session. Removes every passkey and every session but
 * `keepToken` (the one being made now, or the owner's own browser), logs it, and tells the owner by
 * email when passkeys went. Returns how many of each were removed.
 */
export async function endAccessFromBeforeProof(
  db: Db,
  {
    userId,
    keepToken,
    reason,
    origin,
    actorUserId = userId,
  }: { userId: number; keepToken: string | null; reason: "confirmed" | "reset" | "invitation" | "admin"; origin: string; actorUserId?: number },
) {
  return inTransaction(db, async (trx) => {
    const passkeys = await deleteAllPasskeys(trx, { userId });
    const sessions = await deleteOtherSessions(trx, { userId, currentToken: keepToken });
    // An admin's clearing is logged even when there was nothing to clear: the log shows who asked.
    if (passkeys > 0 || sessions > 0 || actorUserId !== userId) {
      await recordAudit(trx, { actorUserId, action: "passkey.cleared", targetType: "user", targetId: userId, details: { reason, passkeys, sessions } });
    }
    if (passkeys > 0) {
      const user = await getUserById(trx, { id: userId });
      if (user) await sendAccountNotice(trx, { user, notice: { kind: "passkeys-cleared", count: passkeys, reason }, origin });
    }
    return { passkeys, sessions };
  });
}

/** Ends one of the user's own sessions (someone else's id matches nothing), logged. False when nothing ended. */
export async function endSession(db: Db, { userId, id }: { userId: number; id: string }, { audit = recordAudit }: SecurityWriters = {}) {
  return db.transaction().execute(async (trx) => {
    const ended = await deleteSessionById(trx, { userId, id });
    if (ended) await audit(trx, { actorUserId: userId, action: "session.revoked", targetType: "session", targetId: id });
    return ended;
  });
}

/** Ends every session of the user but the current one, logged with how many ended. */
export async function endOtherSessions(db: Db, { userId, currentToken }: { userId: number; currentToken: string }, { audit = recordAudit }: SecurityWriters = {}) {
  return db.transaction().execute(async (trx) => {
    const ended = await deleteOtherSessions(trx, { userId, currentToken });
    await audit(trx, { actorUserId: userId, action: "session.others_revoked", targetType: "user", targetId: userId, details: { ended } });
    return ended;
  });
}

/** Makes a new emailed code (replacing any earlier one), emails it and logs it, together. */
export async function sendNewEmailCode(
  db: Db,
  { user }: { user: Parameters<typeof sendEmailCode>[1]["user"] & { id: number } },
  { audit = recordAudit }: SecurityWriters = {},
) {
  await db.transaction().execute(async (trx) => {
    const code = await createEmailCode(trx, { userId: user.id });
    await sendEmailCode(trx, { user, code });
    await audit(trx, { actorUserId: user.id, action: "auth.email_code_sent", targetType: "user", targetId: user.id });
  });
}

/**
 * Checks an emailed code. A failed try is counted and logged; a right one marks this session as
 * having passed the code step, logged in the same transaction. Returns the check's outcome.
 */
export async function passEmailCode(
  db: Db,
  { userId, code, sessionToken }: { userId: number; code: string; sessionToken: string },
  { audit = recordAudit }: SecurityWriters = {},
) {
  return db.transaction().execute(async (trx) => {
    const checked = await checkEmailCode(trx, { userId, code });
    if (checked !== "ok") {
      await audit(trx, { actorUserId: userId, action: "auth.email_code_failed", targetType: "user", targetId: userId, details: { reason: checked } });
      return checked;
    }
    await markEmailCode(trx, { token: sessionToken });
    await audit(trx, { actorUserId: userId, action: "auth.email_code_passed", targetType: "user", targetId: userId });
    return checked;
  });
}
