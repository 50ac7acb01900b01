import type { Kysely } from "kysely";
import { DISABILITY_STATISTICS_PURPOSE, type DisabilityCategory } from "~/domain/account";
import type { OfflineCountingHow } from "~/domain/caseload";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

// A seeker's disability category, kept only for counting outcomes (issue 19, item 6), with its own
// consent. Only the person reads their own row; statistics read groups of rows, never one. The one
// exception: a consent partner staff recorded from a signed form or a phone call (the person told
// them the category) lets that partner's staff see the category while that consent is the current one.

/** The person's current consent to be counted, with how it was given and, if staff recorded it, by whom and for which partner. */
function currentConsent(db: Db, { userId }: { userId: number }) {
  return db
    .selectFrom("consent as c")
    .leftJoin("app_user as s", "s.id", "c.recorded_by")
    .leftJoin("organisation as p", "p.id", "c.partner_id")
    .select(["c.id", "c.text_version", "c.given_at", "c.partner_id", "c.recorded_how", "c.recorded_note", "s.display_name as recorded_by_name", "p.name_zh as partner_name_zh", "p.name_en as partner_name_en"])
    .where("c.user_id", "=", userId)
    .where("c.purpose", "=", DISABILITY_STATISTICS_PURPOSE)
    .where("c.withdrawn_at", "is", null)
    .orderBy("c.id", "desc")
    .executeTakeFirst();
}

/** Locks the person's account row, so that two writes of their counting consent never interleave. Inside a transaction only. */
async function lockPerson(trx: Db, { userId }: { userId: number }) {
  await trx.selectFrom("app_user").select("id").where("id", "=", userId).forUpdate().executeTakeFirst();
}

async function keepCategory(trx: Db, { userId, category }: { userId: number; category: DisabilityCategory }) {
  await trx
    .insertInto("disability_category")
    .values({ user_id: userId, category })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ category, recorded_at: new Date() }))
    .execute();
}

/**
 * The person's own category and their consent: when, which text, and how it was given (staff who
 * recorded it from paper or a phone call, and their partner, say so); null when they have not said it.
 */
export async function getDisabilityCategory(db: Db, { userId }: { userId: number }) {
  const [row, consent] = await Promise.all([
    db.selectFrom("disability_category").select(["category", "recorded_at"]).where("user_id", "=", userId).executeTakeFirst(),
    currentConsent(db, { userId }),
  ]);
  if (!row || !consent) return null;
  return {
    category: row.category,
    recordedAt: row.recorded_at,
    consentVersion: consent.text_version,
    givenAt: consent.given_at,
    how: consent.recorded_how,
    recordedByName: consent.recorded_by_name,
    partner: consent.partner_id === null ? null : { name_zh: consent.partner_name_zh, name_en: consent.partner_name_en },
  };
}

/**
 * What a partner's staff may know of a person's counting: the category with its consent when this
 * partner's staff recorded that consent and it is still the current one; only that there is a
 * current consent ("elsewhere") when the person said it themselves or another partner recorded it,
 * never the category; null when there is none.
 */
export async function getCategoryForPartner(db: Db, { userId, partnerId }: { userId: number; partnerId: number }) {
  const consent = await currentConsent(db, { userId });
  if (!consent) return null;
  if (consent.recorded_how === "online" || consent.partner_id !== partnerId) return { recordedHere: false as const };
  const row = await db.selectFrom("disability_category").select("category").where("user_id", "=", userId).executeTakeFirst();
  if (!row) return null;
  return {
    recordedHere: true as const,
    category: row.category,
    givenAt: consent.given_at,
    how: consent.recorded_how,
    recordedByName: consent.recorded_by_name,
    note: consent.recorded_note,
  };
}

/**
 * The person says their category themselves: keeps it, recording their consent (with the version of
 * its text) first when there is no current one of their own. A consent staff recorded for them is
 * replaced by theirs (marked withdrawn), so that partner's staff no longer see the category. Call
 * inside a transaction: never a category without its consent.
 */
export async function saveDisabilityCategory(trx: Db, { userId, category, consentVersion }: { userId: number; category: DisabilityCategory; consentVersion: string }) {
  await lockPerson(trx, { userId });
  const consent = await currentConsent(trx, { userId });
  if (consent?.recorded_how !== "online") {
    if (consent) await trx.updateTable("consent").set({ withdrawn_at: new Date() }).where("id", "=", consent.id).execute();
    await trx.insertInto("consent").values({ user_id: userId, purpose: DISABILITY_STATISTICS_PURPOSE, text_version: consentVersion }).execute();
  }
  await keepCategory(trx, { userId, category });
}

/**
 * Partner staff record the category the person told them, with the consent as the person gave it
 * (on paper or by phone, who recorded it, a note), for that partner. False, and nothing written,
 * when the person already has a current consent to be counted: only they, or whoever recorded it,
 * may change it. Call inside a transaction.
 */
export async function recordDisabilityCategoryOffline(
  trx: Db,
  input: { userId: number; partnerId: number; staffUserId: number; category: DisabilityCategory; how: OfflineCountingHow; note: string | null; consentVersion: string },
): Promise<boolean> {
  await lockPerson(trx, { userId: input.userId });
  if (await currentConsent(trx, { userId: input.userId })) return false;
  await trx
    .insertInto("consent")
    .values({
      user_id: input.userId,
      purpose: DISABILITY_STATISTICS_PURPOSE,
      text_version: input.consentVersion,
      partner_id: input.partnerId,
      recorded_how: input.how,
      recorded_by: input.staffUserId,
      recorded_note: input.note,
    })
    .execute();
  await keepCategory(trx, { userId: input.userId, category: input.category });
  return true;
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

/**
 * Partner staff delete a category they recorded (the person asked them, or it was recorded by
 * mistake), withdrawing its consent; false, and nothing changed, unless this partner recorded the
 * current consent. Call inside a transaction.
 */
export async function deleteDisabilityCategoryRecordedBy(trx: Db, { userId, partnerId }: { userId: number; partnerId: number }): Promise<boolean> {
  await lockPerson(trx, { userId });
  const consent = await currentConsent(trx, { userId });
  if (!consent || consent.recorded_how === "online" || consent.partner_id !== partnerId) return false;
  await deleteDisabilityCategory(trx, { userId });
  return true;
}
