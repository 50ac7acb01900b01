// The applications' authorisation matrix: every new route, requested as a visitor and as each demo
// role, with the exact outcome each must get. Seeker pages need an account (a visitor is sent to
// sign in); other people's applications and inboxes answer 404, never 403, so ids reveal nothing.
import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { seedOrganisations } from "../../db/seed-data/organisations";
import { demoAccount } from "../support/demo-accounts";
import { TEST_PASSWORD } from "../support/e2e/fixtures";
import { type Outcome, ROLES, type Role, type RouteCase, expectMatrix, publicId, requestsByRole } from "../support/e2e/matrix";

type Ids = {
  /** The demo employer's public opening (图像框选), posted by another partner. */
  employerOpening: number;
  /** A public opening neither the demo employer nor the demo staff's partner has anything to do with. */
  foreignOpening: number;
  /** The demo seeker's application to the employer's opening. */
  application: number;
  /** An application by a fresh seeker to the foreign opening. */
  foreignApplication: number;
  /** A fresh seeker who lets the demo staff's partner apply for them. */
  consenting: number;
  /** A fresh seeker who gave the demo staff's partner permission, then withdrew it. */
  withdrawn: number;
  /** A fresh seeker who withdrew the demo staff's partner's permission and gave it to another partner. */
  otherPartner: number;
};

/** Only partner staff pass the role check; everyone else signed in gets 403. */
const staffOnly = (status: number): Record<Role, Outcome> => ({ visitor: "sign-in", seeker: 403, staff: status, employer: 403, admin: 403 });

/** The staff form for applying on someone's behalf, with a fresh form key each time. */
const assistedForm = (seeker: number) => ({ key: randomUUID(), seeker: String(seeker), contactName: "", contactPhone: "", experience: "", message: "代为申请（授权测试）" });

const signedIn = (status: number, visitor: Outcome = "sign-in"): Record<Role, Outcome> => ({ visitor, seeker: status, staff: status, employer: status, admin: status });

const ROUTES: RouteCase<Ids>[] = [
  { path: () => "/account/applications", expect: signedIn(200) },
  { path: () => "/account/notifications", expect: signedIn(200) },
  { method: "POST", path: () => "/account/notifications", expect: signedIn(303) },
  { path: () => "/account/passport", expect: signedIn(200) },
  { path: () => "/account/counting", expect: signedIn(200) },
  // Someone else's consent scan, or none: not found, whoever asks.
  { path: () => "/account/consents/999999999/scan", expect: signedIn(404) },
  // Without the consent no category is kept: 400 with the error summary.
  { method: "POST", path: () => "/account/counting", form: { category: "hearing" }, expect: signedIn(400) },
  // Without the consent nothing is saved: 400 with the error summary.
  { method: "POST", path: () => "/account/passport", form: { details: "x" }, expect: signedIn(400) },
  { path: (ids) => `/openings/${ids.employerOpening}/apply`, expect: { visitor: "sign-in", seeker: 303, staff: 200, employer: 200, admin: 200 } },
  // A form without its key is refused before anything is saved.
  { method: "POST", path: (ids) => `/openings/${ids.employerOpening}/apply`, form: { message: "x" }, expect: { visitor: "sign-in", seeker: 400, staff: 400, employer: 400, admin: 400 } },
  { path: () => "/openings/999999999/apply", expect: signedIn(404) },
  // Only the applicant sees their own application.
  { path: (ids) => `/account/applications/${ids.application}`, expect: { visitor: "sign-in", seeker: 200, staff: 404, employer: 404, admin: 404 } },
  { method: "POST", path: (ids) => `/account/applications/${ids.application}`, form: { intent: "unshare" }, expect: { visitor: "sign-in", seeker: 303, staff: 404, employer: 404, admin: 404 } },
  { path: (ids) => `/account/applications/${ids.foreignApplication}`, expect: signedIn(404) },
  { path: (ids) => `/account/applications/${ids.application}/cv`, expect: signedIn(404) },
  // The inbox: the employer's members (and the posting partner's staff); everyone else 404.
  { path: (ids) => `/inbox/openings/${ids.employerOpening}`, expect: { visitor: "sign-in", seeker: 404, staff: 404, employer: 200, admin: 404 } },
  { path: (ids) => `/inbox/openings/${ids.foreignOpening}`, expect: signedIn(404) },
  { path: (ids) => `/inbox/applications/${ids.application}`, expect: { visitor: "sign-in", seeker: 404, staff: 404, employer: 200, admin: 404 } },
  { method: "POST", path: (ids) => `/inbox/applications/${ids.application}`, form: {}, expect: { visitor: "sign-in", seeker: 404, staff: 404, employer: 400, admin: 404 } },
  { path: (ids) => `/inbox/applications/${ids.application}/cv`, expect: { visitor: "sign-in", seeker: 404, staff: 404, employer: 404, admin: 404 } },
  { path: (ids) => `/inbox/applications/${ids.foreignApplication}`, expect: signedIn(404) },
  { method: "POST", path: (ids) => `/inbox/applications/${ids.foreignApplication}`, form: { message: "x" }, expect: signedIn(404) },
  { path: () => "/inbox/applications/not-a-number", expect: signedIn(404) },
  // Assisted applications. The seeker's own permissions page; someone else's (or no) consent id is 404.
  { path: () => "/account/assistance", expect: signedIn(200) },
  { method: "POST", path: () => "/account/assistance", form: {}, expect: signedIn(400) },
  { method: "POST", path: () => "/account/assistance", form: { intent: "withdraw", consent: "999999999" }, expect: signedIn(404) },
  // The staff page: partner staff only, for public openings only.
  { path: (ids) => `/staff/apply/${ids.foreignOpening}`, expect: staffOnly(200) },
  { path: () => "/staff/apply/999999999", expect: staffOnly(404) },
  // Refused server-side: a withdrawn permission, a permission for another partner, nobody at all.
  { method: "POST", path: (ids) => `/staff/apply/${ids.foreignOpening}`, form: (ids) => assistedForm(ids.withdrawn), expect: staffOnly(404) },
  { method: "POST", path: (ids) => `/staff/apply/${ids.foreignOpening}`, form: (ids) => assistedForm(ids.otherPartner), expect: staffOnly(404) },
  { method: "POST", path: (ids) => `/staff/apply/${ids.foreignOpening}`, form: () => assistedForm(999999999), expect: staffOnly(404) },
  // With the permission it goes through (and only once: the seeker then has a current application).
  { method: "POST", path: (ids) => `/staff/apply/${ids.foreignOpening}`, form: (ids) => assistedForm(ids.consenting), expect: staffOnly(303) },
  { method: "POST", path: (ids) => `/staff/apply/${ids.foreignOpening}`, form: (ids) => assistedForm(ids.consenting), expect: staffOnly(409) },
];

