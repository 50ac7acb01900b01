import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { EventAttendance, EventHelperRole, EventProvision, QaModeration } from "~/domain/event";
import { eventNeedsContext } from "~/domain/event";
import { getKeyRing, open, seal, type KeyRing, type Sealed } from "~/utils/passport-crypto.server";
import { inTransaction } from "../../db/transaction";
import { publicOpenings } from "./opening.server";

type Db = Kysely<Database>;

// Live recruitment events (issue 20): the schedule, who takes part, and who registered. Staff of the
// organising partner write; everyone reads a public event; a registration's needs are sealed by the
// caller (services/events.server.ts), never read here in clear (key rotation aside, at the end).

/** Where a mixed event happens: Chinese required, English optional, as for every text of an event. */
export type EventVenue = { nameZh: string; nameEn: string | null; addressZh: string; addressEn: string | null; accessZh: string | null; accessEn: string | null };

/** What staff type for an event. Times are instants (the form's China-time fields, converted). */
export type EventFields = {
  titleZh: string;
  titleEn: string | null;
  descriptionZh: string;
  descriptionEn: string | null;
  startsAt: Date;
  endsAt: Date;
  streamUrl: string | null;
  /** The player to embed (HLS or a player page); checked against the allowed services by the caller. */
  embedUrl?: string | null;
  replayUrl: string | null;
  provisions: EventProvision[];
  qaModeration: QaModeration;
  /** Online only, or in person and online with a venue (the venue fields are null for an online event). */
  attendance?: EventAttendance;
  venue?: EventVenue | null;
  employerIds: number[];
  openingIds: number[];
};

const columns = (fields: EventFields) => ({
  title_zh: fields.titleZh,
  title_en: fields.titleEn,
  description_zh: fields.descriptionZh,
  description_en: fields.descriptionEn,
  starts_at: fields.startsAt,
  ends_at: fields.endsAt,
  stream_url: fields.streamUrl,
  embed_url: fields.embedUrl ?? null,
  replay_url: fields.replayUrl,
  provisions: fields.provisions,
  qa_moderation: fields.qaModeration,
  attendance: fields.attendance ?? "online",
  venue_name_zh: fields.venue?.nameZh ?? null,
  venue_name_en: fields.venue?.nameEn ?? null,
  venue_address_zh: fields.venue?.addressZh ?? null,
  venue_address_en: fields.venue?.addressEn ?? null,
  venue_access_zh: fields.venue?.accessZh ?? null,
  venue_access_en: fields.venue?.accessEn ?? null,
});

async function replaceParticipants(trx: Db, eventId: number, { employerIds, openingIds }: Pick<EventFields, "employerIds" | "openingIds">) {
  await trx.deleteFrom("live_event_employer").where("event_id", "=", eventId).execute();
  await trx.deleteFrom("live_event_opening").where("event_id", "=", eventId).execute();
  if (employerIds.length > 0) await trx.insertInto("live_event_employer").values(employerIds.map((employer_id) => ({ event_id: eventId, employer_id }))).execute();
  if (openingIds.length > 0) await trx.insertInto("live_event_opening").values(openingIds.map((opening_id) => ({ event_id: eventId, opening_id }))).execute();
}

/** Creates an event with its employers and openings, in one transaction; returns its id. */
export async function createEvent(db: Db, { partnerId, createdBy, fields }: { partnerId: number; createdBy: number; fields: EventFields }): Promise<number> {
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto("live_event")
      .values({ partner_id: partnerId, created_by: createdBy, ...columns(fields) })
      .returning("id")
      .executeTakeFirstOrThrow();
    await replaceParticipants(trx, id, fields);
    return id;
  });
}

/** Changes an event of `partnerId` (false when it is not theirs), employers and openings included. */
export async function updateEvent(db: Db, { id, partnerId, fields }: { id: number; partnerId: number; fields: EventFields }): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("live_event")
      .set({ ...columns(fields), updated_at: new Date() })
      .where("id", "=", id)
      .where("partner_id", "=", partnerId)
      .returning("id")
      .executeTakeFirst();
    if (!updated) return false;
    await replaceParticipants(trx, id, fields);
    return true;
  });
}

