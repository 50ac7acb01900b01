// The partner workflow's authorisation matrix: every staff, employer and report route, requested as
// a visitor and as each demo role, with the exact outcome each must get. Role checks come first
// (a visitor is sent to sign in, the wrong role gets 403); then objects that are not yours are 404.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { type Outcome, type Role, type RouteCase, everyone, expectMatrix, publicId, requestsByRole, ROLES } from "../support/e2e/matrix";

/** Openings and a report in the demo seed, found once before the matrix runs. */
type Ids = {
  /** Posted by Mingtu (the staff account's partner) for another employer. */
  staffOwn: number;
  /** Brightline's (the employer account's), posted by another partner. */
  employerOwn: number;
  /** Brightline's, submitted to Mingtu for review: both may see it. */
  shared: number;
  /** Neither Mingtu's nor Brightline's. */
  foreign: number;
  /** A report on one of Mingtu's openings. */
  report: number;
  /** An employer (郑州速答) waiting for Mingtu to check its licence. */
  pendingEmployer: number;
  /** Its request: the licence is 速答's, not Brightline's. */
  pendingRequest: number;
  /** Brightline, the employer account's organisation: it never asked Mingtu to verify it. */
  brightline: number;
  /** 张桂兰, whom Mingtu's staff registered at the office (its caseload). */
  offlineSeeker: number;
  offlineConsent: number;
};

/** Only staff pass the role check; `status` is what they get. */
const staffOnly = (status: number): Record<Role, Outcome> => ({ visitor: "sign-in", seeker: 403, staff: status, employer: 403, admin: 403 });
/** Only employer members pass the role check; `status` is what they get. */
const employerOnly = (status: number): Record<Role, Outcome> => ({ visitor: "sign-in", seeker: 403, staff: 403, employer: status, admin: 403 });

