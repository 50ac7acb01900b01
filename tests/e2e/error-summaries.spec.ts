import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "../support/e2e/fixtures";
import { checkErrorSummary } from "../support/e2e/a11y-checks";
import { normalise, readWholePage, UNCHOSEN_OPTIONS } from "../support/e2e/screen-reader";
// routes.ts before paths.ts: paths.ts reaches routes.ts through session.ts, so loading it first
// would leave routes.ts reading paths.ts half-loaded.
import { ROUTES, type RouteEntry } from "../support/e2e/routes";
import * as find from "../support/e2e/paths";
import { prepareSession, resolvePath, waitForHydration } from "../support/e2e/session";

// "Every form's invalid submit focuses the error summary, whose links move focus to the field"
// (issue 8), for the forms the full suite (a11y-suite.spec.ts) does not bring into their error state.
// Each form is sent as a person would send it by mistake: empty, or with a required field cleared.
// The summary must take focus, each of its links must move focus to its field and leave the
// summary in place, axe must pass the page in that state, and the screen reader must say each
// problem with its field; its whole spoken log is a reviewed snapshot
// (error-summaries.spec.ts-snapshots/). A last test makes sure no form of the portal is left out.

// The page's CSP allows only its own scripts, so CSP is bypassed to inject the screen reader.
test.use({ viewport: { width: 1280, height: 900 }, bypassCSP: true });

type FormEntry = Pick<RouteEntry, "name" | "route" | "path" | "role"> & {
  /** The button that sends the form. */
  submit: RegExp;
  /** What to do before sending, for forms that open filled in. */
  prepare?: (page: Page) => Promise<void>;
  /** Elements other tests change while this runs (an application's history), hidden from the screen reader so its snapshot stays stable. */
  hide?: string;
};

/** Clears the fields found by these labels, as someone deleting their text would. */
const clear =
  (...labels: RegExp[]) =>
  async (page: Page) => {
    for (const label of labels) await page.getByLabel(label).first().fill("");
  };

/** An opening's title in both languages, cleared: the editor needs at least one. */
const clearTitles = clear(/^(职位名称（中文）|Title in Chinese)/, /^(职位名称（英文）|Title in English)/);

