// The applications' authorisation matrix: every new route, requested as a visitor and as each demo
// role, with the exact outcome each must get. Seeker pages need an account (a visitor is sent to
// sign in); other people's applications and inboxes answer 404, never 403, so ids reveal nothing.
import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "../../db/seed";
import { type Outcome, ROLES, type Role, publicId, roleEmail } from "./support/matrix";

type Ids = {
  /** The demo employer's public opening (图像框选), posted by another partner. */
  employerOpening: number;
  /** A public opening neither the demo employer nor the demo staff's partner has anything to do with. */
  foreignOpening: number;
  /** The demo seeker's application to the employer's opening. */
  application: number;
  /** An application by a fresh seeker to the foreign opening. */
  foreignApplication: number;
};

type RouteCase = { method?: "GET" | "POST"; path: (ids: Ids) => string; form?: Record<string, string>; expect: Record<Role, Outcome> };

const signedIn = (status: number, visitor: Outcome = "sign-in"): Record<Role, Outcome> => ({ visitor, seeker: status, staff: status, employer: status, admin: status });

const ROUTES: RouteCase[] = [
  { path: () => "/account/applications", expect: signedIn(200) },
  { path: () => "/account/notifications", expect: signedIn(200) },
  { method: "POST", path: () => "/account/notifications", expect: signedIn(303) },
  { path: () => "/account/passport", expect: signedIn(200) },
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
];

test.describe.configure({ mode: "serial" });

const contexts = new Map<Role, APIRequestContext>();
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

test.beforeAll(async ({ playwright, baseURL }) => {
  for (const role of ROLES) {
    const ip = `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": ip } });
    if (role !== "visitor") {
      const response = await request.post("/sign-in", { form: { email: roleEmail[role], password: DEMO_PASSWORD, redirectTo: "/account" }, maxRedirects: 0 });
      expect(response.status(), `sign in as ${role}`).toBe(303);
    }
    contexts.set(role, request);
  }
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
  const signUp = await stranger.post("/sign-up", { form: { displayName: "陌生人", email, password: "春天的雨下个不停" }, maxRedirects: 0 });
  expect(signUp.status(), "sign up the stranger").toBe(303);
  const foreignApplication = await apply(stranger, foreignOpening);
  await stranger.dispose();
  ids = { employerOpening, foreignOpening, application, foreignApplication };
  for (const [name, id] of Object.entries(ids)) expect(Number.isInteger(id) && id > 0, name).toBe(true);
});

test.afterAll(async () => {
  for (const request of contexts.values()) await request.dispose();
});

for (const role of ROLES) {
  test(`application routes as ${role}`, async () => {
    const request = contexts.get(role);
    if (!request) throw new Error(`no context for ${role}`);
    for (const route of ROUTES) {
      const method = route.method ?? "GET";
      const path = route.path(ids);
      const response =
        method === "GET" ? await request.get(path, { maxRedirects: 0 }) : await request.post(path, { form: route.form ?? {}, maxRedirects: 0 });
      const expected = route.expect[role];
      const label = `${method} ${path} as ${role}`;
      if (expected === "sign-in") {
        expect(response.status(), label).toBe(303);
        const location = new URL(response.headers().location ?? "", "http://x");
        expect(location.pathname, label).toBe("/sign-in");
        expect(location.searchParams.get("redirectTo"), label).toBe(path);
      } else {
        expect(response.status(), label).toBe(expected);
      }
    }
  });
}
