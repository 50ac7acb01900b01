// Cancelling a live recruitment event (issue 20), through the real routes' loaders and actions: only
// the organising partner's staff may cancel, with a reason and a ticked confirmation (a mistake keeps
// what was typed); cancelling marks the event, is audit-logged, and tells every registered person
// once, by email or text message as the confirmation goes, in their own language, with the title,
// time, organiser and reason. Afterwards the event gets no reminder, no registration (even from a page
// opened before), no live console writes, and its page, calendar file and the registrant's account
// page say it is cancelled. Moving an event to a new day or time (the edit form) tells the same
// people the new time and the old one, reminds them again before the new start and raises the
// calendar file's SEQUENCE; editing anything else, or an event cancelled or over, tells nobody.
import type { AppLoadContext } from "@remix-run/node";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listAudit } from "~/models/audit.server";
import { createEvent, getPublicEvent, getRegistration, saveRegistration, type EventFields } from "~/models/event.server";
import { listOutbox } from "~/models/outbox.server";
import { createSession } from "~/models/session.server";
import { createMobileUser, createUser, upsertMembership } from "~/models/user.server";
import { loader as accountLoader } from "~/routes/account._index";
import { loader as calendarLoader } from "~/routes/events.$id_.calendar[.]ics";
import { action as eventAction, loader as eventLoader } from "~/routes/events.$id";
import { action as cancelAction, loader as cancelLoader } from "~/routes/staff.events.$id.cancel";
import { action as editAction, loader as editLoader } from "~/routes/staff.events.$id.edit";
import { loader as staffEventLoader } from "~/routes/staff.events.$id._index";
import { loader as staffEventsLoader } from "~/routes/staff.events._index";
import { action as liveAction, loader as liveLoader } from "~/routes/staff.events.$id.live";
import { cancelEventAndTell, eventForApplying, registerForEvent, sendEventReminders, updateEventAndLog } from "~/services/events.server";
import { sessionCookieHeader } from "~/services/session.server";
import type { DatabaseHandle } from "../../db/client";
import type { Database } from "../../db/schema";
import { createOpening, createOrganisation } from "../support/factories";
import { routeResponse } from "../support/route-response";
import { createTestDatabase } from "../support/test-db";

const state = vi.hoisted(() => ({ db: null as Kysely<Database> | null }));
vi.mock("~/utils/db.server", () => {
  const db = () => {
    if (!state.db) throw new Error("test database not ready");
    return state.db;
  };
  // The live hub's own pool is PostgreSQL's alone: here it reads through the test database, as on PGlite.
  return { getDb: db, getPublicReadDb: db, openSidePoolDb: () => undefined };
});
vi.mock("~/utils/env.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("~/utils/env.server")>();
  const base = actual.parseEnv({ NODE_ENV: "test" });
  return { ...actual, getEnv: () => ({ ...base, requireSecondFactor: false }) };
});

const HOUR = 3_600_000;
const REASON_ZH = "参加的单位临时无法到场，招聘会改期，新的时间会另行公布。";
const REASON_EN = "The employers taking part cannot come; the event will be held later, on a date to be announced.";

let handle: DatabaseHandle;
let partnerId: number;
let staffId: number;
let staff: string;
let otherStaff: string;
let openingId: number;
let counter = 0;

type Form = Record<string, string>;

/** A person with an email address (in `locale`) and a session; staff of `partner` when one is given. */
async function person(name: string, { partner, locale = "zh-CN" }: { partner?: number; locale?: "zh-CN" | "en" } = {}) {
  const user = await createUser(handle.db, { email: `cancel-${++counter}-${Date.now()}@example.org`, passwordHash: "x", displayName: name, preferredLocale: locale });
  if (!user) throw new Error("user not created");
  if (partner) await upsertMembership(handle.db, { userId: user.id, organisationId: partner, role: "staff" });
  return { id: user.id, email: user.email, token: await createSession(handle.db, { userId: user.id, userAgent: "vitest", secondFactor: true }) };
}

/** A person who signed up with a mobile number only, with a session. */
async function mobilePerson(name: string) {
  const mobile = `136${String(++counter).padStart(4, "0")}${String(Date.now()).slice(-4)}`;
  const user = await createMobileUser(handle.db, { mobile, passwordHash: "x", displayName: name, preferredLocale: "zh-CN" });
  if (!user) throw new Error("user not created");
  return { id: user.id, mobile, token: await createSession(handle.db, { userId: user.id, userAgent: "vitest", secondFactor: true }) };
}

