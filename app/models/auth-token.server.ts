import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { TokenPurpose } from "~/domain/account";
import { hashToken, newToken } from "./session.server";

type Db = Kysely<Database>;

/** Creates a single-use token for a link (reset, verification, invitation); returns the token itself, which is never stored. */
export async function createAuthToken(
  db: Db,
  {
    purpose,
    userId,
    email,
    ttlMinutes,
    payload,
  }: { purpose: TokenPurpose; userId: number | null; email?: string; ttlMinutes: number; payload?: Record<string, unknown> },
) {
  const token = newToken();
  await db
    .insertInto("auth_token")
    .values({
      token_hash: hashToken(token),
      purpose,
      user_id: userId,
      email: email ?? null,
      payload: payload ?? {},
      expires_at: sql<Date>`now() + make_interval(mins => ${ttlMinutes})`,
    })
    .execute();
  return token;
}

/** The token's owner if the token is unused and unexpired, without using it up. */
export async function peekAuthToken(db: Db, { token, purpose }: { token: string; purpose: TokenPurpose }) {
  return db
    .selectFrom("auth_token")
    .select(["user_id", "email", "payload", "expires_at"])
    .where("token_hash", "=", hashToken(token))
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", sql<Date>`now()`)
    .executeTakeFirst();
}

/** Uses the token up, atomically: of two simultaneous uses only one succeeds. */
export async function consumeAuthToken(db: Db, { token, purpose }: { token: string; purpose: TokenPurpose }) {
  return db
    .updateTable("auth_token")
    .set({ used_at: sql`now()` })
    .where("token_hash", "=", hashToken(token))
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", sql<Date>`now()`)
    .returning(["user_id", "email", "payload"])
    .executeTakeFirst();
}

/** Whose token this is, even when it is used up or expired (to offer a fresh link to the same person). */
export async function getAuthTokenOwner(db: Db, { token, purpose }: { token: string; purpose: TokenPurpose }) {
  return db
    .selectFrom("auth_token")
    .select(["user_id", "email"])
    .where("token_hash", "=", hashToken(token))
    .where("purpose", "=", purpose)
    .executeTakeFirst();
}

/** Purposes of the single-use WebAuthn challenges kept in this table. */
export type ChallengePurpose = Extract<TokenPurpose, "passkey_registration" | "passkey_authentication">;

/**
 * Remembers a WebAuthn challenge the server just issued (only its hash), for whom and why, for a
 * few minutes. Expired challenges are swept at the same time, so the table stays small.
 */
export async function saveChallenge(
  db: Db,
  {
    challenge,
    purpose,
    userId,
    payload = {},
    ttlMinutes,
  }: { challenge: string; purpose: ChallengePurpose; userId: number | null; payload?: Record<string, unknown>; ttlMinutes: number },
) {
  await db
    .deleteFrom("auth_token")
    .where("purpose", "in", ["passkey_registration", "passkey_authentication"])
    .where("expires_at", "<", sql<Date>`now() - interval '1 hour'`)
    .execute();
  await db
    .insertInto("auth_token")
    .values({
      token_hash: hashToken(challenge),
      purpose,
      user_id: userId,
      payload: sql`${JSON.stringify(payload)}::jsonb`,
      expires_at: sql<Date>`now() + make_interval(mins => ${ttlMinutes})`,
    })
    .execute();
}

/** Uses up a challenge, atomically: a replayed or expired one (or one of another purpose) gives undefined. */
export async function consumeChallenge(db: Db, { challenge, purpose }: { challenge: string; purpose: ChallengePurpose }) {
  return db
    .updateTable("auth_token")
    .set({ used_at: sql`now()` })
    .where("token_hash", "=", hashToken(challenge))
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", sql<Date>`now()`)
    .returning(["user_id", "payload"])
    .executeTakeFirst();
}
