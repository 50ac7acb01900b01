import type { Kysely } from "kysely";
import { DISABILITY_STATISTICS_PURPOSE, type DisabilityCategory } from "~/domain/account";
import type { Database } from "../../db/schema";
import { getActiveConsent } from "./passport.server";

type Db = Kysely<Database>;

// A seeker's disability category, kept only for counting outcomes (issue 19, item 6), with its own
// consent. Only the person reads their own row; statistics read groups of rows, never one.

/** The person's own category and when they agreed, or null when they have not said it. */
export async function getDisabilityCategory(db: Db, { userId }: { userId: number }) {
  const [row, consent] = await Promise.all([
    db.selectFrom("disability_category").select(["category", "recorded_at"]).where("user_id", "=", userId).executeTakeFirst(),
    getActiveConsent(db, { userId, purpose: DISABILITY_STATISTICS_PURPOSE }),
  ]);
  return row && consent ? { category: row.category, recordedAt: row.recorded_at, consentVersion: consent.text_version, givenAt: consent.given_at } : null;
}

/**
 * Keeps the category, recording the consent (with the version of its text) first when there is
 * no current one. Call inside a transaction: never a category without its consent.
 */
export async function saveDisabilityCategory(
  trx: Db,
  { userId, category, consentVersion }: { userId: number; category: DisabilityCategory; consentVersion: string },
) {
  const consent = await getActiveConsent(trx, { userId, purpose: DISABILITY_STATISTICS_PURPOSE });
  if (!consent) await trx.insertInto("consent").values({ user_id: userId, purpose: DISABILITY_STATISTICS_PURPOSE, text_version: consentVersion }).execute();
  await trx
    .insertInto("disability_category")
    .values({ user_id: userId, category })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ category, recorded_at: new Date() }))
    .execute();
}

/** Deletes the category and withdraws its consent; true if there was one. Call inside a transaction. */
export async function deleteDisabilityCategory(trx: Db, { userId }: { userId: number }) {
  const deleted = await trx.deleteFrom("disability_category").where("user_id", "=", userId).executeTakeFirst();
  await trx
    .updateTable("consent")
    .set({ withdrawn_at: new Date() })
    .where("user_id", "=", userId)
    .where("purpose", "=", DISABILITY_STATISTICS_PURPOSE)
    .where("withdrawn_at", "is", null)
    .execute();
  return Number(deleted.numDeletedRows) > 0;
}
