import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

// The one-time code emailed to a staff, employer or admin account's confirmed address before it
// adds its first passkey (which then counts as its second factor). Six digits, 20 minutes, five
// tries, one use; only a hash is stored. With five tries against a million codes, guessing succeeds
// once in 200 000 codes, and a new code needs a new email (rate-limited by the route).

/** How long a code works: more than the 15 minutes asked for, so a slow inbox or slow typing is fine. */
export const EMAIL_CODE_MINUTES = 20;
/** Wrong tries allowed on one code; after that a new code must be sent. */
export const EMAIL_CODE_TRIES = 5;

/** The code's hash, bound to its account so one table row's hash says nothing about another's. */
function codeHash(userId: number, code: string): string {
  return createHash("sha256").update(`email-code:${userId}:${code}`).digest("base64url");
}

/** Makes a new code for the user (replacing any earlier one) and returns it, to be emailed; only its hash is kept. */
export async function createEmailCode(db: Db, { userId }: { userId: number }): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const values = {
    code_hash: codeHash(userId, code),
    attempts: 0,
    expires_at: sql<Date>`now() + make_interval(mins => ${EMAIL_CODE_MINUTES})`,
    created_at: sql<Date>`now()`,
  };
  await db
    .insertInto("email_code")
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
    .execute();
  return code;
}

/** What checking a typed code found. */
export type EmailCodeCheck = "ok" | "wrong" | "used-up" | "none";

/**
 * Checks a typed code. Every try counts first, atomically, so parallel guesses cannot exceed the
 * limit. A right code is deleted (one use). "used-up": too many wrong tries or expired; "none": no
 * code was sent (or it was already used).
 */
export async function checkEmailCode(db: Db, { userId, code }: { userId: number; code: string }): Promise<EmailCodeCheck> {
  const row = await db
    .updateTable("email_code")
    .set({ attempts: sql`attempts + 1` })
    .where("user_id", "=", userId)
    .where("attempts", "<", EMAIL_CODE_TRIES)
    .where("expires_at", ">", sql<Date>`now()`)
    .returning(["code_hash"])
    .executeTakeFirst();
  if (!row) {
    const exists = await db.selectFrom("email_code").select("user_id").where("user_id", "=", userId).executeTakeFirst();
    return exists ? "used-up" : "none";
  }
  const expected = Buffer.from(row.code_hash);
  const given = Buffer.from(codeHash(userId, code));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "wrong";
  const used = await db.deleteFrom("email_code").where("user_id", "=", userId).where("code_hash", "=", row.code_hash).executeTakeFirst();
  return Number(used.numDeletedRows) > 0 ? "ok" : "none";
}