async function requestAs(token: string | null, path: string, form?: Form) {
  const headers = new Headers(token ? { Cookie: (await sessionCookieHeader(token)).split(";")[0] ?? "" } : {});
  return new Request(`http://localhost${path}`, { method: form ? "POST" : "GET", headers, body: form ? new URLSearchParams(form) : undefined });
}

const run = routeResponse;

const context = () => ({ form: { hasErrors: false }, clientIp: "192.0.2.9" }) as unknown as AppLoadContext;
const params = (id: number) => ({ id: String(id) });
const cancelPage = async (token: string, id: number) => run(async () => cancelLoader({ request: await requestAs(token, `/staff/events/${id}/cancel`), params: params(id), context: context() }));
const cancel = async (token: string, id: number, form: Form) =>
  run(async () => cancelAction({ request: await requestAs(token, `/staff/events/${id}/cancel`, form), params: params(id), context: context() }));
const publicPage = async (token: string | null, id: number) => run(async () => eventLoader({ request: await requestAs(token, `/events/${id}`), params: params(id), context: context() }));
const postToEvent = async (token: string, id: number, form: Form) => run(async () => eventAction({ request: await requestAs(token, `/events/${id}`, form), params: params(id), context: context() }));
const staffPage = async (token: string, id: number) => run(async () => staffEventLoader({ request: await requestAs(token, `/staff/events/${id}`), params: params(id), context: context() }));
const consoleAs = async (token: string, id: number, form?: Form) =>
  run(async () => (form ? liveAction : liveLoader)({ request: await requestAs(token, `/staff/events/${id}/live`, form), params: params(id), context: context() }));
const editPage = async (token: string, id: number) => run(async () => editLoader({ request: await requestAs(token, `/staff/events/${id}/edit`), params: params(id), context: context() }));
const edit = async (token: string, id: number, form: Form) =>
  run(async () => editAction({ request: await requestAs(token, `/staff/events/${id}/edit`, form), params: params(id), context: context() }));
/** The edit form as staff would send it: what the page shows (its empty fields left out), with `changes` typed in. */
async function editForm(id: number, changes: Form): Promise<Form> {
  const { values } = (await editPage(staff, id)).body as { values: Form };
  return { ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== "")), ...changes };
}
const eventRow = (id: number) => handle.db.selectFrom("live_event").select(["cancelled_at", "cancel_reason_zh", "cancel_reason_en"]).where("id", "=", id).executeTakeFirstOrThrow();
const cancellations = (id: number) => listAudit(handle.db, { action: "event.cancelled", targetId: id });
const good: Form = { reasonZh: REASON_ZH, reasonEn: REASON_EN, confirm: "on" };

/** What staff enter for an event at the given instants. */
function fieldsAt(startsAt: Date, endsAt: Date, { title = "取消测试招聘会", titleEn = null as string | null } = {}): EventFields {
  return {
    titleZh: title,
    titleEn,
    descriptionZh: "测试活动说明。",
    descriptionEn: null,
    startsAt,
    endsAt,
    streamUrl: "https://live.example.cn/room/36",
    replayUrl: null,
    provisions: ["captions"],
    qaModeration: "held",
    employerIds: [],
    openingIds: [],
  };
}

/** An event of `partner` (the organiser by default) at the given instants. */
async function event(startsAt: Date, endsAt: Date, { partner = partnerId, title = "取消测试招聘会", titleEn = null as string | null } = {}) {
  return createEvent(handle.db, { partnerId: partner, createdBy: staffId, fields: fieldsAt(startsAt, endsAt, { title, titleEn }) });
}

beforeAll(async () => {
  handle = await createTestDatabase();
  state.db = handle.db;
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "employment_centre", name_zh: "明途就业服务中心", name_en: "Mingtu Employment Centre" })).id;
  const otherPartnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  const mine = await person("王明", { partner: partnerId });
  staffId = mine.id;
  staff = mine.token;
  otherStaff = (await person("和祥的工作人员", { partner: otherPartnerId })).token;
  const employerId = (await createOrganisation(handle.db, { kind: "employer" })).id;
  openingId = (await createOpening(handle.db, { employerId, partnerId })).id;
});

afterAll(async () => {
  state.db = null;
  await handle?.close();
});

