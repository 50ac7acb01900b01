// Two things partner staff do for a seeker of their caseload (issue 19, item 5), through the real
// route's loader and action: correct the mobile number they typed while nobody has claimed the
// account, and record the disability category the person gave them on paper or by phone, only with
// that consent (docs/decisions/027). The seeker then sees it on /account/counting and in their
// consents, withdraws it there, and the statistics by disability category count it while it holds.
import type { AppLoadContext } from "@remix-run/node";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listAudit, type AuditAction } from "~/models/audit.server";
import { createAuthToken, peekAuthToken } from "~/models/auth-token.server";
import { getDisabilityCategory } from "~/models/disability-category.server";
import { createMobileCode } from "~/models/mobile-code.server";
import { listConsents } from "~/models/passport.server";
import { outcomesByDisabilityCategory } from "~/models/statistics.server";
import { createSession } from "~/models/session.server";
import { upsertMembership } from "~/models/user.server";
import { action as countingAction, loader as countingLoader } from "~/routes/account.counting";
import { action as seekerAction, loader as seekerLoader } from "~/routes/staff.seekers.$id";
import { registerOfflineSeeker } from "~/services/caseload.server";
import { grantAssistance, recordDisabilityCategoryOfflineAndLog } from "~/services/consents.server";
import { sessionCookieHeader } from "~/services/session.server";
import { finishMobileSignUp } from "~/services/sign-up.server";
import { outcomeStatistics } from "~/services/statistics.server";
import { databaseFileStore } from "~/models/stored-file.server";
import { COUNTING_OFFLINE_CONSENT_VERSION } from "~/validation/caseload";
import type { DatabaseHandle } from "../../db/client";
import type { Database } from "../../db/schema";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";
import { routeResponse } from "../support/route-response";

const state = vi.hoisted(() => ({ db: null as Kysely<Database> | null }));
vi.mock("~/utils/db.server", () => ({
  getDb: () => {
    if (!state.db) throw new Error("test database not ready");
    return state.db;
  },
}));
vi.mock("~/utils/env.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("~/utils/env.server")>();
  const base = actual.parseEnv({ NODE_ENV: "test" });
  return { ...actual, getEnv: () => ({ ...base, requireSecondFactor: false }) };
});

let handle: DatabaseHandle;
let partnerId: number;
let otherPartnerId: number;
let staffId: number;
let staff: string;
let otherStaff: string;
let openingId: number;
let counter = 0;
const nextMobile = () => `136${String(Date.now() % 10_000).padStart(4, "0")}${String(++counter).padStart(4, "0")}`;
const spaced = (mobile: string) => `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;

async function newStaff(name: string, partner: number) {
  const id = (await handle.db.insertInto("app_user").values({ email: `edits-${++counter}-${Date.now()}@example.org`, password_hash: "x", display_name: name }).returning("id").executeTakeFirstOrThrow()).id;
  await upsertMembership(handle.db, { userId: id, organisationId: partner, role: "staff" });
  return { id, token: await createSession(handle.db, { userId: id, userAgent: "vitest", secondFactor: true }) };
}

/** A seeker this partner's staff registered at the office, unclaimed. */
async function registered(mobile = nextMobile(), name = "张桂兰") {
  const done = await registerOfflineSeeker(handle.db, databaseFileStore, { partnerId, staffUserId: staffId, displayName: name, mobile, preferredWork: null, how: "paper", note: null, textVersion: "assist-2026-11" });
  if (!done.ok) throw new Error(done.error);
  return { id: done.id, mobile };
}

/** The person signs up with the number: the account becomes theirs. Returns their session. */
async function claim(mobile: string, name = "张桂兰") {
  const { ref, code } = await createMobileCode(handle.db, { mobile, payload: { kind: "seeker", displayName: name, passwordHash: "hash", preferredLocale: "zh-CN" } });
  const done = await finishMobileSignUp(handle.db, { ref, code, userAgent: "vitest", origin: "http://localhost" });
  if (!done.ok) throw new Error(done.error);
  return done.token;
}

/** A request from a browser holding this session. */
async function requestAs(token: string, path: string, form?: Record<string, string>) {
  const headers = new Headers({ Cookie: (await sessionCookieHeader(token)).split(";")[0] ?? "" });
  return new Request(`http://localhost${path}`, { method: form ? "POST" : "GET", headers, body: form ? new URLSearchParams(form) : undefined });
}

