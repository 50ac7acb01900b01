import { createHash, randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

/** Sessions last 30 days from the last visit: far above WCAG 2.2.1's 20-hour floor. */
export const SESSION_DAYS = 30;

/**
 * However active, a session ends this long after its sign-in (docs/decisions/016-account-proofs.md):
 * 30 days for job seekers; 12 hours for staff, employer members and admins, who then sign in again
 * with their second factor.
 */
export const ABSOLUTE_HOURS = { seeker: SESSION_DAYS * 24, privileged: 12 } as const;

/** Only the SHA-256 of a token is stored or compared. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A new random 256-bit token, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Starts a session and returns its token, which only the browser keeps. A passkey sign-in starts it with the second factor done. */
export async function createSession(
  db: Db,
  { userId, userAgent, secondFactor = false }: { userId: number; userAgent: string | null; secondFactor?: boolean },
) {
  const token = newToken();
  await db
    .insertInto("session")
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      user_agent: userAgent?.slice(0, 300) ?? null,
      expires_at: sql<Date>`now() + make_interval(days => ${SESSION_DAYS})`,
      second_factor_at: secondFactor ? sql<Date>`now()` : null,
    })
    .execute();
  return token;
}

/**
 * How often a session's expiry moves forward: reading a session is frequent, writing it need not be.
 * Once an hour at most, so a signed-in visitor's page views are reads (issue 18: no write per view);
 * against a 30-day expiry an hour is nothing, and "last seen" on the sessions page is to the hour.
 */
const SLIDE_EVERY_MINUTES = 60;

/**
 * The user behind a session token if it is still valid. The expiry slides forward, but at most
 * once an hour, so that most signed-in requests only read the session row.
 */
export async function getSessionUserId(db: Db, { token }: { token: string }) {
  const row = await db
    .selectFrom("session")
    .select([
      "user_id",
      "id_hash",
      "second_factor_at",
      "created_at",
      "proved_at",
      "email_code_at",
      sql<boolean>`last_seen_at < now() - make_interval(mins => ${SLIDE_EVERY_MINUTES})`.as("stale"),
    ])
    .where("id_hash", "=", hashToken(token))
    .where("expires_at", ">", sql<Date>`now()`)
    .executeTakeFirst();
  if (!row) return null;
  if (row.stale) {
    await db
      .updateTable("session")
      .set({ last_seen_at: sql`now()`, expires_at: sql`now() + make_interval(days => ${SESSION_DAYS})` })
      .where("id_hash", "=", row.id_hash)
      .execute();
  }
  return {
    user_id: row.user_id,
    id_hash: row.id_hash,
    second_factor_at: row.second_factor_at,
    created_at: row.created_at,
    proved_at: row.proved_at,
    email_code_at: row.email_code_at,
  };
}

/** Records that this session has just proved who is using it (the password or a passkey again). */
export async function markProved(db: Db, { token }: { token: string }) {
  await db.updateTable("session").set({ proved_at: sql`now()` }).where("id_hash", "=", hashToken(token)).execute();
}

/** Records that this session typed the code emailed for a first passkey (or forgets it, once used). */
export async function markEmailCode(db: Db, { token, done = true }: { token: string; done?: boolean }) {
  await db
    .updateTable("session")
    .set({ email_code_at: done ? sql`now()` : null })
    .where("id_hash", "=", hashToken(token))
    .execute();
}

/** Records that this session has passed the passkey step (staff, employer and admin pages need it). */
export async function markSecondFactor(db: Db, { token }: { token: string }) {
  // Using a passkey is also a fresh proof of who is there.
  await db.updateTable("session").set({ second_factor_at: sql`now()`, proved_at: sql`now()` }).where("id_hash", "=", hashToken(token)).execute();
}

/** Ends one session on the server. */
export async function deleteSession(db: Db, { token }: { token: string }) {
  await db.deleteFrom("session").where("id_hash", "=", hashToken(token)).execute();
}

/** A user's sessions, newest activity first, marking the current one. */
export async function listSessions(db: Db, { userId, currentToken }: { userId: number; currentToken: string }) {
  const current = hashToken(currentToken);
  const rows = await db
    .selectFrom("session")
    .select(["id_hash", "created_at", "last_seen_at", "user_agent"])
    .where("user_id", "=", userId)
    .where("expires_at", ">", sql<Date>`now()`)
    .orderBy("last_seen_at", "desc")
    .execute();
  return rows.map(({ id_hash, ...rest }) => ({ ...rest, id: id_hash.slice(0, 12), current: id_hash === current }));
}

/** Ends one of the user's sessions by its short public id (never another user's). */
export async function deleteSessionById(db: Db, { userId, id }: { userId: number; id: string }) {
  const result = await db
    .deleteFrom("session")
    .where("user_id", "=", userId)
    .where(sql<boolean>`left(id_hash, 12) = ${id}`)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Ends every session of a user except the current one (e.g. after a password change); returns how many ended. */
export async function deleteOtherSessions(db: Db, { userId, currentToken }: { userId: number; currentToken: string | null }) {
  let query = db.deleteFrom("session").where("user_id", "=", userId);
  if (currentToken) query = query.where("id_hash", "!=", hashToken(currentToken));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