test.describe.configure({ mode: "serial" });

let contexts = new Map<Role, APIRequestContext>();
let ids: Ids;

/** Sends an application as whoever `request` is signed in as; returns its id. */
async function apply(request: APIRequestContext, openingId: number): Promise<number> {
  const page = await (await request.get(`/openings/${openingId}/apply`, { maxRedirects: 0 })).text();
  const key = /name="key" value="([^"]+)"/.exec(page)?.[1];
  if (!key) throw new Error("no form key");
  const response = await request.post(`/openings/${openingId}/apply`, {
    multipart: { key, intent: "submit", contactName: "测试", contactPhone: "", experience: "", message: "授权测试" },
    maxRedirects: 0,
  });
  const id = /\/account\/applications\/(\d+)/.exec(response.headers().location ?? "")?.[1];
  if (!id) throw new Error(`application not sent: ${response.status()}`);
  return Number(id);
}

/** The demo staff's partner, as the seeker's permissions page names it. */
const DEMO_PARTNER_NAME = seedOrganisations.find((o) => o.slug === demoAccount("staff").org)?.name_zh ?? "";

/**
 * Signs up a fresh seeker who gives the demo staff's partner permission to apply for them, and
 * returns their id as the staff page lists it. Then "withdraw" takes the permission back, and
 * "move" takes it back and gives it to another partner instead.
 */
async function consentingSeeker(newContext: () => Promise<APIRequestContext>, staff: APIRequestContext, openingId: number, then: "keep" | "withdraw" | "move") {
  const seeker = await newContext();
  const email = `assist-${randomBytes(5).toString("hex")}@example.org`;
  expect((await seeker.post("/sign-up", { form: { displayName: "代申请", email, password: TEST_PASSWORD }, maxRedirects: 0 })).status()).toBe(303);
  const form = await (await seeker.get("/account/assistance")).text();
  const partners = [...form.matchAll(/<option value="(\d+)">([^<]*)</g)].map((m) => ({ id: m[1] ?? "", name: m[2] ?? "" }));
  const mine = partners.find((p) => p.name === DEMO_PARTNER_NAME)?.id;
  const other = partners.find((p) => p.name !== DEMO_PARTNER_NAME)?.id;
  if (!mine || !other) throw new Error("the permissions page does not offer the demo partners");
  expect((await seeker.post("/account/assistance", { form: { partner: mine, consent: "on" }, maxRedirects: 0 })).status()).toBe(303);
  const listed = await (await staff.get(`/staff/apply/${openingId}`)).text();
  const id = Number(new RegExp(`<option value="(\\d+)">[^<]*${email.replace(/[.]/g, "\\.")}`).exec(listed)?.[1]);
  expect(Number.isInteger(id) && id > 0, `${email} is listed for the staff`).toBe(true);
  if (then !== "keep") {
    const page = await (await seeker.get("/account/assistance")).text();
    const consent = /name="consent" value="(\d+)"/.exec(page)?.[1] ?? "";
    expect((await seeker.post("/account/assistance", { form: { intent: "withdraw", consent }, maxRedirects: 0 })).status()).toBe(303);
  }
  if (then === "move") {
    expect((await seeker.post("/account/assistance", { form: { partner: other, consent: "on" }, maxRedirects: 0 })).status()).toBe(303);
  }
  await seeker.dispose();
  return id;
}