describe("who may cancel an event", () => {
  it("only the organising partner's staff: other partners' staff get 404, a job seeker and an invited captioner 403, and nothing changes", async () => {
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR));
    const captioner = await person("字幕志愿者");
    await handle.db.insertInto("live_event_helper").values({ event_id: id, user_id: captioner.id, role: "captioner", invited_by_user_id: staffId }).execute();
    const seeker = await person("求职者");
    const registered = await person("报名的人");
    await saveRegistration(handle.db, { eventId: id, userId: registered.id, needs: null });

    expect((await cancelPage(otherStaff, id)).status).toBe(404);
    expect((await cancel(otherStaff, id, good)).status).toBe(404);
    for (const token of [seeker.token, captioner.token]) {
      expect((await cancelPage(token, id)).status).toBe(403);
      expect((await cancel(token, id, good)).status).toBe(403);
    }
    expect(await eventRow(id)).toEqual({ cancelled_at: null, cancel_reason_zh: null, cancel_reason_en: null });
    expect(await cancellations(id)).toEqual([]);
    expect(await listOutbox(handle.db, { to: registered.email })).toEqual([]);

    // The organiser's staff get the page, which says how many will be told.
    const page = await cancelPage(staff, id);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ event: { id }, registrations: 1 });
  });
});

describe("the cancel form", () => {
  it("refuses without a reason or without the confirmation, keeping what was typed, and changes nothing", async () => {
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR));
    const registered = await person("报名的人");
    await saveRegistration(handle.db, { eventId: id, userId: registered.id, needs: null });

    const empty = await cancel(staff, id, { reasonZh: "  ", reasonEn: "" });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual({ reasonZh: "events.errors.cancelReasonRequired", confirm: "events.errors.cancelConfirmRequired" });

    // The reason typed, the box forgotten: only the box is a problem, and the reason comes back.
    const unticked = await cancel(staff, id, { reasonZh: REASON_ZH, reasonEn: REASON_EN });
    expect(unticked.status).toBe(400);
    expect(unticked.body).toMatchObject({ errors: { confirm: "events.errors.cancelConfirmRequired" }, values: { reasonZh: REASON_ZH, reasonEn: REASON_EN } });
    // Ticked, the reason forgotten: the tick is kept too.
    const noReason = await cancel(staff, id, { reasonZh: "", reasonEn: REASON_EN, confirm: "on" });
    expect(noReason.body).toMatchObject({ errors: { reasonZh: "events.errors.cancelReasonRequired" }, values: { reasonEn: REASON_EN, confirm: "on" } });
    expect((await cancel(staff, id, { reasonZh: "太长".repeat(151), confirm: "on" })).body.errors).toEqual({ reasonZh: "events.errors.cancelReasonTooLong" });

    expect(await eventRow(id)).toEqual({ cancelled_at: null, cancel_reason_zh: null, cancel_reason_en: null });
    expect(await cancellations(id)).toEqual([]);
    expect(await listOutbox(handle.db, { to: registered.email })).toEqual([]);
  });

  it("cannot cancel an event that is over: the page and the form send to the event's staff page, and nothing changes", async () => {
    const id = await event(new Date(Date.now() - 3 * HOUR), new Date(Date.now() - HOUR));
    expect(await cancelPage(staff, id)).toMatchObject({ status: 303, location: `/staff/events/${id}` });
    expect(await cancel(staff, id, good)).toMatchObject({ status: 303, location: `/staff/events/${id}` });
    expect((await eventRow(id)).cancelled_at).toBeNull();
    expect(await cancellations(id)).toEqual([]);
  });
});

