import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

/** What a person sees about each of their passkeys: never the key itself. */
export async function listPasskeys(db: Db, { userId }: { userId: number }) {
  return db
    .selectFrom("passkey")
    .select(["credential_id", "name", "transports", "created_at", "last_used_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("credential_id")
    .execute();
}

/** True when the user has at least one passkey. */
export async function hasPasskey(db: Db, { userId }: { userId: number }): Promise<boolean> {
  const row = await db.selectFrom("passkey").select("credential_id").where("user_id", "=", userId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** One of the user's own passkeys, for the removal page (someone else's id finds nothing). */
export async function getUserPasskey(db: Db, { userId, credentialId }: { userId: number; credentialId: string }) {
  return db
    .selectFrom("passkey")
    .select(["credential_id", "name", "created_at", "last_used_at"])
    .where("user_id", "=", userId)
    .where("credential_id", "=", credentialId)
    .executeTakeFirst();
}

/** Everything needed to check a signature made with this credential, and whose it is. */
export async function getPasskeyForVerification(db: Db, { credentialId }: { credentialId: string }) {
  const row = await db
    .selectFrom("passkey")
    .select(["credential_id", "user_id", "public_key", "counter", "transports"])
    .where("credential_id", "=", credentialId)
    .executeTakeFirst();
  if (!row) return null;
  // pg returns bigint as a string and bytea as a Buffer; PGlite gives a Uint8Array. Copy into a
  // plain Uint8Array either way, and the counter into a number (it never exceeds 2^32).
  return { ...row, public_key: new Uint8Array(row.public_key), counter: Number(row.counter) };
}

/** Stores a newly registered passkey; false if that credential is already registered. */
export async function createPasskey(
  db: Db,
  input: { userId: number; credentialId: string; publicKey: Uint8Array; counter: number; transports: string[]; name: string | null },
): Promise<boolean> {
  const result = await db
    .insertInto("passkey")
    .values({
      credential_id: input.credentialId,
      user_id: input.userId,
      public_key: input.publicKey,
      counter: input.counter,
      transports: input.transports,
      name: input.name,
    })
    .onConflict((oc) => oc.column("credential_id").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** After a successful signature: the authenticator's new counter, and when it was last used. */
export async function recordPasskeyUse(db: Db, { credentialId, counter }: { credentialId: string; counter: number }) {
  await db.updateTable("passkey").set({ counter, last_used_at: sql`now()` }).where("credential_id", "=", credentialId).execute();
}

/** Removes one of the user's passkeys; never another user's. True if one was removed. */
export async function deletePasskey(db: Db, { userId, credentialId }: { userId: number; credentialId: string }): Promise<boolean> {
  const result = await db.deleteFrom("passkey").where("user_id", "=", userId).where("credential_id", "=", credentialId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Removes every passkey of the user: when their address is confirmed, their password reset or an
 * invitation accepted (a passkey added before then may be someone else's), or when an admin clears
 * them. Returns how many were removed.
 */
export async function deleteAllPasskeys(db: Db, { userId }: { userId: number }): Promise<number> {
  const result = await db.deleteFrom("passkey").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