const run = routeResponse;

const context = () => ({ form: { hasErrors: false }, clientIp: "192.0.2.7" }) as unknown as AppLoadContext;
const post = async (token: string, seekerId: number, form: Record<string, string>) =>
  run(async () => seekerAction({ request: await requestAs(token, `/staff/seekers/${seekerId}`, form), params: { id: String(seekerId) }, context: context() }));
const page = async (token: string, seekerId: number, query = "") =>
  run(async () => seekerLoader({ request: await requestAs(token, `/staff/seekers/${seekerId}${query}`), params: { id: String(seekerId) }, context: context() }));
const mobileOf = async (id: number) => (await handle.db.selectFrom("app_user").select("mobile").where("id", "=", id).executeTakeFirstOrThrow()).mobile;
const auditOf = (action: AuditAction, id: number) => listAudit(handle.db, { action, targetId: id });

/** An application from this person to the partner's opening, sent yesterday (so the statistics count it). */
async function appliedOnce(seekerId: number) {
  const yesterday = new Date(Date.now() - 24 * 3_600_000);
  await handle.db
    .insertInto("application")
    .values({ opening_id: openingId, seeker_user_id: seekerId, status: "submitted", idempotency_key: `edits-${seekerId}`, submitted_at: yesterday, created_at: yesterday })
    .execute();
}

beforeAll(async () => {
  handle = await createTestDatabase();
  state.db = handle.db;
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "employment_centre", name_zh: "明途就业服务中心", name_en: "Mingtu Employment Centre" })).id;
  otherPartnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  const mine = await newStaff("王明", partnerId);
  staffId = mine.id;
  staff = mine.token;
  otherStaff = (await newStaff("和祥的工作人员", otherPartnerId)).token;
  const employer = (await createOrganisation(handle.db, { kind: "employer" })).id;
  openingId = (await createOpening(handle.db, { employerId: employer, partnerId })).id;
});

afterAll(async () => {
  state.db = null;
  await handle?.close();
});