describe("cancelling an event", () => {
  it("marks it cancelled with the reason, logs it, and tells each registered person once, by their channel and in their language", async () => {
    const startsAt = new Date("2032-05-20T06:00:00Z");
    const id = await event(startsAt, new Date(startsAt.getTime() + 2 * HOUR), { title: "远程客服专场", titleEn: "Remote customer service" });
    const chinese = await person("李静");
    const english = await person("Anna", { locale: "en" });
    const texted = await mobilePerson("张桂兰");
    // Email and mobile, and chose text messages too: both, as the confirmation goes.
    const both = await person("周敏");
    const bothMobile = `137${String(Date.now()).slice(-8)}`;
    await handle.db.updateTable("app_user").set({ mobile: bothMobile, notify_by_sms: true }).where("id", "=", both.id).execute();
    const notRegistered = await person("没报名的人");
    for (const who of [chinese, english, texted, both]) await saveRegistration(handle.db, { eventId: id, userId: who.id, needs: null });

    const done = await cancel(staff, id, good);
    expect(done).toMatchObject({ status: 303, location: `/staff/events/${id}?cancelled` });

    const row = await eventRow(id);
    expect(row).toMatchObject({ cancel_reason_zh: REASON_ZH, cancel_reason_en: REASON_EN });
    expect(row.cancelled_at).toBeInstanceOf(Date);
    const logged = await cancellations(id);
    expect(logged.map((entry) => ({ actor: entry.actor_user_id, type: entry.target_type, details: entry.details }))).toEqual([
      { actor: staffId, type: "live_event", details: { partnerId, registrantsTold: 4 } },
    ]);

    // In Chinese by email: the title, the time in China, the organiser, the reason and the page.
    const toChinese = await listOutbox(handle.db, { to: chinese.email });
    expect(toChinese.map((m) => m.channel)).toEqual(["email"]);
    expect(toChinese[0]?.subject).toBe("招聘会已取消：远程客服专场");
    for (const part of ["李静", "明途就业服务中心", "远程客服专场", "2032年5月20日 14:00", REASON_ZH, `/events/${id}`]) expect(toChinese[0]?.body_text).toContain(part);

    // In English by email, with the English title and reason.
    const toEnglish = await listOutbox(handle.db, { to: english.email });
    expect(toEnglish.map((m) => m.channel)).toEqual(["email"]);
    expect(toEnglish[0]?.subject).toBe("Event cancelled: Remote customer service");
    for (const part of ["Mingtu Employment Centre", REASON_EN, "14:00"]) expect(toEnglish[0]?.body_text).toContain(part);
    expect(toEnglish[0]?.body_text).not.toContain(REASON_ZH);

    // A mobile number only: one text message that says what happened and why, not just a link.
    const toMobile = await listOutbox(handle.db, { to: texted.mobile });
    expect(toMobile.map((m) => m.channel)).toEqual(["sms"]);
    expect(toMobile[0]?.body_text).toMatch(/^【无碍就业】明途就业服务中心取消了2032年5月20日 14:00的招聘会“远程客服专场”。原因：参加的单位临时无法到场/);
    expect(toMobile[0]?.body_text).toContain(`/events/${id}`);

    // Chose text messages as well as email: both, as for the confirmation.
    expect((await listOutbox(handle.db, { to: both.email })).map((m) => m.channel)).toEqual(["email"]);
    expect((await listOutbox(handle.db, { to: bothMobile })).map((m) => m.channel)).toEqual(["sms"]);
    expect(await listOutbox(handle.db, { to: notRegistered.email })).toEqual([]);

    // The staff page says it is cancelled; cancelling again does nothing and tells nobody twice.
    expect((await staffPage(staff, id)).body).toMatchObject({ notice: null, event: { id, cancel_reason_zh: REASON_ZH } });
    expect(await cancelPage(staff, id)).toMatchObject({ status: 303, location: `/staff/events/${id}` });
    expect(await cancel(staff, id, { ...good, reasonZh: "第二次" })).toMatchObject({ status: 303, location: `/staff/events/${id}` });
    expect((await eventRow(id)).cancel_reason_zh).toBe(REASON_ZH);
    expect(await cancellations(id)).toHaveLength(1);
    expect(await listOutbox(handle.db, { to: chinese.email })).toHaveLength(1);
    expect(await listOutbox(handle.db, { to: texted.mobile })).toHaveLength(1);
  });

  it("an English reason left out: English readers get the Chinese one", async () => {
    const id = await event(new Date(Date.now() + 72 * HOUR), new Date(Date.now() + 74 * HOUR));
    const english = await person("Ben", { locale: "en" });
    await saveRegistration(handle.db, { eventId: id, userId: english.id, needs: null });
    expect((await cancel(staff, id, { reasonZh: REASON_ZH, confirm: "on" })).status).toBe(303);
    expect((await eventRow(id)).cancel_reason_en).toBeNull();
    const [mail] = await listOutbox(handle.db, { to: english.email });
    expect(mail?.subject).toMatch(/^Event cancelled: /);
    expect(mail?.body_text).toContain(REASON_ZH);
  });
});

