import type { Kysely } from "kysely";
import { getKeyRing, open, seal, type KeyRing } from "~/utils/passport-crypto.server";
import { PASSPORT_NEEDS, type PassportContent } from "~/validation/application";
import type { Database } from "../../db/schema";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

/** The consent purpose for keeping an accommodation passport. */
export const PASSPORT_PURPOSE = "accommodation_passport";

/** Bound into each ciphertext, so a row moved to another account cannot be decrypted there. */
const context = (userId: number) => `passport:${userId}`;

/** The person's current (not withdrawn) consent for a purpose, or undefined. */
export async function getActiveConsent(db: Db, { userId, purpose }: { userId: number; purpose: string }) {
  return db
    .selectFrom("consent")
    .select(["id", "purpose", "text_version", "given_at"])
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("withdrawn_at", "is", null)
    .orderBy("id", "desc")
    .executeTakeFirst();
}

/** Every consent the person has given or withdrawn, oldest first (for them and their export). */
export async function listConsents(db: Db, { userId }: { userId: number }) {
  return db
    .selectFrom("consent")
    .select(["purpose", "partner_id", "text_version", "given_at", "withdrawn_at", "recorded_how"])
    .where("user_id", "=", userId)
    .orderBy("id")
    .execute();
}

function parseContent(json: string): PassportContent {
  const value = JSON.parse(json) as Partial<PassportContent>;
  return {
    needs: (value.needs ?? []).filter((need): need is PassportContent["needs"][number] => (PASSPORT_NEEDS as readonly string[]).includes(need)),
    details: value.details ?? "",
    disability: value.disability ?? "",
  };
}

/**
 * The person's passport, decrypted, or null. Only for the owner; anyone else reads it through
 * `readSharedPassport` in the application model, which checks sharing and writes the audit entry.
 */
export async function getPassport(db: Db, { userId }: { userId: number }, keys: KeyRing = getKeyRing()) {
  const row = await db
    .selectFrom("accommodation_passport")
    .select(["key_id", "iv", "auth_tag", "ciphertext", "updated_at"])
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return null;
  return { content: parseContent(open(row, context(userId), keys)), updatedAt: row.updated_at };
}

/**
 * Saves the passport, encrypted, recording the consent (with the version of its text) first when
 * there is no current one. One transaction: never a passport without its consent.
 */
export async function savePassport(
  db: Db,
  { userId, content, consentVersion }: { userId: number; content: PassportContent; consentVersion: string },
  keys: KeyRing = getKeyRing(),
) {
  const sealed = seal(JSON.stringify(content), context(userId), keys);
  await inTransaction(db, async (trx) => {
    const consent = await getActiveConsent(trx, { userId, purpose: PASSPORT_PURPOSE });
    if (!consent) {
      await trx.insertInto("consent").values({ user_id: userId, purpose: PASSPORT_PURPOSE, text_version: consentVersion }).execute();
    }
    await trx
      .insertInto("accommodation_passport")
      .values({ user_id: userId, ...sealed })
      .onConflict((oc) => oc.column("user_id").doUpdateSet({ ...sealed, updated_at: new Date() }))
      .execute();
  });
}

/**
 * Deletes the passport and withdraws the consent. Every application stops sharing at once (and
 * says so in its history), so no organisation can read anything from this moment.
 */
export async function deletePassport(db: Db, { userId }: { userId: number }) {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom("accommodation_passport").where("user_id", "=", userId).execute();
    await trx
      .updateTable("consent")
      .set({ withdrawn_at: new Date() })
      .where("user_id", "=", userId)
      .where("purpose", "=", PASSPORT_PURPOSE)
      .where("withdrawn_at", "is", null)
      .execute();
    const unshared = await trx
      .updateTable("application")
      .set({ share_passport: false, updated_at: new Date() })
      .where("seeker_user_id", "=", userId)
      .where("share_passport", "=", true)
      .returning(["id"])
      .execute();
    if (unshared.length > 0) {
      await trx
        .insertInto("application_event")
        .values(unshared.map((a) => ({ application_id: a.id, actor_user_id: userId, side: "seeker" as const, kind: "passport_withdrawn" as const })))
        .execute();
    }
  });
}

/**
 * Re-encrypts every passport not written with the current key, for key rotation. Rows whose key is
 * not configured at all are left alone and counted: they need that key in PASSPORT_OLD_KEYS.
 */
export async function reencryptPassports(db: Db, keys: KeyRing = getKeyRing()): Promise<{ reencrypted: number; unreadable: number }> {
  const rows = await db
    .selectFrom("accommodation_passport")
    .select(["user_id", "key_id", "iv", "auth_tag", "ciphertext"])
    .where("key_id", "!=", keys.current.id)
    .execute();
  let reencrypted = 0;
  for (const row of rows) {
    if (!keys.all.has(row.key_id)) continue;
    const sealed = seal(open(row, context(row.user_id), keys), context(row.user_id), keys);
    await db.updateTable("accommodation_passport").set(sealed).where("user_id", "=", row.user_id).where("key_id", "=", row.key_id).execute();
    reencrypted++;
  }
  return { reencrypted, unreadable: rows.length - reencrypted };
}
