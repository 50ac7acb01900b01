import type { Kysely } from "kysely";
import { grantAssistConsent, withdrawAssistConsent } from "~/models/assisted-application.server";
import { recordAudit } from "~/models/audit.server";
import {
  deleteDisabilityCategory,
  deleteDisabilityCategoryRecordedBy,
  getCategoryForPartner,
  recordDisabilityCategoryOffline,
  saveDisabilityCategory,
} from "~/models/disability-category.server";
import { deletePassport, savePassport } from "~/models/passport.server";
import type { DisabilityCategory } from "~/domain/account";
import type { PassportContent } from "~/validation/application";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

/** The audit writer; a test may pass one that fails, to see that nothing is left half-written. */
export type ConsentWriters = { audit?: typeof recordAudit };

// What a seeker chooses to share: their accommodation passport, a partner's permission to apply for
// them, and their disability category for counting (which partner staff may also record, as the
// person gave it on paper or by phone). Each change and its audit entry are one transaction: a
// change nobody logged never happens.

/** Saves the passport (and its consent, when there is none yet) and logs that it was saved, never what it says. */
export async function savePassportAndLog(
  db: Db,
  { userId, content, consentVersion }: { userId: number; content: PassportContent; consentVersion: string },
  { audit = recordAudit }: ConsentWriters = {},
) {
  await db.transaction().execute(async (trx) => {
    await savePassport(trx, { userId, content, consentVersion });
    await audit(trx, { actorUserId: userId, action: "passport.saved", targetType: "user", targetId: userId, details: { consentVersion } });
  });
}

/** Deletes the passport, withdraws its consent, stops every application sharing it, and logs it. */
export async function deletePassportAndLog(db: Db, { userId }: { userId: number }, { audit = recordAudit }: ConsentWriters = {}) {
  await db.transaction().execute(async (trx) => {
    await deletePassport(trx, { userId });
    await audit(trx, { actorUserId: userId, action: "passport.deleted", targetType: "user", targetId: userId });
  });
}

/**
 * Gives a partner's staff permission to apply for this person, logged with the version of the text
 * they agreed to. Giving it again while it holds changes nothing and logs nothing. `ok: false` for a
 * partner that is not a verified partner organisation.
 */
export async function grantAssistance(
  db: Db,
  { userId, partnerId, textVersion }: { userId: number; partnerId: number; textVersion: string },
  { audit = recordAudit }: ConsentWriters = {},
) {
  return db.transaction().execute(async (trx) => {
    const granted = await grantAssistConsent(trx, { userId, partnerId, textVersion });
    if (granted.ok && granted.created) {
      await audit(trx, { actorUserId: userId, action: "consent.assist_given", targetType: "user", targetId: userId, details: { partnerId, textVersion } });
    }
    return granted;
  });
}

/** Withdraws one of the person's own permissions, logged. Null when it is not theirs or already withdrawn. */
export async function withdrawAssistance(db: Db, { userId, consentId }: { userId: number; consentId: number }, { audit = recordAudit }: ConsentWriters = {}) {
  return db.transaction().execute(async (trx) => {
    const withdrawn = await withdrawAssistConsent(trx, { userId, consentId });
    if (withdrawn) {
      await audit(trx, { actorUserId: userId, action: "consent.assist_withdrawn", targetType: "user", targetId: userId, details: { partnerId: withdrawn.partnerId } });
    }
    return withdrawn;
  });
}

/** Keeps the person's disability category for counting (and its consent), and logs that they did, never which. */
export async function saveDisabilityCategoryAndLog(
  db: Db,
  { userId, category, consentVersion }: { userId: number; category: DisabilityCategory; consentVersion: string },
  { audit = recordAudit }: ConsentWriters = {},
) {
  await db.transaction().execute(async (trx) => {
    await saveDisabilityCategory(trx, { userId, category, consentVersion });
    await audit(trx, { actorUserId: userId, action: "consent.statistics_given", targetType: "user", targetId: userId, details: { consentVersion } });
  });
}

/** Deletes the category and withdraws its consent, logged; from then on the person is counted as "not said". */
export async function deleteDisabilityCategoryAndLog(db: Db, { userId }: { userId: number }, { audit = recordAudit }: ConsentWriters = {}) {
  await db.transaction().execute(async (trx) => {
    if (await deleteDisabilityCategory(trx, { userId })) {
      await audit(trx, { actorUserId: userId, action: "consent.statistics_withdrawn", targetType: "user", targetId: userId });
    }
  });
}

/**
 * Partner staff record the category a person told them, with the consent they gave on paper or by
 * phone, logged with how and the text's version, never the category. False, with nothing written or
 * logged, when the person already has a current consent to be counted.
 */
export async function recordDisabilityCategoryOfflineAndLog(db: Db, input: Parameters<typeof recordDisabilityCategoryOffline>[1], { audit = recordAudit }: ConsentWriters = {}) {
  return db.transaction().execute(async (trx) => {
    const recorded = await recordDisabilityCategoryOffline(trx, input);
    if (recorded) {
      await audit(trx, {
        actorUserId: input.staffUserId,
        action: "caseload.category_recorded",
        targetType: "user",
        targetId: input.userId,
        details: { partnerId: input.partnerId, how: input.how, consentVersion: input.consentVersion },
      });
    }
    return recorded;
  });
}

/**
 * What a partner's staff member may know of a person's counting (getCategoryForPartner); when that is
 * the category itself, the read is audit-logged (who, whose, never the category), as every read of
 * disability data by someone other than the person is.
 */
export async function readCategoryForPartnerAndLog(db: Db, { userId, partnerId, staffUserId }: { userId: number; partnerId: number; staffUserId: number }) {
  const counting = await getCategoryForPartner(db, { userId, partnerId });
  if (counting?.recordedHere) await recordAudit(db, { actorUserId: staffUserId, action: "caseload.category_read", targetType: "user", targetId: userId, details: { partnerId } });
  return counting;
}

/** Partner staff delete a category their partner recorded, withdrawing its consent, logged; false when it is not theirs to delete. */
export async function deleteDisabilityCategoryOfflineAndLog(
  db: Db,
  { userId, partnerId, staffUserId }: { userId: number; partnerId: number; staffUserId: number },
  { audit = recordAudit }: ConsentWriters = {},
) {
  return db.transaction().execute(async (trx) => {
    const deleted = await deleteDisabilityCategoryRecordedBy(trx, { userId, partnerId });
    if (deleted) await audit(trx, { actorUserId: staffUserId, action: "caseload.category_removed", targetType: "user", targetId: userId, details: { partnerId } });
    return deleted;
  });
}