const ROUTES: RouteCase<Ids>[] = [
  { path: () => "/staff", expect: staffOnly(200) },
  { path: () => "/staff?org=999999", expect: staffOnly(404) },
  { path: () => "/staff/openings/new", expect: staffOnly(200) },
  { method: "POST", path: () => "/staff/openings/new", form: {}, expect: staffOnly(400) },
  { path: (ids) => `/staff/openings/${ids.staffOwn}`, expect: staffOnly(200) },
  { path: (ids) => `/staff/openings/${ids.shared}`, expect: staffOnly(200) },
  { path: (ids) => `/staff/openings/${ids.staffOwn}/edit`, expect: staffOnly(200) },
  { path: (ids) => `/staff/openings/${ids.shared}/preview`, expect: staffOnly(200) },
  { path: (ids) => `/staff/openings/${ids.employerOwn}`, expect: staffOnly(404) },
  { path: (ids) => `/staff/openings/${ids.foreign}/edit`, expect: staffOnly(404) },
  { path: (ids) => `/staff/openings/${ids.foreign}/preview`, expect: staffOnly(404) },
  { method: "POST", path: (ids) => `/staff/openings/${ids.foreign}/edit`, form: {}, expect: staffOnly(404) },
  { method: "POST", path: (ids) => `/staff/openings/${ids.foreign}`, form: { intent: "close" }, expect: staffOnly(404) },
  { method: "POST", path: (ids) => `/staff/openings/${ids.employerOwn}`, form: { intent: "duplicate" }, expect: staffOnly(404) },
  { path: () => "/staff/openings/not-a-number", expect: staffOnly(404) },
  { path: (ids) => `/staff/reports/${ids.report}`, expect: staffOnly(200) },
  // Without a decision nothing happens: 400 with the error summary.
  { method: "POST", path: (ids) => `/staff/reports/${ids.report}`, form: {}, expect: staffOnly(400) },
  { path: () => "/staff/reports/999999", expect: staffOnly(404) },

  { path: () => "/employer", expect: employerOnly(200) },
  { path: () => "/employer/openings/new", expect: employerOnly(200) },
  { method: "POST", path: () => "/employer/openings/new", form: {}, expect: employerOnly(400) },
  { path: (ids) => `/employer/openings/${ids.employerOwn}`, expect: employerOnly(200) },
  { path: (ids) => `/employer/openings/${ids.shared}/edit`, expect: employerOnly(200) },
  { path: (ids) => `/employer/openings/${ids.staffOwn}`, expect: employerOnly(404) },
  { path: (ids) => `/employer/openings/${ids.staffOwn}/edit`, expect: employerOnly(404) },
  { path: (ids) => `/employer/openings/${ids.foreign}/preview`, expect: employerOnly(404) },
  { method: "POST", path: (ids) => `/employer/openings/${ids.staffOwn}`, form: { intent: "close" }, expect: employerOnly(404) },
  { method: "POST", path: (ids) => `/employer/openings/${ids.foreign}/edit`, form: {}, expect: employerOnly(404) },

  // Employer verification. Staff see only employers that asked their partner; a licence is served
  // to its employer's members and that partner's staff, and is 404 to everyone else who passes the role check.
  { path: (ids) => `/staff/employers/${ids.pendingEmployer}`, expect: staffOnly(200) },
  { path: (ids) => `/staff/employers/${ids.pendingEmployer}/licence`, expect: staffOnly(200) },
  // Without a decision nothing happens: 400 with the error summary.
  { method: "POST", path: (ids) => `/staff/employers/${ids.pendingEmployer}`, form: {}, expect: staffOnly(400) },
  { path: (ids) => `/staff/employers/${ids.brightline}`, expect: staffOnly(404) },
  { path: (ids) => `/staff/employers/${ids.brightline}/licence`, expect: staffOnly(404) },
  { method: "POST", path: (ids) => `/staff/employers/${ids.brightline}`, form: { decision: "approve" }, expect: staffOnly(404) },
  // Suspending a verification: only the partner that gave it. 速答 was never verified by anyone, and
  // Brightline never asked Mingtu, so both are not found; a suspension without a reason is refused first.
  { method: "POST", path: (ids) => `/staff/employers/${ids.pendingEmployer}`, form: { intent: "suspend", suspendReason: "冒名招聘" }, expect: staffOnly(404) },
  { method: "POST", path: (ids) => `/staff/employers/${ids.pendingEmployer}`, form: { intent: "suspend" }, expect: staffOnly(400) },
  { method: "POST", path: (ids) => `/staff/employers/${ids.brightline}`, form: { intent: "suspend", suspendReason: "冒名招聘" }, expect: staffOnly(404) },
  { path: () => "/staff/employers/not-a-number", expect: staffOnly(404) },
  { path: () => "/employer/verification", expect: employerOnly(200) },
  // Listing oneself as a recruiter: employer members only, for their own organisation.
  { path: () => "/employer/recruiter", expect: employerOnly(200) },
  { path: () => "/employer/recruiter?org=999999", expect: employerOnly(404) },
  { method: "POST", path: () => "/employer/recruiter", form: {}, expect: employerOnly(400) },
  { method: "POST", path: () => "/employer/recruiter?org=999999", form: { listed: "no" }, expect: employerOnly(404) },
  // Searching the workspace's openings: staff only; a malformed filter is read as none, never an error.
  { path: () => "/staff/openings", expect: staffOnly(200) },
  { path: () => "/staff/openings?q=%25&status=bogus&employer=x&page=-3", expect: staffOnly(200) },
  { path: () => "/staff/openings?org=999999", expect: staffOnly(404) },
  { path: () => "/staff/employers", expect: staffOnly(200) },
  { path: () => "/staff/employers?q=%25&status=bogus&page=-3", expect: staffOnly(200) },
  { path: () => "/staff/employers?org=999999", expect: staffOnly(404) },
  { path: () => "/staff/reports", expect: staffOnly(200) },
  { path: () => "/staff/reports?status=bogus&reason=%25&page=x", expect: staffOnly(200) },
  { path: () => "/staff/reports?org=999999", expect: staffOnly(404) },
  // Outcome statistics: a partner's for its staff, the portal's for admins, the public numbers for anyone.
  { path: () => "/staff/statistics", expect: staffOnly(200) },
  { path: () => "/staff/statistics/export.csv", expect: staffOnly(200) },
  { path: () => "/staff/statistics?org=999999", expect: staffOnly(404) },
  { path: () => "/staff/statistics/export.csv?org=999999", expect: staffOnly(404) },
  { path: () => "/admin/statistics", expect: { visitor: "sign-in", seeker: 403, staff: 403, employer: 403, admin: 200 } },
  { path: () => "/admin/statistics/export.csv", expect: { visitor: "sign-in", seeker: 403, staff: 403, employer: 403, admin: 200 } },
  { path: () => "/numbers", expect: everyone(200) },
  // Adding an employer on its behalf: partner staff only (both demo partners are employment centres).
  { path: () => "/staff/employers/new", expect: staffOnly(200) },
  { method: "POST", path: () => "/staff/employers/new", form: {}, expect: staffOnly(400) },
  { path: () => "/staff/employers/new?org=999999", expect: staffOnly(404) },
  // The team: employer members only, for their own organisation; an id outside the team is 404.
  // (A recruiter's 403 on the managers' pages is in employer-team.spec.ts.)
  { path: () => "/employer/team", expect: employerOnly(200) },
  { path: () => "/employer/team?org=999999", expect: employerOnly(404) },
  { path: () => "/employer/team/invite", expect: employerOnly(200) },
  { method: "POST", path: () => "/employer/team/invite", form: {}, expect: employerOnly(400) },
  { method: "POST", path: () => "/employer/team/invite?org=999999", form: { contact: "x@example.org", role: "member" }, expect: employerOnly(404) },
  { path: () => "/employer/team/999999", expect: employerOnly(404) },
  { method: "POST", path: () => "/employer/team/999999", form: { intent: "remove" }, expect: employerOnly(404) },
  { path: () => "/employer/verification?org=999999", expect: employerOnly(404) },
  // Brightline is verified already: an empty form is 400, and nothing changes.
  { method: "POST", path: () => "/employer/verification", form: {}, expect: employerOnly(400) },
  // Another employer's licence: refused with 404, to the employer member and to staff alike.
  { path: (ids) => `/employer/verification/${ids.pendingRequest}/licence`, expect: employerOnly(404) },
  { path: () => "/employer/verification/999999/licence", expect: employerOnly(404) },

  // CSV import: staff only. An import id that is not this partner's (or not an import at all) is 404.
  { path: () => "/staff/openings/import", expect: staffOnly(200) },
  { path: () => "/staff/openings/import?org=999999", expect: staffOnly(404) },
  // No file chosen: 400 with the error summary.
  { method: "POST", path: () => "/staff/openings/import", form: {}, expect: staffOnly(400) },
  { path: () => "/staff/openings/import/template.csv", expect: staffOnly(200) },
  { path: () => "/staff/openings/import/0b6f3c1e-7d2a-4c55-9e0f-2a1b3c4d5e6f", expect: staffOnly(404) },
  { method: "POST", path: () => "/staff/openings/import/0b6f3c1e-7d2a-4c55-9e0f-2a1b3c4d5e6f", form: {}, expect: staffOnly(404) },
  { path: () => "/staff/openings/import/not-an-id", expect: staffOnly(404) },

  // Reporting is open to everyone, signed in or not; without a reason it is a 400 with errors.
  { path: (ids) => `/openings/${ids.foreign}/report`, expect: everyone(200) },
  { method: "POST", path: (ids) => `/openings/${ids.foreign}/report`, form: {}, expect: everyone(400) },
  // Only public openings can be reported.
  { path: (ids) => `/openings/${ids.shared}/report`, expect: everyone(404) },

  // Barrier reports about the portal: anyone sends one; partner staff and platform admins read them.
  { path: () => "/accessibility/report", expect: everyone(200) },
  { method: "POST", path: () => "/accessibility/report", form: {}, expect: everyone(400) },
  { path: () => "/staff/barriers", expect: { visitor: "sign-in", seeker: 403, staff: 200, employer: 403, admin: 200 } },

  // The caseload (issue 19, item 5): partner staff only, and only their own partner's seekers.
  { path: () => "/staff/seekers", expect: staffOnly(200) },
  { path: () => "/staff/seekers?q=%25&page=-1", expect: staffOnly(200) },
  { path: () => "/staff/seekers?org=999999", expect: staffOnly(404) },
  { path: () => "/staff/seekers/new", expect: staffOnly(200) },
  { method: "POST", path: () => "/staff/seekers/new", form: {}, expect: staffOnly(400) },
  { path: (ids) => `/staff/seekers/${ids.offlineSeeker}`, expect: staffOnly(200) },
  { method: "POST", path: (ids) => `/staff/seekers/${ids.offlineSeeker}`, form: {}, expect: staffOnly(400) },
  // The scan of her signed paper consent: the partner's staff only; another consent id is not found.
  { path: (ids) => `/staff/seekers/${ids.offlineSeeker}/consents/${ids.offlineConsent}/scan`, expect: staffOnly(200) },
  { path: (ids) => `/staff/seekers/${ids.offlineSeeker}/consents/999999999/scan`, expect: staffOnly(404) },
  { path: () => "/staff/seekers/999999", expect: staffOnly(404) },
  { method: "POST", path: () => "/staff/seekers/999999", form: { body: "记录" }, expect: staffOnly(404) },
  { path: () => "/staff/seekers/not-a-number", expect: staffOnly(404) },
];

