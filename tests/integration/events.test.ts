// Live recruitment events (issue 20, first part), through the real routes' loaders and actions:
// partner staff create an event (China time in, instants stored, audited); another partner's staff
// never see it; the public schedule, page and calendar file; a job seeker registers, optionally
// telling the organiser what they need (sealed, with its own consent, read by staff only audited)
// and cancels; and the reminder job sends each reminder once, even when two instances run at once.
// Applications sent through an event's "apply" link record the event; the partner invites
// captioners and moderators, who get the live console with only their part.
import type { AppLoadContext } from "@remix-run/node";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listAudit, type AuditAction } from "~/models/audit.server";
import { createEvent, getRegistration, listPublicEvents, reencryptEventNeeds, saveRegistration, type EventFields } from "~/models/event.server";
import { listOutbox } from "~/models/outbox.server";
import { createSession } from "~/models/session.server";
import { createMobileUser, createUser, upsertMembership } from "~/models/user.server";
import { loader as calendarLoader } from "~/routes/events.$id_.calendar[.]ics";
import { action as eventAction, loader as eventLoader } from "~/routes/events.$id";
import { action as staffEventAction, loader as staffEventLoader } from "~/routes/staff.events.$id._index";
import { action as applyAction, loader as applyLoader } from "~/routes/openings.$id_.apply";
import { action as editAction, loader as editLoader } from "~/routes/staff.events.$id.edit";
import { action as newEventAction } from "~/routes/staff.events.new";
import { action as liveAction, loader as liveLoader } from "~/routes/staff.events.$id.live";
import { loader as dataLoader } from "~/routes/account.data";
import { readOwnNeeds, sendEventReminders } from "~/services/events.server";
import { eventNeedsContext } from "~/domain/event";
import { keyRingFromEnv, seal } from "~/utils/passport-crypto.server";
import { sessionCookieHeader } from "~/services/session.server";
import { EVENT_NEEDS_CONSENT_VERSION } from "~/validation/events";
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
  // The calendar file reads from the public read handle; in tests it is the same database.
  return { getDb: db, getPublicReadDb: db };
});
vi.mock("~/utils/env.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("~/utils/env.server")>();
  const base = actual.parseEnv({ NODE_ENV: "test", STREAM_EMBED_ORIGINS: "https://player.live.example.cn" });
  return { ...actual, getEnv: () => ({ ...base, requireSecondFactor: false }) };
});

const HOUR = 3_600_000;
const ORIGIN = "https://aw.example";

let handle: DatabaseHandle;
let partnerId: number;
let otherPartnerId: number;
let staffId: number;
let staff: string;
let otherStaff: string;
let employerId: number;
let openingId: number;
let otherOpeningId: number;
let counter = 0;

type Form = Record<string, string | string[]>;

/** A person with an email address and a session; staff of `partner` when one is given. */
async function person(name: string, partner?: number) {
  const user = await createUser(handle.db, { email: `events-${++counter}-${Date.now()}@example.org`, passwordHash: "x", displayName: name, preferredLocale: "zh-CN" });
  if (!user) throw new Error("user not created");
  if (partner) await upsertMembership(handle.db, { userId: user.id, organisationId: partner, role: "staff" });
  return { id: user.id, email: user.email, token: await createSession(handle.db, { userId: user.id, userAgent: "vitest", secondFactor: true }) };
}

/** A request from a browser holding this session (or none), posting `form` when given; a list value is several ticked boxes. */
async function requestAs(token: string | null, path: string, form?: Form) {
  const headers = new Headers(token ? { Cookie: (await sessionCookieHeader(token)).split(";")[0] ?? "" } : {});
  let body: URLSearchParams | undefined;
  if (form) {
    body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) for (const one of Array.isArray(value) ? value : [value]) body.append(key, one);
  }
  return new Request(`http://localhost${path}`, { method: form ? "POST" : "GET", headers, body });
}

const run = routeResponse;

const context = () => ({ form: { hasErrors: false }, clientIp: "192.0.2.7" }) as unknown as AppLoadContext;
const createByForm = async (token: string, form: Form) => run(async () => newEventAction({ request: await requestAs(token, "/staff/events/new", form), params: {}, context: context() }));
const staffPage = async (token: string, id: number, query = "") =>
  run(async () => staffEventLoader({ request: await requestAs(token, `/staff/events/${id}${query}`), params: { id: String(id) }, context: context() }));
const publicPage = async (token: string | null, id: number | string) => run(async () => eventLoader({ request: await requestAs(token, `/events/${id}`), params: { id: String(id) }, context: context() }));
const register = async (token: string | null, id: number, form: Form) => run(async () => eventAction({ request: await requestAs(token, `/events/${id}`, form), params: { id: String(id) }, context: context() }));
const auditOf = (action: AuditAction, id: number) => listAudit(handle.db, { action, targetId: id });
const needsConsents = (userId: number, eventId: number) =>
  handle.db.selectFrom("consent").selectAll().where("user_id", "=", userId).where("purpose", "=", `event_needs:${eventId}`).execute();
const eventCount = async () => Number((await handle.db.selectFrom("live_event").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

/** What a staff member types for a good event: 20 December 2026, 14:00–16:00 in China. */
const goodForm = (overrides: Form = {}): Form => ({
  titleZh: "线上招聘会：远程客服专场",
  titleEn: "Online job fair: remote customer service",
  descriptionZh: "三家单位介绍远程客服岗位，现场答疑。",
  descriptionEn: "",
  day: "2026-12-20",
  startTime: "14:00",
  endTime: "16:00",
  streamUrl: "https://live.example.cn/room/8",
  replayUrl: "",
  provisions: ["captions", "sign_language"],
  qaModeration: "held",
  ...overrides,
});

/** An event of `partner` (the organiser by default) at the given instants, made directly. */
async function event(startsAt: Date, endsAt: Date, { partner = partnerId, title = "测试招聘会" }: { partner?: number; title?: string } = {}) {
  const fields: EventFields = {
    titleZh: title,
    titleEn: null,
    descriptionZh: "测试活动说明。",
    descriptionEn: null,
    startsAt,
    endsAt,
    streamUrl: null,
    replayUrl: null,
    provisions: ["captions"],
    qaModeration: "held",
    employerIds: [],
    openingIds: [],
  };
  return createEvent(handle.db, { partnerId: partner, createdBy: staffId, fields });
}

beforeAll(async () => {
  handle = await createTestDatabase();
  state.db = handle.db;
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "employment_centre", name_zh: "明途就业服务中心", name_en: "Mingtu Employment Centre" })).id;
  otherPartnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  const mine = await person("王明", partnerId);
  staffId = mine.id;
  staff = mine.token;
  otherStaff = (await person("和祥的工作人员", otherPartnerId)).token;
  employerId = (await createOrganisation(handle.db, { kind: "employer" })).id;
  openingId = (await createOpening(handle.db, { employerId, partnerId })).id;
  // An opening the other partner posts: not this partner's to put in an event.
  const otherEmployer = (await createOrganisation(handle.db, { kind: "employer" })).id;
  otherOpeningId = (await createOpening(handle.db, { employerId: otherEmployer, partnerId: otherPartnerId })).id;
});

afterAll(async () => {
  state.db = null;
  await handle?.close();
});

