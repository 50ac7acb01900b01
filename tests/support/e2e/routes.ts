import type { Page } from "@playwright/test";
import type { DemoRole } from "../demo-accounts";
import * as find from "./paths";

// The route inventory: every page and key state the accessibility suite (a11y-suite.spec.ts and
// screen-reader.spec.ts) visits. To cover a new page, add an entry here; run
// `npx playwright test tests/e2e/a11y-suite.spec.ts --update-snapshots`, read the new focus-order
// snapshot in tests/e2e/a11y-suite.spec.ts-snapshots/ as a keyboard user would, and commit it.

/**
 * Who the browser is signed in as. The demo seed has one account of each role (see the README);
 * "new-employer" is the demo employer not yet verified, and "fresh-seeker" an account made by
 * signing up for this test alone (for pages that change what they show once someone has used them,
 * such as the application form). "reviewer" is the second partner's staff member (和祥), who is
 * reviewing the demo Inclusion Leader application.
 */
export type Role = "visitor" | DemoRole | "fresh-seeker";

export type SuiteLocale = "zh-CN" | "en";

/** A page of the inventory and the state to bring it into before checking it. */
export type RouteEntry = {
  /** Unique and stable: it names the test and the snapshot files. */
  name: string;
  /** The page's module in app/routes (without ".tsx"), so a test can tell that no page is left out. */
  route: string;
  /**
   * The address, or how to find it: open `from`, take the first link inside the list named `list`,
   * and add `append` to its path; or a function that finds or makes it (tests/support/e2e/paths.ts), run in
   * the test's signed-in browser, following links as a person would or using the portal's forms.
   */
  path: string | { from: string; list: RegExp; append?: string } | ((page: Page) => Promise<string>);
  role: Role;
  /** Languages to check; the first one also gets the screen-reader pass where asked. Default: zh-CN only. */
  languages?: SuiteLocale[];
  /** The HTTP status the page answers with (default 200). */
  status?: number;
  /**
   * "errors": submit the form empty with the button named `submit`, so the page shows its error
   * summary. The suite then checks the summary takes focus and each of its links moves focus to
   * its field, and runs every other check in that state.
   */
  state?: { kind: "errors"; submit: RegExp };
  /**
   * Lists whose items other tests running at the same time add to or change (openings being
   * published, reports filed). Their stops are recorded in the focus-order snapshot as one line
   * ("… items of <list>"), so the snapshot stays stable; every stop is still checked.
   */
  dynamicLists?: string[];
};

/** Both languages. */
const BOTH: SuiteLocale[] = ["zh-CN", "en"];

// An opening from the demo seed, reached the way a visitor would reach it. Sign-language openings
// are seed-only (tests make other kinds), so the first result is stable.
const SEEDED_OPENING = { from: "/openings?q=%E6%89%8B%E8%AF%AD", list: /^(职位列表|Openings)$/ };
const OPENING_LIST = ".card-list";