test.describe.configure({ mode: "serial" });

let contexts = new Map<Role, APIRequestContext>();
let ids: Ids;

test.beforeAll(async ({ playwright, baseURL }) => {
  // Each role its own made-up address (IPv6 documentation range), so report and sign-in limits
  // never touch other tests or earlier runs on the same database.
  contexts = await requestsByRole(playwright.request, baseURL);
  const visitor = contexts.get("visitor");
  const staff = contexts.get("staff");
  if (!visitor || !staff) throw new Error("contexts missing");
  const workspace = await (await staff.get("/staff")).text();
  const linkTo = (pattern: RegExp) => Number(pattern.exec(workspace)?.[1]);
  ids = {
    staffOwn: await publicId(visitor, "在线客服专员", "在线客服专员（文字，全国可远程）"),
    employerOwn: await publicId(visitor, "图像框选"),
    foreign: await publicId(visitor, "推拿按摩师", "推拿按摩师（成都门店，全职）"),
    shared: linkTo(/href="\/staff\/openings\/(\d+)"[^>]*>(?:<span[^>]*>)?北京话语音转写校对员（远程）</),
    report: linkTo(/href="\/staff\/reports\/(\d+)"/),
    pendingEmployer: linkTo(/href="\/staff\/employers\/(\d+)"[^>]*>(?:<span[^>]*>)?郑州速答/),
    pendingRequest: 0,
    brightline: 0,
    offlineSeeker: Number(/href="\/staff\/seekers\/(\d+)"[^>]*>张桂兰</.exec(await (await staff.get("/staff/seekers?q=张桂兰")).text())?.[1]),
    offlineConsent: 0,
  };
  ids.offlineConsent = Number(/\/consents\/(\d+)\/scan"/.exec(await (await staff.get(`/staff/seekers/${ids.offlineSeeker}`)).text())?.[1]);
  ids.pendingRequest = Number(/data-request-id="(\d+)"/.exec(await (await staff.get(`/staff/employers/${ids.pendingEmployer}`)).text())?.[1]);
  // Brightline's id: the employer chosen in the staff editor for its opening submitted to Mingtu.
  const editor = await (await staff.get(`/staff/openings/${ids.shared}/edit`)).text();
  ids.brightline = Number(/<option value="(\d+)" selected="">光山明线/.exec(editor)?.[1]);
  for (const [name, id] of Object.entries(ids)) expect(Number.isInteger(id) && id > 0, name).toBe(true);
});

test.afterAll(async () => {
  for (const request of contexts.values()) await request.dispose();
});

for (const role of ROLES) {
  test(`partner workflow routes as ${role}`, async () => {
    const request = contexts.get(role);
    if (!request) throw new Error(`no context for ${role}`);
    await expectMatrix(request, role, ROUTES, ids);
  });
}
