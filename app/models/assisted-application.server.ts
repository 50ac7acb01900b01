import { sql, type Kysely } from "kysely";
import { applicationReference, type ApplicationFields } from "~/models/application.server";
import type { Database } from "../../db/schema";
import { listPartnerChoices } from "~/models/opening-choices.server";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

// Assisted applications: a seeker gives a named partner organisation permission to apply for them
// (a consent row naming the partner, with the version of its text), and that partner's staff may
// then send applications on their behalf. Withdrawing the permission ends it at once: every
// assisted submission checks for a current consent in the same transaction that writes it.

/** The consent purpose for letting a partner's staff apply on the person's behalf. */
export const ASSIST_PURPOSE = "assisted_application";

/** The partners the person currently allows to apply for them, with since when. */
export async function listOwnAssistConsents(db: Db, { userId }: { userId: number }) {
  return db
    .selectFrom("consent as c")
    .innerJoin("organisation as p", "p.id", "c.partner_id")
    .leftJoin("app_user as s", "s.id", "c.recorded_by")
    .select(["c.id", "c.partner_id", "c.text_version", "c.given_at", "c.recorded_how", "s.display_name as recorded_by_name", "p.name_zh", "p.name_en", sql<boolean>`c.scan_file_id is not null`.as("has_scan")])
    .where("c.user_id", "=", userId)
    .where("c.purpose", "=", ASSIST_PURPOSE)
    .where("c.withdrawn_at", "is", null)
    .orderBy("c.id")
    .execute();
}

/**
 * Records the person's permission for this partner's staff to apply for them. Giving it again while
 * it holds changes nothing (the partial unique index keeps one current row). False for a partner
 * that is not a verified partner organisation.
 */
export async function grantAssistConsent(db: Db, { userId, partnerId, textVersion }: { userId: number; partnerId: number; textVersion: string }) {
  const partner = (await listPartnerChoices(db)).find((p) => p.id === partnerId);
  if (!partner) return { ok: false as const };
  const row = await db
    .insertInto("consent")
    .values({ user_id: userId, purpose: ASSIST_PURPOSE, text_version: textVersion, partner_id: partnerId })
    .onConflict((oc) => oc.columns(["user_id", "purpose", "partner_id"]).where("withdrawn_at", "is", null).where("partner_id", "is not", null).doNothing())
    .returning(["id"])
    .executeTakeFirst();
  return { ok: true as const, created: Boolean(row), partnerId };
}

/** Withdraws one of the person's own permissions; from this moment the partner's staff cannot apply for them. */
export async function withdrawAssistConsent(db: Db, { userId, consentId }: { userId: number; consentId: number }) {
  const row = await db
    .updateTable("consent")
    .set({ withdrawn_at: new Date() })
    .where("id", "=", consentId)
    .where("user_id", "=", userId)
    .where("purpose", "=", ASSIST_PURPOSE)
    .where("withdrawn_at", "is", null)
    .returning(["partner_id"])
    .executeTakeFirst();
  return row ? { partnerId: row.partner_id } : null;
}

/** The people who currently allow this partner to apply for them (the staff page's list). Nobody else. */
export async function listConsentingSeekers(db: Db, { partnerId }: { partnerId: number }) {
  return db
    .selectFrom("consent as c")
    .innerJoin("app_user as u", "u.id", "c.user_id")
    .select(["u.id", "u.display_name", "u.email", "u.phone", "u.preferred_work", "c.given_at"])
    .where("c.partner_id", "=", partnerId)
    .where("c.purpose", "=", ASSIST_PURPOSE)
    .where("c.withdrawn_at", "is", null)
    .orderBy("u.display_name")
    .orderBy("u.id")
    .execute();
}

/** One person who currently allows this partner to apply for them, or undefined (no consent, withdrawn, another partner's). */
export async function getConsentingSeeker(db: Db, { partnerId, seekerUserId }: { partnerId: number; seekerUserId: number }) {
  return db
    .selectFrom("consent as c")
    .innerJoin("app_user as u", "u.id", "c.user_id")
    .select(["u.id", "u.display_name", "u.email", "u.mobile", "u.notify_by_sms", "u.preferred_locale"])
    .where("c.partner_id", "=", partnerId)
    .where("c.user_id", "=", seekerUserId)
    .where("c.purpose", "=", ASSIST_PURPOSE)
    .where("c.withdrawn_at", "is", null)
    .executeTakeFirst();
}