describe("staff create an event", () => {
  it("is stored with the China times as instants, an opening bringing its employer, and audited", async () => {
    const done = await createByForm(staff, goodForm({ openings: String(openingId) }));
    expect(done.status).toBe(303);
    const id = Number(/^\/staff\/events\/(\d+)\?created$/.exec(done.location ?? "")?.[1]);
    expect(id).toBeGreaterThan(0);

    // 14:00–16:00 in China (UTC+8) on 20 December is 06:00–08:00 UTC.
    const row = await handle.db.selectFrom("live_event").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(new Date(row.starts_at).toISOString()).toBe("2026-12-20T06:00:00.000Z");
    expect(new Date(row.ends_at).toISOString()).toBe("2026-12-20T08:00:00.000Z");
    expect(row).toMatchObject({ partner_id: partnerId, created_by: staffId, title_zh: "线上招聘会：远程客服专场", description_en: null, replay_url: null, provisions: ["captions", "sign_language"] });
    // The opening chosen brings its employer along, though the employer's box was not ticked.
    const employers = await handle.db.selectFrom("live_event_employer").select("employer_id").where("event_id", "=", id).execute();
    const openings = await handle.db.selectFrom("live_event_opening").select("opening_id").where("event_id", "=", id).execute();
    expect(employers.map((e) => e.employer_id)).toEqual([employerId]);
    expect(openings.map((o) => o.opening_id)).toEqual([openingId]);

    const logged = await auditOf("event.created", id);
    expect(logged.map((e) => ({ actor: e.actor_user_id, type: e.target_type, details: e.details }))).toEqual([{ actor: staffId, type: "live_event", details: { partnerId } }]);
    // Where the redirect leads: its staff page, with the notice.
    expect((await staffPage(staff, id, "?created")).body).toMatchObject({ notice: "created", event: { id, employerIds: [employerId], openingIds: [openingId] }, registrations: [] });
  });

  it("refuses invalid input with the error keys, keeping everything typed, and stores nothing", async () => {
    const before = await eventCount();
    const typed = goodForm({ titleZh: "  ", startTime: "16:00", endTime: "14:00", streamUrl: "http://live.example.cn/room/8" });
    const refused = await createByForm(staff, typed);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual({ titleZh: "events.errors.titleRequired", endTime: "events.errors.endBeforeStart", streamUrl: "events.errors.addressInvalid" });
    expect(refused.body.values).toMatchObject({ titleZh: "  ", startTime: "16:00", endTime: "14:00", streamUrl: "http://live.example.cn/room/8", provisions: "captions,sign_language", descriptionZh: "三家单位介绍远程客服岗位，现场答疑。" });

    // An end before the start, the only mistake.
    const backwards = await createByForm(staff, goodForm({ startTime: "16:00", endTime: "14:00" }));
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ errors: { endTime: "events.errors.endBeforeStart" }, values: { startTime: "16:00", endTime: "14:00" } });
    expect(await eventCount()).toBe(before);
  });

  it("embeds a player only from a streaming service the deployment allows; the page then plays it", async () => {
    const refused = await createByForm(staff, goodForm({ embedUrl: "https://elsewhere.example.com/live/8.m3u8" }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual({ embedUrl: "events.errors.embedNotAllowed" });
    expect(refused.body.values).toMatchObject({ embedUrl: "https://elsewhere.example.com/live/8.m3u8", titleZh: "线上招聘会：远程客服专场" });

    const hls = "https://player.live.example.cn/mingtu/8/index.m3u8";
    const created = await createByForm(staff, goodForm({ embedUrl: hls }));
    expect(created.status).toBe(303);
    const id = Number(/\/staff\/events\/(\d+)/.exec(created.location ?? "")?.[1]);
    expect((await publicPage(null, id)).body.player).toBe(hls);
    // An event without one has no player.
    const plain = await createByForm(staff, goodForm({ titleZh: "没有播放器的招聘会" }));
    const plainId = Number(/\/staff\/events\/(\d+)/.exec(plain.location ?? "")?.[1]);
    expect((await publicPage(null, plainId)).body.player).toBeNull();
  });

  it("refuses an opening that is another partner's (a forged form)", async () => {
    const before = await eventCount();
    const forged = await createByForm(staff, goodForm({ openings: String(otherOpeningId) }));
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ errors: { employers: "events.errors.choiceUnknown" }, values: { openings: String(otherOpeningId) } });
    expect(await eventCount()).toBe(before);
  });
});

describe("events in person and online, and over midnight", () => {
  const venue = {
    attendance: "mixed",
    venueNameZh: "禾乡就业服务中心一楼大厅",
    venueNameEn: "Hexiang Employment Service Centre, ground-floor hall",
    venueAddressZh: "光山县弦山街道民生路 18 号",
    venueAddressEn: "",
    venueAccessZh: "正门有坡道，没有台阶。",
    venueAccessEn: "",
  };
  const idOf = (location: string | null) => Number(/\/staff\/events\/(\d+)/.exec(location ?? "")?.[1]);

  it("a mixed event needs its venue's name and address; with them it is stored, shown and put in the calendar file", async () => {
    const before = await eventCount();
    const missing = await createByForm(staff, goodForm({ attendance: "mixed", venueAccessZh: "正门有坡道。" }));
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual({ venueNameZh: "events.errors.venueNameRequired", venueAddressZh: "events.errors.venueAddressRequired" });
    expect(missing.body.values).toMatchObject({ attendance: "mixed", venueAccessZh: "正门有坡道。", titleZh: "线上招聘会：远程客服专场" });
    expect(await eventCount()).toBe(before);

    const created = await createByForm(staff, goodForm(venue));
    expect(created.status).toBe(303);
    const id = idOf(created.location);
    const row = await handle.db.selectFrom("live_event").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attendance: "mixed", venue_name_zh: venue.venueNameZh, venue_address_zh: venue.venueAddressZh, venue_address_en: null, venue_access_zh: venue.venueAccessZh });
    expect((await publicPage(null, id)).body.event).toMatchObject({ attendance: "mixed", venue_name_en: venue.venueNameEn, venue_access_zh: venue.venueAccessZh });
    const file = await run(async () => calendarLoader({ request: await requestAs(null, `/events/${id}/calendar.ics`), params: { id: String(id) }, context: context() }));
    expect(file.text.replace(/\r\n /g, "")).toContain(`LOCATION:${venue.venueNameZh}，${venue.venueAddressZh}\r\n`);
    // The edit form gives it all back.
    const edit = await run(async () => editLoader({ request: await requestAs(staff, `/staff/events/${id}/edit`), params: { id: String(id) }, context: context() }));
    expect(edit.body.values).toMatchObject({ attendance: "mixed", venueNameZh: venue.venueNameZh, venueAddressEn: "", endDay: "" });
  });

  it("an online event keeps no venue, whatever was left in the venue fields", async () => {
    const created = await createByForm(staff, goodForm({ ...venue, attendance: "online" }));
    const row = await handle.db.selectFrom("live_event").selectAll().where("id", "=", idOf(created.location)).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attendance: "online", venue_name_zh: null, venue_address_zh: null, venue_access_zh: null });
    // The database itself refuses a mixed event without a venue.
    await expect(handle.db.updateTable("live_event").set({ attendance: "mixed" }).where("id", "=", row.id).execute()).rejects.toThrow();
  });

  it("an evening event ends after midnight on the end date given; an end before the start, a bad date or more than 7 days is refused", async () => {
    const created = await createByForm(staff, goodForm({ startTime: "20:00", endDay: "2026-12-21", endTime: "01:00" }));
    expect(created.status).toBe(303);
    const id = idOf(created.location);
    const row = await handle.db.selectFrom("live_event").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    // 20:00 on 20 December to 01:00 on 21 December in China is 12:00–17:00 UTC on the 20th.
    expect([new Date(row.starts_at).toISOString(), new Date(row.ends_at).toISOString()]).toEqual(["2026-12-20T12:00:00.000Z", "2026-12-20T17:00:00.000Z"]);
    const edit = await run(async () => editLoader({ request: await requestAs(staff, `/staff/events/${id}/edit`), params: { id: String(id) }, context: context() }));
    expect(edit.body.values).toMatchObject({ day: "2026-12-20", startTime: "20:00", endDay: "2026-12-21", endTime: "01:00" });

    const before = await eventCount();
    const earlier = await createByForm(staff, goodForm({ endDay: "2026-12-19", endTime: "18:00" }));
    expect(earlier.body).toMatchObject({ errors: { endTime: "events.errors.endBeforeStartDay" }, values: { endDay: "2026-12-19" } });
    expect((await createByForm(staff, goodForm({ endDay: "2026-12-32" }))).body.errors).toEqual({ endDay: "events.errors.endDayInvalid" });
    expect((await createByForm(staff, goodForm({ endDay: "2026-12-28" }))).body.errors).toEqual({ endDay: "events.errors.tooLong" });
    // Seven days to the minute is allowed.
    expect((await createByForm(staff, goodForm({ endDay: "2026-12-27", endTime: "14:00" }))).status).toBe(303);
    expect(await eventCount()).toBe(before + 1);
  });
});

