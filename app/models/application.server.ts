import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { getPassport } from "~/models/passport.server";
import { deleteFile, type FileStore } from "~/models/stored-file.server";
import type { Database } from "../../db/schema";
import type { ApplicationStatus } from "~/domain/application";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

/** What the seeker typed; a draft keeps it exactly, a submission after validation. */
export type ApplicationFields = { contactName: string; contactPhone: string; experience: string; message: string; sharePassport: boolean };

const fieldColumns = (f: ApplicationFields) => ({
  contact_name: f.contactName,
  contact_phone: f.contactPhone,
  experience: f.experience,
  message: f.message,
  share_passport: f.sharePassport,
});

/** A fresh key for the apply form's hidden field; a resent POST carries the same one. */
export function newApplicationKey(): string {
  return randomUUID();
}

/** AW-A-2026-000123: the year it was sent and the application's number, for phone calls and letters. */
export function applicationReference(id: number, at: Date): string {
  return `AW-A-${at.getUTCFullYear()}-${String(id).padStart(6, "0")}`;
}

const applicationColumns = [
  "a.id",
  "a.reference",
  "a.opening_id",
  "a.seeker_user_id",
  "a.status",
  "a.contact_name",
  "a.contact_phone",
  "a.experience",
  "a.message",
  "a.cv_file_id",
  "a.share_passport",
  "a.idempotency_key",
  "a.created_at",
  "a.updated_at",
  "a.submitted_at",
  "a.submitted_by_user_id",
  "a.source_event_id",
  "a.assisted_partner_id",
] as const;

/**
 * The person's current application (or draft) to this opening, or undefined. A withdrawn one does
 * not count: the person may apply again while the opening is open.
 */
export async function getOwnApplicationForOpening(db: Db, { openingId, userId }: { openingId: number; userId: number }) {
  return db
    .selectFrom("application as a")
    .select(applicationColumns)
    .where("a.opening_id", "=", openingId)
    .where("a.seeker_user_id", "=", userId)
    .where("a.status", "!=", "withdrawn")
    .executeTakeFirst();
}

/** The application made with this form key, if any (a resent POST finds what the first one made). */
export async function getApplicationByKey(db: Db, { key, userId }: { key: string; userId: number }) {
  return db
    .selectFrom("application as a")
    .select(applicationColumns)
    .where("a.idempotency_key", "=", key)
    .where("a.seeker_user_id", "=", userId)
    .executeTakeFirst();
}

/**
 * Saves what the person typed as their draft, creating it on the first save. Never touches an
 * application already sent. A new CV replaces the old one, whose file is deleted.
 */
export async function saveDraft(
  db: Db,
  store: FileStore,
  {
    openingId,
    userId,
    key,
    fields,
    cvFileId,
    sourceEventId,
  }: { openingId: number; userId: number; key: string; fields: ApplicationFields; cvFileId?: string; sourceEventId?: number },
) {
  // The event it came from is kept once known: a later save from the plain apply page does not forget it.
  const values = {
    ...fieldColumns(fields),
    ...(cvFileId ? { cv_file_id: cvFileId } : {}),
    ...(sourceEventId ? { source_event_id: sourceEventId } : {}),
    updated_at: new Date(),
  };
  const previous = await getOwnApplicationForOpening(db, { openingId, userId });
  if (previous && previous.status !== "draft") return previous;
  await db
    .insertInto("application")
    .values({ opening_id: openingId, seeker_user_id: userId, idempotency_key: key, ...values })
    // The partial unique index (one application per person per opening, withdrawn ones aside).
    .onConflict((oc) =>
      oc
        .columns(["opening_id", "seeker_user_id"])
        .where("status", "!=", "withdrawn")
        .doUpdateSet(values)
        .where("application.status", "=", "draft"),
    )
    .execute();
  if (cvFileId && previous?.cv_file_id && previous.cv_file_id !== cvFileId) await deleteFile(db, store, previous.cv_file_id);
  return getOwnApplicationForOpening(db, { openingId, userId });
}

