// The authorisation matrix: every protected route, requested as a visitor and as each demo role,
// with the exact outcome each one must get. A new protected route belongs in ROUTES.
import { test } from "@playwright/test";
import { type Outcome, ROLES, type Role, type RouteCase, everyone, expectMatrix, requestAs } from "../support/e2e/matrix";

type Ids = Record<string, never>;

/** Visitors are sent to sign in; every signed-in role gets `status`. */
const anyUser = (status: number): Record<Role, Outcome> => ({ visitor: "sign-in", seeker: status, staff: status, employer: status, admin: status });
/** Visitors are sent to sign in, other roles get 403, and an admin gets `status`. */
const onlyAdmin = (status: number): Record<Role, Outcome> => ({ visitor: "sign-in", seeker: 403, staff: 403, employer: 403, admin: status });

const ROUTES: RouteCase<Ids>[] = [
  { path: "/account", expect: anyUser(200) },
  { path: "/account/data", expect: anyUser(200) },
  { path: "/account/delete", expect: anyUser(200) },
  // Actions are guarded too: a visitor's POST is sent to sign in before the form is read.
  // Ending a session that is not yours matches nothing and lands back on /account.
  { method: "POST", path: "/account", form: { intent: "end-session", session: "not-mine" }, expect: anyUser(303) },
  // Without the confirmation the account stays: 400 with the error summary.
  { method: "POST", path: "/account/delete", form: {}, expect: anyUser(400) },
  { path: "/account/passkeys", expect: anyUser(200) },
  // Someone else's passkey (or one that does not exist) is not found, whatever the role.
  { path: "/account/passkeys/remove?id=not-mine", expect: anyUser(404) },
  { method: "POST", path: "/account/passkeys/remove", form: { id: "not-mine" }, expect: anyUser(404) },
  // Registration needs a signed-in user before the request body is even read.
  { method: "POST", path: "/passkeys/register", form: {}, expect: anyUser(400) },
  // The passkey step belongs to a signed-in session; these demo accounts have no passkey yet,
  // so they are sent to set one up.
  { path: "/sign-in/second-factor", expect: anyUser(303) },
  { path: "/account/profile", expect: anyUser(200) },
  // Issue 16: changing the password and confirming it's you are everyone's own; the emailed code
  // for a first passkey is only for staff, employer members and admins (others go back to the
  // passkeys page), and sending it needs the same.
  { path: "/account/password", expect: anyUser(200) },
  { method: "POST", path: "/account/password", form: {}, expect: anyUser(400) },
  { path: "/account/confirm", expect: anyUser(200) },
  { method: "POST", path: "/account/confirm", form: {}, expect: anyUser(400) },
  { path: "/account/passkeys/code", expect: { visitor: "sign-in", seeker: 303, staff: 200, employer: 200, admin: 200 } },
  { method: "POST", path: "/account/passkeys/code", form: { intent: "check", code: "" }, expect: { visitor: "sign-in", seeker: 303, staff: 400, employer: 400, admin: 400 } },
  // Saved openings and searches: each person's own. A saved search that is not yours (or does not
  // exist) is not found; an unknown intent is refused.
  { path: "/account/saved", expect: anyUser(200) },
  { method: "POST", path: "/account/saved", form: { intent: "delete-search", id: "999999" }, expect: anyUser(404) },
  { method: "POST", path: "/account/saved", form: { intent: "digest-off", id: "999999" }, expect: anyUser(404) },
  { method: "POST", path: "/account/saved", form: { intent: "save-opening", openingId: "999999" }, expect: anyUser(404) },
  { method: "POST", path: "/account/saved", form: { intent: "nonsense" }, expect: anyUser(400) },
  // Capability links from emails and feed readers: the token is the permission, so an unknown one
  // is refused alike for everyone, signed in or not.
  { path: "/feeds/saved/not-a-real-token-0000000000", expect: everyone(404) },
  { method: "POST", path: "/unsubscribe/not-a-real-token-0000000000", form: { "List-Unsubscribe": "One-Click" }, expect: everyone(404) },
  // Partners' and employers' public pages: anyone may read a verified one; an employer still
  // waiting for verification (速答), a partner's slug asked as an employer, and a malformed slug
  // are not found for anyone.
  // Registering an employer is for visitors; anyone signed in goes to their account.
  { path: "/sign-up/employer", expect: { visitor: 200, seeker: 303, staff: 303, employer: 303, admin: 303 } },
  // The code page of a mobile sign-up: only its random reference finds it (an unknown one says the
  // sign-up ran out); anyone signed in goes to their account. Posting to an unknown one starts nothing.
  { path: "/sign-up/code?ref=no-such-sign-up", expect: { visitor: 200, seeker: 303, staff: 303, employer: 303, admin: 303 } },
  { method: "POST", path: "/sign-up/code?ref=no-such-sign-up", form: { code: "123456" }, expect: everyone(303) },
  // Texts are a choice only for an account with a mobile number; the demo's role accounts have none.
  { method: "POST", path: "/account/notifications", form: { intent: "sms", sms: "on" }, expect: anyUser(400) },
  { path: "/partners", expect: everyone(200) },
  { path: "/partners/mingtu-employment-centre", expect: everyone(200) },
  { path: "/employers/brightline-annotation", expect: everyone(200) },
  { path: "/employers/suda-online-services", expect: everyone(404) },
  { path: "/employers/mingtu-employment-centre", expect: everyone(404) },
  { path: "/partners/brightline-annotation", expect: everyone(404) },
  { path: "/partners/..%2Fadmin", expect: everyone(404) },
  // The admin area: platform admins only. Organisation 1 is the first seeded partner.
  { path: "/admin", expect: onlyAdmin(200) },
  { path: "/admin/organisations/new", expect: onlyAdmin(200) },
  { path: "/admin/organisations/1", expect: onlyAdmin(200) },
  { path: "/admin/organisations/1/edit", expect: onlyAdmin(200) },
  { path: "/admin/organisations/1/invite", expect: onlyAdmin(200) },
  // The role is checked before the object: others get 403 whether or not it exists.
  { path: "/admin/organisations/999999", expect: onlyAdmin(404) },
  { method: "POST", path: "/admin/organisations/new", form: {}, expect: onlyAdmin(400) },
  { method: "POST", path: "/admin/organisations/1/edit", form: { nameZh: "x", partnerType: "federation", phone: "call me" }, expect: onlyAdmin(400) },
  { method: "POST", path: "/admin/organisations/1/invite", form: {}, expect: onlyAdmin(400) },
];

for (const role of ROLES) {
  test(`authorisation matrix as ${role}`, async ({ playwright, baseURL }) => {
    const request = await requestAs(playwright.request, baseURL, role);
    await expectMatrix(request, role, ROUTES, {} satisfies Ids);
    await request.dispose();
  });
}
