import type { Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { deleteAllPasskeys } from "~/models/passkey.server";
import { deleteOtherSessions } from "~/models/session.server";
import { getUserById } from "~/models/user.server";
import type { Database } from "../../db/schema";
import { sendAccountNotice } from "./emails.server";

type Db = Kysely<Database>;

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
  const passkeys = await deleteAllPasskeys(db, { userId });
  const sessions = await deleteOtherSessions(db, { userId, currentToken: keepToken });
  // An admin's clearing is logged even when there was nothing to clear: the log shows who asked.
  if (passkeys > 0 || sessions > 0 || actorUserId !== userId) {
    await recordAudit(db, { actorUserId, action: "passkey.cleared", targetType: "user", targetId: userId, details: { reason, passkeys, sessions } });
  }
  if (passkeys > 0) {
    const user = await getUserById(db, { id: userId });
    if (user) await sendAccountNotice(db, { user, notice: { kind: "passkeys-cleared", count: passkeys, reason }, origin });
  }
  return { passkeys, sessions };
}