/**
 * Sends the draft: gives it its reference and the first history entry. Only one request can move
 * a draft to "submitted" (the update is conditional), so a double click or a resent POST makes one
 * application; the second request gets `already` with the same application.
 */
export async function submitDraft(db: Db, { applicationId, userId }: { applicationId: number; userId: number }) {
  return inTransaction(db, (trx) => submitDraftIn(trx, { applicationId, userId }));
}

/** {@link submitDraft} inside the caller's transaction (applying runs it with the draft, audit and notice). */
export async function submitDraftIn(trx: Db, { applicationId, userId }: { applicationId: number; userId: number }) {
  const now = new Date();
  const sent = await trx
    .updateTable("application")
    .set({ status: "submitted", submitted_at: now, updated_at: now, reference: applicationReference(applicationId, now) })
    .where("id", "=", applicationId)
    .where("seeker_user_id", "=", userId)
    .where("status", "=", "draft")
    .returning(["id", "reference", "share_passport"])
    .executeTakeFirst();
  if (!sent) return { outcome: "already" as const, id: applicationId };
  await trx
    .insertInto("application_event")
    .values({ application_id: sent.id, actor_user_id: userId, side: "seeker", kind: "status", status: "submitted" })
    .execute();
  if (sent.share_passport) {
    await trx.insertInto("application_event").values({ application_id: sent.id, actor_user_id: userId, side: "seeker", kind: "passport_shared" }).execute();
  }
  return { outcome: "submitted" as const, id: sent.id, reference: sent.reference };
}

/** Opening facts the application pages show beside each application. */
const openingColumns = [
  "o.title_zh",
  "o.title_en",
  "o.status as opening_status",
  "o.deadline",
  "o.employer_id",
  "o.partner_id",
  "e.name_zh as employer_name_zh",
  "e.name_en as employer_name_en",
] as const;

/** The person's applications (not drafts), newest first, with their opening's title and employer. */
export async function listOwnApplications(db: Db, { userId }: { userId: number }) {
  return db
    .selectFrom("application as a")
    .innerJoin("opening as o", "o.id", "a.opening_id")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .leftJoin("app_user as helper", "helper.id", "a.submitted_by_user_id")
    .leftJoin("organisation as ap", "ap.id", "a.assisted_partner_id")
    .select([...applicationColumns, ...openingColumns, "helper.display_name as helper_name", "ap.name_zh as assisted_partner_name_zh", "ap.name_en as assisted_partner_name_en"])
    .where("a.seeker_user_id", "=", userId)
    .orderBy("a.updated_at", "desc")
    .orderBy("a.id", "desc")
    .execute();
}

/** One of the person's own applications, with its opening (and who sent it, if staff did); undefined for anyone else's. */
export async function getOwnApplication(db: Db, { id, userId }: { id: number; userId: number }) {
  return db
    .selectFrom("application as a")
    .innerJoin("opening as o", "o.id", "a.opening_id")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .leftJoin("app_user as helper", "helper.id", "a.submitted_by_user_id")
    .leftJoin("organisation as ap", "ap.id", "a.assisted_partner_id")
    .select([...applicationColumns, ...openingColumns, "helper.display_name as helper_name", "ap.name_zh as assisted_partner_name_zh", "ap.name_en as assisted_partner_name_en"])
    .where("a.id", "=", id)
    .where("a.seeker_user_id", "=", userId)
    .executeTakeFirst();
}

/** The history and messages of an application, oldest first, with who acted. */
export async function listApplicationEvents(db: Db, { applicationId }: { applicationId: number }) {
  return db
    .selectFrom("application_event as ev")
    .leftJoin("app_user as u", "u.id", "ev.actor_user_id")
    .leftJoin("organisation as p", "p.id", "ev.partner_id")
    .select([
      "ev.id",
      "ev.at",
      "ev.side",
      "ev.kind",
      "ev.status",
      "ev.message",
      "u.display_name as actor_name",
      // Set when partner staff acted for the seeker (an assisted application).
      "ev.partner_id",
      "p.name_zh as partner_name_zh",
      "p.name_en as partner_name_en",
    ])
    .where("ev.application_id", "=", applicationId)
    .orderBy("ev.id")
    .execute();
}