describe("correcting a mistyped number", () => {
  it("works while nobody has claimed the account, audited without the number; once claimed the number is the person's", async () => {
    const typo = nextMobile();
    const right = nextMobile();
    const seeker = await registered(typo);
    // A reset link texted to the mistyped number must not open the account once it is corrected.
    const resetLink = await createAuthToken(handle.db, { purpose: "reset_password", userId: seeker.id, ttlMinutes: 60 });

    const before = await page(staff, seeker.id);
    expect(before.body.seeker).toMatchObject({ correctable: true, claimed: false });
    const done = await post(staff, seeker.id, { intent: "mobile", mobile: spaced(right) });
    expect(done).toMatchObject({ status: 303, location: `/staff/seekers/${seeker.id}?corrected` });
    expect(await mobileOf(seeker.id)).toBe(right);
    expect(await peekAuthToken(handle.db, { token: resetLink, purpose: "reset_password" })).toBeUndefined();
    const after = await page(staff, seeker.id, "?corrected");
    expect(after.body).toMatchObject({ notice: "corrected", seeker: { mobile: spaced(right), correctable: true } });

    // The log says who corrected whose number, for which partner; never the number, old or new.
    const logged = await auditOf("caseload.mobile_corrected", seeker.id);
    expect(logged.map((e) => ({ actor: e.actor_user_id, details: e.details }))).toEqual([{ actor: staffId, details: { partnerId } }]);
    expect(JSON.stringify(logged)).not.toMatch(new RegExp(`${typo}|${right}|${typo.slice(3, 7)}|${right.slice(3, 7)}`));

    // The person claims the account with the corrected number; from then on staff cannot change it.
    await claim(right);
    const claimed = await page(staff, seeker.id);
    expect(claimed.body.seeker).toMatchObject({ correctable: false, claimed: true });
    const refused = await post(staff, seeker.id, { intent: "mobile", mobile: nextMobile() });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ form: "mobile", errors: { mobile: "caseload.errors.mobileClaimed" } });
    expect(await mobileOf(seeker.id)).toBe(right);
    expect(await auditOf("caseload.mobile_corrected", seeker.id)).toHaveLength(1);
  });

  it("refuses a number another account uses, or one not a mobile number, keeping what was typed", async () => {
    const seeker = await registered();
    const other = await registered(nextMobile(), "李秀珍");
    const typed = `+86 ${spaced(other.mobile)}`;
    const taken = await post(staff, seeker.id, { intent: "mobile", mobile: typed });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ form: "mobile", errors: { mobile: "caseload.errors.mobileTakenOther" }, values: { mobile: typed } });
    expect(await mobileOf(seeker.id)).toBe(seeker.mobile);

    const cases: [string, string][] = [
      ["", "caseload.errors.mobileRequired"],
      ["1380013", "forms.mobileInvalid"],
      [spaced(seeker.mobile), "caseload.errors.mobileUnchanged"],
    ];
    for (const [mobile, message] of cases) {
      const answer = await post(staff, seeker.id, { intent: "mobile", mobile });
      expect(answer.status, message).toBeGreaterThanOrEqual(400);
      expect(answer.body, message).toMatchObject({ form: "mobile", errors: { mobile: message }, values: { mobile } });
    }
    expect(await mobileOf(seeker.id)).toBe(seeker.mobile);
    expect(await auditOf("caseload.mobile_corrected", seeker.id)).toEqual([]);
  });

  it("is not found for another partner's staff, and changes nothing", async () => {
    const seeker = await registered();
    expect((await page(otherStaff, seeker.id)).status).toBe(404);
    expect((await post(otherStaff, seeker.id, { intent: "mobile", mobile: nextMobile() })).status).toBe(404);
    expect((await post(otherStaff, seeker.id, { intent: "counting", category: "hearing", how: "paper", consent: "on" })).status).toBe(404);
    expect(await mobileOf(seeker.id)).toBe(seeker.mobile);
    expect(await getDisabilityCategory(handle.db, { userId: seeker.id })).toBeNull();
    expect(await auditOf("caseload.mobile_corrected", seeker.id)).toEqual([]);
  });
});