/** What an assisted submission can come to. */
export type AssistedOutcome =
  | { outcome: "submitted"; id: number; reference: string }
  | { outcome: "already"; id: number }
  | { outcome: "no_consent" }
  | { outcome: "exists" };

/**
 * Partner staff send an application for a seeker. In one transaction: the seeker's permission for
 * this partner must hold (locked, so a withdrawal cannot slip in between), the seeker must have no
 * current application or draft to the opening, and the application is written already sent, with
 * the staff member and partner on it and on its first history entry. The passport is never shared
 * here: only the seeker can share it, from their application page. A resent form (same key) finds
 * the application the first one made.
 */
export async function submitAssistedApplication(
  db: Db,
  {
    openingId,
    seekerUserId,
    staffUserId,
    partnerId,
    key,
    fields,
  }: { openingId: number; seekerUserId: number; staffUserId: number; partnerId: number; key: string; fields: Omit<ApplicationFields, "sharePassport"> },
): Promise<AssistedOutcome> {
  return inTransaction(db, async (trx) => {
    /** A resend of this same form (same key, same staff member, seeker and opening), if one was sent. */
    const resent = async (): Promise<AssistedOutcome | undefined> => {
      const earlier = await trx
        .selectFrom("application")
        .select(["id", "seeker_user_id", "opening_id", "submitted_by_user_id"])
        .where("idempotency_key", "=", key)
        .executeTakeFirst();
      if (!earlier) return undefined;
      // Only the same staff member's same form counts as a resend.
      if (earlier.submitted_by_user_id === staffUserId && earlier.seeker_user_id === seekerUserId && earlier.opening_id === openingId) return { outcome: "already", id: earlier.id };
      return { outcome: "exists" };
    };
    const earlier = await resent();
    if (earlier) return earlier;
    const consent = await trx
      .selectFrom("consent")
      .select(["id"])
      .where("user_id", "=", seekerUserId)
      .where("partner_id", "=", partnerId)
      .where("purpose", "=", "assisted_application")
      .where("withdrawn_at", "is", null)
      .forUpdate()
      .executeTakeFirst();
    if (!consent) return { outcome: "no_consent" };
    const now = new Date();
    const row = await trx
      .insertInto("application")
      .values({
        opening_id: openingId,
        seeker_user_id: seekerUserId,
        status: "submitted",
        contact_name: fields.contactName,
        contact_phone: fields.contactPhone,
        experience: fields.experience,
        message: fields.message,
        share_passport: false,
        idempotency_key: key,
        submitted_at: now,
        created_at: now,
        updated_at: now,
        submitted_by_user_id: staffUserId,
        assisted_partner_id: partnerId,
      })
      .onConflict((oc) => oc.columns(["opening_id", "seeker_user_id"]).where("status", "!=", "withdrawn").doNothing())
      .returning(["id"])
      .executeTakeFirst();
    // A double click sent at the same moment: the other request's row won the unique index (it was
    // committed while this one waited for the consent's lock), so look for it by its key again.
    if (!row) return (await resent()) ?? { outcome: "exists" };
    const reference = applicationReference(row.id, now);
    await trx.updateTable("application").set({ reference }).where("id", "=", row.id).execute();
    await trx
      .insertInto("application_event")
      .values({ application_id: row.id, actor_user_id: staffUserId, side: "seeker", kind: "status", status: "submitted", partner_id: partnerId, at: now })
      .execute();
    return { outcome: "submitted", id: row.id, reference };
  });
}

/** How many current permissions a partner holds (for the staff workspace). */
export async function countConsentingSeekers(db: Db, { partnerId }: { partnerId: number }) {
  const row = await db
    .selectFrom("consent")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("partner_id", "=", partnerId)
    .where("purpose", "=", ASSIST_PURPOSE)
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  return row?.n ?? 0;
}

/** An application this staff member sent for someone (for their confirmation page); undefined for any other. */
export async function getAssistedApplicationSentBy(db: Db, { id, staffUserId }: { id: number; staffUserId: number }) {
  return db
    .selectFrom("application as a")
    .innerJoin("app_user as u", "u.id", "a.seeker_user_id")
    .select(["a.id", "a.reference", "a.opening_id", "u.display_name as seeker_name"])
    .where("a.id", "=", id)
    .where("a.submitted_by_user_id", "=", staffUserId)
    .executeTakeFirst();
}