/** The seeker withdraws a sent application. Returns false when it was already closed or withdrawn. */
export async function withdrawApplication(db: Db, { id, userId }: { id: number; userId: number }) {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("application")
      .set({ status: "withdrawn", share_passport: false, updated_at: new Date() })
      .where("id", "=", id)
      .where("seeker_user_id", "=", userId)
      .where("status", "not in", ["draft", "withdrawn", "hired", "not_selected"])
      .returning(["id"])
      .executeTakeFirst();
    if (!row) return false;
    await trx.insertInto("application_event").values({ application_id: id, actor_user_id: userId, side: "seeker", kind: "status", status: "withdrawn" }).execute();
    return true;
  });
}

/**
 * Starts or stops sharing the passport with this application's organisation. Stopping takes effect
 * on the next page the organisation loads: the passport is read live, never copied.
 */
export async function setPassportSharing(db: Db, { id, userId, share }: { id: number; userId: number; share: boolean }) {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("application")
      .set({ share_passport: share, updated_at: new Date() })
      .where("id", "=", id)
      .where("seeker_user_id", "=", userId)
      .where("share_passport", "=", !share)
      .where("status", "not in", ["draft", "withdrawn"])
      .returning(["id"])
      .executeTakeFirst();
    if (!row) return false;
    await trx
      .insertInto("application_event")
      .values({ application_id: id, actor_user_id: userId, side: "seeker", kind: share ? "passport_shared" : "passport_withdrawn" })
      .execute();
    return true;
  });
}

/** Adds a message to an application's conversation. */
export async function addMessage(
  db: Db,
  { applicationId, actorUserId, side, message }: { applicationId: number; actorUserId: number; side: "seeker" | "organisation"; message: string },
) {
  await inTransaction(db, async (trx) => {
    await trx.insertInto("application_event").values({ application_id: applicationId, actor_user_id: actorUserId, side, kind: "message", message }).execute();
    await trx.updateTable("application").set({ updated_at: new Date() }).where("id", "=", applicationId).execute();
  });
}

// ——— The organisation's side ———

/** Sent applications to one opening (never drafts), newest first. The caller has authorised the reader. */
export async function listOpeningApplications(db: Db, { openingId }: { openingId: number }) {
  return db
    .selectFrom("application as a")
    .select(["a.id", "a.reference", "a.status", "a.contact_name", "a.submitted_at", "a.updated_at", "a.share_passport"])
    .where("a.opening_id", "=", openingId)
    .where("a.status", "!=", "draft")
    .orderBy("a.submitted_at", "desc")
    .orderBy("a.id", "desc")
    .execute();
}

/** How many sent applications each of these openings has (for workspace lists). */
export async function countApplicationsByOpening(db: Db, { openingIds }: { openingIds: number[] }) {
  if (openingIds.length === 0) return new Map<number, number>();
  const rows = await db
    .selectFrom("application")
    .select(["opening_id", sql<number>`count(*)::int`.as("count")])
    .where("opening_id", "in", openingIds)
    .where("status", "!=", "draft")
    .groupBy("opening_id")
    .execute();
  return new Map(rows.map((r) => [r.opening_id, r.count]));
}

/**
 * A sent application with its opening's employer and partner, for the inbox. Not scoped: the route
 * checks that the reader belongs to one of the two organisations before showing anything.
 */