export const FORMS: FormEntry[] = [
  // Live recruitment events: a need ticked without the consent to tell the organiser; an event's
  // Chinese title cleared by its staff.
  {
    name: "event-register",
    route: "events.$id",
    path: find.seededUpcomingEvent,
    role: "fresh-seeker",
    submit: /^(报名|Register)$/,
    // The openings presented, which other tests may close.
    hide: ".card-list",
    prepare: async (page) => {
      // Ticked from the keyboard: the drawn box lies over the real checkbox.
      await page.getByRole("checkbox", { name: /^(实时文字字幕|Live captions as text)$/ }).focus();
      await page.keyboard.press("Space");
    },
  },
  {
    name: "staff-event-edit",
    route: "staff.events.$id.edit",
    path: async (page) => `${await find.staffSeededEvent(page)}/edit`,
    role: "staff",
    submit: /^(保存招聘会|Save event)$/,
    // The partner's public openings to choose from, which other tests add to.
    hide: ".event-choices",
    prepare: clear(/^(标题（中文）|Title \(Chinese\))/),
  },
  // Accounts
  {
    name: "reset-password",
    route: "reset-password.$token",
    path: find.passwordReset,
    role: "visitor",
    submit: /^(保存新密码|Save the new password)$/,
  },
  {
    name: "invitation",
    route: "invite.$token",
    path: find.invitation,
    role: "admin",
    submit: /^(创建账户并加入|Create account and join)$/,
  },
  {
    name: "account-profile",
    route: "account.profile",
    path: "/account/profile",
    role: "fresh-seeker",
    submit: /^(保存资料|Save profile)$/,
    prepare: clear(/^(称呼|Name)/),
  },
  {
    name: "account-delete",
    route: "account.delete",
    path: "/account/delete",
    role: "fresh-seeker",
    submit: /^(永久删除我的账户|Delete my account for good)$/,
  },
  {
    name: "account-password",
    route: "account.password",
    path: "/account/password",
    role: "fresh-seeker",
    submit: /^(修改密码|Change password)$/,
  },
  {
    name: "account-confirm",
    route: "account.confirm",
    path: "/account/confirm?redirectTo=%2Faccount%2Fdelete",
    role: "fresh-seeker",
    submit: /^(继续|Continue)$/,
  },
  {
    name: "passkey-code",
    route: "account.passkeys.code",
    path: "/account/passkeys/code?sent",
    role: "new-employer",
    submit: /^(继续|Continue)$/,
  },
  {
    name: "passkey-name-too-long",
    route: "account.passkeys._index",
    // Only a confirmed address may add a passkey.
    path: find.confirmedPasskeys,
    role: "fresh-seeker",
    submit: /^(添加通行密钥|Add a passkey)$/,
    prepare: async (page) => {
      await page.getByLabel(/^(名称（可选）|Name \(optional\))$/).fill("名".repeat(61));
    },
  },
  // Applying: the seeker's message on an application, and the organisation's answer in its inbox
  {
    name: "application-message",
    route: "account.applications.$id",
    path: find.applicationConfirmation,
    role: "fresh-seeker",
    submit: /^(发送消息|Send message)$/,
  },
  {
    name: "inbox-status",
    route: "inbox.applications.$id",
    // Sun Wei's, from the seed: tests add their own applications to the same inbox.
    path: async (page) => find.linkNamed(page, await find.employerInbox(page), /Sun Wei/),
    role: "employer",
    submit: /^(发送|Send)$/,
    // Other tests change this application's status, which adds to its history.
    hide: "main ol",
  },
  // Partner staff's decisions
  {
    name: "staff-opening-review",
    route: "staff.openings.$id._index",
    path: (page) => find.oldestLinkIn(page, "/staff", /^(等待审核|Waiting for review)/, /^\/staff\/openings\/\d+$/),
    role: "staff",
    submit: /^(记录决定|Record decision)$/,
  },
  {
    // The seeded employer waiting for the staff's partner; another test sends the other one's licence while this runs.
    name: "staff-employer-decision",
    route: "staff.employers.$id._index",
    path: (page) => find.linkNamed(page, "/staff", /郑州速答|Suda Online Services/),
    role: "staff",
    submit: /^(记录决定|Record decision)$/,
  },
  {
    name: "staff-report-decision",
    route: "staff.reports.$id",
    path: find.staffReport,
    role: "staff",
    submit: /^(记录决定|Record decision)$/,
  },
  {
    name: "staff-import-no-file",
    route: "staff.openings.import._index",
    path: "/staff/openings/import",
    role: "staff",
    submit: /^(检查文件|Check the file)$/,
  },
  // Editing an opening (the editor of the "new" pages, opened filled in)
  {
    name: "staff-opening-edit",
    route: "staff.openings.$id.edit",
    path: async (page) => `${await find.staffOpening(page)}/edit`,
    role: "staff",
    submit: /^(保存修改|Save changes)$/,
    prepare: clearTitles,
    // Employers and partners are verified while the suite runs, so only a select's chosen option is read.
    hide: UNCHOSEN_OPTIONS,
  },
  {
    name: "employer-opening-edit",
    route: "employer.openings.$id.edit",
    path: async (page) => `${await find.employerOpening(page)}/edit`,
    role: "employer",
    submit: /^(保存修改|Save changes)$/,
    prepare: clearTitles,
    // Employers and partners are verified while the suite runs, so only a select's chosen option is read.
    hide: UNCHOSEN_OPTIONS,
  },
  // Certification
  {
    name: "certification-submit-incomplete",
    route: "employer.certification.$id.$step",
    path: async (page) => `${await find.newEmployerCertification(page)}/check`,
    role: "new-employer",
    submit: /^(提交审核|Submit for review)$/,
    // Employers and partners are verified while the suite runs, so only a select's chosen option is read.
    hide: UNCHOSEN_OPTIONS,
  },
  // The demo Inclusion Leader application (安语), which 和祥's reviewer is reviewing; no test decides it.
  {
    name: "certification-reject-no-reason",
    route: "staff.certification.$id._index",
    path: (page) => find.oldestLinkIn(page, "/staff/certification", /^(由你审核|With you)/, /^\/staff\/certification\/\d+$/),
    role: "reviewer",
    submit: /^(不予通过|Do not approve)$/,
    // certification.spec.ts gives this application its second review, outcome figures and comment
    // while the suite runs: the facts' values, the comment and the history depend on which ran first.
    hide: 'ol.history, textarea[name="outcomes_note"], dl.facts dd',
  },
  {
    name: "criteria-copy-no-label",
    route: "admin.criteria.$id._index",
    path: find.publishedCriteriaVersion,
    role: "admin",
    submit: /^(复制为新草稿|Copy to a new draft)$/,
  },

  {
    name: "certificate-status",
    route: "staff.certificates.$number",
    path: "/staff/certificates/AW-2025-0001",
    role: "staff",
    submit: /^(更改状态|Change the status)$/,
  },
  // Employers: listing oneself as a recruiter, with a job title too long to show.
  {
    name: "employer-recruiter",
    route: "employer.recruiter",
    path: "/employer/recruiter",
    role: "employer",
    submit: /^(保存|Save)$/,
    prepare: async (page) => {
      await page.getByLabel(/^(职务（选填）|Job title \(optional\))/).fill("Recruitment and onboarding officer for annotators");
    },
  },
  // Admin
  {
    name: "admin-organisation-edit",
    route: "admin.organisations.$id.edit",
    path: async (page) => `${await find.adminOrganisation(page)}/edit`,
    role: "admin",
    submit: /^(保存修改|Save changes)$/,
    prepare: clear(/^(中文名称|Name in Chinese)/, /^(英文名称|Name in English)/),
  },
  {
    name: "admin-criterion",
    route: "admin.criteria.$id.$criterionId",
    path: find.draftCriterion,
    role: "admin",
    submit: /^(保存标准|Save the criterion)$/,
    prepare: clear(/^(标准（中文）|Criterion in Chinese)/, /^(标准（英文）|Criterion in English)/),
  },
];

