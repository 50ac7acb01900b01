// The certification authorisation matrix: every certification route, requested as a visitor and as
// each demo role, with the exact outcome each must get. Role checks come first (a visitor is sent
// to sign in, the wrong role gets 403); then applications, evidence and certificates that are not
// yours are 404. The demo employer (Brightline) must never read another employer's application
// (Celadon Lane's, waiting for review) or its evidence; staff may once it is submitted, but only
// staff of the partner the employer sent it to (docs/decisions/012): the demo staff account
// (Mingtu) gets 404 for Qingqu's application, sent to Hexiang, and its evidence, while Hexiang's
// demo reviewer gets them. Another partner may read an Inclusion Leader application while it waits
// for its second review (Anyu's). Check-backs on hires are for the partner that posted the opening.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { type Outcome, ROLES, type Role, type RouteCase, everyone, expectMatrix, requestAs, requestsByRole } from "../support/e2e/matrix";

/**
 * The seeded application waiting for Mingtu, the criterion whose evidence is an uploaded file and the one whose evidence is a link;
 * the one sent to Hexiang and its file; Anyu's Inclusion Leader application; one of Mingtu's hires.
 */
type Ids = { waiting: number; evidence: number; link: number; version: number; criterion: number; elsewhere: number; elsewhereEvidence: number; leader: number; hire: number };

const staffOnly = (status: number): Record<Role, Outcome> => ({ visitor: "sign-in", seeker: 403, staff: status, employer: 403, admin: 403 });
const employerOnly = (status: number): Record<Role, Outcome> => ({ visitor: "sign-in", seeker: 403, staff: 403, employer: status, admin: 403 });
const adminOnly = (status: number): Record<Role, Outcome> => ({ visitor: "sign-in", seeker: 403, staff: 403, employer: 403, admin: status });

