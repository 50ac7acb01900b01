import { redirect } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { consolePowers, EVENT_NEEDS, eventNeedsContext, type EventHelperRole, eventNeedsPurpose, eventPhase, REMINDER_MINUTES_BEFORE } from "~/domain/event";
import { recordAudit } from "~/models/audit.server";
import {
  claimDueReminders,
  createEvent,
  deleteRegistration,
  deleteHelper,
  getHelperRole,
  getPartnerEvent,
  listRegistrantsToTell,
  lockEventCancelled,
  lockEventSchedule,
  markEventCancelled,
  markEventRescheduled,
  getPublicEvent,
  listEventChoices,
  listEventOpeningIds,
  listRegistrations,
  saveHelper,
  saveRegistration,
  updateEvent,
  type EventFields,
} from "~/models/event.server";
import { getUserById, getUserByLogin } from "~/models/user.server";
import { requireRole, requireUser } from "./auth.server";
import { idParam } from "./workspace.server";
import { getDb } from "~/utils/db.server";
import {
  answerQuestion,
  appendCaption,
  appendPin,
  askQuestion,
  countRecentQuestions,
  flagItem,
  hideAnswer,
  isMuted,
  moderateQuestion,
  QUESTIONS_PER_TEN_MINUTES,
  recruiterEmployerFor,
  setMuted,
} from "~/models/live-event.server";
import { listPublicOpeningsByIds } from "~/models/opening.server";
import { getPassport } from "~/models/passport.server";
import { inTransaction } from "../../db/transaction";
import { getKeyRing, open, seal, type KeyRing } from "~/utils/passport-crypto.server";
import { asLocale, DEFAULT_LOCALE, type Locale } from "~/utils/i18n";
import { pickText } from "~/utils/localized";
import { formatDateTime } from "~/utils/format";
import { chinaInstant, EVENT_NEEDS_CONSENT_VERSION, type EventForm, type EventNeedsContent } from "~/validation/events";
import { emailT, messagePerson, type Recipient } from "./emails.server";

type Db = Kysely<Database>;

// Live recruitment events (issue 20): what spans several models or sends messages. Staff's event
// form becomes an event with checked participants; a registration, with what the person needs,
// its consent and the confirmation, is one transaction; staff reading those needs is audit-logged;
// the reminder job texts or emails each registered person an hour before.

/**
 * The form's fields as an event of `partnerId`: only the verified employers and public openings this
 * partner can choose from count, and an opening brings its employer along; when changing an event,
 * so do the employers and openings it already has (an opening may have closed since). Returns null
 * for a choice that is not on offer (a stale or forged form).
 */
export async function eventFieldsFromForm(
  db: Db,
  { partnerId, form, linked }: { partnerId: number; form: EventForm; linked?: { employerIds: readonly number[]; openingIds: readonly number[] } },
): Promise<{ ok: true; fields: EventFields } | { ok: false; errors: Record<string, string> }> {
  const choices = await listEventChoices(db, { partnerId, keep: linked });
  const employerOf = new Map(choices.flatMap((employer) => employer.openings.map((opening) => [opening.id, employer.id] as const)));
  const employerIds = new Set(choices.map((employer) => employer.id));
  if (form.employers.some((id) => !employerIds.has(id)) || form.openings.some((id) => !employerOf.has(id))) return { ok: false, errors: { employers: "events.errors.choiceUnknown" } };
  const employers = new Set([...form.employers, ...form.openings.map((id) => employerOf.get(id) as number)]);
  const fields: EventFields = {
    titleZh: form.titleZh,
    titleEn: form.titleEn,
    descriptionZh: form.descriptionZh,
    descriptionEn: form.descriptionEn,
    startsAt: chinaInstant(form.day, form.startTime),
    endsAt: chinaInstant(form.endDay || form.day, form.endTime),
    streamUrl: form.streamUrl,
    embedUrl: form.embedUrl,
    replayUrl: form.replayUrl,
    provisions: form.provisions,
    qaModeration: form.qaModeration,
    attendance: form.attendance,
    // An online event keeps no venue, whatever was left in the fields.
    venue:
      form.attendance === "mixed" && form.venueNameZh && form.venueAddressZh
        ? { nameZh: form.venueNameZh, nameEn: form.venueNameEn, addressZh: form.venueAddressZh, addressEn: form.venueAddressEn, accessZh: form.venueAccessZh, accessEn: form.venueAccessEn }
        : null,
    employerIds: [...employers],
    openingIds: form.openings,
  };
  return { ok: true, fields };
}