const eventColumns = [
  "ev.id",
  "ev.partner_id",
  "ev.title_zh",
  "ev.title_en",
  "ev.description_zh",
  "ev.description_en",
  "ev.starts_at",
  "ev.ends_at",
  "ev.stream_url",
  "ev.embed_url",
  "ev.replay_url",
  "ev.provisions",
  "ev.qa_moderation",
  "ev.attendance",
  "ev.venue_name_zh",
  "ev.venue_name_en",
  "ev.venue_address_zh",
  "ev.venue_address_en",
  "ev.venue_access_zh",
  "ev.venue_access_en",
  "ev.cancelled_at",
  "ev.cancel_reason_zh",
  "ev.cancel_reason_en",
  "ev.calendar_sequence",
  "p.slug as partner_slug",
  "p.name_zh as partner_name_zh",
  "p.name_en as partner_name_en",
] as const;

/**
 * Events of verified partners, with the partner's names: the only ones the public sees. A cancelled
 * event stays (marked cancelled, with the reason): people who registered or saved the link must
 * find out what happened, not a "not found".
 */
function publicEvents(db: Db) {
  return db
    .selectFrom("live_event as ev")
    .innerJoin("organisation as p", "p.id", "ev.partner_id")
    .where("p.verification_status", "=", "verified")
    .select([...eventColumns]);
}

/** The public schedule at `now`: on now and upcoming (soonest first, all of them), and the latest `pastLimit` past events. */
export async function listPublicEvents(db: Db, { now, pastLimit = 20 }: { now: Date; pastLimit?: number }) {
  const [current, past] = await Promise.all([
    publicEvents(db).where("ev.ends_at", ">", now).orderBy("ev.starts_at").orderBy("ev.id").execute(),
    publicEvents(db).where("ev.ends_at", "<=", now).orderBy("ev.starts_at", "desc").orderBy("ev.id", "desc").limit(pastLimit).execute(),
  ]);
  return { live: current.filter((event) => event.starts_at <= now), upcoming: current.filter((event) => event.starts_at > now), past };
}

/** One public event, or undefined. */
export async function getPublicEvent(db: Db, { id }: { id: number }) {
  return publicEvents(db).where("ev.id", "=", id).executeTakeFirst();
}

/** Ids and last-change times of public events, for the sitemap. */
export async function listPublicEventIds(db: Db) {
  return db
    .selectFrom("live_event as ev")
    .innerJoin("organisation as p", "p.id", "ev.partner_id")
    .where("p.verification_status", "=", "verified")
    .where("ev.cancelled_at", "is", null)
    .select(["ev.id", "ev.updated_at"])
    .orderBy("ev.starts_at", "desc")
    .limit(1_000)
    .execute();
}

/** The verified employers taking part, by name; an employer whose verification lapsed is left out. */
export async function listEventEmployers(db: Db, { eventId }: { eventId: number }) {
  return db
    .selectFrom("live_event_employer as le")
    .innerJoin("organisation as e", "e.id", "le.employer_id")
    .where("le.event_id", "=", eventId)
    .where("e.verification_status", "=", "verified")
    .select(["e.id", "e.slug", "e.name_zh", "e.name_en"])
    .orderBy(sql`coalesce(e.name_zh, e.name_en)`)
    .execute();
}

/** The ids of the openings an event presents (public or not: the caller shows only public ones). */
export async function listEventOpeningIds(db: Db, { eventId }: { eventId: number }): Promise<number[]> {
  const rows = await db.selectFrom("live_event_opening").select("opening_id").where("event_id", "=", eventId).execute();
  return rows.map((row) => row.opening_id);
}

