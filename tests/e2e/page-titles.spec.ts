import type { Page } from "@playwright/test";
import { expect, localeCookie, test } from "../support/e2e/fixtures";
import { ROUTES, type SuiteLocale } from "../support/e2e/routes";
import { prepareSession, resolvePath } from "../support/e2e/session";

// A page about one thing names it in its <title> (issue 19, item 8): with several reports,
// applications or employers open in tabs or in the history, or in a screen reader's list of windows,
// "处理举报 - 无碍就业" three times says nothing. The title is "<what the page does>：<its subject>",
// and the subject is the one the page shows: a name in its text or in the form being edited.

/** Inventory entries (tests/support/e2e/routes.ts) for pages about one opening, organisation or application. */
const SUBJECT_PAGES = [
  "staff-report",
  "staff-employer",
  "staff-opening",
  "staff-opening-edit",
  "employer-opening-edit",
  "inbox-opening",
  "seeker-application",
  "application-confirmation",
  "admin-organisation-edit",
];

const SUFFIX = / - (无碍就业|AccessWork)$/;
const SEPARATOR = { "zh-CN": "：", en: ": " } as const;

/** Every text the page shows in main, and the values of its text fields (an edit form shows its subject there). */
async function shownTexts(page: Page): Promise<string> {
  return page.locator("main").evaluate((main) => {
    const values = [...main.querySelectorAll("input, textarea")].map((field) => (field as HTMLInputElement).value);
    return [(main as HTMLElement).innerText, ...values].join("\n");
  });
}

/** The title is "<what the page does><separator><subject>", in the page's language, and the page shows that subject. */
async function expectSubjectInTitle(page: Page, locale: SuiteLocale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  const title = (await page.title()).replace(SUFFIX, "");
  const at = title.indexOf(SEPARATOR[locale]);
  expect(at, `"${title}" names a subject after "${SEPARATOR[locale]}"`).toBeGreaterThan(0);
  const subject = title.slice(at + SEPARATOR[locale].length).trim();
  expect(subject.length, `"${title}"`).toBeGreaterThan(0);
  expect(await shownTexts(page), `the subject of "${title}" is on the page`).toContain(subject);
}

for (const name of SUBJECT_PAGES) {
  const entry = ROUTES.find((route) => route.name === name);
  if (!entry) throw new Error(`no inventory entry ${name}`);
  test(`${name}: the title names the page's subject`, async ({ page, baseURL }) => {
    await prepareSession(page, baseURL ?? "", entry, "zh-CN");
    const path = await resolvePath(page, entry);
    expect((await page.goto(path))?.status()).toBe(200);
    // Signing in brings back the demo account's own language (the demo employer's is English).
    const lang = await page.locator("html").getAttribute("lang");
    await expectSubjectInTitle(page, lang === "en" ? "en" : "zh-CN");
  });
}

test("in English too, a report's title names its opening", async ({ page, baseURL }) => {
  const entry = ROUTES.find((route) => route.name === "staff-report");
  if (!entry) throw new Error("no inventory entry staff-report");
  await prepareSession(page, baseURL ?? "", entry, "zh-CN");
  // Signing in brings back the demo account's own language; the cookie set afterwards is the visitor's choice.
  await page.context().addCookies([localeCookie(baseURL ?? "", "en")]);
  await page.goto(await resolvePath(page, entry));
  await expectSubjectInTitle(page, "en");
});