describe("an event is its organiser's", () => {
  it("is not found for another partner's staff, on its page and its edit form; a job seeker is refused", async () => {
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR), { title: "只属于明途的活动" });
    expect((await staffPage(otherStaff, id)).status).toBe(404);
    const edit = async (token: string, form?: Form) =>
      run(async () => (form ? editAction : editLoader)({ request: await requestAs(token, `/staff/events/${id}/edit`, form), params: { id: String(id) }, context: context() }));
    expect((await edit(otherStaff)).status).toBe(404);
    expect((await edit(otherStaff, goodForm({ titleZh: "被别人改了" }))).status).toBe(404);
    const row = await handle.db.selectFrom("live_event").select("title_zh").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.title_zh).toBe("只属于明途的活动");
    expect(await auditOf("event.updated", id)).toEqual([]);

    // A job seeker is not staff at all: refused on the staff pages and the create form.
    const seeker = await person("求职者");
    expect((await staffPage(seeker.token, id)).status).toBe(403);
    expect((await createByForm(seeker.token, goodForm())).status).toBe(403);
    // The organiser's own staff can open both.
    expect((await staffPage(staff, id)).status).toBe(200);
    expect((await edit(staff)).body).toMatchObject({ id, values: { titleZh: "只属于明途的活动" } });
  });
});

describe("the public schedule", () => {
  it("puts events on now, upcoming and past by the time given; a cancelled event stays, marked cancelled; unverified partners' are left out", async () => {
    const now = new Date("2031-06-01T02:00:00Z");
    const past = await event(new Date(now.getTime() - 5 * HOUR), new Date(now.getTime() - 3 * HOUR));
    const live = await event(new Date(now.getTime() - HOUR), new Date(now.getTime() + HOUR));
    const upcoming = await event(new Date(now.getTime() + 2 * HOUR), new Date(now.getTime() + 4 * HOUR));
    const cancelled = await event(new Date(now.getTime() + 2 * HOUR), new Date(now.getTime() + 4 * HOUR));
    await handle.db.updateTable("live_event").set({ cancelled_at: new Date(), cancel_reason_zh: "主办方临时取消。" }).where("id", "=", cancelled).execute();
    const unverifiedPartner = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation", verification_status: "unverified" })).id;
    const hidden = await event(new Date(now.getTime() + 2 * HOUR), new Date(now.getTime() + 4 * HOUR), { partner: unverifiedPartner });

    const mine = new Set([past, live, upcoming, cancelled, hidden]);
    const schedule = await listPublicEvents(handle.db, { now });
    const ids = (list: { id: number }[]) => list.map((e) => e.id).filter((id) => mine.has(id));
    expect({ live: ids(schedule.live), upcoming: ids(schedule.upcoming), past: ids(schedule.past) }).toEqual({ live: [live], upcoming: [upcoming, cancelled], past: [past] });
    // Listed as cancelled (the list's label is its phase), so nobody who saved it is left guessing.
    expect(schedule.upcoming.find((e) => e.id === cancelled)).toMatchObject({ cancel_reason_zh: "主办方临时取消。", cancelled_at: expect.any(Date) });
    // One that has ended is past when `now` is its end.
    expect(ids((await listPublicEvents(handle.db, { now: new Date(now.getTime() + HOUR) })).past)).toEqual([live, past]);
  });

  it("an event's page is not found for an unknown or malformed id; a cancelled one says it is cancelled and why", async () => {
    expect((await publicPage(null, 999_999)).status).toBe(404);
    expect((await publicPage(null, "abc")).status).toBe(404);
    const cancelled = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR));
    await handle.db.updateTable("live_event").set({ cancelled_at: new Date(), cancel_reason_zh: "主办方临时取消。" }).where("id", "=", cancelled).execute();
    const page = await publicPage(null, cancelled);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ phase: "cancelled", open: false, event: { id: cancelled, cancel_reason_zh: "主办方临时取消。" } });
    expect((page.body.event as { cancelled_at: string | null }).cancelled_at).not.toBeNull();
  });

  it("the calendar file is text/calendar with the times in UTC and the title, escaped and folded", async () => {
    const done = await createByForm(staff, goodForm({ titleEn: "Jobs, online; live", descriptionZh: "很长的说明。".repeat(40) }));
    const id = Number(/(\d+)/.exec(done.location ?? "")?.[1]);
    const file = await run(async () => calendarLoader({ request: await requestAs(null, `/events/${id}/calendar.ics`), params: { id: String(id) }, context: context() }));
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toMatch(/^text\/calendar/);
    const lines = file.text.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("DTSTART:20261220T060000Z");
    expect(lines).toContain("DTEND:20261220T080000Z");
    // Unfolded, the summary holds both titles with the comma and semicolon escaped.
    const unfolded = file.text.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:线上招聘会：远程客服专场 / Jobs\\, online\\; live\r\n");
    // No content line is longer than 75 octets (RFC 5545).
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);

    expect((await run(async () => calendarLoader({ request: await requestAs(null, "/events/999999/calendar.ics"), params: { id: "999999" }, context: context() }))).status).toBe(404);
  });
});

