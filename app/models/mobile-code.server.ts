import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

// The one-time code that proves a mobile number before an account holds it (issue 19, item 4).
// Six digits by text message, 15 minutes, five tries, one use; only hashes are stored. The code page's
// address carries a random reference, never the number. The row keeps the sign-up form's data (the
// password already hashed) so nothing typed is asked for again. A new code may be sent after a
// minute, five times at most; the route limits sends per number and per address on top.

/** How long a code works: more than the 10 minutes asked for, for a slow network or slow typing. */
export const MOBILE_CODE_MINUTES = 15;
/** Wrong tries allowed on one code; after that a new code must be sent. */
export const MOBILE_CODE_TRIES = 5;
/** Seconds before the same page may send another code. */
export const MOBILE_CODE_RESEND_SECONDS = 60;
/** Codes one sign-up may send in all (the first and four more). */
export const MOBILE_CODE_SENDS = 5;

const hash = (value: string) => createHash("sha256").update(value).digest("base64url");
const codeHash = (refHash: string, code: string) => hash(`mobile-code:${refHash}:${code}`);
const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0");

/** What a sign-up waiting for its code will become. */
export type PendingSignUp = Record<string, unknown> & { kind: "seeker" | "employer" };

/**
 * Starts proving `mobile`: stores the pending sign-up and a new code, and returns the page's
 * reference and the code (to be sent by text message in the same transaction). An earlier pending
 * sign-up for the same number is replaced: only the newest page works.
 */
export async function createMobileCode(db: Db, { mobile, payload }: { mobile: string; payload: PendingSignUp }) {
  const ref = randomBytes(24).toString("base64url");
  const refHash = hash(ref);
  const code = newCode();
  await db.deleteFrom("mobile_code").where("mobile", "=", mobile).where("purpose", "=", "sign_up").execute();
  await db
    .insertInto("mobile_code")
    .values({
      ref_hash: refHash,
      mobile,
      purpose: "sign_up",
      code_hash: codeHash(refHash, code),
      payload,
      expires_at: sql<Date>`now() + make_interval(mins => ${MOBILE_CODE_MINUTES})`,
    })
    .execute();
  return { ref, code };
}

/** The pending sign-up behind a code page's reference, while it can still be finished; else undefined. */
export async function getMobileCode(db: Db, { ref }: { ref: string }) {
  return db
    .selectFrom("mobile_code")
    .select(["mobile", "payload"])
    .where("ref_hash", "=", hash(ref))
    .where("expires_at", ">", sql<Date>`now()`)
    .executeTakeFirst();
}

/** Why a new code could not be sent: too soon after the last one, too many, or no such sign-up. */
export type ResendRefusal = "wait" | "too-many" | "none";

/**
 * A new code for the same page: the old one stops working, the tries start again and the 15 minutes
 * run from now. Refused within a minute of the last send and after five sends.
 */
export async function renewMobileCode(db: Db, { ref }: { ref: string }): Promise<{ ok: true; code: string; mobile: string; payload: PendingSignUp } | { ok: false; reason: ResendRefusal }> {
  const refHash = hash(ref);
  const code = newCode();
  const row = await db
    .updateTable("mobile_code")
    .set({
      code_hash: codeHash(refHash, code),
      attempts: 0,
      sends: sql`sends + 1`,
      last_sent_at: sql`now()`,
      expires_at: sql<Date>`now() + make_interval(mins => ${MOBILE_CODE_MINUTES})`,
    })
    .where("ref_hash", "=", refHash)
    .where("sends", "<", MOBILE_CODE_SENDS)
    .where("last_sent_at", "<=", sql<Date>`now() - make_interval(secs => ${MOBILE_CODE_RESEND_SECONDS})`)
    .returning(["mobile", "payload"])
    .executeTakeFirst();
  if (row) return { ok: true, code, mobile: row.mobile, payload: row.payload as PendingSignUp };
  const existing = await db.selectFrom("mobile_code").select(["sends"]).where("ref_hash", "=", refHash).executeTakeFirst();
  if (!existing) return { ok: false, reason: "none" };
  return { ok: false, reason: existing.sends >= MOBILE_CODE_SENDS ? "too-many" : "wait" };
}

/** What checking a typed code found. */
export type MobileCodeCheck =
  | { result: "ok"; mobile: string; payload: PendingSignUp }
  | { result: "wrong"; triesLeft: number }
  | { result: "used-up" | "none" };

/**
 * Checks a typed code. Every try counts first, atomically, so parallel guesses cannot exceed the
 * limit. A right code deletes the row (one use) and returns the pending sign-up. "used-up": too many
 * wrong tries or expired (a new code can be sent); "none": no such sign-up (finished or replaced).
 */
export async function checkMobileCode(db: Db, { ref, code }: { ref: string; code: string }): Promise<MobileCodeCheck> {
  const refHash = hash(ref);
  const row = await db
    .updateTable("mobile_code")
    .set({ attempts: sql`attempts + 1` })
    .where("ref_hash", "=", refHash)
    .where("attempts", "<", MOBILE_CODE_TRIES)
    .where("expires_at", ">", sql<Date>`now()`)
    .returning(["code_hash", "attempts", "mobile", "payload"])
    .executeTakeFirst();
  if (!row) {
    const exists = await db.selectFrom("mobile_code").select("mobile").where("ref_hash", "=", refHash).executeTakeFirst();
    return { result: exists ? "used-up" : "none" };
  }
  const expected = Buffer.from(row.code_hash);
  const given = Buffer.from(codeHash(refHash, code));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { result: "wrong", triesLeft: MOBILE_CODE_TRIES - row.attempts };
  }
  const used = await db.deleteFrom("mobile_code").where("ref_hash", "=", refHash).where("code_hash", "=", row.code_hash).executeTakeFirst();
  if (Number(used.numDeletedRows) === 0) return { result: "none" };
  return { result: "ok", mobile: row.mobile, payload: row.payload as PendingSignUp };
}

/** Removes pending sign-ups whose code ran out more than a day ago (the retention job). */
export async function deleteExpiredMobileCodes(db: Db): Promise<number> {
  const result = await db.deleteFrom("mobile_code").where("expires_at", "<", sql<Date>`now() - interval '1 day'`).executeTakeFirst();
  return Number(result.numDeletedRows);
}
