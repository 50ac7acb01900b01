import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { consumeAuthToken, createAuthToken } from "./auth-token.server";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

/** How long a confirmation link works: two days, so a link opened the next evening still works. */
export const VERIFY_EMAIL_TTL_MINUTES = 48 * 60;

/** Creates a single-use link token that confirms `email` belongs to the user, and logs that one was sent. */
export async function createEmailVerification(db: Db, { userId, email }: { userId: number; email: string }) {
  const token = await createAuthToken(db, { purpose: "verify_email", userId, email, ttlMinutes: VERIFY_EMAIL_TTL_MINUTES });
  await recordAudit(db, { actorUserId: userId, action: "email.verification_sent", targetType: "user", targetId: userId });
  return token;
}

/**
 * Uses up a confirmation token and marks the address verified, in one transaction. Returns the
 * user's id, or null when the token is unknown, used, expired, or was for an address the account
 * no longer has.
 */
export async function verifyEmailWithToken(db: Db, { token }: { token: string }) {
  return inTransaction(db, async (trx) => {
    const used = await consumeAuthToken(trx, { token, purpose: "verify_email" });
    if (!used?.user_id || !used.email) return null;
    const user = await trx
      .updateTable("app_user")
      .set({ email_verified_at: sql`coalesce(email_verified_at, now())`, updated_at: sql`now()` })
      .where("id", "=", used.user_id)
      .where("email", "=", used.email)
      .returning(["id"])
      .executeTakeFirst();
    if (!user) return null;
    await recordAudit(trx, { actorUserId: user.id, action: "email.verified", targetType: "user", targetId: user.id });
    return user.id;
  });
}
