// The route inventory: every page and key state the accessibility suite (a11y-suite.spec.ts and
// screen-reader.spec.ts) visits. To cover a new page, add an entry here; run
// `npx playwright test tests/e2e/a11y-suite.spec.ts --update-snapshots`, read the new focus-order
// snapshot in tests/e2e/a11y-suite.spec.ts-snapshots/ as a keyboard user would, and commit it.

/** Who the browser is signed in as. The demo seed has one account of each role (see the README). */
export type Role = "visitor" | "seeker" | "staff" | "employer" | "admin";

export const DEMO_ACCOUNTS: Record<Exclude<Role, "visitor">, string> = {
  seeker: "seeker@demo.accesswork.example",
  staff: "staff@demo.accesswork.example",
  employer: "employer@demo.accesswork.example",
  admin: "admin@demo.accesswork.example",
};
export const DEMO_PASSWORD = "demo-无碍就业-2026";

export type SuiteLocale = "zh-CN" | "en";

/** A page of the inventory and the state to bring it into before checking it. */
export type RouteEntry = {
  /** Unique and stable: it names the test and the snapshot files. */
  name: string;
  /**
   * The address, or how to find it: open `from`, take the first link inside the list named `list`,
   * and add `append` to its path.
   */
  path: string | { from: string; list: RegExp; append?: string };
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
  { name: "home", path: "/", role: "visitor", languages: BOTH, dynamicLists: [".card-list"] },
  { name: "search-results", path: "/openings?q=%E6%89%8B%E8%AF%AD", role: "visitor", languages: BOTH, dynamicLists: [OPENING_LIST] },
  { name: "openings-list", path: "/openings", role: "visitor", dynamicLists: [OPENING_LIST, ".pagination"] },
  { name: "search-empty", path: "/openings?q=zzzqqq", role: "visitor" },
  { name: "opening", path: SEEDED_OPENING, role: "visitor" },
  {
    name: "report-opening-errors",
    path: { ...SEEDED_OPENING, append: "/report" },
    role: "visitor",
    state: { kind: "errors", submit: /^(发送举报|Send report)$/ },
  },
  { name: "certificate", path: "/certificates/AW-2025-0003", role: "visitor" },
  { name: "accessibility", path: "/accessibility", role: "visitor" },
  {
    name: "report-barrier-errors",
    path: "/accessibility/report",
    role: "visitor",
    state: { kind: "errors", submit: /^(发送报告|Send report)$/ },
  },
  { name: "help", path: "/help", role: "visitor" },
  { name: "preferences", path: "/preferences", role: "visitor" },
  { name: "not-found", path: "/no-such-page", role: "visitor", status: 404 },
  // Accounts
  { name: "sign-in-errors", path: "/sign-in", role: "visitor", languages: BOTH, state: { kind: "errors", submit: /^(登录|Sign in)$/ } },
  { name: "sign-up-errors", path: "/sign-up", role: "visitor", state: { kind: "errors", submit: /^(注册|Create account)$/ } },
  { name: "forgot-password-errors", path: "/forgot-password", role: "visitor", state: { kind: "errors", submit: /^(发送重设链接|Send the link)$/ } },
  { name: "account", path: "/account", role: "seeker" },
  { name: "account-profile", path: "/account/profile", role: "seeker" },
  // Saved items, applications and the accommodation passport (issue 6)
  { name: "saved", path: "/account/saved", role: "seeker", dynamicLists: [".saved-list"] },
  { name: "applications", path: "/account/applications", role: "seeker", dynamicLists: ["main ul"] },
  { name: "passport", path: "/account/passport", role: "seeker" },
  // Partner staff, employers, admins
  { name: "staff", path: "/staff", role: "staff", dynamicLists: [".work-list"] },
  {
    name: "staff-opening-new-errors",
    path: "/staff/openings/new",
    role: "staff",
    state: { kind: "errors", submit: /^(保存草稿|Save draft)$/ },
  },
  { name: "staff-barriers", path: "/staff/barriers", role: "staff", dynamicLists: [".admin-list"] },
  { name: "employer", path: "/employer", role: "employer", dynamicLists: [".work-list"] },
  { name: "staff-import", path: "/staff/openings/import", role: "staff" },
  { name: "staff-certification", path: "/staff/certification", role: "staff", dynamicLists: ["main ul", "main table"] },
  { name: "employer-verification", path: "/employer/verification", role: "employer" },
  { name: "employer-certification", path: "/employer/certification", role: "employer", dynamicLists: ["main ul", "main table"] },
  { name: "admin", path: "/admin", role: "admin", dynamicLists: [".admin-list"] },
  { name: "admin-criteria", path: "/admin/criteria", role: "admin" },
  { name: "admin-organisation-new-errors", path: "/admin/organisations/new", role: "admin", state: { kind: "errors", submit: /^(添加机构|Add organisation)$/ } },
];