describe("a cancelled event", () => {
  it("gets no reminder, even within the hour before its start", async () => {
    const now = new Date("2033-03-01T01:00:00Z");
    const id = await event(new Date(now.getTime() + 30 * 60_000), new Date(now.getTime() + 2 * HOUR), { title: "取消了的半小时后招聘会" });
    const registered = await person("等提醒的人");
    await saveRegistration(handle.db, { eventId: id, userId: registered.id, needs: null });
    const event_ = await getPublicEvent(handle.db, { id });
    if (!event_) throw new Error("no event");
    // Cancelled through the service, at a `now` before its start (the form uses the clock).
    expect(await cancelEventAndTell(handle.db, { event: event_, staffUserId: staffId, reasonZh: REASON_ZH, reasonEn: null, origin: "https://aw.example", now })).toEqual({ ok: true, told: 1 });
    expect(await sendEventReminders(handle.db, { now, origin: "https://aw.example" })).toBe(0);
    expect(await sendEventReminders(handle.db, { now: new Date(now.getTime() + 20 * 60_000), origin: "https://aw.example" })).toBe(0);
    const sent = await listOutbox(handle.db, { to: registered.email });
    expect(sent.map((m) => m.subject)).toEqual(["招聘会已取消：取消了的半小时后招聘会"]);
    const row = await handle.db.selectFrom("live_event_registration").select("reminded_at").where("event_id", "=", id).where("user_id", "=", registered.id).executeTakeFirstOrThrow();
    expect(row.reminded_at).toBeNull();
  });

  it("takes no registration, from its page or one opened before it was cancelled; a registered person may still remove theirs", async () => {
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR));
    const registered = await person("已报名的人");
    await saveRegistration(handle.db, { eventId: id, userId: registered.id, needs: null });
    const stale = await getPublicEvent(handle.db, { id });
    if (!stale) throw new Error("no event");
    expect((await cancel(staff, id, good)).status).toBe(303);

    const late = await person("晚来的人");
    const refused = await postToEvent(late.token, id, { intent: "register", needs: "captions", details: "需要字幕", share: "on" });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: { form: "events.errors.cancelled" }, values: { details: "需要字幕", share: "on" } });
    expect(await getRegistration(handle.db, { eventId: id, userId: late.id })).toBeUndefined();
    expect(await listOutbox(handle.db, { to: late.email })).toEqual([]);
    // The service itself refuses, for a page read just before the cancellation committed.
    const user = await handle.db.selectFrom("app_user").select(["id", "email", "mobile", "notify_by_sms", "display_name", "preferred_locale"]).where("id", "=", late.id).executeTakeFirstOrThrow();
    expect(stale.cancelled_at).toBeNull();
    expect(await registerForEvent(handle.db, { event: stale, user, needs: null, origin: "https://aw.example" })).toEqual({ isNew: false, refused: "events.errors.cancelled" });
    expect(await getRegistration(handle.db, { eventId: id, userId: late.id })).toBeUndefined();
    // Nor can anyone ask in it.
    expect((await postToEvent(late.token, id, { intent: "ask", question: "还办吗？" })).body).toMatchObject({ errors: { form: "events.errors.cancelled" } });

    // The page: cancelled, closed, with the reason; the registered person sees their registration.
    const page = await publicPage(registered.token, id);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ phase: "cancelled", open: false, live: null, transcript: null, registration: { registered: true }, event: { cancel_reason_zh: REASON_ZH } });
    expect(await postToEvent(registered.token, id, { intent: "cancel" })).toMatchObject({ status: 303, location: `/events/${id}?cancelled#register` });
    expect(await getRegistration(handle.db, { eventId: id, userId: registered.id })).toBeUndefined();
  });

  it("has no live console: staff and helpers are sent to its page, and nothing they send is written", async () => {
    const id = await event(new Date(Date.now() - HOUR / 2), new Date(Date.now() + HOUR));
    await handle.db.insertInto("live_event_opening").values({ event_id: id, opening_id: openingId }).execute();
    const captioner = await person("字幕员");
    await handle.db.insertInto("live_event_helper").values({ event_id: id, user_id: captioner.id, role: "captioner", invited_by_user_id: staffId }).execute();
    // While it is on, both can caption.
    expect((await consoleAs(staff, id)).status).toBe(200);
    expect((await consoleAs(captioner.token, id, { intent: "caption", caption: "大家好。" })).status).toBe(303);
    // An event on now can be cancelled too (a stream that failed): the form's clock is before its end.
    expect((await cancel(staff, id, good)).status).toBe(303);

    const updates = async () => (await handle.db.selectFrom("live_event_update").select("id").where("event_id", "=", id).execute()).length;
    const before = await updates();
    expect(await consoleAs(staff, id)).toMatchObject({ status: 303, location: `/staff/events/${id}` });
    expect(await consoleAs(staff, id, { intent: "caption", caption: "还在吗？" })).toMatchObject({ status: 303, location: `/staff/events/${id}` });
    expect(await consoleAs(staff, id, { intent: "pin", opening: String(openingId) })).toMatchObject({ status: 303, location: `/staff/events/${id}` });
    expect(await consoleAs(captioner.token, id)).toMatchObject({ status: 303, location: `/events/${id}` });
    expect(await consoleAs(captioner.token, id, { intent: "caption", caption: "还在吗？" })).toMatchObject({ status: 303, location: `/events/${id}` });
    expect(await updates()).toBe(before);
    // The event page no longer points the helper to the console, and "apply from this event" records nothing.
    expect((await publicPage(captioner.token, id)).body).toMatchObject({ phase: "cancelled", helping: null });
    expect(await eventForApplying(handle.db, { eventId: String(id), openingId })).toBeUndefined();
  });

  it("its calendar file says CANCELLED with a higher SEQUENCE and no alarm; a scheduled one is CONFIRMED at 0 with its alarm", async () => {
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR), { title: "日历里的招聘会" });
    const file = async () => (await run(async () => calendarLoader({ request: await requestAs(null, `/events/${id}/calendar.ics`), params: params(id), context: context() }))).text;
    const before = (await file()).split("\r\n");
    expect(before).toEqual(expect.arrayContaining(["STATUS:CONFIRMED", "SEQUENCE:0", "BEGIN:VALARM"]));
    const uid = before.find((line) => line.startsWith("UID:"));

    expect((await cancel(staff, id, good)).status).toBe(303);
    const after = await file();
    const lines = after.split("\r\n");
    expect(lines).toEqual(expect.arrayContaining(["STATUS:CANCELLED", "SEQUENCE:1"]));
    expect(lines).not.toContain("BEGIN:VALARM");
    // The same event (UID), so a calendar updates it rather than adding another.
    expect(lines.find((line) => line.startsWith("UID:"))).toBe(uid);
    const unfolded = after.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:已取消 Cancelled: 日历里的招聘会\r\n");
    expect(unfolded).toContain(`DESCRIPTION:已取消：${REASON_ZH.replace(/,/g, "\\,")}`);
  });

  it("is marked cancelled on the registrant's account page, and on the staff list", async () => {
    const id = await event(new Date(Date.now() + 96 * HOUR), new Date(Date.now() + 98 * HOUR), { title: "账户页上的招聘会" });
    const registered = await person("看账户的人");
    await saveRegistration(handle.db, { eventId: id, userId: registered.id, needs: null });
    const mine = async () => ((await run(async () => accountLoader({ request: await requestAs(registered.token, "/account"), params: {}, context: context() }))).body.events as { id: number; cancelled_at: string | null }[]);
    expect((await mine()).find((e) => e.id === id)?.cancelled_at).toBeNull();
    expect((await cancel(staff, id, good)).status).toBe(303);
    expect((await mine()).find((e) => e.id === id)?.cancelled_at).toEqual(expect.any(String));
    // The staff list's label is the event's phase, "cancelled" once cancelled_at is set.
    const list = await run(async () => staffEventsLoader({ request: await requestAs(staff, "/staff/events"), params: {}, context: context() }));
    expect((list.body.events as { id: number; cancelled_at: string | null }[]).find((e) => e.id === id)?.cancelled_at).toEqual(expect.any(String));
  });
});