describe("registering for an event", () => {
  it("registers with or without needs; needs are sealed with their own consent, shown to staff audited, and gone on cancelling", async () => {
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR), { title: "手语友好招聘会" });

    // Without needs: registered, a confirmation by email, no consent for needs.
    const plain = await person("李静");
    const first = await register(plain.token, id, { intent: "register" });
    expect(first).toMatchObject({ status: 303, location: `/events/${id}?registered#register` });
    expect(await getRegistration(handle.db, { eventId: id, userId: plain.id })).toMatchObject({ has_needs: false });
    const mails = await listOutbox(handle.db, { to: plain.email });
    expect(mails.map((m) => m.channel)).toEqual(["email"]);
    expect(mails[0]?.subject).toContain("手语友好招聘会");
    expect(mails[0]?.body_text).toContain(`/events/${id}`);
    expect(await needsConsents(plain.id, id)).toEqual([]);
    expect((await publicPage(plain.token, id)).body.registration).toMatchObject({ registered: true, needs: null });

    // With needs but the share box not ticked: refused, nothing kept, everything typed kept.
    const deaf = await person("张桂兰");
    const details = "我是聋人，需要手语翻译，提问请用文字。";
    const unticked = await register(deaf.token, id, { intent: "register", needs: ["sign_language", "text_qa"], details });
    expect(unticked.status).toBe(400);
    expect(unticked.body).toMatchObject({ errors: { share: "events.errors.shareRequired" }, values: { needs: "sign_language,text_qa", details, share: "" } });
    expect(await getRegistration(handle.db, { eventId: id, userId: deaf.id })).toBeUndefined();
    expect(await needsConsents(deaf.id, id)).toEqual([]);
    expect(await listOutbox(handle.db, { to: deaf.email })).toEqual([]);

    // With needs and the box ticked: registered; the needs are stored only as ciphertext, with a consent naming the organiser.
    const shared = await register(deaf.token, id, { intent: "register", needs: ["sign_language", "text_qa"], details, share: "on" });
    expect(shared).toMatchObject({ status: 303, location: `/events/${id}?registered#register` });
    const stored = await handle.db.selectFrom("live_event_registration").selectAll().where("event_id", "=", id).where("user_id", "=", deaf.id).executeTakeFirstOrThrow();
    expect(stored.needs_ciphertext).toBeTruthy();
    const raw = Buffer.from(stored.needs_ciphertext as Uint8Array).toString("utf8");
    expect(raw).not.toContain("手语");
    expect(raw).not.toContain("sign_language");
    expect(await needsConsents(deaf.id, id)).toEqual([expect.objectContaining({ partner_id: partnerId, text_version: EVENT_NEEDS_CONSENT_VERSION, withdrawn_at: null })]);
    // The person sees what they told the organiser.
    expect((await publicPage(deaf.token, id)).body.registration).toMatchObject({ registered: true, needs: { needs: ["sign_language", "text_qa"], details } });

    // The organiser's staff see the needs; that read is logged, naming the registration (never the needs).
    expect(await auditOf("event.needs_read", id)).toEqual([]);
    const seen = await staffPage(staff, id);
    const registrations = seen.body.registrations as { id: number; user_id: number; email: string; needs: unknown }[];
    expect(registrations.map((r) => [r.user_id, r.needs])).toEqual([
      [plain.id, null],
      [deaf.id, { needs: ["sign_language", "text_qa"], details }],
    ]);
    const reads = await auditOf("event.needs_read", id);
    expect(reads.map((e) => ({ actor: e.actor_user_id, details: e.details }))).toEqual([{ actor: staffId, details: { registrations: [stored.id] } }]);
    expect(JSON.stringify(reads)).not.toContain("手语");

    // Cancelling: the registration and its needs go, the consent is withdrawn; staff then see nothing of them.
    const cancelled = await register(deaf.token, id, { intent: "cancel" });
    expect(cancelled).toMatchObject({ status: 303, location: `/events/${id}?cancelled#register` });
    expect(await getRegistration(handle.db, { eventId: id, userId: deaf.id })).toBeUndefined();
    expect((await needsConsents(deaf.id, id)).map((c) => c.withdrawn_at !== null)).toEqual([true]);
    const after = await staffPage(staff, id);
    expect((after.body.registrations as { user_id: number }[]).map((r) => r.user_id)).toEqual([plain.id]);
    expect(await auditOf("event.needs_read", id)).toHaveLength(1);
    expect(await auditOf("event.registration_cancelled", id)).toEqual([expect.objectContaining({ actor_user_id: deaf.id })]);
  });

  it("changing the registration to no needs withdraws the consent, and staff no longer see them", async () => {
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR));
    const seeker = await person("周敏");
    expect((await register(seeker.token, id, { intent: "register", needs: "captions", share: "on" })).location).toBe(`/events/${id}?registered#register`);
    expect((await register(seeker.token, id, { intent: "register" })).location).toBe(`/events/${id}?updated#register`);
    expect(await getRegistration(handle.db, { eventId: id, userId: seeker.id })).toMatchObject({ has_needs: false });
    expect((await needsConsents(seeker.id, id)).map((c) => c.withdrawn_at !== null)).toEqual([true]);
    // One confirmation only: the change is not a new registration.
    expect(await listOutbox(handle.db, { to: seeker.email })).toHaveLength(1);
    expect(((await staffPage(staff, id)).body.registrations as { needs: unknown }[]).map((r) => r.needs)).toEqual([null]);
  });

  it("a visitor is sent to sign in, and nothing is stored", async () => {
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR));
    const visitor = await register(null, id, { intent: "register" });
    expect(visitor.status).toBe(303);
    expect(visitor.location).toBe(`/sign-in?${new URLSearchParams({ redirectTo: `/events/${id}` }).toString()}`);
    expect(await handle.db.selectFrom("live_event_registration").select("id").where("event_id", "=", id).execute()).toEqual([]);
    // The page itself is public, with no registration for a visitor.
    expect((await publicPage(null, id)).body).toMatchObject({ registration: null, open: true, phase: "upcoming" });
  });

  it("is closed once the event has ended", async () => {
    const id = await event(new Date(Date.now() - 3 * HOUR), new Date(Date.now() - HOUR));
    const seeker = await person("刘洋");
    const late = await register(seeker.token, id, { intent: "register", needs: "captions", share: "on" });
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({ errors: { form: "events.errors.closed" } });
    expect(await getRegistration(handle.db, { eventId: id, userId: seeker.id })).toBeUndefined();
    expect(await needsConsents(seeker.id, id)).toEqual([]);
    expect(await listOutbox(handle.db, { to: seeker.email })).toEqual([]);
    expect((await publicPage(seeker.token, id)).body).toMatchObject({ open: false, phase: "past" });
  });
});

describe("reminders", () => {
  const REMINDER = "一小时后开始";
  const remindersTo = async (to: string) => (await listOutbox(handle.db, { to })).filter((m) => m.subject.startsWith(REMINDER) || m.body_text.includes(REMINDER));

  it("go once to each person registered for an event starting within the hour, and not for others", async () => {
    const now = new Date("2030-03-01T01:00:00Z");
    const soon = await event(new Date(now.getTime() + 30 * 60_000), new Date(now.getTime() + 2 * HOUR), { title: "半小时后开始的招聘会" });
    const later = await event(new Date(now.getTime() + 90 * 60_000), new Date(now.getTime() + 3 * HOUR));
    const started = await event(new Date(now.getTime() - 10 * 60_000), new Date(now.getTime() + HOUR));
    const a = await person("甲");
    const b = await person("乙");
    const c = await person("丙");
    const d = await person("丁");
    // Someone with only a mobile number is texted.
    const mobile = `135${String(Date.now()).slice(-8)}`;
    const texted = await createMobileUser(handle.db, { mobile, passwordHash: "x", displayName: "戊", preferredLocale: "zh-CN" });
    if (!texted) throw new Error("setup failed");
    for (const [eventId, userId] of [[soon, a.id], [soon, b.id], [soon, texted.id], [later, c.id], [started, d.id]] as const) await saveRegistration(handle.db, { eventId, userId, needs: null });

    expect(await sendEventReminders(handle.db, { now, origin: ORIGIN })).toBe(3);
    for (const who of [a, b]) {
      const sent = await remindersTo(who.email);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.subject).toContain("半小时后开始的招聘会");
      expect(sent[0]?.body_text).toContain(`${ORIGIN}/events/${soon}`);
    }
    expect((await listOutbox(handle.db, { to: mobile })).map((m) => m.channel)).toEqual(["sms"]);
    expect(await remindersTo(c.email)).toEqual([]);
    expect(await remindersTo(d.email)).toEqual([]);

    // Run again, as the job does every few minutes: nothing more.
    expect(await sendEventReminders(handle.db, { now: new Date(now.getTime() + 5 * 60_000), origin: ORIGIN })).toBe(0);
    expect(await remindersTo(a.email)).toHaveLength(1);
    expect(await listOutbox(handle.db, { to: mobile })).toHaveLength(1);
    // Once the later event is within the hour, its person is reminded, once.
    expect(await sendEventReminders(handle.db, { now: new Date(now.getTime() + 31 * 60_000), origin: ORIGIN })).toBe(1);
    expect(await remindersTo(c.email)).toHaveLength(1);
    expect(await remindersTo(d.email)).toEqual([]);
  });

  it("two instances running at the same moment send each reminder once", async () => {
    const now = new Date("2030-04-01T01:00:00Z");
    const soon = await event(new Date(now.getTime() + 45 * 60_000), new Date(now.getTime() + 2 * HOUR));
    const people = await Promise.all(["子", "丑", "寅"].map((name) => person(name)));
    for (const who of people) await saveRegistration(handle.db, { eventId: soon, userId: who.id, needs: null });

    const counts = await Promise.all([sendEventReminders(handle.db, { now, origin: ORIGIN }), sendEventReminders(handle.db, { now, origin: ORIGIN })]);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(3);
    for (const who of people) expect(await remindersTo(who.email)).toHaveLength(1);
  });
});