/** Creates the event and writes the audit entry, together. */
export async function createEventAndLog(db: Db, { partnerId, staffUserId, fields }: { partnerId: number; staffUserId: number; fields: EventFields }) {
  return inTransaction(db, async (trx) => {
    const id = await createEvent(trx, { partnerId, createdBy: staffUserId, fields });
    await recordAudit(trx, { actorUserId: staffUserId, action: "event.created", targetType: "live_event", targetId: id, details: { partnerId } });
    return id;
  });
}

/**
 * Changes the event (`updated: false` when it is not this partner's) and writes the audit entry,
 * together. When its day or time changes, and it is neither cancelled nor over, everyone registered
 * is told the new time and the old one, by email or text message as their confirmation went, in
 * their own language (`told`: how many); they are reminded again before the new start, and the
 * calendar file's sequence goes up. Other changes (texts, addresses, access) tell nobody.
 */
export async function updateEventAndLog(
  db: Db,
  { id, partnerId, staffUserId, fields, origin, now = new Date() }: { id: number; partnerId: number; staffUserId: number; fields: EventFields; origin: string; now?: Date },
): Promise<{ updated: false } | { updated: true; told: number }> {
  return inTransaction(db, async (trx) => {
    const before = await lockEventSchedule(trx, { id, partnerId });
    if (!before || !(await updateEvent(trx, { id, partnerId, fields }))) return { updated: false as const };
    const moved = before.starts_at.getTime() !== fields.startsAt.getTime() || before.ends_at.getTime() !== fields.endsAt.getTime();
    const stillAhead = before.ends_at > now || fields.endsAt > now;
    let told = 0;
    if (moved && stillAhead && !before.cancelled_at) {
      await markEventRescheduled(trx, { eventId: id });
      // An event of a partner whose verification was withdrawn is not public: nobody can open the link we would send.
      const event = await getPublicEvent(trx, { id });
      if (event) {
        const people = await listRegistrantsToTell(trx, { eventId: id });
        for (const person of people) {
          const locale = asLocale(person.preferred_locale) ?? DEFAULT_LOCALE;
          const t = emailT(locale);
          const values = { ...eventMessageValues(t, locale, event, origin), before: formatDateTime(t, before.starts_at) };
          await messagePerson(trx, person, {
            subject: t("eventEmails.movedSubject", values),
            bodyText: t("eventEmails.movedBody", { ...values, name: person.display_name }),
            // The new time is the news: a text message carries it, not only a link.
            sms: t("eventEmails.movedSms", values),
          });
        }
        told = people.length;
      }
    }
    await recordAudit(trx, {
      actorUserId: staffUserId,
      action: "event.updated",
      targetType: "live_event",
      targetId: id,
      details: moved ? { startsAt: fields.startsAt.toISOString(), endsAt: fields.endsAt.toISOString(), registrantsTold: told } : undefined,
    });
    return { updated: true as const, told };
  });
}

type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

/** The event's title, time and address in the person's language, for the confirmation and the reminder. */
function eventMessageValues(t: ReturnType<typeof emailT>, locale: Locale, event: PublicEvent, origin: string) {
  return {
    title: pickText(locale, event.title_zh, event.title_en)?.text ?? event.title_zh,
    organiser: pickText(locale, event.partner_name_zh, event.partner_name_en)?.text ?? "",
    when: formatDateTime(t, event.starts_at),
    link: `${origin}/events/${event.id}`,
    calendar: `${origin}/events/${event.id}/calendar.ics`,
  };
}

/**
 * Registers the person for a public event, or changes what they said they need. With needs, they are
 * sealed and kept with their consent naming the organiser; without, any earlier needs and consent
 * go. A new registration is confirmed by email or text message. One transaction. Refused (`refused`,
 * the message's key) when the event is cancelled, even by staff a moment before.
 */