const ROUTES: RouteCase<Ids>[] = [
  { path: () => "/staff/certification", expect: staffOnly(200) },
  { path: (ids) => `/staff/certification/${ids.waiting}`, expect: staffOnly(200) },
  { path: (ids) => `/staff/certification/${ids.waiting}/evidence/${ids.evidence}`, expect: staffOnly(200) },
  // An evidence link is followed through the portal (which remembers the opening): on to the address, for staff who may review it.
  { path: (ids) => `/staff/certification/${ids.waiting}/link/${ids.link}`, expect: staffOnly(303) },
  { path: (ids) => `/staff/certification/${ids.waiting}/link/${ids.evidence}`, expect: staffOnly(404) },
  { path: (ids) => `/staff/certification/${ids.waiting}/link/999999`, expect: staffOnly(404) },
  { path: () => "/staff/certification/999999", expect: staffOnly(404) },
  { path: () => "/staff/certification/not-a-number", expect: staffOnly(404) },
  // Sent by its employer to another partner: not Mingtu's to see or take, nor its evidence.
  { path: (ids) => `/staff/certification/${ids.elsewhere}`, expect: staffOnly(404) },
  { path: (ids) => `/staff/certification/${ids.elsewhere}/evidence/${ids.elsewhereEvidence}`, expect: staffOnly(404) },
  { path: (ids) => `/staff/certification/${ids.elsewhere}/link/${ids.link}`, expect: staffOnly(404) },
  { method: "POST", path: (ids) => `/staff/certification/${ids.elsewhere}`, form: { intent: "assign" }, expect: staffOnly(404) },
  // Another partner's Inclusion Leader application, open to Mingtu for the second review.
  { path: (ids) => `/staff/certification/${ids.leader}`, expect: staffOnly(200) },
  // The 6-month check-backs on hires through Mingtu's openings.
  { path: () => "/staff/check-backs", expect: staffOnly(200) },
  { path: (ids) => `/staff/check-backs/${ids.hire}`, expect: staffOnly(200) },
  { method: "POST", path: (ids) => `/staff/check-backs/${ids.hire}`, form: { checked_on: "not a date" }, expect: staffOnly(400) },
  { path: () => "/staff/check-backs/999999", expect: staffOnly(404) },
  { path: () => "/staff/check-backs/not-a-number", expect: staffOnly(404) },
  // Not approving needs reasons: 400 with the error summary, and nothing changes.
  { method: "POST", path: (ids) => `/staff/certification/${ids.waiting}`, form: { intent: "reject" }, expect: staffOnly(400) },
  // Mingtu (the staff account's partner) reviewed AW-2025-0001, not AW-2025-0003.
  { path: () => "/staff/certificates/AW-2025-0001", expect: staffOnly(200) },
  { path: () => "/staff/certificates/AW-2025-0003", expect: staffOnly(404) },
  { method: "POST", path: () => "/staff/certificates/AW-2025-0001", form: {}, expect: staffOnly(400) },
  { method: "POST", path: () => "/staff/certificates/AW-2025-0003", form: { change: "revoke", reason_en: "x" }, expect: staffOnly(404) },

  { path: () => "/employer/certification", expect: employerOnly(200) },
  { path: (ids) => `/employer/certification/${ids.waiting}`, expect: employerOnly(404) },
  { path: (ids) => `/employer/certification/${ids.waiting}/intro`, expect: employerOnly(404) },
  { path: (ids) => `/employer/certification/${ids.waiting}/check`, expect: employerOnly(404) },
  { path: (ids) => `/employer/certification/${ids.waiting}/evidence/${ids.evidence}`, expect: employerOnly(404) },
  { path: (ids) => `/employer/certification/${ids.leader}`, expect: employerOnly(404) },
  { method: "POST", path: (ids) => `/employer/certification/${ids.waiting}/check`, form: {}, expect: employerOnly(404) },
  { method: "POST", path: (ids) => `/employer/certification/${ids.waiting}/intro`, form: { level: "committed" }, expect: employerOnly(404) },
  { path: () => "/employer/certification/999999/recruitment", expect: employerOnly(404) },

  // Criteria are the platform admins' alone; a published version's criteria cannot be edited.
  { path: () => "/admin/criteria", expect: adminOnly(200) },
  { path: (ids) => `/admin/criteria/${ids.version}`, expect: adminOnly(200) },
  { path: (ids) => `/admin/criteria/${ids.version}/${ids.criterion}`, expect: adminOnly(404) },
  { method: "POST", path: (ids) => `/admin/criteria/${ids.version}/${ids.criterion}`, form: {}, expect: adminOnly(404) },
  { method: "POST", path: (ids) => `/admin/criteria/${ids.version}`, form: { intent: "copy", label: "not a label" }, expect: adminOnly(400) },
  { method: "POST", path: (ids) => `/admin/criteria/${ids.version}`, form: { intent: "publish" }, expect: adminOnly(409) },

  // The public status, for other sites to verify.
  { path: () => "/api/certificates/AW-2025-0001", expect: everyone(200) },
  { path: () => "/api/certificates/AW-2024-0009", expect: everyone(200) },
  { path: () => "/api/certificates/AW-1999-0001", expect: everyone(404) },
];

test.describe.configure({ mode: "serial" });

let contexts = new Map<Role, APIRequestContext>();
/** Staff of a second partner (Hexiang), which Qingqu's employer chose. */
let hexiang: APIRequestContext;
let ids: Ids;