describe("the live console", () => {
  const consoleAs = async (token: string, id: number, form?: Form) =>
    run(async () => (form ? liveAction : liveLoader)({ request: await requestAs(token, `/staff/events/${id}/live`, form), params: { id: String(id) }, context: context() }));

  it("sends captions and pins the opening presented; viewers get both on the event page; others cannot", async () => {
    const id = await event(new Date(Date.now() - HOUR / 2), new Date(Date.now() + HOUR));
    await handle.db.insertInto("live_event_opening").values({ event_id: id, opening_id: openingId }).execute();

    // An empty line is refused with its message; a line is sent and the page says so.
    const empty = await consoleAs(staff, id, { intent: "caption", caption: "   " });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual({ caption: "events.errors.captionRequired" });
    const sent = await consoleAs(staff, id, { intent: "caption", caption: "主持人：欢迎大家。" });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`/staff/events/${id}/live?sent#caption`);

    // Only the event's own openings can be pinned.
    const foreign = await consoleAs(staff, id, { intent: "pin", opening: String(otherOpeningId) });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual({ opening: "events.errors.pinUnknown" });
    expect((await consoleAs(staff, id, { intent: "pin", opening: String(openingId) })).status).toBe(303);

    const page = await publicPage(null, id);
    const live = page.body.live as { captions: { text: string }[]; pinned: { id: number } | null; lastId: number };
    expect(live.captions.map((line) => line.text)).toEqual(["主持人：欢迎大家。"]);
    expect(live.pinned?.id).toBe(openingId);
    expect(live.lastId).toBeGreaterThan(0);

    // Unpinned: nothing presented.
    expect((await consoleAs(staff, id, { intent: "pin", opening: "none" })).status).toBe(303);
    expect(((await publicPage(null, id)).body.live as { pinned: unknown }).pinned).toBeNull();

    // Another partner's staff can neither open the console nor send to it.
    expect((await consoleAs(otherStaff, id)).status).toBe(404);
    expect((await consoleAs(otherStaff, id, { intent: "caption", caption: "不该出现" })).status).toBe(404);
    expect(((await publicPage(null, id)).body.live as { captions: unknown[] }).captions).toHaveLength(1);
  });

  it("shows the whole transcript, oldest first, once the event is over", async () => {
    const id = await event(new Date(Date.now() - 3 * HOUR), new Date(Date.now() - HOUR));
    for (const line of ["第一句", "第二句", "第三句"]) await consoleAs(staff, id, { intent: "caption", caption: line });
    const page = await publicPage(null, id);
    expect(page.body.live).toBeNull();
    expect((page.body.transcript as { text: string }[]).map((line) => line.text)).toEqual(["第一句", "第二句", "第三句"]);
  });
});

describe("text questions in the live room", () => {
  const consoleAs = async (token: string, id: number, form?: Form) =>
    run(async () => (form ? liveAction : liveLoader)({ request: await requestAs(token, `/staff/events/${id}/live`, form), params: { id: String(id) }, context: context() }));
  type PublicQuestions = { id: number; body: string; asker: string | null; answers: { body: string; employer_id: number | null }[] }[];
  const questionsOnPage = async (token: string | null, id: number) => ((await publicPage(token, id)).body.live as { questions: PublicQuestions }).questions;

  it("holds a question for the moderator, who publishes it (anonymous to viewers) and answers; a recruiter of an employer taking part answers too", async () => {
    const id = await event(new Date(Date.now() - HOUR / 2), new Date(Date.now() + HOUR));
    await handle.db.insertInto("live_event_employer").values({ event_id: id, employer_id: employerId }).execute();
    const seeker = await person("聋人求职者");

    // Asked anonymously: held, visible to the asker as pending, not to viewers.
    const asked = await register(seeker.token, id, { intent: "ask", question: "这个岗位面试可以全程用文字吗？", anonymous: "on" });
    expect(asked.status).toBe(303);
    expect(asked.location).toBe(`/events/${id}?askedHeld#qa-heading`);
    expect(await questionsOnPage(null, id)).toEqual([]);
    expect(((await publicPage(seeker.token, id)).body.live as { asking: { pending: string[] } }).asking.pending).toEqual(["这个岗位面试可以全程用文字吗？"]);

    // The moderator sees who asked, and publishes it; viewers see it without the name.
    const held = (await consoleAs(staff, id)).body.questions as { id: number; asker_name: string; anonymous: boolean }[];
    expect(held).toMatchObject([{ asker_name: "聋人求职者", anonymous: true }]);
    const questionId = held[0]?.id ?? 0;
    expect((await consoleAs(staff, id, { intent: "moderate", questionId: String(questionId), decision: "published" })).status).toBe(303);
    expect(await questionsOnPage(null, id)).toMatchObject([{ id: questionId, body: "这个岗位面试可以全程用文字吗？", asker: null, answers: [] }]);
    expect(await auditOf("event.question_published", questionId)).toHaveLength(1);

    // The organiser answers from the console; an employer member not listed as a recruiter cannot.
    expect((await consoleAs(staff, id, { intent: "answer", questionId: String(questionId), answer: "可以，面试全程用文字。" })).status).toBe(303);
    const member = await person("未公开的招聘人员");
    await upsertMembership(handle.db, { userId: member.id, organisationId: employerId, role: "member" });
    const refused = await register(member.token, id, { intent: "answer", questionId: String(questionId), answer: "我来回答" });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual({ answer: "events.errors.questionGone" });

    // Listed as a recruiter, they answer with their employer named.
    await handle.db.updateTable("membership").set({ listed_as_recruiter: true }).where("user_id", "=", member.id).execute();
    expect(((await publicPage(member.token, id)).body.live as { recruiterOf: { id: number } | null }).recruiterOf?.id).toBe(employerId);
    expect((await register(member.token, id, { intent: "answer", questionId: String(questionId), answer: "试用期工资照发。" })).status).toBe(303);
    const [shown] = await questionsOnPage(null, id);
    expect(shown?.answers.map((answer) => [answer.body, answer.employer_id])).toEqual([
      ["可以，面试全程用文字。", null],
      ["试用期工资照发。", employerId],
    ]);

    // Hidden, it is gone for viewers; moderating is audit-logged; another partner's staff cannot.
    expect((await consoleAs(otherStaff, id, { intent: "moderate", questionId: String(questionId), decision: "hidden" })).status).toBe(404);
    expect((await consoleAs(staff, id, { intent: "moderate", questionId: String(questionId), decision: "hidden" })).status).toBe(303);
    expect(await questionsOnPage(null, id)).toEqual([]);
    expect(await auditOf("event.question_hidden", questionId)).toHaveLength(1);
  });

  it("publishes at once where the event says so; refuses empty questions, more than five in ten minutes, and questions when the event is not on", async () => {
    const id = await event(new Date(Date.now() - HOUR / 2), new Date(Date.now() + HOUR));
    await handle.db.updateTable("live_event").set({ qa_moderation: "open" }).where("id", "=", id).execute();
    const seeker = await person("提问的人");
    const empty = await register(seeker.token, id, { intent: "ask", question: "  " });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual({ question: "events.errors.questionRequired" });
    for (let i = 1; i <= 5; i++) expect((await register(seeker.token, id, { intent: "ask", question: `第 ${i} 个问题` })).location).toBe(`/events/${id}?askedPublished#qa-heading`);
    expect((await questionsOnPage(null, id)).map((question) => question.asker)).toEqual(Array(5).fill("提问的人"));
    const sixth = await register(seeker.token, id, { intent: "ask", question: "第 6 个问题" });
    expect(sixth.status).toBe(400);
    expect(sixth.body.errors).toEqual({ question: "events.errors.tooManyQuestions" });
    expect(sixth.body.values).toMatchObject({ question: "第 6 个问题" });

    const later = await event(new Date(Date.now() + HOUR), new Date(Date.now() + 2 * HOUR));
    const early = await register(seeker.token, later, { intent: "ask", question: "什么时候开始？" });
    expect(early.body.errors).toEqual({ question: "events.errors.notLive" });
  });
});