export async function registerForEvent(
  db: Db,
  { event, user, needs, origin }: { event: PublicEvent; user: Recipient & { id: number }; needs: EventNeedsContent | null; origin: string },
  keys: KeyRing = getKeyRing(),
) {
  const sealed = needs ? seal(JSON.stringify(needs), eventNeedsContext(event.id, user.id), keys) : null;
  return inTransaction(db, async (trx): Promise<{ isNew: boolean; refused?: string }> => {
    // The page was read before this transaction: the event may have been cancelled since (cancelEventAndTell).
    if (await lockEventCancelled(trx, { eventId: event.id })) return { isNew: false, refused: "events.errors.cancelled" };
    await withdrawNeedsConsent(trx, { eventId: event.id, userId: user.id });
    if (sealed) {
      await trx
        .insertInto("consent")
        .values({ user_id: user.id, purpose: eventNeedsPurpose(event.id), partner_id: event.partner_id, text_version: EVENT_NEEDS_CONSENT_VERSION })
        .execute();
    }
    const isNew = await saveRegistration(trx, { eventId: event.id, userId: user.id, needs: sealed });
    await recordAudit(trx, { actorUserId: user.id, action: "event.registered", targetType: "live_event", targetId: event.id, details: { needsShared: Boolean(sealed), isNew } });
    if (isNew) {
      const locale = asLocale(user.preferred_locale) ?? DEFAULT_LOCALE;
      const t = emailT(locale);
      const values = eventMessageValues(t, locale, event, origin);
      await messagePerson(trx, user, { subject: t("eventEmails.confirmSubject", values), bodyText: t("eventEmails.confirmBody", { ...values, name: user.display_name ?? "" }) });
    }
    return { isNew };
  });
}

async function withdrawNeedsConsent(db: Db, { eventId, userId }: { eventId: number; userId: number }) {
  await db
    .updateTable("consent")
    .set({ withdrawn_at: new Date() })
    .where("user_id", "=", userId)
    .where("purpose", "=", eventNeedsPurpose(eventId))
    .where("withdrawn_at", "is", null)
    .execute();
}

/** Cancels the registration; what the person needed is deleted and its consent withdrawn. */
export async function cancelRegistration(db: Db, { eventId, userId }: { eventId: number; userId: number }) {
  return inTransaction(db, async (trx) => {
    const cancelled = await deleteRegistration(trx, { eventId, userId });
    await withdrawNeedsConsent(trx, { eventId, userId });
    if (cancelled) await recordAudit(trx, { actorUserId: userId, action: "event.registration_cancelled", targetType: "live_event", targetId: eventId });
    return cancelled;
  });
}

/** What the person themself told the organiser for this event (their own read: not audit-logged), or null. */
export async function readOwnNeeds(db: Db, { eventId, userId }: { eventId: number; userId: number }, keys: KeyRing = getKeyRing()): Promise<EventNeedsContent | null> {
  const row = await db
    .selectFrom("live_event_registration")
    .select(["needs_key_id", "needs_iv", "needs_auth_tag", "needs_ciphertext"])
    .where("event_id", "=", eventId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row?.needs_key_id || !row.needs_iv || !row.needs_auth_tag || !row.needs_ciphertext) return null;
  const sealed = { key_id: row.needs_key_id, iv: row.needs_iv, auth_tag: row.needs_auth_tag, ciphertext: row.needs_ciphertext };
  return JSON.parse(open(sealed, eventNeedsContext(eventId, userId), keys)) as EventNeedsContent;
}

/** What a person needs, prefilled from their own accommodation passport (kept with its own consent). */
export async function needsFromPassport(db: Db, { userId }: { userId: number }): Promise<EventNeedsContent | null> {
  const passport = await getPassport(db, { userId });
  if (!passport) return null;
  const mapped = new Set<(typeof EVENT_NEEDS)[number]>();
  for (const need of passport.content.needs) {
    if (need === "sign_language_interpreter") mapped.add("sign_language");
    if (need === "captioned_calls") mapped.add("captions");
    if (need === "text_only_interview") mapped.add("text_qa");
    if (need === "screen_reader_tests") mapped.add("screen_reader_materials");
    if (need === "written_instructions") mapped.add("materials_in_advance");
    if (need === "extra_time") mapped.add("breaks");
  }
  return { needs: EVENT_NEEDS.filter((need) => mapped.has(need)), details: passport.content.details || null };
}