/** The events of one partner for its staff, newest start first, with how many registered. */
export async function listPartnerEvents(db: Db, { partnerId }: { partnerId: number }) {
  return db
    .selectFrom("live_event as ev")
    .where("ev.partner_id", "=", partnerId)
    .select((eb) => [
      "ev.id",
      "ev.title_zh",
      "ev.title_en",
      "ev.starts_at",
      "ev.ends_at",
      "ev.cancelled_at",
      eb.selectFrom("live_event_registration as r").whereRef("r.event_id", "=", "ev.id").select(sql<number>`count(*)::int`.as("n")).as("registrations"),
    ])
    .orderBy("ev.starts_at", "desc")
    .orderBy("ev.id", "desc")
    .execute();
}

/** An event of one of `partnerIds` with its employers' and openings' ids, for its staff; undefined when not theirs. */
export async function getPartnerEvent(db: Db, { id, partnerIds }: { id: number; partnerIds: readonly number[] }) {
  if (partnerIds.length === 0) return undefined;
  const event = await db
    .selectFrom("live_event as ev")
    .innerJoin("organisation as p", "p.id", "ev.partner_id")
    .select([...eventColumns])
    .where("ev.id", "=", id)
    .where("ev.partner_id", "in", partnerIds)
    .executeTakeFirst();
  if (!event) return undefined;
  const [employers, openings] = await Promise.all([
    db.selectFrom("live_event_employer").select("employer_id").where("event_id", "=", id).execute(),
    listEventOpeningIds(db, { eventId: id }),
  ]);
  return { ...event, employerIds: employers.map((row) => row.employer_id), openingIds: openings };
}

/** How many of a partner's newest public openings staff can choose from for an event. */
export const EVENT_OPENING_CHOICES = 200;

/**
 * What a partner's staff can put in an event: the verified employers with public openings that this
 * partner posts, and those openings (the newest {@link EVENT_OPENING_CHOICES}), by employer. `keep`
 * adds what an event being changed already has, public or not any more, so saving it keeps them.
 */
export async function listEventChoices(db: Db, { partnerId, keep }: { partnerId: number; keep?: { employerIds: readonly number[]; openingIds: readonly number[] } }) {
  const columns = ["o.id", "o.title_zh", "o.title_en", "e.id as employer_id", "e.name_zh as employer_name_zh", "e.name_en as employer_name_en"] as const;
  const [offered, kept, keptEmployers] = await Promise.all([
    publicOpenings(db).where("o.partner_id", "=", partnerId).select([...columns]).orderBy("o.published_at", "desc").orderBy("o.id", "desc").limit(EVENT_OPENING_CHOICES).execute(),
    keep && keep.openingIds.length > 0
      ? db.selectFrom("opening as o").innerJoin("organisation as e", "e.id", "o.employer_id").where("o.id", "in", keep.openingIds).select([...columns]).execute()
      : Promise.resolve([]),
    keep && keep.employerIds.length > 0 ? db.selectFrom("organisation").where("id", "in", keep.employerIds).select(["id", "name_zh", "name_en"]).execute() : Promise.resolve([]),
  ]);
  const openings = [...offered, ...kept.filter((opening) => !offered.some((other) => other.id === opening.id))];
  const employers = new Map<number, { id: number; name_zh: string | null; name_en: string | null; openings: { id: number; title_zh: string | null; title_en: string | null }[] }>();
  for (const employer of keptEmployers) employers.set(employer.id, { ...employer, openings: [] });
  for (const opening of openings) {
    const employer = employers.get(opening.employer_id) ?? { id: opening.employer_id, name_zh: opening.employer_name_zh, name_en: opening.employer_name_en, openings: [] };
    employer.openings.push({ id: opening.id, title_zh: opening.title_zh, title_en: opening.title_en });
    employers.set(opening.employer_id, employer);
  }
  return [...employers.values()].sort((a, b) => (a.name_zh ?? a.name_en ?? "").localeCompare(b.name_zh ?? b.name_en ?? "", "zh-CN"));
}

// Registrations