describe("moving an event to a new time", () => {
  const calendar = async (id: number) =>
    (await run(async () => calendarLoader({ request: await requestAs(null, `/events/${id}/calendar.ics`), params: params(id), context: context() }))).text.split("\r\n");
  const remindedAt = async (id: number) =>
    (await handle.db.selectFrom("live_event_registration").select("reminded_at").where("event_id", "=", id).execute()).map((row) => row.reminded_at);

  it("tells each registered person the new time and the old, by their channel and in their language, reminds them again and raises the calendar's SEQUENCE", async () => {
    const startsAt = new Date("2032-05-20T06:00:00Z");
    const id = await event(startsAt, new Date(startsAt.getTime() + 2 * HOUR), { title: "远程客服专场", titleEn: "Remote customer service" });
    const chinese = await person("李静");
    const english = await person("Anna", { locale: "en" });
    const texted = await mobilePerson("张桂兰");
    const notRegistered = await person("没报名的人");
    for (const who of [chinese, english, texted]) await saveRegistration(handle.db, { eventId: id, userId: who.id, needs: null });
    // One was already reminded (the old start was close): they will be reminded again before the new one.
    await handle.db.updateTable("live_event_registration").set({ reminded_at: new Date() }).where("event_id", "=", id).where("user_id", "=", chinese.id).execute();

    // Before saving, the form says who a new time would be sent to.
    expect((await editPage(staff, id)).body).toMatchObject({ toTell: 3 });
    const moved = await edit(staff, id, await editForm(id, { day: "2032-05-22", startTime: "09:30", endTime: "11:30" }));
    expect(moved).toMatchObject({ status: 303, location: `/staff/events/${id}?rescheduled` });

    const toChinese = await listOutbox(handle.db, { to: chinese.email });
    expect(toChinese.map((m) => [m.channel, m.subject])).toEqual([["email", "招聘会改了时间：远程客服专场"]]);
    for (const part of ["李静", "明途就业服务中心", "新的时间：2032年5月22日 09:30", "原来的时间：2032年5月20日 14:00", `/events/${id}`, `/events/${id}/calendar.ics`]) {
      expect(toChinese[0]?.body_text).toContain(part);
    }
    const toEnglish = await listOutbox(handle.db, { to: english.email });
    expect(toEnglish.map((m) => m.subject)).toEqual(["New time: Remote customer service"]);
    for (const part of ["Mingtu Employment Centre", "09:30", "14:00", "still registered"]) expect(toEnglish[0]?.body_text).toContain(part);
    // A mobile number only: the text message itself carries the new time.
    const toMobile = await listOutbox(handle.db, { to: texted.mobile });
    expect(toMobile.map((m) => m.channel)).toEqual(["sms"]);
    expect(toMobile[0]?.body_text).toMatch(/^【无碍就业】招聘会“远程客服专场”改了时间：2032年5月22日 09:30（原定2032年5月20日 14:00）/);
    expect(await listOutbox(handle.db, { to: notRegistered.email })).toEqual([]);

    expect(await remindedAt(id)).toEqual([null, null, null]);
    const file = await calendar(id);
    expect(file).toEqual(expect.arrayContaining(["SEQUENCE:1", "STATUS:CONFIRMED", "DTSTART:20320522T013000Z", "DTEND:20320522T033000Z"]));
    const logged = await listAudit(handle.db, { action: "event.updated", targetId: id });
    expect(logged.map((entry) => entry.details)).toEqual([{ startsAt: "2032-05-22T01:30:00.000Z", endsAt: "2032-05-22T03:30:00.000Z", registrantsTold: 3 }]);

    // Changing only the words tells nobody and leaves the calendar's sequence alone.
    expect(await edit(staff, id, await editForm(id, { descriptionZh: "改了说明：增加两家单位。" }))).toMatchObject({ status: 303, location: `/staff/events/${id}?saved` });
    expect(await listOutbox(handle.db, { to: chinese.email })).toHaveLength(1);
    expect(await calendar(id)).toContain("SEQUENCE:1");
    // Cancelling afterwards raises it again.
    expect((await cancel(staff, id, good)).status).toBe(303);
    expect(await calendar(id)).toEqual(expect.arrayContaining(["SEQUENCE:2", "STATUS:CANCELLED"]));
  });

  it("tells nobody when the event is cancelled or over, or when nobody is registered", async () => {
    // Held 10:00–12:00 in China on 1 June 2025; staff correct the record to the day after: still past.
    const over = await event(new Date("2025-06-01T02:00:00Z"), new Date("2025-06-01T04:00:00Z"), { title: "已经结束的招聘会" });
    const came = await person("来过的人");
    await saveRegistration(handle.db, { eventId: over, userId: came.id, needs: null });
    expect(await edit(staff, over, await editForm(over, { day: "2025-06-02" }))).toMatchObject({ location: `/staff/events/${over}?saved` });
    expect(await listOutbox(handle.db, { to: came.email })).toEqual([]);

    // 10:00–12:00 in China on 1 June 2032, moved to start at 09:00.
    const june = (hour: number) => new Date(Date.UTC(2032, 5, 1, hour - 8));
    const cancelled = await event(june(10), june(12), { title: "取消后又改时间的招聘会" });
    const registered = await person("报名的人");
    await saveRegistration(handle.db, { eventId: cancelled, userId: registered.id, needs: null });
    expect((await cancel(staff, cancelled, good)).status).toBe(303);
    expect((await editPage(staff, cancelled)).body).toMatchObject({ toTell: 0 });
    expect(await edit(staff, cancelled, await editForm(cancelled, { startTime: "09:00" }))).toMatchObject({ location: `/staff/events/${cancelled}?saved` });
    expect((await listOutbox(handle.db, { to: registered.email })).map((m) => m.subject)).toEqual(["招聘会已取消：取消后又改时间的招聘会"]);

    const empty = await event(june(10), june(12), { title: "还没人报名的招聘会" });
    expect(await edit(staff, empty, await editForm(empty, { startTime: "09:00" }))).toMatchObject({ location: `/staff/events/${empty}?saved` });
    expect(await calendar(empty)).toContain("SEQUENCE:1");
  });
});