/**
 * An event's registrations for its organiser's staff. Needs are opened only where the person's
 * consent for this event is current; showing them is one audit entry naming the registrations read.
 */
export async function readRegistrationsForStaff(db: Db, { eventId, staffUserId }: { eventId: number; staffUserId: number }, keys: KeyRing = getKeyRing()) {
  const [rows, consents] = await Promise.all([
    listRegistrations(db, { eventId }),
    db.selectFrom("consent").select("user_id").where("purpose", "=", eventNeedsPurpose(eventId)).where("withdrawn_at", "is", null).execute(),
  ]);
  const consenting = new Set(consents.map((row) => row.user_id));
  const registrations = rows.map(({ needs_key_id, needs_iv, needs_auth_tag, needs_ciphertext, ...row }) => {
    const sealed = needs_key_id && needs_iv && needs_auth_tag && needs_ciphertext ? { key_id: needs_key_id, iv: needs_iv, auth_tag: needs_auth_tag, ciphertext: needs_ciphertext } : null;
    const needs = sealed && consenting.has(row.user_id) ? (JSON.parse(open(sealed, eventNeedsContext(eventId, row.user_id), keys)) as EventNeedsContent) : null;
    return { ...row, needs };
  });
  const read = registrations.filter((row) => row.needs).map((row) => row.id);
  if (read.length > 0) await recordAudit(db, { actorUserId: staffUserId, action: "event.needs_read", targetType: "live_event", targetId: eventId, details: { registrations: read } });
  return registrations;
}

/** One round of reminders: each person registered for an event starting within the hour, once. */
export async function sendEventReminders(db: Db, { now, origin }: { now: Date; origin: string }): Promise<number> {
  return inTransaction(db, async (trx) => {
    const due = await claimDueReminders(trx, { now, minutes: REMINDER_MINUTES_BEFORE });
    for (const { user_id, event_id } of due) {
      const [event, user] = await Promise.all([getPublicEvent(trx, { id: event_id }), getUserById(trx, { id: user_id })]);
      // Claimed just as staff cancelled it: the cancellation is the message that counts.
      if (!event || event.cancelled_at || !user) continue;
      const locale = asLocale(user.preferred_locale) ?? DEFAULT_LOCALE;
      const t = emailT(locale);
      const values = eventMessageValues(t, locale, event, origin);
      await messagePerson(trx, user, { subject: t("eventEmails.reminderSubject", values), bodyText: t("eventEmails.reminderBody", { ...values, name: user.display_name ?? "" }) });
    }
    return due.length;
  });
}

/** A caption line from the organiser's staff. Captions are public text: the log itself records who sent each, no audit entry is needed. */
export async function sendCaption(db: Db, { eventId, staffUserId, body }: { eventId: number; staffUserId: number; body: string }) {
  return appendCaption(db, { eventId, userId: staffUserId, body });
}

/**
 * Pins the opening being presented (null: none). Only one of the event's own openings, still public,
 * can be pinned; returns false otherwise.
 */
export async function pinOpening(db: Db, { eventId, staffUserId, openingId }: { eventId: number; staffUserId: number; openingId: number | null }) {
  if (openingId !== null) {
    const [own, open] = await Promise.all([listEventOpeningIds(db, { eventId }), listPublicOpeningsByIds(db, { ids: [openingId] })]);
    if (!own.includes(openingId) || open.length === 0) return false;
  }
  await appendPin(db, { eventId, userId: staffUserId, openingId });
  return true;
}

/**
 * The event an application is sent from, when the "apply" link of a public event brought the person:
 * only if `eventId` names a public event and the opening is one the event presents. Anything else (a
 * made-up number, another event's opening) is ignored, and the application records no event.
 */
export async function eventForApplying(db: Db, { eventId, openingId }: { eventId: string | null; openingId: number }) {
  if (eventId === null || !/^\d{1,9}$/.test(eventId)) return undefined;
  const event = await getPublicEvent(db, { id: Number(eventId) });
  // A cancelled event sends nobody: the opening is applied to as itself.
  if (!event || event.cancelled_at) return undefined;
  const openingIds = await listEventOpeningIds(db, { eventId: event.id });
  return openingIds.includes(openingId) ? { id: event.id, title_zh: event.title_zh, title_en: event.title_en } : undefined;
}