export const ROUTES: RouteEntry[] = [
  // Public pages
  // admin.spec.ts adds partners while the suite runs, and they are listed at once.
  { name: "home", route: "_index", path: "/", role: "visitor", languages: BOTH, dynamicLists: [".card-list", ".partner-list"] },
  { name: "search-results", route: "openings._index", path: "/openings?q=%E6%89%8B%E8%AF%AD", role: "visitor", languages: BOTH, dynamicLists: [OPENING_LIST] },
  { name: "openings-list", route: "openings._index", path: "/openings", role: "visitor", dynamicLists: [OPENING_LIST, ".pagination"] },
  { name: "search-empty", route: "openings._index", path: "/openings?q=zzzqqq", role: "visitor" },
  { name: "opening", route: "openings.$id", path: SEEDED_OPENING, role: "visitor" },
  {
    name: "report-opening-errors", route: "openings.$id_.report",
    path: { ...SEEDED_OPENING, append: "/report" },
    role: "visitor",
    state: { kind: "errors", submit: /^(发送举报|Send report)$/ },
  },
  { name: "certificate", route: "certificates.$number", path: "/certificates/AW-2025-0003", role: "visitor" },
  // Checking a certificate by its number or the employer's credit code (this code is the seed's, for
  // the employer of AW-2025-0003).
  { name: "certificate-lookup-errors", route: "certificates._index", path: "/certificates", role: "visitor", languages: BOTH, state: { kind: "errors", submit: /^(查找|Find)$/ } },
  { name: "certificate-lookup-results", route: "certificates._index", path: "/certificates?code=91411522MAR1TJCKBA", role: "visitor" },
  // Partners' and employers' public pages: a person to contact, and their public openings.
  { name: "partners", route: "partners._index", path: "/partners", role: "visitor", languages: BOTH, dynamicLists: [".partner-list"] },
  { name: "numbers", route: "numbers", path: "/numbers", role: "visitor", languages: BOTH },
  { name: "partner", route: "partners.$slug", path: "/partners/mingtu-employment-centre", role: "visitor", languages: BOTH, dynamicLists: [".card-list"] },
  { name: "employer-page", route: "employers.$slug", path: "/employers/brightline-annotation", role: "visitor", dynamicLists: [".card-list"] },
  // "Check a recruiter" with nothing typed: the error summary on a page without JavaScript.
  { name: "employer-page-check-errors", route: "employers.$slug", path: "/employers/brightline-annotation?recruiter=", role: "visitor", languages: BOTH, dynamicLists: [".card-list"] },
  { name: "accessibility", route: "accessibility", path: "/accessibility", role: "visitor" },
  {
    name: "report-barrier-errors", route: "accessibility_.report",
    path: "/accessibility/report",
    role: "visitor",
    state: { kind: "errors", submit: /^(发送报告|Send report)$/ },
  },
  { name: "help", route: "help", path: "/help", role: "visitor" },
  { name: "preferences", route: "preferences", path: "/preferences", role: "visitor" },
  { name: "not-found", route: "$", path: "/no-such-page", role: "visitor", status: 404 },
  // Accounts
  { name: "sign-in-errors", route: "sign-in", path: "/sign-in", role: "visitor", languages: BOTH, state: { kind: "errors", submit: /^(登录|Sign in)$/ } },
  { name: "sign-up-errors", route: "sign-up", path: "/sign-up", role: "visitor", state: { kind: "errors", submit: /^(注册|Create account)$/ } },
  { name: "employer-sign-up-errors", route: "sign-up_.employer", path: "/sign-up/employer", role: "visitor", languages: BOTH, state: { kind: "errors", submit: /^(注册单位|Register organisation)$/ } },
  // After a password, when the account has a passkey (required for organisation accounts outside the demo)
  { name: "second-factor", route: "sign-in_.second-factor", path: find.secondFactor, role: "visitor", languages: BOTH },
  { name: "sign-up-code", route: "sign-up_.code", path: find.mobileSignUpCode, role: "visitor", languages: BOTH },
  { name: "sign-up-code-errors", route: "sign-up_.code", path: find.mobileSignUpCode, role: "visitor", languages: BOTH, state: { kind: "errors", submit: /^(确认并注册|Confirm and create account)$/ } },
  { name: "sign-up-code-expired", route: "sign-up_.code", path: "/sign-up/code?ref=no-such-sign-up", role: "visitor" },
  { name: "forgot-password-errors", route: "forgot-password", path: "/forgot-password", role: "visitor", state: { kind: "errors", submit: /^(发送重设链接|Send the link)$/ } },
  // A new account: other tests sign in as the demo seeker at the same time, so its list of
  // signed-in devices (each with an "end this sign-in" button) changes from run to run.
  { name: "account", route: "account._index", path: "/account", role: "fresh-seeker" },
  { name: "account-profile", route: "account.profile", path: "/account/profile", role: "seeker" },
  // Saved items, applications and the accommodation passport (issue 6)
  { name: "saved", route: "account.saved", path: "/account/saved", role: "seeker", dynamicLists: [".saved-list"] },
  { name: "applications", route: "account.applications._index", path: "/account/applications", role: "seeker", dynamicLists: ["main ul"] },
  { name: "passport", route: "account.passport", path: "/account/passport", role: "seeker" },
  { name: "counting", route: "account.counting", path: "/account/counting", role: "seeker" },
  // Partner staff, employers, admins
  // What needs attention changes as other tests settle queues (the counts, and whether an item shows).
  { name: "staff", route: "staff._index", path: "/staff", role: "staff", dynamicLists: [".work-list", ".attention-list", ".status-group__more"] },
  {
    name: "staff-opening-new-errors", route: "staff.openings.new",
    path: "/staff/openings/new",
    role: "staff",
    state: { kind: "errors", submit: /^(保存草稿|Save draft)$/ },
  },
  { name: "staff-barriers", route: "staff.barriers", path: "/staff/barriers", role: "staff", dynamicLists: [".admin-list"] },
  { name: "employer", route: "employer._index", path: "/employer", role: "employer", dynamicLists: [".work-list"] },
  { name: "staff-import", route: "staff.openings.import._index", path: "/staff/openings/import", role: "staff" },
  { name: "staff-import-report", route: "staff.openings.import.$id", path: find.importReport, role: "staff" },
  { name: "staff-certification", route: "staff.certification._index", path: "/staff/certification", role: "staff", dynamicLists: ["main ul", "main table"] },
  { name: "employer-verification", route: "employer.verification._index", path: "/employer/verification", role: "employer" },
  { name: "employer-recruiter", route: "employer.recruiter", path: "/employer/recruiter", role: "employer" },
  // The demo employer reads in English whatever the suite's language (its profile's choice); both
  // languages of the team pages are checked in employer-team.spec.ts. Other tests add and remove
  // members, so the team list is dynamic.
  { name: "employer-team", route: "employer.team._index", path: "/employer/team", role: "employer", dynamicLists: [".admin-list"] },
  { name: "employer-team-member", route: "employer.team.$userId", path: { from: "/employer/team", list: /^(团队成员|Your team)$/ }, role: "employer" },
  { name: "employer-team-invite-errors", route: "employer.team.invite", path: "/employer/team/invite", role: "employer", state: { kind: "errors", submit: /^(发送邀请|Send the invitation)$/ } },
  { name: "employer-certification", route: "employer.certification._index", path: "/employer/certification", role: "employer", dynamicLists: ["main ul", "main table"] },
  { name: "admin", route: "admin._index", path: "/admin", role: "admin", dynamicLists: [".admin-list"] },
  { name: "admin-criteria", route: "admin.criteria._index", path: "/admin/criteria", role: "admin", dynamicLists: [".work-list"] },
  { name: "admin-organisation-new-errors", route: "admin.organisations.new", path: "/admin/organisations/new", role: "admin", state: { kind: "errors", submit: /^(添加机构|Add organisation)$/ } },
  // Pages that need an id or a token (tests/support/e2e/paths.ts finds or makes each one).
  // Applying (issue 6)
  { name: "apply", route: "openings.$id_.apply", path: find.applyForm, role: "fresh-seeker" },
  { name: "apply-errors", route: "openings.$id_.apply", path: find.applyForm, role: "fresh-seeker", state: { kind: "errors", submit: /^(发送申请|Send application)$/ } },
  { name: "application-confirmation", route: "account.applications.$id", path: find.applicationConfirmation, role: "fresh-seeker" },
  { name: "seeker-application", route: "account.applications.$id", path: find.seekerApplication, role: "seeker", dynamicLists: ["main ol", "main ul"] },
  { name: "counting-errors", route: "account.counting", path: "/account/counting", role: "fresh-seeker", state: { kind: "errors", submit: /^(保存|Save)$/ } },
  { name: "passport-errors", route: "account.passport", path: "/account/passport", role: "fresh-seeker", state: { kind: "errors", submit: /^(保存便利需求卡|Save passport)$/ } },
  // Assisted applying: the seeker's permission for a partner, and the staff's form
  { name: "assistance", route: "account.assistance", path: "/account/assistance", role: "seeker" },
  { name: "assistance-errors", route: "account.assistance", path: "/account/assistance", role: "fresh-seeker", state: { kind: "errors", submit: /^(确认授权|Give permission)$/ } },
  { name: "staff-apply-errors", route: "staff.apply.$id", path: find.staffApplyForm, role: "staff", state: { kind: "errors", submit: /^(发送申请|Send the application)$/ } },
  // Account
  { name: "notifications", route: "account.notifications", path: "/account/notifications", role: "seeker", dynamicLists: ["main ul", "main ol"] },
  // /account/data is not a page: it answers with the JSON download (linked from /account).
  { name: "account-delete", route: "account.delete", path: "/account/delete", role: "fresh-seeker" },
  { name: "account-deleted", route: "account-deleted", path: "/account-deleted", role: "visitor" },
  { name: "passkeys", route: "account.passkeys._index", path: "/account/passkeys", role: "seeker" },
  { name: "passkey-remove", route: "account.passkeys.remove", path: find.passkeyRemoval, role: "visitor" },
  // Issue 16, accounts: an unconfirmed address cannot add a passkey; a privileged account's first
  // passkey needs the emailed code (the demo employer not yet verified has none); the password again
  // before deleting the account or changing passkeys; changing the password.
  { name: "passkeys-unconfirmed", route: "account.passkeys._index", path: "/account/passkeys", role: "fresh-seeker", languages: BOTH },
  // (Chinese only: signing in brings back the demo account's own language.)
  { name: "passkey-code", route: "account.passkeys.code", path: "/account/passkeys/code", role: "new-employer" },
  { name: "passkey-code-sent", route: "account.passkeys.code", path: "/account/passkeys/code?sent", role: "new-employer" },
  { name: "account-confirm", route: "account.confirm", path: "/account/confirm?redirectTo=%2Faccount%2Fdelete", role: "fresh-seeker", languages: BOTH },
  { name: "account-password", route: "account.password", path: "/account/password", role: "fresh-seeker", languages: BOTH },
  // The inbox and the opening workspaces
  { name: "inbox-opening", route: "inbox.openings.$id", path: find.employerInbox, role: "employer", dynamicLists: ["main ul"] },
  { name: "inbox-application", route: "inbox.applications.$id", path: find.inboxApplication, role: "employer", dynamicLists: ["main ol"] },
  { name: "employer-opening-new-errors", route: "employer.openings.new", path: "/employer/openings/new", role: "employer", state: { kind: "errors", submit: /^(保存草稿|Save draft)$/ } },
  { name: "employer-opening", route: "employer.openings.$id._index", path: find.employerOpening, role: "employer", dynamicLists: ["main ol", ".work-list"] },
  { name: "employer-opening-edit", route: "employer.openings.$id.edit", path: async (page) => `${await find.employerOpening(page)}/edit`, role: "employer" },
  { name: "employer-opening-preview", route: "employer.openings.$id.preview", path: async (page) => `${await find.employerOpening(page)}/preview`, role: "employer" },
  { name: "staff-opening", route: "staff.openings.$id._index", path: find.staffOpening, role: "staff", dynamicLists: ["main ol", ".work-list"] },
  { name: "staff-opening-edit", route: "staff.openings.$id.edit", path: async (page) => `${await find.staffOpening(page)}/edit`, role: "staff" },
  { name: "staff-opening-preview", route: "staff.openings.$id.preview", path: async (page) => `${await find.staffOpening(page)}/preview`, role: "staff" },
  { name: "staff-employer", route: "staff.employers.$id._index", path: find.staffEmployer, role: "staff" },
  { name: "staff-openings-search", route: "staff.openings._index", path: "/staff/openings", role: "staff", dynamicLists: [".work-list", ".pagination"] },
  { name: "staff-employers-search", route: "staff.employers._index", path: "/staff/employers", role: "staff", dynamicLists: [".work-list", ".pagination"] },
  { name: "staff-reports-search", route: "staff.reports._index", path: "/staff/reports", role: "staff", dynamicLists: [".work-list", ".pagination"] },
  { name: "staff-statistics", route: "staff.statistics._index", path: "/staff/statistics", role: "staff" },
  { name: "admin-statistics", route: "admin.statistics._index", path: "/admin/statistics", role: "admin" },
  { name: "staff-seekers", route: "staff.seekers._index", path: "/staff/seekers", role: "staff", dynamicLists: [".work-list", ".pagination"] },
  { name: "staff-seekers-new-errors", route: "staff.seekers.new", path: "/staff/seekers/new", role: "staff", state: { kind: "errors", submit: /^(登记|Register)$/ } },
  { name: "staff-seeker", route: "staff.seekers.$id", path: { from: "/staff/seekers?q=张桂兰", list: /^(1 位求职者|1 job seeker)$/ }, role: "staff" },
  { name: "staff-seeker-note-errors", route: "staff.seekers.$id", path: { from: "/staff/seekers?q=张桂兰", list: /^(1 位求职者|1 job seeker)$/ }, role: "staff", state: { kind: "errors", submit: /^(保存记录|Save note)$/ } },
  // 张桂兰 has not claimed her account and has no category recorded: both forms are there (no test changes either).
  { name: "staff-seeker-mobile-errors", route: "staff.seekers.$id", path: { from: "/staff/seekers?q=张桂兰", list: /^(1 位求职者|1 job seeker)$/ }, role: "staff", state: { kind: "errors", submit: /^(更正手机号|Correct the number)$/ } },
  { name: "staff-seeker-counting-errors", route: "staff.seekers.$id", path: { from: "/staff/seekers?q=张桂兰", list: /^(1 位求职者|1 job seeker)$/ }, role: "staff", state: { kind: "errors", submit: /^(记录残疾类别|Record the category)$/ } },
  { name: "staff-add-employer-errors", route: "staff.employers.new", path: "/staff/employers/new", role: "staff", state: { kind: "errors", submit: /^(开通并发送邀请|Add and send the invitation)$/ } },
  { name: "staff-report", route: "staff.reports.$id", path: find.staffReport, role: "staff" },
  // Certification
  { name: "employer-certification-application", route: "employer.certification.$id._index", path: find.newEmployerCertification, role: "new-employer" },
  { name: "employer-certification-intro", route: "employer.certification.$id.$step", path: async (page) => `${await find.newEmployerCertification(page)}/intro`, role: "new-employer" },
  { name: "employer-certification-area", route: "employer.certification.$id.$step", path: find.newEmployerCertificationArea, role: "new-employer" },
  { name: "employer-certification-check", route: "employer.certification.$id.$step", path: async (page) => `${await find.newEmployerCertification(page)}/check`, role: "new-employer" },
  { name: "staff-certification-review", route: "staff.certification.$id._index", path: find.staffCertificationReview, role: "staff", dynamicLists: ["main ol"] },
  // Mingtu, the staff account's partner, reviewed this one; no test changes its status.
  { name: "staff-certificate", route: "staff.certificates.$number", path: "/staff/certificates/AW-2025-0001", role: "staff" },
  // Six-month check-backs on people hired through the partner's openings (Inclusion Leader outcomes)
  { name: "staff-check-backs", route: "staff.check-backs._index", path: "/staff/check-backs", role: "staff", dynamicLists: ["main ul", "main table"] },
  { name: "staff-check-back-errors", route: "staff.check-backs.$id", path: find.checkBackForm, role: "staff", state: { kind: "errors", submit: /^(保存回访结果|Save the check-back)$/ } },
  // Live recruitment events (issue 20): the schedule, one event (as a job seeker who can register),
  // and the organiser's pages. Tests add events and registrations while the suite runs.
  { name: "events", route: "events._index", path: "/events", role: "visitor", languages: BOTH, dynamicLists: [OPENING_LIST] },
  { name: "event", route: "events.$id", path: find.seededUpcomingEvent, role: "fresh-seeker", languages: BOTH, dynamicLists: [OPENING_LIST] },
  // An event in person and online: its venue, address and the venue's access.
  { name: "event-mixed", route: "events.$id", path: find.seededMixedEvent, role: "visitor", languages: BOTH, dynamicLists: [OPENING_LIST] },
  // The event on now: its live room (captions and questions, which other tests send, and the opening presented).
  { name: "event-live", route: "events.$id", path: find.seededLiveEvent, role: "visitor", languages: BOTH, dynamicLists: [OPENING_LIST, "section[aria-labelledby='presenting-heading']", ".live-questions"] },
  {
    name: "staff-event-live-errors",
    route: "staff.events.$id.live",
    path: async (page) => `${(await find.seededLiveEvent(page)).replace(/^\/events\//, "/staff/events/")}/live`,
    role: "staff",
    // Questions other tests ask, publish and answer meanwhile.
    dynamicLists: [".live-questions"],
    state: { kind: "errors", submit: /^(发送字幕|Send caption)$/ },
  },
  { name: "staff-events", route: "staff.events._index", path: "/staff/events", role: "staff", dynamicLists: [OPENING_LIST] },
  // The employers and openings to choose from are the partner's public ones, which other tests add to.
  { name: "staff-events-new-errors", route: "staff.events.new", path: "/staff/events/new", role: "staff", dynamicLists: [".event-choices"], state: { kind: "errors", submit: /^(保存招聘会|Save event)$/ } },
  { name: "staff-event", route: "staff.events.$id._index", path: find.staffSeededEvent, role: "staff", dynamicLists: ["main table"] },
  { name: "staff-event-edit", route: "staff.events.$id.edit", path: async (page) => `${await find.staffSeededEvent(page)}/edit`, role: "staff", dynamicLists: [".event-choices"] },
  // Inviting a captioner or moderator with nothing typed. Staff of the demo partner invite and
  // remove people on the event on now while the suite runs; nobody is invited to this one.
  {
    name: "staff-event-invite-errors",
    route: "staff.events.$id._index",
    path: find.staffSeededEvent,
    role: "staff",
    dynamicLists: ["main table", ".helper-list"],
    state: { kind: "errors", submit: /^(邀请|Invite)$/ },
  },
  // The live console of the event on now right after its staff set the opening presented: the notice,
  // and the opening checked. (Chinese only: signing in brings back the account's own language; the
  // host's journey, event-host.spec.ts, runs axe on this state in both languages.)
  {
    name: "staff-event-live-pinned",
    route: "staff.events.$id.live",
    path: find.pinnedLiveConsole,
    role: "staff",
    // Questions other tests ask, publish and answer meanwhile.
    dynamicLists: [".live-questions"],
  },
  // The live console as the demo captioner the partner invited to the event on now: the caption form
  // and the lines sent, nothing else. (Chinese only: signing in brings back the account's own language.)
  { name: "staff-event-live-captioner", route: "staff.events.$id.live", path: find.seededLiveConsole, role: "captioner" },
  // Cancelling an event, a page of its own, sent with nothing typed: the reason and the "I understand"
  // box are the problems, and nothing is cancelled (no test cancels the demo's event coming up).
  {
    name: "staff-event-cancel-errors",
    route: "staff.events.$id.cancel",
    path: async (page) => `${await find.staffSeededEvent(page)}/cancel`,
    role: "staff",
    state: { kind: "errors", submit: /^(取消这场招聘会|Cancel this event)$/ },
  },
  // A cancelled event, made and cancelled for the test (find.cancelledEvent): the notice with the
  // reason at the top of its public page instead of registration, and its organiser's page.
  { name: "event-cancelled", route: "events.$id", path: find.cancelledEvent, role: "visitor", languages: BOTH },
  { name: "staff-event-cancelled", route: "staff.events.$id._index", path: find.staffCancelledEvent, role: "staff" },
  // The application form reached by "apply from this event" under the opening presented: it says
  // which event the application comes from.
  { name: "apply-from-event", route: "openings.$id_.apply", path: find.applyFromLiveEvent, role: "fresh-seeker", languages: BOTH },
  // Admin
  { name: "admin-organisation", route: "admin.organisations.$id._index", path: find.adminOrganisation, role: "admin", dynamicLists: ["main ul", "main table"] },
  { name: "admin-organisation-edit", route: "admin.organisations.$id.edit", path: async (page) => `${await find.adminOrganisation(page)}/edit`, role: "admin" },
  { name: "admin-invite-errors", route: "admin.organisations.$id.invite", path: async (page) => `${await find.adminOrganisation(page)}/invite`, role: "admin", state: { kind: "errors", submit: /^(发送邀请|Send invitation)$/ } },
  { name: "admin-member", route: "admin.organisations.$id.members.$userId", path: find.adminMember, role: "admin" },
  { name: "admin-criteria-version", route: "admin.criteria.$id._index", path: find.publishedCriteriaVersion, role: "admin" },
  { name: "admin-criterion-edit", route: "admin.criteria.$id.$criterionId", path: find.draftCriterion, role: "admin" },
  // Emailed links, opened by someone who is not signed in
  { name: "invitation", route: "invite.$token", path: find.invitation, role: "admin" },
  { name: "reset-password", route: "reset-password.$token", path: find.passwordReset, role: "visitor" },
  { name: "verify-email", route: "verify-email._index", path: find.emailVerified, role: "visitor" },
  // A confirmation link that was never issued, or has been used up by another address
  { name: "verify-email-invalid", route: "verify-email.$token", path: "/verify-email/no-such-token", role: "visitor", status: 410 },
  { name: "unsubscribe", route: "unsubscribe.$token", path: find.unsubscribe, role: "visitor" },
  // The demo inbox: demo mode only, where emails stay in the outbox
  { name: "dev-outbox", route: "dev.outbox", path: find.demoOutbox, role: "visitor", dynamicLists: ["main ol"] },
];