describe("supervision by the audience and the moderators", () => {
  const consoleAs = async (token: string, id: number, form?: Form) =>
    run(async () => (form ? liveAction : liveLoader)({ request: await requestAs(token, `/staff/events/${id}/live`, form), params: { id: String(id) }, context: context() }));

  it("viewers flag questions and answers (once each) for the moderator, who hides an answer and mutes an asker; all audit-logged", async () => {
    const id = await event(new Date(Date.now() - HOUR / 2), new Date(Date.now() + HOUR));
    await handle.db.updateTable("live_event").set({ qa_moderation: "open" }).where("id", "=", id).execute();
    const asker = await person("捣乱的人");
    const viewer1 = await person("观众甲");
    const viewer2 = await person("观众乙");
    await register(asker.token, id, { intent: "ask", question: "加微信私聊，有高薪兼职" });
    const questionId = ((await consoleAs(staff, id)).body.questions as { id: number }[])[0]?.id ?? 0;
    await consoleAs(staff, id, { intent: "answer", questionId: String(questionId), answer: "请不要在这里发广告。" });
    const answerId = (await handle.db.selectFrom("live_event_answer").select("id").where("question_id", "=", questionId).executeTakeFirstOrThrow()).id;

    // Two viewers flag the question (one of them twice), one flags the answer; visitors cannot.
    for (const [token, form] of [
      [viewer1.token, { intent: "flag", questionId: String(questionId) }],
      [viewer1.token, { intent: "flag", questionId: String(questionId) }],
      [viewer2.token, { intent: "flag", questionId: String(questionId) }],
      [viewer2.token, { intent: "flag", answerId: String(answerId) }],
    ] as const)
      expect((await register(token, id, form)).location).toBe(`/events/${id}?flagged#qa-heading`);
    expect((await register(null, id, { intent: "flag", questionId: String(questionId) })).location).toMatch(/^\/sign-in\?/);
    const flags = (await consoleAs(staff, id)).body.flags as { questions: Record<string, number>; answers: Record<string, number> };
    expect(flags.questions[String(questionId)]).toBe(2);
    expect(flags.answers[String(answerId)]).toBe(1);
    expect(await listAudit(handle.db, { action: "event.flagged", targetId: id })).toHaveLength(4);
    // An item of another event, or a hidden one, cannot be flagged.
    const elsewhere = await event(new Date(Date.now() - HOUR / 2), new Date(Date.now() + HOUR));
    expect((await register(viewer1.token, elsewhere, { intent: "flag", questionId: String(questionId) })).status).toBe(404);

    // The moderator hides the answer: viewers no longer see it.
    expect((await consoleAs(staff, id, { intent: "hide-answer", answerId: String(answerId) })).status).toBe(303);
    expect(((await publicPage(null, id)).body.live as { questions: { answers: unknown[] }[] }).questions[0]?.answers).toEqual([]);
    expect(await auditOf("event.answer_hidden", answerId)).toHaveLength(1);

    // Muted, the asker cannot ask again in this event, with a clear message; let back, they can.
    expect((await consoleAs(staff, id, { intent: "mute", userId: String(asker.id), muted: "true" })).status).toBe(303);
    const refused = await register(asker.token, id, { intent: "ask", question: "为什么删我" });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual({ question: "events.errors.muted" });
    expect((await consoleAs(staff, id)).body.muted).toMatchObject([{ user_id: asker.id, display_name: "捣乱的人" }]);
    // Someone who never asked here cannot be muted; other partners' staff cannot mute.
    expect((await consoleAs(staff, id, { intent: "mute", userId: String(viewer1.id), muted: "true" })).status).toBe(404);
    expect((await consoleAs(otherStaff, id, { intent: "mute", userId: String(asker.id), muted: "false" })).status).toBe(404);
    expect((await consoleAs(staff, id, { intent: "mute", userId: String(asker.id), muted: "false" })).status).toBe(303);
    expect((await register(asker.token, id, { intent: "ask", question: "好的，我换个问题：试用期多久？" })).status).toBe(303);
    expect(await listAudit(handle.db, { action: "event.participant_muted", targetId: id })).toHaveLength(1);
    expect(await listAudit(handle.db, { action: "event.participant_unmuted", targetId: id })).toHaveLength(1);
  });
});