/**
 * A signed-in person's question in the live room, while the event is on: held for a moderator or
 * published at once, by the event's setting. Refused (with the message's key) after the event, or
 * past {@link QUESTIONS_PER_TEN_MINUTES} questions in ten minutes.
 */
export async function askInLiveRoom(
  db: Db,
  { event, userId, body, anonymous, now = new Date() }: { event: PublicEvent; userId: number; body: string; anonymous: boolean; now?: Date },
): Promise<{ ok: true; status: "held" | "published" } | { ok: false; error: string }> {
  if (eventPhase(event, now) !== "live") return { ok: false, error: "events.errors.notLive" };
  if (await isMuted(db, { eventId: event.id, userId })) return { ok: false, error: "events.errors.muted" };
  if ((await countRecentQuestions(db, { eventId: event.id, userId, now })) >= QUESTIONS_PER_TEN_MINUTES) return { ok: false, error: "events.errors.tooManyQuestions" };
  const status = event.qa_moderation === "open" ? "published" : "held";
  await askQuestion(db, { eventId: event.id, userId, body, anonymous, status });
  return { ok: true, status };
}

/** A moderator (the organiser's staff) publishes or hides a question; audit-logged with it. */
export async function moderateAndLog(db: Db, { eventId, questionId, staffUserId, status }: { eventId: number; questionId: number; staffUserId: number; status: "published" | "hidden" }) {
  return inTransaction(db, async (trx) => {
    const done = await moderateQuestion(trx, { eventId, questionId, staffUserId, status });
    if (done) {
      await recordAudit(trx, {
        actorUserId: staffUserId,
        action: status === "published" ? "event.question_published" : "event.question_hidden",
        targetType: "live_event_question",
        targetId: questionId,
        details: { eventId },
      });
    }
    return done;
  });
}

/**
 * An answer to a published question: by the organiser's staff (`asOrganiser`), or by a verified
 * recruiter of an employer taking part, whose employer the answer then names. False when the person
 * may not answer, or the question is not published; audit-logged with it.
 */
export async function answerAndLog(
  db: Db,
  { eventId, questionId, userId, asOrganiser, body }: { eventId: number; questionId: number; userId: number; asOrganiser: boolean; body: string },
) {
  return inTransaction(db, async (trx) => {
    const employer = asOrganiser ? null : await recruiterEmployerFor(trx, { eventId, userId });
    if (!asOrganiser && !employer) return false;
    const done = await answerQuestion(trx, { eventId, questionId, userId, employerId: employer?.id ?? null, body });
    if (done) await recordAudit(trx, { actorUserId: userId, action: "event.question_answered", targetType: "live_event_question", targetId: questionId, details: { eventId, employerId: employer?.id ?? null } });
    return done;
  });
}

/** A signed-in viewer flags a published question or answer for the moderators; audit-logged (which item, not why). */
export async function flagAndLog(db: Db, { eventId, userId, target }: { eventId: number; userId: number; target: { questionId: number } | { answerId: number } }) {
  return inTransaction(db, async (trx) => {
    const done = await flagItem(trx, { eventId, userId, target });
    if (done) await recordAudit(trx, { actorUserId: userId, action: "event.flagged", targetType: "live_event", targetId: eventId, details: target });
    return done;
  });
}

/** A moderator hides an answer; audit-logged with it. */
export async function hideAnswerAndLog(db: Db, { eventId, answerId, staffUserId }: { eventId: number; answerId: number; staffUserId: number }) {
  return inTransaction(db, async (trx) => {
    const done = await hideAnswer(trx, { eventId, answerId, staffUserId });
    if (done) await recordAudit(trx, { actorUserId: staffUserId, action: "event.answer_hidden", targetType: "live_event_answer", targetId: answerId, details: { eventId } });
    return done;
  });
}

/**
 * A moderator mutes a participant who asked in this event (or lets them ask again); audit-logged.
 * False for someone who never asked here: moderators act on what they saw.
 */