describe("a disability category given to staff on paper or by phone", () => {
  it("is recorded only with the consent, counted in the statistics, seen by the seeker, and withdrawn by them", async () => {
    const seeker = await registered();
    await appliedOnce(seeker.id);

    // Without the consent ticked, or said in person at the counter: nothing kept; everything typed kept.
    const unticked = await post(staff, seeker.id, { intent: "counting", category: "hearing", how: "phone", note: "电话 12-08" });
    expect(unticked.status).toBe(400);
    expect(unticked.body).toMatchObject({ form: "counting", errors: { consent: "caseload.errors.consentRequired" }, values: { category: "hearing", how: "phone", note: "电话 12-08" } });
    const empty = await post(staff, seeker.id, { intent: "counting" });
    expect(Object.entries((empty.body as { errors: Record<string, string> }).errors)).toEqual([
      ["category", "caseload.errors.categoryRequired"],
      ["how", "caseload.errors.howRequired"],
      ["consent", "caseload.errors.consentRequired"],
    ]);
    const inPerson = await post(staff, seeker.id, { intent: "counting", category: "hearing", how: "in_person", consent: "on" });
    expect(inPerson.body).toMatchObject({ errors: { how: "caseload.errors.howRequired" } });
    expect(await getDisabilityCategory(handle.db, { userId: seeker.id })).toBeNull();
    expect(await auditOf("caseload.category_recorded", seeker.id)).toEqual([]);

    const done = await post(staff, seeker.id, { intent: "counting", category: "hearing", how: "paper", note: "同意书在档案柜 2026-031 号", consent: "on" });
    expect(done).toMatchObject({ status: 303, location: `/staff/seekers/${seeker.id}?counted#counting-heading` });
    const consent = await handle.db.selectFrom("consent").selectAll().where("user_id", "=", seeker.id).where("purpose", "=", "disability_statistics").executeTakeFirstOrThrow();
    expect(consent).toMatchObject({ partner_id: partnerId, recorded_how: "paper", recorded_by: staffId, recorded_note: "同意书在档案柜 2026-031 号", text_version: COUNTING_OFFLINE_CONSENT_VERSION, withdrawn_at: null });
    const logged = await auditOf("caseload.category_recorded", seeker.id);
    expect(logged.map((e) => ({ actor: e.actor_user_id, details: e.details }))).toEqual([{ actor: staffId, details: { partnerId, how: "paper", consentVersion: COUNTING_OFFLINE_CONSENT_VERSION } }]);
    expect(JSON.stringify(logged)).not.toContain("hearing");
    // This partner's staff see what they recorded, with how and by whom; each time it is shown, the read is logged (never the category).
    expect(await auditOf("caseload.category_read", seeker.id)).toEqual([]);
    expect((await page(staff, seeker.id, "?counted")).body).toMatchObject({ notice: "counted", counting: { recordedHere: true, category: "hearing", how: "paper", recordedByName: "王明" } });
    const reads = await auditOf("caseload.category_read", seeker.id);
    expect(reads.map((e) => ({ actor: e.actor_user_id, details: e.details }))).toEqual([{ actor: staffId, details: { partnerId } }]);

    // Four more people counted the same way: a group of 5 is shown as its number.
    for (const name of ["甲", "乙", "丙", "丁"]) {
      const more = await registered(nextMobile(), `听障${name}`);
      await appliedOnce(more.id);
      expect(await recordDisabilityCategoryOfflineAndLog(handle.db, { userId: more.id, partnerId, staffUserId: staffId, category: "hearing", how: "phone", note: null, consentVersion: COUNTING_OFFLINE_CONSENT_VERSION })).toBe(true);
    }
    const counted = await outcomeStatistics(handle.db, { partnerId });
    expect(counted.byDisability.rows.find((row) => row.category === "hearing")?.applications).toBe(5);

    // The person claims the account: /account/counting shows the category, who recorded it and how; so do their consents.
    const own = await claim(seeker.mobile);
    const counting = await run(async () => countingLoader({ request: await requestAs(own, "/account/counting"), params: {}, context: context() }));
    expect(counting.body.current).toMatchObject({
      category: "hearing",
      version: COUNTING_OFFLINE_CONSENT_VERSION,
      offline: { how: "paper", by: "王明", partner: { name_zh: "明途就业服务中心", name_en: "Mingtu Employment Centre" } },
    });
    expect((await listConsents(handle.db, { userId: seeker.id })).filter((c) => c.purpose === "disability_statistics")).toEqual([
      expect.objectContaining({ partner_id: partnerId, recorded_how: "paper", text_version: COUNTING_OFFLINE_CONSENT_VERSION, withdrawn_at: null }),
    ]);

    // They withdraw it themselves, by the page's own delete button: gone, consent withdrawn, no longer counted.
    const withdrawn = await run(async () => countingAction({ request: await requestAs(own, "/account/counting", { intent: "delete" }), params: {}, context: context() }));
    expect(withdrawn).toMatchObject({ status: 303, location: "/account/counting?deleted" });
    expect(await getDisabilityCategory(handle.db, { userId: seeker.id })).toBeNull();
    expect(await handle.db.selectFrom("disability_category").select("category").where("user_id", "=", seeker.id).executeTakeFirst()).toBeUndefined();
    expect((await listConsents(handle.db, { userId: seeker.id })).filter((c) => c.purpose === "disability_statistics").map((c) => c.withdrawn_at !== null)).toEqual([true]);
    expect(await auditOf("consent.statistics_withdrawn", seeker.id)).toEqual([expect.objectContaining({ actor_user_id: seeker.id })]);
    const hearing = (await outcomesByDisabilityCategory(handle.db, { partnerId })).find((row) => row.category === "hearing");
    expect(hearing?.applications).toBe(4);
    expect((await outcomeStatistics(handle.db, { partnerId })).byDisability.rows.find((row) => row.category === "hearing")?.applications).toBeNull();
    // Staff see that nothing is recorded now, and may record it again if the person agrees again.
    expect((await page(staff, seeker.id)).body.counting).toBeNull();
  });

  it("is deleted only by the partner that recorded it, and the person's own choice replaces it out of staff's sight", async () => {
    const seeker = await registered();
    const record = (category = "visual") => post(staff, seeker.id, { intent: "counting", category, how: "phone", consent: "on" });
    expect((await record()).status).toBe(303);
    const own = await claim(seeker.mobile);
    // Now in the other partner's caseload too (the person allows it to apply for them): it sees that
    // the person is counted, never the category, and can neither record over it nor delete it.
    expect((await grantAssistance(handle.db, { userId: seeker.id, partnerId: otherPartnerId, textVersion: "assist-2026-11" })).ok).toBe(true);
    const readsBefore = (await auditOf("caseload.category_read", seeker.id)).length;
    const seen = await page(otherStaff, seeker.id);
    expect(seen.body.counting).toEqual({ recordedHere: false });
    // Nothing of the category was shown, so no read is logged.
    expect(await auditOf("caseload.category_read", seeker.id)).toHaveLength(readsBefore);
    expect(seen.text).not.toContain("visual");
    expect((await post(otherStaff, seeker.id, { intent: "uncount" })).status).toBe(404);
    const over = await post(otherStaff, seeker.id, { intent: "counting", category: "hearing", how: "paper", consent: "on" });
    expect(over).toMatchObject({ status: 409, body: { form: "counting", errors: { category: "caseload.errors.countingElsewhere" } } });
    expect((await getDisabilityCategory(handle.db, { userId: seeker.id }))?.category).toBe("visual");

    // The partner that recorded it deletes it (the person asked, or it was a mistake): consent withdrawn, logged.
    const removed = await post(staff, seeker.id, { intent: "uncount" });
    expect(removed).toMatchObject({ status: 303, location: `/staff/seekers/${seeker.id}?uncounted#counting-heading` });
    expect(await getDisabilityCategory(handle.db, { userId: seeker.id })).toBeNull();
    expect((await auditOf("caseload.category_removed", seeker.id)).map((e) => ({ actor: e.actor_user_id, details: e.details }))).toEqual([{ actor: staffId, details: { partnerId } }]);
    expect((await post(staff, seeker.id, { intent: "uncount" })).status).toBe(404);

    // Recorded again; then the person saves a category on /account/counting themselves: their own
    // online consent replaces the one staff recorded, and the staff no longer see the category.
    expect((await record("physical")).status).toBe(303);
    const saved = await run(async () => countingAction({ request: await requestAs(own, "/account/counting", { category: "speech", consent: "on" }), params: {}, context: context() }));
    expect(saved).toMatchObject({ status: 303, location: "/account/counting?saved" });
    expect(await getDisabilityCategory(handle.db, { userId: seeker.id })).toMatchObject({ category: "speech", how: "online", partner: null });
    const consents = (await listConsents(handle.db, { userId: seeker.id })).filter((c) => c.purpose === "disability_statistics");
    expect(consents.map((c) => [c.recorded_how, c.withdrawn_at === null])).toEqual([
      ["phone", false],
      ["phone", false],
      ["online", true],
    ]);
    const after = await page(staff, seeker.id);
    expect(after.body.counting).toEqual({ recordedHere: false });
    expect(after.text).not.toContain("speech");
    expect((await post(staff, seeker.id, { intent: "uncount" })).status).toBe(404);
    expect((await record("hearing")).status).toBe(409);
    expect((await getDisabilityCategory(handle.db, { userId: seeker.id }))?.category).toBe("speech");
  });
});