describe("a busy event's console", () => {
  const consoleAs = async (token: string, id: number, form?: Form) =>
    run(async () => (form ? liveAction : liveLoader)({ request: await requestAs(token, `/staff/events/${id}/live`, form), params: { id: String(id) }, context: context() }));
  type ConsoleQuestion = { id: number; status: string };

  it("lists the 30 held questions waiting longest and the 30 published last, with how many there are, and the reports on those alone", async () => {
    const id = await event(new Date(Date.now() - HOUR / 2), new Date(Date.now() + HOUR));
    const asker = await person("问了很多的人");
    const viewer = await person("举报的观众");
    // 35 held and 35 published, asked in turn, and 3 hidden: more than the console lists of each.
    const rows = Array.from({ length: 73 }, (_, i) => ({
      event_id: id,
      user_id: asker.id,
      body: `第 ${i + 1} 个问题`,
      anonymous: false,
      status: i >= 70 ? ("hidden" as const) : i % 2 === 0 ? ("held" as const) : ("published" as const),
    }));
    const inserted = await handle.db.insertInto("live_event_question").values(rows).returning(["id", "status"]).execute();
    const ids = (status: string) => inserted.filter((row) => row.status === status).map((row) => row.id).sort((a, b) => a - b);
    const held = ids("held");
    const published = ids("published");
    // An answer to a published question the console shows and one to a question it leaves out, and reports on each.
    const answer = async (questionId: number) =>
      (await handle.db.insertInto("live_event_answer").values({ question_id: questionId, user_id: staffId, employer_id: null, body: "回答" }).returning("id").executeTakeFirstOrThrow()).id;
    const shownAnswer = await answer(published[34] ?? 0);
    const leftOutAnswer = await answer(published[0] ?? 0);
    await handle.db
      .insertInto("live_event_flag")
      .values([
        { event_id: id, user_id: viewer.id, question_id: published[34] ?? 0, answer_id: null },
        { event_id: id, user_id: viewer.id, question_id: published[0] ?? 0, answer_id: null },
        { event_id: id, user_id: viewer.id, question_id: null, answer_id: shownAnswer },
        { event_id: id, user_id: viewer.id, question_id: null, answer_id: leftOutAnswer },
      ])
      .execute();

    const page = await consoleAs(staff, id);
    const listed = page.body.questions as ConsoleQuestion[];
    const of = (status: string) => listed.filter((question) => question.status === status).map((question) => question.id);
    expect(of("held")).toEqual(held.slice(0, 30));
    expect(of("published")).toEqual(published.slice(5));
    expect(listed.some((question) => question.status === "hidden")).toBe(false);
    expect(page.body.questionCounts).toEqual({ held: 35, published: 35 });
    expect(page.body.flags).toEqual({ questions: { [String(published[34])]: 1 }, answers: { [String(shownAnswer)]: 1 } });

    // The moderator publishes the question that waited longest: the next held one comes up, and the
    // one just published is listed last among the published, though it was asked first.
    const first = held[0] ?? 0;
    expect((await consoleAs(staff, id, { intent: "moderate", questionId: String(first), decision: "published" })).status).toBe(303);
    const after = await consoleAs(staff, id);
    const listedAfter = after.body.questions as ConsoleQuestion[];
    expect(listedAfter.filter((question) => question.status === "held").map((question) => question.id)).toEqual(held.slice(1, 31));
    expect(listedAfter.filter((question) => question.status === "published").map((question) => question.id)).toEqual([...published.slice(6), first]);
    expect(after.body.questionCounts).toEqual({ held: 34, published: 36 });
  });
});

describe("an event in numbers, for its partner", () => {
  it("counts registrations, attendance, questions, answers, and registered people's applications to its openings since the start, and hires", async () => {
    const startsAt = new Date(Date.now() - HOUR / 2);
    const id = await event(startsAt, new Date(Date.now() + HOUR));
    await handle.db.insertInto("live_event_opening").values({ event_id: id, opening_id: openingId }).execute();
    await handle.db.updateTable("live_event").set({ qa_moderation: "open" }).where("id", "=", id).execute();
    const came = await person("来了的人");
    const absent = await person("没来的人");
    const outsider = await person("没报名的人");
    for (const who of [came, absent]) expect((await register(who.token, id, {})).status).toBe(303);
    // Opening the page while it is on, signed in: attending (twice is still one).
    await publicPage(came.token, id);
    await publicPage(came.token, id);
    await publicPage(outsider.token, id);
    await register(came.token, id, { intent: "ask", question: "可以远程面试吗？" });

    // Applications count when they record that they came from the event (sent through its "apply"
    // link), registered or not: two here, one hired. One to the same opening sent otherwise does not.
    const apply = (userId: number, status: "submitted" | "hired", sourceEventId: number | null) =>
      handle.db
        .insertInto("application")
        .values({ opening_id: openingId, seeker_user_id: userId, status, idempotency_key: `k-${userId}-${id}`, submitted_at: new Date(), reference: `AW-T-${userId}-${id}`, source_event_id: sourceEventId })
        .execute();
    await apply(came.id, "hired", id);
    await apply(absent.id, "submitted", null);
    await apply(outsider.id, "submitted", id);

    const figures = (await staffPage(staff, id)).body.figures;
    expect(figures).toEqual({ registrations: 2, attended: 1, questions: 1, published: 1, answers: 0, applications: 2, hired: 1 });

    // The person's own data export carries their registration and question.
    const exported = await run(async () => dataLoader({ request: await requestAs(came.token, "/account/data"), params: {}, context: context() }));
    expect(exported.body.events).toMatchObject({
      registrations: [{ event_id: id, title_zh: "测试招聘会", needs: null }],
      questions: [{ event_id: id, body: "可以远程面试吗？", status: "published" }],
    });
  });
});

describe("applying from an event", () => {
  const applyPage = async (token: string, opening: number, query: string) =>
    run(async () => applyLoader({ request: await requestAs(token, `/openings/${opening}/apply${query}`), params: { id: String(opening) }, context: context() }));
  const send = async (token: string, opening: number, form: Form) =>
    run(async () => applyAction({ request: await requestAs(token, `/openings/${opening}/apply`, form), params: { id: String(opening) }, context: context() }));
  const letter = (key: string, extra: Form = {}): Form => ({ key, intent: "submit", contactName: "李想", contactPhone: "", experience: "", message: "我想应聘这个远程岗位。", ...extra });

  it("records the event on an application sent through its link to one of its openings, and nothing otherwise", async () => {
    const id = await event(new Date(Date.now() - HOUR / 2), new Date(Date.now() + HOUR));
    await handle.db.insertInto("live_event_opening").values({ event_id: id, opening_id: openingId }).execute();
    const seeker = await person("从招聘会来的人");

    // The apply page names the event only for one of the event's own openings.
    const page = await applyPage(seeker.token, openingId, `?event=${id}`);
    expect(page.body.fromEvent).toMatchObject({ id, title_zh: "测试招聘会" });
    const key = page.body.key as string;
    const notItsOpening = (await createOpening(handle.db, { employerId, partnerId })).id;
    expect((await applyPage(seeker.token, notItsOpening, `?event=${id}`)).body.fromEvent).toBeNull();
    expect((await applyPage(seeker.token, openingId, "?event=abc")).body.fromEvent).toBeNull();
    expect((await applyPage(seeker.token, openingId, "")).body.fromEvent).toBeNull();

    const sent = await send(seeker.token, openingId, letter(key, { event: String(id) }));
    expect(sent.status).toBe(303);
    const row = await handle.db.selectFrom("application").select(["source_event_id", "status"]).where("seeker_user_id", "=", seeker.id).where("opening_id", "=", openingId).executeTakeFirstOrThrow();
    expect(row).toEqual({ source_event_id: id, status: "submitted" });

    // A forged event on an opening it does not present records nothing.
    const forged = await send(seeker.token, notItsOpening, letter("4a1f0f59-5b4e-4c55-9d7b-2b1f3c1e9a01", { event: String(id) }));
    expect(forged.status).toBe(303);
    const other = await handle.db.selectFrom("application").select("source_event_id").where("seeker_user_id", "=", seeker.id).where("opening_id", "=", notItsOpening).executeTakeFirstOrThrow();
    expect(other.source_event_id).toBeNull();

    expect(((await staffPage(staff, id)).body.figures as { applications: number }).applications).toBe(1);
  });
});