export async function muteAndLog(db: Db, { eventId, userId, staffUserId, muted }: { eventId: number; userId: number; staffUserId: number; muted: boolean }) {
  return inTransaction(db, async (trx) => {
    const asked = await trx.selectFrom("live_event_question").select("id").where("event_id", "=", eventId).where("user_id", "=", userId).limit(1).executeTakeFirst();
    if (!asked) return false;
    await setMuted(trx, { eventId, userId, staffUserId, muted });
    await recordAudit(trx, { actorUserId: staffUserId, action: muted ? "event.participant_muted" : "event.participant_unmuted", targetType: "live_event", targetId: eventId, details: { userId } });
    return true;
  });
}

/** The person's own events data, for their data export: each registration (with what they said they need) and each question they asked. */
export async function exportOwnEventData(db: Db, { userId }: { userId: number }, keys: KeyRing = getKeyRing()) {
  const [registrations, questions] = await Promise.all([
    db
      .selectFrom("live_event_registration as r")
      .innerJoin("live_event as ev", "ev.id", "r.event_id")
      .select(["ev.id as event_id", "ev.title_zh", "ev.title_en", "ev.starts_at", "r.registered_at", "r.attended_at", "r.reminded_at"])
      .where("r.user_id", "=", userId)
      .orderBy("r.registered_at")
      .execute(),
    db.selectFrom("live_event_question").select(["event_id", "body", "anonymous", "status", "created_at"]).where("user_id", "=", userId).orderBy("id").execute(),
  ]);
  return {
    registrations: await Promise.all(registrations.map(async (row) => ({ ...row, needs: await readOwnNeeds(db, { eventId: row.event_id, userId }, keys) }))),
    questions,
  };
}

/**
 * The event `id` of a partner the signed-in staff member works for, with its employers' and openings'
 * ids; 404 for anyone else's event, as for one that does not exist (the staff event pages' guard).
 */
export async function requireOrganiserEvent(request: Request, id: string | undefined) {
  const user = await requireRole(request, "staff");
  const partnerIds = user.memberships.filter((m) => m.kind === "partner").map((m) => m.organisation_id);
  const event = await getPartnerEvent(getDb(), { id: idParam(id), partnerIds });
  if (!event) throw new Response("Not Found", { status: 404 });
  return { user, event };
}

/**
 * The live console's guard: the organising partner's staff, or someone the partner invited to help
 * run this event (a captioner or moderator), with what each may do ({@link consolePowers}). Anyone
 * else gets 404, as for an event that does not exist. An invited helper needs only an account. A
 * cancelled event has no console: every request, a write from a page left open included, is sent
 * (303, nothing written) to the event's page, which says it is cancelled and why.
 */
export async function requireEventConsole(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const eventId = idParam(id);
  const partnerIds = user.memberships.filter((m) => m.kind === "partner").map((m) => m.organisation_id);
  if (partnerIds.length > 0) {
    const own = await getPartnerEvent(db, { id: eventId, partnerIds });
    if (own) {
      // Staff pass the same checks (second factor) as on every staff page.
      const staff = await requireRole(request, "staff");
      if (own.cancelled_at) throw redirect(`/staff/events/${own.id}`, 303);
      return { user: staff, event: own, powers: consolePowers("organiser") };
    }
  }
  const role = await getHelperRole(db, { eventId, userId: user.id });
  const event = role ? await getPublicEvent(db, { id: eventId }) : undefined;
  if (!role || !event) throw new Response("Not Found", { status: 404 });
  if (event.cancelled_at) throw redirect(`/events/${event.id}`, 303);
  return { user, event: { ...event, openingIds: await listEventOpeningIds(db, { eventId }) }, powers: consolePowers(role) };
}

/**
 * Staff invite the person with this email address or mobile number to help run the event (or change
 * their role); audit-logged. They must already have an account: the error key says so otherwise.
 */