test.beforeAll(async ({ playwright, baseURL }) => {
  contexts = await requestsByRole(playwright.request, baseURL);
  // The demo staff account of a second partner (和祥, Hexiang).
  hexiang = await requestAs(playwright.request, baseURL, "reviewer");
  const staff = contexts.get("staff");
  if (!staff) throw new Error("no staff context");
  const queue = await (await staff.get("/staff/certification")).text();
  const waiting = Number(/href="\/staff\/certification\/(\d+)"[^>]*>[^<]*青瓷巷/.exec(queue)?.[1]);
  const review = await (await staff.get(`/staff/certification/${waiting}`)).text();
  const evidence = Number(new RegExp(`href="/staff/certification/${waiting}/evidence/(\\d+)"`).exec(review)?.[1]);
  const link = Number(new RegExp(`href="/staff/certification/${waiting}/link/(\\d+)"`).exec(review)?.[1]);
  const admin = contexts.get("admin");
  if (!admin) throw new Error("no admin context");
  const versions = await (await admin.get("/admin/criteria")).text();
  const version = Number(/href="\/admin\/criteria\/(\d+)"[^>]*>[^<]*2026\.1/.exec(versions)?.[1]);
  const criterionRow = await admin.get(`/admin/criteria/${version}`);
  expect(criterionRow.status()).toBe(200);
  // A published version lists its criteria without edit links; the ids come from the staff review page.
  const criterion = Number(new RegExp(`id="criterion-(\\d+)"`).exec(review)?.[1]);
  const leader = Number(/href="\/staff\/certification\/(\d+)"[^>]*>[^<]*安语/.exec(queue)?.[1]);
  const hexiangQueue = await (await hexiang.get("/staff/certification")).text();
  const elsewhere = Number(/href="\/staff\/certification\/(\d+)"[^>]*>[^<]*清渠/.exec(hexiangQueue)?.[1]);
  const elsewhereReview = await (await hexiang.get(`/staff/certification/${elsewhere}`)).text();
  const elsewhereEvidence = Number(new RegExp(`href="/staff/certification/${elsewhere}/evidence/(\\d+)"`).exec(elsewhereReview)?.[1]);
  const checkBacks = await (await staff.get("/staff/check-backs")).text();
  const hire = Number(/href="\/staff\/check-backs\/(\d+)"/.exec(checkBacks)?.[1]);
  ids = { waiting, evidence, link, version, criterion, elsewhere, elsewhereEvidence, leader, hire };
  for (const [name, id] of Object.entries(ids)) expect(Number.isInteger(id) && id > 0, name).toBe(true);
});

test.afterAll(async () => {
  for (const request of contexts.values()) await request.dispose();
  await hexiang?.dispose();
});

for (const role of ROLES) {
  test(`certification routes as ${role}`, async () => {
    const request = contexts.get(role);
    if (!request) throw new Error(`no context for ${role}`);
    await expectMatrix(request, role, ROUTES, ids);
  });
}

test("the evidence file reaches staff as a download, never inline", async () => {
  const staff = contexts.get("staff");
  if (!staff) throw new Error("no staff context");
  const response = await staff.get(`/staff/certification/${ids.waiting}/evidence/${ids.evidence}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
});

test("an evidence link goes on to the employer's address, and the opening is shown on the review page", async () => {
  const staff = contexts.get("staff");
  if (!staff) throw new Error("no staff context");
  const response = await staff.get(`/staff/certification/${ids.waiting}/link/${ids.link}`, { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe("https://celadon-lane-ecommerce.example/careers/accessible-applying");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  const review = await (await staff.get(`/staff/certification/${ids.waiting}`)).text();
  expect(review).toMatch(/王明 已于 [^<]+ 打开。/);
});

test("the partner an application was sent to reads it and its evidence; it may not record another partner's check-backs", async () => {
  for (const path of [`/staff/certification/${ids.elsewhere}`, `/staff/certification/${ids.elsewhere}/evidence/${ids.elsewhereEvidence}`, `/staff/certification/${ids.leader}`]) {
    expect((await hexiang.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
  // Hexiang did not post the opening the person was hired through: their name is not Hexiang's to see.
  expect((await hexiang.get(`/staff/check-backs/${ids.hire}`, { maxRedirects: 0 })).status()).toBe(404);
  const post = await hexiang.post(`/staff/check-backs/${ids.hire}`, { form: { outcome: "employed", checked_on: "2026-01-01" }, maxRedirects: 0 });
  expect(post.status()).toBe(404);
  // Mingtu's own application is not Hexiang's either.
  expect((await hexiang.get(`/staff/certification/${ids.waiting}`, { maxRedirects: 0 })).status()).toBe(404);
});