describe("captioners and moderators the partner invites", () => {
  const consoleAs = async (token: string, id: number, form?: Form) =>
    run(async () => (form ? liveAction : liveLoader)({ request: await requestAs(token, `/staff/events/${id}/live`, form), params: { id: String(id) }, context: context() }));
  const staffPost = async (token: string, id: number, form: Form) =>
    run(async () => staffEventAction({ request: await requestAs(token, `/staff/events/${id}`, form), params: { id: String(id) }, context: context() }));

  it("staff invite by email or mobile; a captioner only captions, a moderator only moderates; others get nothing; all audited", async () => {
    const id = await event(new Date(Date.now() - HOUR / 2), new Date(Date.now() + HOUR));
    const captioner = await person("字幕志愿者");
    const moderator = await person("审核志愿者");
    const stranger = await person("路人");
    await handle.db.updateTable("app_user").set({ mobile: "13912345678" }).where("id", "=", moderator.id).execute();

    // Nobody with that address: an error on the field, what was typed kept, nothing stored.
    const unknown = await staffPost(staff, id, { intent: "invite-helper", contact: "nobody@example.org", role: "captioner" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual({ contact: "events.errors.helperUnknown" });
    expect(unknown.body.values).toMatchObject({ contact: "nobody@example.org", role: "captioner" });
    const empty = await staffPost(staff, id, { intent: "invite-helper", contact: " ", role: "" });
    expect(empty.body.errors).toEqual({ contact: "events.errors.helperContactRequired", role: "events.errors.helperRoleRequired" });
    // Another partner's staff cannot invite anyone to this event.
    expect((await staffPost(otherStaff, id, { intent: "invite-helper", contact: captioner.email ?? "", role: "captioner" })).status).toBe(404);

    expect((await staffPost(staff, id, { intent: "invite-helper", contact: captioner.email ?? "", role: "captioner" })).location).toBe(`/staff/events/${id}?helperInvited#helpers-heading`);
    expect((await staffPost(staff, id, { intent: "invite-helper", contact: "139 1234 5678", role: "moderator" })).status).toBe(303);
    expect(((await staffPage(staff, id)).body.helpers as { user_id: number; role: string }[]).map(({ user_id, role }) => ({ user_id, role }))).toEqual([
      { user_id: captioner.id, role: "captioner" },
      { user_id: moderator.id, role: "moderator" },
    ]);
    expect(await auditOf("event.helper_invited", id)).toHaveLength(2);
    // Each is told what they are asked to do and where their console is, in their own message.
    const toCaptioner = await listOutbox(handle.db, { to: captioner.email });
    expect(toCaptioner.map((m) => [m.channel, m.subject])).toEqual([["email", "邀请你为招聘会打字幕：测试招聘会"]]);
    for (const part of ["字幕志愿者", "明途就业服务中心", `/staff/events/${id}/live`, "看不到报名的人"]) expect(toCaptioner[0]?.body_text).toContain(part);
    expect((await listOutbox(handle.db, { to: moderator.email })).map((m) => m.subject)).toEqual(["邀请你为招聘会审核提问：测试招聘会"]);
    expect(await listOutbox(handle.db, { to: stranger.email })).toEqual([]);

    // The event page points each helper to the console; nobody else.
    expect((await publicPage(captioner.token, id)).body.helping).toBe("captioner");
    expect((await publicPage(stranger.token, id)).body.helping).toBeNull();

    // The captioner: the console with captions only.
    const captionerConsole = await consoleAs(captioner.token, id);
    expect(captionerConsole.status).toBe(200);
    expect(captionerConsole.body.powers).toEqual({ organiser: false, caption: true, moderate: false, pin: false, answer: false });
    expect((await consoleAs(captioner.token, id, { intent: "caption", caption: "字幕员：欢迎。" })).status).toBe(303);
    expect((await consoleAs(captioner.token, id, { intent: "pin", opening: "none" })).status).toBe(403);
    expect((await consoleAs(captioner.token, id, { intent: "mute", userId: String(stranger.id), muted: "true" })).status).toBe(403);
    // The staff pages with registrations and needs stay closed to helpers.
    expect((await staffPage(captioner.token, id)).status).toBe(403);

    // The moderator: questions, not captions.
    const asked = await register(stranger.token, id, { intent: "ask", question: "需要会说话吗？" });
    expect(asked.status).toBe(303);
    const question = await handle.db.selectFrom("live_event_question").select("id").where("event_id", "=", id).executeTakeFirstOrThrow();
    expect(((await consoleAs(moderator.token, id)).body.powers as { moderate: boolean }).moderate).toBe(true);
    expect((await consoleAs(moderator.token, id, { intent: "caption", caption: "不该发出" })).status).toBe(403);
    expect((await consoleAs(moderator.token, id, { intent: "moderate", questionId: String(question.id), decision: "published" })).status).toBe(303);
    expect(await auditOf("event.question_published", question.id)).toMatchObject([{ actor_user_id: moderator.id }]);

    // Someone not invited, and a visitor, get nothing.
    expect((await consoleAs(stranger.token, id)).status).toBe(404);
    expect((await consoleAs(stranger.token, id, { intent: "caption", caption: "不该发出" })).status).toBe(404);
    const captions = ((await publicPage(null, id)).body.live as { captions: { text: string }[] }).captions.map((line) => line.text);
    expect(captions).toEqual(["字幕员：欢迎。"]);

    // Ending the invitation closes the console; audited.
    expect((await staffPost(staff, id, { intent: "remove-helper", userId: String(captioner.id) })).status).toBe(303);
    expect(await auditOf("event.helper_removed", id)).toHaveLength(1);
    expect((await consoleAs(captioner.token, id)).status).toBe(404);
    expect((await staffPost(staff, id, { intent: "remove-helper", userId: String(captioner.id) })).status).toBe(404);
  });

  it("nobody is invited to a cancelled event: the form is gone, a form sent anyway is refused, and no message goes", async () => {
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR));
    await handle.db.updateTable("live_event").set({ cancelled_at: new Date(), cancel_reason_zh: "主办方取消了这场招聘会。" }).where("id", "=", id).execute();
    const volunteer = await person("想帮忙的人");
    const refused = await staffPost(staff, id, { intent: "invite-helper", contact: volunteer.email ?? "", role: "captioner" });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: { contact: "events.errors.helperCancelled" }, values: { contact: volunteer.email, role: "captioner" } });
    expect((await staffPage(staff, id)).body.helpers).toEqual([]);
    expect(await auditOf("event.helper_invited", id)).toEqual([]);
    expect(await listOutbox(handle.db, { to: volunteer.email })).toEqual([]);
  });
});

describe("key rotation", () => {
  it("re-encrypts registrations' needs with the new key; they stay readable with the new key alone", async () => {
    const oldKey = Buffer.alloc(32, 3).toString("base64");
    const newKey = Buffer.alloc(32, 4).toString("base64");
    const before = keyRingFromEnv({ PASSPORT_KEY: oldKey, PASSPORT_KEY_ID: "ev2025", PASSPORT_OLD_KEYS: undefined });
    const after = keyRingFromEnv({ PASSPORT_KEY: newKey, PASSPORT_KEY_ID: "ev2026", PASSPORT_OLD_KEYS: `ev2025:${oldKey}` });
    const onlyNew = keyRingFromEnv({ PASSPORT_KEY: newKey, PASSPORT_KEY_ID: "ev2026", PASSPORT_OLD_KEYS: undefined });
    const id = await event(new Date(Date.now() + 48 * HOUR), new Date(Date.now() + 50 * HOUR));
    const seeker = await person("换钥匙的人");
    const needs = { needs: ["captions" as const], details: "请提前发岗位说明。" };
    await saveRegistration(handle.db, { eventId: id, userId: seeker.id, needs: seal(JSON.stringify(needs), eventNeedsContext(id, seeker.id), before) });

    const rotated = await reencryptEventNeeds(handle.db, after);
    expect(rotated.reencrypted).toBeGreaterThanOrEqual(1);
    const row = await handle.db.selectFrom("live_event_registration").select("needs_key_id").where("event_id", "=", id).where("user_id", "=", seeker.id).executeTakeFirstOrThrow();
    expect(row.needs_key_id).toBe("ev2026");
    expect(await readOwnNeeds(handle.db, { eventId: id, userId: seeker.id }, onlyNew)).toEqual(needs);
    // Run again: nothing left on the old key.
    expect((await reencryptEventNeeds(handle.db, after)).reencrypted).toBe(0);
  });
});