test.beforeAll(async ({ playwright, baseURL }) => {
  contexts = await requestsByRole(playwright.request, baseURL);
  const visitor = contexts.get("visitor");
  const seeker = contexts.get("seeker");
  if (!visitor || !seeker) throw new Error("contexts missing");
  const employerOpening = await publicId(visitor, "图像框选");
  const foreignOpening = await publicId(visitor, "推拿按摩师", "推拿按摩师（成都门店，全职）");
  // The demo seeker's application from the seed, or a new one on a database seeded before it existed.
  const mine = await (await seeker.get(`/openings/${employerOpening}/apply`, { maxRedirects: 0 })).headers().location;
  const application = mine ? Number(/\/account\/applications\/(\d+)/.exec(mine)?.[1]) : await apply(seeker, employerOpening);
  // A fresh seeker's application to an opening no demo organisation is involved with.
  const stranger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": `2001:db8::${randomBytes(2).toString("hex")}:1` } });
  const email = `authz-${randomBytes(5).toString("hex")}@example.org`;
  const signUp = await stranger.post("/sign-up", { form: { displayName: "陌生人", email, password: TEST_PASSWORD }, maxRedirects: 0 });
  expect(signUp.status(), "sign up the stranger").toBe(303);
  const foreignApplication = await apply(stranger, foreignOpening);
  await stranger.dispose();
  const staff = contexts.get("staff");
  if (!staff) throw new Error("no staff context");
  const newContext = () => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": `2001:db8::${randomBytes(2).toString("hex")}:2` } });
  const consenting = await consentingSeeker(newContext, staff, foreignOpening, "keep");
  const withdrawn = await consentingSeeker(newContext, staff, foreignOpening, "withdraw");
  const otherPartner = await consentingSeeker(newContext, staff, foreignOpening, "move");
  ids = { employerOpening, foreignOpening, application, foreignApplication, consenting, withdrawn, otherPartner };
  for (const [name, id] of Object.entries(ids)) expect(Number.isInteger(id) && id > 0, name).toBe(true);
});

test.afterAll(async () => {
  for (const request of contexts.values()) await request.dispose();
});

for (const role of ROLES) {
  test(`application routes as ${role}`, async () => {
    const request = contexts.get(role);
    if (!request) throw new Error(`no context for ${role}`);
    await expectMatrix(request, role, ROUTES, ids);
  });
}

test("a prefetch of an inbox application never marks it viewed; opening it does, once", async ({ playwright, baseURL }) => {
  const employer = contexts.get("employer");
  if (!employer) throw new Error("no employer context");
  const seeker = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": `2001:db8::${randomBytes(2).toString("hex")}:3` } });
  const email = `viewed-${randomBytes(5).toString("hex")}@example.org`;
  expect((await seeker.post("/sign-up", { form: { displayName: "查看测试", email, password: TEST_PASSWORD }, maxRedirects: 0 })).status()).toBe(303);
  const id = await apply(seeker, ids.employerOpening);
  const status = async () => /<dd><strong>([^<]+)<\/strong><\/dd>/.exec(await (await seeker.get(`/account/applications/${id}`)).text())?.[1];
  expect(await status()).toBe("已发送");
  const prefetches: Record<string, string>[] = [{ "Sec-Purpose": "prefetch" }, { Purpose: "prefetch" }];
  for (const headers of prefetches) {
    expect((await employer.get(`/inbox/applications/${id}`, { headers, maxRedirects: 0 })).status()).toBe(200);
  }
  expect((await employer.head(`/inbox/applications/${id}`, { maxRedirects: 0 })).status()).toBe(200);
  expect(await status(), "a prefetch or HEAD is not a person opening it").toBe("已发送");
  expect((await employer.get(`/inbox/applications/${id}`)).status()).toBe(200);
  expect((await employer.get(`/inbox/applications/${id}`)).status()).toBe(200);
  expect(await status()).toBe("用人单位已查看");
  const page = await (await seeker.get(`/account/applications/${id}`)).text();
  expect(page.match(/状态：用人单位已查看/g), "recorded once in the history").toHaveLength(1);
  await seeker.dispose();
});