/** The person's registration for an event, or undefined (whether they gave needs, not what). */
export async function getRegistration(db: Db, { eventId, userId }: { eventId: number; userId: number }) {
  return db
    .selectFrom("live_event_registration")
    .select(["id", "registered_at", sql<boolean>`needs_ciphertext is not null`.as("has_needs")])
    .where("event_id", "=", eventId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/** Registers the person (or replaces what they said they need); true when this is a new registration. */
export async function saveRegistration(db: Db, { eventId, userId, needs }: { eventId: number; userId: number; needs: Sealed | null }): Promise<boolean> {
  const sealed = {
    needs_key_id: needs?.key_id ?? null,
    needs_iv: needs?.iv ?? null,
    needs_auth_tag: needs?.auth_tag ?? null,
    needs_ciphertext: needs?.ciphertext ?? null,
  };
  const row = await db
    .insertInto("live_event_registration")
    .values({ event_id: eventId, user_id: userId, ...sealed })
    .onConflict((oc) => oc.columns(["event_id", "user_id"]).doUpdateSet(sealed))
    .returning(sql<boolean>`(xmax = 0)`.as("inserted"))
    .executeTakeFirstOrThrow();
  return row.inserted;
}

/** Cancels the person's registration, and with it what they said they need; false when there was none. */
export async function deleteRegistration(db: Db, { eventId, userId }: { eventId: number; userId: number }): Promise<boolean> {
  const rows = await db.deleteFrom("live_event_registration").where("event_id", "=", eventId).where("user_id", "=", userId).returning("id").execute();
  return rows.length > 0;
}

/** An event's registrations, first registered first, with how to reach each person and their sealed needs. */
export async function listRegistrations(db: Db, { eventId }: { eventId: number }) {
  return db
    .selectFrom("live_event_registration as r")
    .innerJoin("app_user as u", "u.id", "r.user_id")
    .where("r.event_id", "=", eventId)
    .select([
      "r.id",
      "r.user_id",
      "r.registered_at",
      "r.reminded_at",
      "r.needs_key_id",
      "r.needs_iv",
      "r.needs_auth_tag",
      "r.needs_ciphertext",
      "u.display_name",
      "u.email",
      "u.mobile",
    ])
    .orderBy("r.registered_at")
    .orderBy("r.id")
    .execute();
}

/** The events a person registered for, soonest first, for their account page. */
export async function listUserRegistrations(db: Db, { userId }: { userId: number }) {
  return db
    .selectFrom("live_event_registration as r")
    .innerJoin("live_event as ev", "ev.id", "r.event_id")
    .where("r.user_id", "=", userId)
    .select(["ev.id", "ev.title_zh", "ev.title_en", "ev.starts_at", "ev.ends_at", "ev.cancelled_at"])
    .orderBy("ev.starts_at", "desc")
    .execute();
}

/**
 * Claims the registrations whose event starts within `minutes` of `now` (and has not started) and
 * were not reminded yet, marking them reminded, so two instances never send one reminder twice.
 */
export async function claimDueReminders(db: Db, { now, minutes }: { now: Date; minutes: number }) {
  const until = new Date(now.getTime() + minutes * 60_000);
  return db
    .updateTable("live_event_registration as r")
    .set({ reminded_at: now })
    .from("live_event as ev")
    .whereRef("ev.id", "=", "r.event_id")
    .where("r.reminded_at", "is", null)
    .where("ev.cancelled_at", "is", null)
    .where("ev.starts_at", ">", now)
    .where("ev.starts_at", "<=", until)
    .returning(["r.user_id", "ev.id as event_id"])
    .execute();
}

/** Marks a registered person as attending (the first time they open the page while the event is on). */
export async function markAttended(db: Db, { eventId, userId }: { eventId: number; userId: number }) {
  await db.updateTable("live_event_registration").set({ attended_at: new Date() }).where("event_id", "=", eventId).where("user_id", "=", userId).where("attended_at", "is", null).execute();
}

/**
 * An event's figures for its partner: registrations, how many attended (opened the live page signed
 * in), questions asked and published, answers; and the applications sent from the event (through its
 * "apply" links, recorded on the application), and how many of those led to a hire.
 */
export async function eventStatistics(db: Db, { eventId }: { eventId: number }) {
  const count = sql<number>`count(*)::int`;
  const [registrations, attended, questions, published, answers, applications] = await Promise.all([
    db.selectFrom("live_event_registration").select(count.as("n")).where("event_id", "=", eventId).executeTakeFirstOrThrow(),
    db.selectFrom("live_event_registration").select(count.as("n")).where("event_id", "=", eventId).where("attended_at", "is not", null).executeTakeFirstOrThrow(),
    db.selectFrom("live_event_question").select(count.as("n")).where("event_id", "=", eventId).executeTakeFirstOrThrow(),
    db.selectFrom("live_event_question").select(count.as("n")).where("event_id", "=", eventId).where("status", "=", "published").executeTakeFirstOrThrow(),
    db
      .selectFrom("live_event_answer as a")
      .innerJoin("live_event_question as q", "q.id", "a.question_id")
      .select(count.as("n"))
      .where("q.event_id", "=", eventId)
      .where("a.hidden_at", "is", null)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("application as ap")
      .select([count.as("n"), sql<number>`count(*) filter (where ap.status = 'hired')::int`.as("hired")])
      .where("ap.source_event_id", "=", eventId)
      .where("ap.submitted_at", "is not", null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    registrations: registrations.n,
    attended: attended.n,
    questions: questions.n,
    published: published.n,
    answers: answers.n,
    applications: applications.n,
    hired: applications.hired,
  };
}

/** The people invited to help run an event, with how to recognise them, in the order invited. */
export async function listHelpers(db: Db, { eventId }: { eventId: number }) {
  return db
    .selectFrom("live_event_helper as h")
    .innerJoin("app_user as u", "u.id", "h.user_id")
    .select(["h.user_id", "h.role", "u.display_name", "u.email", "u.mobile"])
    .where("h.event_id", "=", eventId)
    .orderBy("h.created_at")
    .orderBy("h.user_id")
    .execute();
}

/** Invites a person to help run the event, or changes what they do if already invited. */
export async function saveHelper(db: Db, { eventId, userId, role, invitedBy }: { eventId: number; userId: number; role: EventHelperRole; invitedBy: number }) {
  await db
    .insertInto("live_event_helper")
    .values({ event_id: eventId, user_id: userId, role, invited_by_user_id: invitedBy })
    .onConflict((oc) => oc.columns(["event_id", "user_id"]).doUpdateSet({ role, invited_by_user_id: invitedBy }))
    .execute();
}

/** Ends a helper's invitation; returns whether there was one. */
export async function deleteHelper(db: Db, { eventId, userId }: { eventId: number; userId: number }) {
  const result = await db.deleteFrom("live_event_helper").where("event_id", "=", eventId).where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** What the person was invited to do in this event, if anything. */
export async function getHelperRole(db: Db, { eventId, userId }: { eventId: number; userId: number }): Promise<EventHelperRole | undefined> {
  const row = await db.selectFrom("live_event_helper").select("role").where("event_id", "=", eventId).where("user_id", "=", userId).executeTakeFirst();
  return row?.role;
}

/**
 * Key rotation for what people told organisers they need (with `rotate-passport-key`): re-encrypts
 * every registration's needs not written with the current key. The plain text exists only in this
 * function's memory; rows whose key is not configured are left alone and counted.
 */
export async function reencryptEventNeeds(db: Db, keys: KeyRing = getKeyRing()): Promise<{ reencrypted: number; unreadable: number }> {
  const rows = await db
    .selectFrom("live_event_registration")
    .select(["event_id", "user_id", "needs_key_id", "needs_iv", "needs_auth_tag", "needs_ciphertext"])
    .where("needs_key_id", "is not", null)
    .where("needs_key_id", "!=", keys.current.id)
    .execute();
  let reencrypted = 0;
  for (const row of rows) {
    if (!row.needs_key_id || !row.needs_iv || !row.needs_auth_tag || !row.needs_ciphertext || !keys.all.has(row.needs_key_id)) continue;
    const context = eventNeedsContext(row.event_id, row.user_id);
    const sealed = seal(open({ key_id: row.needs_key_id, iv: row.needs_iv, auth_tag: row.needs_auth_tag, ciphertext: row.needs_ciphertext }, context, keys), context, keys);
    await db
      .updateTable("live_event_registration")
      .set({ needs_key_id: sealed.key_id, needs_iv: sealed.iv, needs_auth_tag: sealed.auth_tag, needs_ciphertext: sealed.ciphertext })
      .where("event_id", "=", row.event_id)
      .where("user_id", "=", row.user_id)
      .where("needs_key_id", "=", row.needs_key_id)
      .execute();
    reencrypted++;
  }
  return { reencrypted, unreadable: rows.length - reencrypted };
}

// Cancelling an event

/**
 * Marks an event of `partnerId` cancelled at `now`, with the reason told to the people registered.
 * Only an event not cancelled already and not yet over: the conditional update takes the row's lock,
 * so of two staff members pressing at once one cancels and the other gets undefined (and no second
 * round of messages goes out).
 */
export async function markEventCancelled(
  db: Db,
  { id, partnerId, reasonZh, reasonEn, now }: { id: number; partnerId: number; reasonZh: string; reasonEn: string | null; now: Date },
) {
  return db
    .updateTable("live_event")
    .set({ cancelled_at: now, cancel_reason_zh: reasonZh, cancel_reason_en: reasonEn, calendar_sequence: sql<number>`calendar_sequence + 1`, updated_at: now })
    .where("id", "=", id)
    .where("partner_id", "=", partnerId)
    .where("cancelled_at", "is", null)
    .where("ends_at", ">", now)
    .returning(["id", "cancelled_at"])
    .executeTakeFirst();
}

/** Everyone registered for an event, first registered first, with how to reach them and in which language. */
export async function listRegistrantsToTell(db: Db, { eventId }: { eventId: number }) {
  return db
    .selectFrom("live_event_registration as r")
    .innerJoin("app_user as u", "u.id", "r.user_id")
    .where("r.event_id", "=", eventId)
    .select(["u.id", "u.email", "u.mobile", "u.notify_by_sms", "u.display_name", "u.preferred_locale"])
    .orderBy("r.registered_at")
    .orderBy("r.id")
    .execute();
}

/**
 * Whether the event is cancelled, read with a share lock on its row for the rest of the caller's
 * transaction: a registration saved meanwhile then either commits before a cancellation reads who
 * to tell, or sees the cancellation and is refused; nobody registers unnoticed into a cancelled event.
 */
export async function lockEventCancelled(db: Db, { eventId }: { eventId: number }): Promise<boolean> {
  const row = await db.selectFrom("live_event").select("cancelled_at").where("id", "=", eventId).forShare().executeTakeFirst();
  return !row || row.cancelled_at !== null;
}

/**
 * The event's time before a change, its row locked until the change commits: a registration saved
 * meanwhile (which reads the row in share mode, lockEventCancelled) waits, and is then confirmed with
 * the new time. Undefined when the event is not this partner's.
 */
export async function lockEventSchedule(db: Db, { id, partnerId }: { id: number; partnerId: number }) {
  return db.selectFrom("live_event").select(["starts_at", "ends_at", "cancelled_at"]).where("id", "=", id).where("partner_id", "=", partnerId).forUpdate().executeTakeFirst();
}

/**
 * After a change of day or time: the calendar file's sequence goes up (a calendar takes the new file
 * as a change to the same event), and everyone registered will be reminded again, before the new start.
 */
export async function markEventRescheduled(db: Db, { eventId }: { eventId: number }) {
  await db.updateTable("live_event").set({ calendar_sequence: sql<number>`calendar_sequence + 1` }).where("id", "=", eventId).execute();
  await db.updateTable("live_event_registration").set({ reminded_at: null }).where("event_id", "=", eventId).execute();
}

/** How many are registered for an event (whom cancelling it, or moving it, would tell). */
export async function countRegistrations(db: Db, { eventId }: { eventId: number }): Promise<number> {
  const row = await db.selectFrom("live_event_registration").select(sql<number>`count(*)::int`.as("n")).where("event_id", "=", eventId).executeTakeFirstOrThrow();
  return row.n;
}