export async function inviteHelperAndLog(
  db: Db,
  { eventId, contact, role, staffUserId, origin }: { eventId: number; contact: string; role: EventHelperRole; staffUserId: number; origin: string },
) {
  const person = await getUserByLogin(db, { login: contact });
  if (!person) return { ok: false as const, error: "events.errors.helperUnknown" };
  return inTransaction(db, async (trx) => {
    // A cancelled event has no console to help with (a cancellation made a moment ago counts too).
    if (await lockEventCancelled(trx, { eventId })) return { ok: false as const, error: "events.errors.helperCancelled" };
    await saveHelper(trx, { eventId, userId: person.id, role, invitedBy: staffUserId });
    await recordAudit(trx, { actorUserId: staffUserId, action: "event.helper_invited", targetType: "live_event", targetId: eventId, details: { userId: person.id, role } });
    // The person is told what they are asked to do, when, and where their console is: otherwise they
    // would only find out by opening the event's page. Not sent for an event the public cannot open.
    const event = await getPublicEvent(trx, { id: eventId });
    if (event) {
      const locale = asLocale(person.preferred_locale) ?? DEFAULT_LOCALE;
      const t = emailT(locale);
      const values = { ...eventMessageValues(t, locale, event, origin), task: t(`eventEmails.helperTask.${role}`), console: `${origin}/staff/events/${eventId}/live` };
      await messagePerson(trx, person, {
        subject: t("eventEmails.helperSubject", values),
        bodyText: t("eventEmails.helperBody", { ...values, name: person.display_name }),
        sms: t("eventEmails.helperSms", values),
      });
    }
    return { ok: true as const };
  });
}

/** Staff end a helper's invitation; audit-logged. False when there was none. */
export async function removeHelperAndLog(db: Db, { eventId, userId, staffUserId }: { eventId: number; userId: number; staffUserId: number }) {
  return inTransaction(db, async (trx) => {
    if (!(await deleteHelper(trx, { eventId, userId }))) return false;
    await recordAudit(trx, { actorUserId: staffUserId, action: "event.helper_removed", targetType: "live_event", targetId: eventId, details: { userId } });
    return true;
  });
}

/** How much of the reason a text message carries; the event's page has all of it. */
const SMS_REASON_CHARACTERS = 60;

/**
 * The organiser's staff cancel an event that has not ended, saying why (`reasonZh`, and optionally
 * `reasonEn`). In one transaction: the event is marked cancelled with the reason, everyone registered
 * is told through the outbox (by email, and by text message to people who chose it or have only a
 * mobile number, as the confirmation goes) in their own language, with the event's title, time,
 * organiser and the reason, and the cancellation is audit-logged. A cancelled event gets no reminder
 * (claimDueReminders), no new registration (registerForEvent) and no live console writes. Returns
 * how many were told, or `ok: false` (nothing done) when the event is over, already cancelled or not
 * this partner's.
 */
export async function cancelEventAndTell(
  db: Db,
  {
    event,
    staffUserId,
    reasonZh,
    reasonEn,
    origin,
    now = new Date(),
  }: { event: PublicEvent; staffUserId: number; reasonZh: string; reasonEn: string | null; origin: string; now?: Date },
): Promise<{ ok: true; told: number } | { ok: false }> {
  return inTransaction(db, async (trx) => {
    const done = await markEventCancelled(trx, { id: event.id, partnerId: event.partner_id, reasonZh, reasonEn, now });
    if (!done) return { ok: false as const };
    // Read after the update, which waited for any registration being saved (lockEventCancelled): everyone registered is here.
    const people = await listRegistrantsToTell(trx, { eventId: event.id });
    for (const person of people) {
      const locale = asLocale(person.preferred_locale) ?? DEFAULT_LOCALE;
      const t = emailT(locale);
      const reason = pickText(locale, reasonZh, reasonEn)?.text ?? reasonZh;
      const values = { ...eventMessageValues(t, locale, event, origin), reason };
      const short = Array.from(reason).length > SMS_REASON_CHARACTERS ? `${Array.from(reason).slice(0, SMS_REASON_CHARACTERS).join("")}…` : reason;
      await messagePerson(trx, person, {
        subject: t("eventEmails.cancelSubject", values),
        bodyText: t("eventEmails.cancelBody", { ...values, name: person.display_name }),
        // Deaf people often choose text messages: the text itself says what happened and why, not only a link.
        sms: t("eventEmails.cancelSms", { ...values, reason: short }),
      });
    }
    await recordAudit(trx, {
      actorUserId: staffUserId,
      action: "event.cancelled",
      targetType: "live_event",
      targetId: event.id,
      details: { partnerId: event.partner_id, registrantsTold: people.length },
    });
    return { ok: true as const, told: people.length };
  });
}