/**
 * Route modules that show an error summary but where a person cannot send an invalid form, each
 * with why, and those whose error state a journey already checks in the same way (summary focused,
 * its link moving focus to the field). Anything else with a summary must be in FORMS, or in the
 * suite's inventory (tests/support/e2e/routes.ts) in its error state.
 */
const NOT_HERE: Record<string, string> = {
  preferences: "no invalid submit: every choice is a radio button with one always chosen",
  "account._index": "no invalid submit: its summary shows only when the resend-confirmation limit is reached",
  "verify-email.$token": "no invalid submit: its summary shows only when the send-a-new-link limit is reached",
  "admin.organisations.$id.members.$userId": "no invalid submit: the member's current role is always chosen",
  "employer.team.$userId": "no invalid submit: the colleague's current role is always chosen",
  "employer.openings.$id._index": "no invalid submit: the review form there is only on the staff side (staff-opening-review)",
  "employer.verification._index": "checked in verification.spec.ts, whose journey sends the only unverified demo employer's licence",
  "employers.$slug":
    "a GET form on a page that ships no JavaScript, so nothing can move focus: the submit goes to #check-heading, where the result or the summary is; checked in recruiters.spec.ts with and without JavaScript, and by axe in a11y-suite (employer-page-check-errors)",
};

for (const form of FORMS) {
  test(`${form.name}: an invalid submit focuses the error summary, whose links move focus to each field`, async ({ page, baseURL, consoleProblems: _ }) => {
    test.setTimeout(90_000);
    await prepareSession(page, baseURL ?? "", form, "zh-CN");
    await page.goto(await resolvePath(page, form));
    await waitForHydration(page);
    await form.prepare?.(page);
    await page.getByRole("button", { name: form.submit }).click();
    await expect(page.locator(".error-summary")).toBeVisible();
    await waitForHydration(page);
    await checkErrorSummary(page);
    await expectNoAxeViolations(page);
    // A screen reader reading the page from the top says the alert and each problem as a link.
    // Where a problem belongs to a form field, the field is marked invalid and the reader says the
    // problem again with it (it is part of the field's description). On the certification's "check
    // your answers" page a problem belongs to an answer's "change" link, which says "not answered".
    const title = (await page.locator(".error-summary h2").innerText()).trim();
    const problems = await page
      .locator(".error-summary")
      .getByRole("link")
      .evaluateAll((links) =>
        links.map((link) => {
          const target = document.getElementById((link.getAttribute("href") ?? "").replace(/^#/, ""));
          const field = target?.matches("input, select, textarea, [role=radiogroup], [role=group], fieldset")
            ? target
            : target?.querySelector<HTMLElement>("input, select, textarea, [role=radiogroup]") ?? null;
          const invalid = field ? (field.closest("[aria-invalid=true]") ?? field.querySelector("[aria-invalid=true]")) !== null : null;
          return { message: (link.textContent ?? "").trim(), invalid };
        })
      );
    // The certification review page is long: read it to the end.
    const log = await readWholePage(page, { max: 5_000, hide: form.hide });
    expect.soft(log, "the screen reader says the alert").toContain(`alert, ${title}`);
    for (const { message, invalid } of problems) {
      expect.soft(log, `the screen reader says the summary link "${message}"`).toContain(`link, ${message}`);
      if (invalid === null) continue;
      expect.soft(invalid, `the field of "${message}" is marked invalid`).toBe(true);
      const atField = log.filter((line) => !line.startsWith("link, ") && line.includes(", ") && line.includes(message));
      expect.soft(atField, `the screen reader says "${message}" with its field`).not.toEqual([]);
    }
    // The whole spoken log, reviewed: what the page says around the errors, in order.
    expect.soft(normalise(log)).toMatchSnapshot(`${form.name}-spoken.txt`);
  });
}

test("every form that can be sent invalid has its error state checked", () => {
  const folder = join(process.cwd(), "app", "routes");
  const summaryMarkers = /\b(PostForm|ErrorSummary|ReviewCriteriaForm|OpeningEditorForm|ManageOpening|AddPasskeyForm)\b/;
  const withSummary = readdirSync(folder)
    .filter((file) => file.endsWith(".tsx") && summaryMarkers.test(readFileSync(join(folder, file), "utf8")))
    .map((file) => file.replace(/\.tsx$/, ""));
  const checked = new Set([...FORMS.map((form) => form.route), ...ROUTES.filter((entry) => entry.state?.kind === "errors").map((entry) => entry.route)]);
  const left = withSummary.filter((route) => !checked.has(route) && !(route in NOT_HERE));
  expect(left, "route modules with an error summary whose invalid submit nothing checks").toEqual([]);
  expect(
    Object.keys(NOT_HERE).filter((route) => !withSummary.includes(route)),
    "exclusions naming no form"
  ).toEqual([]);
});