export async function getApplicationForInbox(db: Db, { id }: { id: number }) {
  return db
    .selectFrom("application as a")
    .innerJoin("opening as o", "o.id", "a.opening_id")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .innerJoin("app_user as u", "u.id", "a.seeker_user_id")
    .leftJoin("organisation as ap", "ap.id", "a.assisted_partner_id")
    .select([
      ...applicationColumns,
      ...openingColumns,
      "u.email as seeker_email",
      "u.mobile as seeker_mobile",
      "u.notify_by_sms as seeker_notify_by_sms",
      "u.preferred_locale as seeker_locale",
      "ap.name_zh as assisted_partner_name_zh",
      "ap.name_en as assisted_partner_name_en",
    ])
    .where("a.id", "=", id)
    .where("a.status", "!=", "draft")
    .executeTakeFirst();
}

/**
 * Everyone who can read an opening's inbox: the members of its employer and of the partner that
 * posted it, each once, with their address and language (to tell them about a seeker's message).
 */
export async function listInboxReaders(db: Db, { organisationIds }: { organisationIds: number[] }) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom("membership as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select(["u.id", "u.email", "u.mobile", "u.notify_by_sms", "u.preferred_locale"])
    .distinct()
    .where("m.organisation_id", "in", organisationIds)
    .orderBy("u.id")
    .execute();
}

/** Marks a just-submitted application as viewed, the first time someone at the organisation opens it. */
export async function markViewed(db: Db, { id, actorUserId }: { id: number; actorUserId: number }) {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("application")
      .set({ status: "viewed", updated_at: new Date() })
      .where("id", "=", id)
      .where("status", "=", "submitted")
      .returning(["id"])
      .executeTakeFirst();
    if (!row) return false;
    await trx.insertInto("application_event").values({ application_id: id, actor_user_id: actorUserId, side: "organisation", kind: "status", status: "viewed" }).execute();
    return true;
  });
}

/** The organisation changes the status (with an optional message). Withdrawn applications stay withdrawn. */
export async function changeStatus(
  db: Db,
  { id, actorUserId, status, message }: { id: number; actorUserId: number; status: ApplicationStatus; message: string | null },
) {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("application")
      .set({ status, updated_at: new Date() })
      .where("id", "=", id)
      .where("status", "not in", ["draft", "withdrawn"])
      .returning(["id"])
      .executeTakeFirst();
    if (!row) return false;
    await trx
      .insertInto("application_event")
      .values({ application_id: id, actor_user_id: actorUserId, side: "organisation", kind: "status", status, message: message || null })
      .execute();
    return true;
  });
}

/**
 * The seeker's passport for someone at the organisation: only while this application shares it,
 * and every read is audit-logged (who, which application; never the content). Null otherwise.
 */
export async function readSharedPassport(db: Db, { applicationId, readerUserId }: { applicationId: number; readerUserId: number }) {
  const application = await db
    .selectFrom("application")
    .select(["id", "seeker_user_id", "opening_id"])
    .where("id", "=", applicationId)
    .where("share_passport", "=", true)
    .where("status", "not in", ["draft", "withdrawn"])
    .executeTakeFirst();
  if (!application || application.seeker_user_id === readerUserId) return null;
  const passport = await getPassport(db, { userId: application.seeker_user_id });
  if (!passport) return null;
  await recordAudit(db, {
    actorUserId: readerUserId,
    action: "passport.read",
    targetType: "application",
    targetId: applicationId,
    details: { openingId: application.opening_id },
  });
  return passport;
}

// ——— Notifications ———

/** The kinds of in-app notification, each with its text in notifications.kinds.*. */
export type NotificationKind = "submitted" | "status" | "message" | "withdrawn" | "assisted";

/** Adds an in-app notification for the seeker. */
export async function createNotification(
  db: Db,
  { userId, applicationId, kind, params }: { userId: number; applicationId: number; kind: NotificationKind; params: Record<string, string> },
) {
  await db.insertInto("notification").values({ user_id: userId, application_id: applicationId, kind, params }).execute();
}