// PostgreSQL only: two connections. A registration being saved while staff cancel: the cancellation
// waits for it and tells that person too; nobody registers unnoticed into a cancelled event.
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("a registration racing the cancellation or a new time", () => {
  it("is told: the cancellation waits for the registration's lock on the event", async () => {
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR));
    const racer = await person("差一点的人");
    const user = await handle.db.selectFrom("app_user").select(["id", "email", "mobile", "notify_by_sms", "display_name", "preferred_locale"]).where("id", "=", racer.id).executeTakeFirstOrThrow();
    const event_ = await getPublicEvent(handle.db, { id });
    if (!event_) throw new Error("no event");
    let cancelling: Promise<unknown> | undefined;
    await handle.db.transaction().execute(async (trx) => {
      expect(await registerForEvent(trx, { event: event_, user, needs: null, origin: "https://aw.example" })).toEqual({ isNew: true });
      // Staff press "cancel" now, on another connection; it must wait for this registration.
      cancelling = cancelEventAndTell(handle.db, { event: event_, staffUserId: staffId, reasonZh: REASON_ZH, reasonEn: null, origin: "https://aw.example" });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await eventRow(id)).cancelled_at).toBeNull();
    });
    expect(await cancelling).toEqual({ ok: true, told: 1 });
    expect((await listOutbox(handle.db, { to: racer.email })).map((m) => m.subject)).toEqual(["招聘会已取消：取消测试招聘会", "你已报名：取消测试招聘会"]);
  });

  it("is told the new time: moving the event waits for the registration's lock on the event", async () => {
    const startsAt = new Date("2032-07-01T02:00:00Z");
    const title = "改时间时报名的招聘会";
    const id = await event(startsAt, new Date(startsAt.getTime() + 2 * HOUR), { title });
    const racer = await person("差一点的人");
    const user = await handle.db.selectFrom("app_user").select(["id", "email", "mobile", "notify_by_sms", "display_name", "preferred_locale"]).where("id", "=", racer.id).executeTakeFirstOrThrow();
    const event_ = await getPublicEvent(handle.db, { id });
    if (!event_) throw new Error("no event");
    const later = new Date(startsAt.getTime() + 24 * HOUR);
    let moving: Promise<unknown> | undefined;
    await handle.db.transaction().execute(async (trx) => {
      expect(await registerForEvent(trx, { event: event_, user, needs: null, origin: "https://aw.example" })).toEqual({ isNew: true });
      // Staff save a new day now, on another connection; it must wait for this registration.
      const fields = fieldsAt(later, new Date(later.getTime() + 2 * HOUR), { title });
      moving = updateEventAndLog(handle.db, { id, partnerId, staffUserId: staffId, fields, origin: "https://aw.example" });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await handle.db.selectFrom("live_event").select("starts_at").where("id", "=", id).executeTakeFirstOrThrow()).starts_at).toEqual(startsAt);
    });
    expect(await moving).toEqual({ updated: true, told: 1 });
    expect((await listOutbox(handle.db, { to: racer.email })).map((m) => m.subject)).toEqual([`招聘会改了时间：${title}`, `你已报名：${title}`]);
  });
});
