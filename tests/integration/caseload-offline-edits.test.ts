// What partner staff change for a seeker of their caseload (issue 19, item 5), through the real
// route's loader and action: the mobile number they typed, corrected while nobody has claimed the account.
import type { AppLoadContext } from "@remix-run/node";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listAudit, type AuditAction } from "~/models/audit.server";
import { createAuthToken, peekAuthToken } from "~/models/auth-token.server";
import { createMobileCode } from "~/models/mobile-code.server";
import { createSession } from "~/models/session.server";
import { upsertMembership } from "~/models/user.server";
import { action as seekerAction, loader as seekerLoader } from "~/routes/staff.seekers.$id";
import { registerOfflineSeeker } from "~/services/caseload.server";
import { sessionCookieHeader } from "~/services/session.server";
import { finishMobileSignUp } from "~/services/sign-up.server";
import { databaseFileStore } from "~/models/stored-file.server";
import type { DatabaseHandle } from "../../db/client";
import type { Database } from "../../db/schema";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

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

/** What a loader or action answered, thrown or returned: status, Location and (JSON) body. */
async function run(call: () => Promise<unknown>) {
  let response: unknown;
  try {
    response = await call();
  } catch (thrown) {
    response = thrown;
  }
  if (!(response instanceof Response)) throw new Error(`not a response: ${String(response)}`);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, location: response.headers.get("Location"), body: body as Record<string, unknown>, text };
}

const context = () => ({ form: { hasErrors: false }, clientIp: "192.0.2.7" }) as unknown as AppLoadContext;
const post = async (token: string, seekerId: number, form: Record<string, string>) =>
  run(async () => seekerAction({ request: await requestAs(token, `/staff/seekers/${seekerId}`, form), params: { id: String(seekerId) }, context: context() }));
const page = async (token: string, seekerId: number, query = "") =>
  run(async () => seekerLoader({ request: await requestAs(token, `/staff/seekers/${seekerId}${query}`), params: { id: String(seekerId) }, context: context() }));
const mobileOf = async (id: number) => (await handle.db.selectFrom("app_user").select("mobile").where("id", "=", id).executeTakeFirstOrThrow()).mobile;
const auditOf = (action: AuditAction, id: number) => listAudit(handle.db, { action, targetId: id });

beforeAll(async () => {
  handle = await createTestDatabase();
  state.db = handle.db;
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "employment_centre", name_zh: "明途就业服务中心", name_en: "Mingtu Employment Centre" })).id;
  otherPartnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  const mine = await newStaff("王明", partnerId);
  staffId = mine.id;
  staff = mine.token;
  otherStaff = (await newStaff("和祥的工作人员", otherPartnerId)).token;
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
    expect(await mobileOf(seeker.id)).toBe(seeker.mobile);
    expect(await auditOf("caseload.mobile_corrected", seeker.id)).toEqual([]);
  });
});