/** The person's newest notifications. */
export async function listNotifications(db: Db, { userId, limit = 50 }: { userId: number; limit?: number }) {
  return db
    .selectFrom("notification")
    .select(["id", "application_id", "kind", "params", "created_at", "read_at"])
    .where("user_id", "=", userId)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** How many notifications the person has not read yet. */
export async function countUnreadNotifications(db: Db, { userId }: { userId: number }) {
  const row = await db
    .selectFrom("notification")
    .select(sql<number>`count(*)::int`.as("count"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return row?.count ?? 0;
}

/** Marks all of the person's notifications read. */
export async function markNotificationsRead(db: Db, { userId }: { userId: number }) {
  await db.updateTable("notification").set({ read_at: new Date() }).where("user_id", "=", userId).where("read_at", "is", null).execute();
}

// ——— Privacy ———

/** Everything about the person's applications for their data download: drafts, history, messages. */
export async function exportApplications(db: Db, { userId }: { userId: number }) {
  const applications = await listOwnApplications(db, { userId });
  return Promise.all(
    applications.map(async (a) => ({
      reference: a.reference,
      opening: { id: a.opening_id, title_zh: a.title_zh, title_en: a.title_en },
      status: a.status,
      contactName: a.contact_name,
      contactPhone: a.contact_phone,
      experience: a.experience,
      message: a.message,
      hasCv: a.cv_file_id !== null,
      sharesPassport: a.share_passport,
      // An assisted application: the partner staff member who sent it for the person, and their partner.
      sentFor: a.assisted_partner_id
        ? { by: a.helper_name, partner: { zh: a.assisted_partner_name_zh, en: a.assisted_partner_name_en } }
        : null,
      createdAt: a.created_at,
      submittedAt: a.submitted_at,
      history: (await listApplicationEvents(db, { applicationId: a.id })).map((e) => ({
        at: e.at,
        from: e.side,
        kind: e.kind,
        status: e.status,
        message: e.message,
      })),
    })),
  );
}

/** Deletes the CV files of the person's applications (the rows themselves go with the account). */
export async function deleteApplicationFiles(db: Db, store: FileStore, { userId }: { userId: number }) {
  const rows = await db.selectFrom("application").select(["cv_file_id"]).where("seeker_user_id", "=", userId).where("cv_file_id", "is not", null).execute();
  for (const row of rows) if (row.cv_file_id) await deleteFile(db, store, row.cv_file_id);
}

/**
 * Deletes applications to openings that are closed or past their deadline, once nothing has
 * happened on the application or the opening for `retentionDays`, with their CV files. Returns
 * how many went.
 */
export async function purgeExpiredApplications(db: Db, store: FileStore, { retentionDays, now = new Date() }: { retentionDays: number; now?: Date }) {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const expired = await db
    .selectFrom("application as a")
    .innerJoin("opening as o", "o.id", "a.opening_id")
    .select(["a.id", "a.cv_file_id"])
    .where((eb) => eb.or([eb("o.status", "=", "closed"), eb("o.deadline", "<", sql<string>`${now.toISOString().slice(0, 10)}::date`)]))
    .where(sql<boolean>`greatest(a.updated_at, o.updated_at, o.deadline::timestamptz) < ${cutoff}`)
    .execute();
  if (expired.length === 0) return 0;
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom("application").where("id", "in", expired.map((a) => a.id)).execute();
    for (const a of expired) if (a.cv_file_id) await deleteFile(trx, store, a.cv_file_id);
  });
  return expired.length;
}

/** Any opening's title and employer, whatever its status (to name a closed opening beside a draft). */
export async function getOpeningBasics(db: Db, { id }: { id: number }) {
  return db
    .selectFrom("opening as o")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .select(["o.id", "o.title_zh", "o.title_en", "o.employer_id", "o.partner_id", "o.published_at", "e.name_zh as employer_name_zh", "e.name_en as employer_name_en"])
    .where("o.id", "=", id)
    .executeTakeFirst();
}
