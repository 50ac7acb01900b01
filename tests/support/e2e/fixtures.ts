import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";

/** The axe tags every page must pass: WCAG 2.0–2.2 A and AA, plus best practice (all blocking). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const VIEWPORTS = [
  { name: "320px", width: 320, height: 640 },
  { name: "1280px", width: 1280, height: 900 },
] as const;

/**
 * An axe run on the page itself. Legacy mode runs axe in the page in one call instead of opening
 * a blank page for each run to merge frame results (our pages have no frames), and only
 * violations are collected in full. Together they make each run three to four times faster on
 * the same rules; what counts as a violation does not change.
 */
export function axeBuilder(page: Page) {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
}

/**
 * Waits until the page has loaded and React has hydrated it, so axe never reads a document React is
 * still matching or patching (a node replaced half-way through a run looks like a control without
 * a label). A page served without scripts, or a browser with JavaScript off (whose inline script
 * never set `__remixContext`), has nothing to wait for. A page that never hydrates fails here.
 */
async function settled(page: Page) {
  await page.waitForFunction(
    () => {
      if (document.readyState !== "complete") return false;
      if (!document.querySelector('script[type="module"]') || !("__remixContext" in window)) return true;
      const main = document.querySelector("main");
      return main !== null && Object.keys(main).some((key) => key.startsWith("__reactFiber"));
    },
    null,
    { timeout: 15_000 },
  );
}

/** Runs axe on the page as it is now and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page) {
  await settled(page);
  const results = await axeBuilder(page).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The explicit-choice cookie a returning visitor has after using the language switch. */
export function localeCookie(baseURL: string, locale: Locale) {
  return { name: "lng", value: Buffer.from(JSON.stringify(locale)).toString("base64"), url: baseURL };
}

/** Hydration problems React reports in the console (production builds log minified errors #418–#425). */
const HYDRATION = /hydrat|Minified React error #(418|419|421|422|423|425)/i;

type Fixtures = { consoleProblems: string[]; setLocale: (locale: Locale) => Promise<void> };

/** A test whose page records console errors, and fails if any of them is a hydration error. */
export const test = base.extend<Fixtures>({
  setLocale: async ({ context, baseURL }, use) => {
    await use(async (locale) => {
      await context.addCookies([localeCookie(baseURL ?? "", locale)]);
    });
  },
  consoleProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await use(problems);
    expect(problems.filter((text) => HYDRATION.test(text)), "hydration errors in the console").toEqual([]);
  },
});

export { expect };

/** The id of a published opening, found through the list page the way a visitor would. */
export async function firstOpeningPath(page: Page): Promise<string> {
  await page.goto("/openings");
  const href = await page.getByRole("list", { name: /职位列表|Openings/ }).getByRole("link").first().getAttribute("href");
  if (!href) throw new Error("no opening link on /openings");
  return href;
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/**
 * The password every account a test signs up uses: Chinese, 8 characters, not a common one. (The
 * demo accounts' is in tests/support/demo-accounts.ts; signing in is in ./sign-in.ts.)
 */
export const TEST_PASSWORD = "春天的雨下个不停";

/** A fresh address for each test, so tests never share an account. */
export const uniqueEmail = (prefix = "seeker") => `${prefix}-${randomBytes(5).toString("hex")}@example.org`;

/** Creates an account through the real sign-up form (in Chinese) and lands on /account. */
export async function signUp(page: Page, email: string, { name = "小李", password = TEST_PASSWORD } = {}) {
  await page.goto("/sign-up");
  await page.getByLabel("称呼").fill(name);
  await page.getByLabel("邮箱地址").fill(email);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

/**
 * Opens the confirmation link emailed to `email` (read from the demo inbox) with `request`, as the
 * person would from their inbox in the same browser: the address becomes confirmed, which adding a
 * passkey needs, and that browser's own session stays. `origin` when the browser is on another
 * host name than the test server's default (the passkey tests use localhost).
 */
export async function confirmEmail(request: APIRequestContext, email: string, origin = "") {
  const outbox = await (await request.get(`${origin}/dev/outbox?to=${encodeURIComponent(email)}`)).text();
  const link = /https?:\/\/[^"\s<]+(\/verify-email\/[A-Za-z0-9_-]+)/.exec(outbox)?.[1];
  if (!link) throw new Error(`no confirmation link for ${email}`);
  const opened = await request.get(`${origin}${link}`, { maxRedirects: 0 });
  expect(opened.headers().location, "confirmation link").toBe("/verify-email?status=verified");
}

/** The newest sign-up code texted to `mobile`, read from the demo outbox as the person reads their phone. */
export async function textedCode(request: APIRequestContext, mobile: string): Promise<string> {
  const outbox = await (await request.get(`/dev/outbox?to=${mobile}`)).text();
  const code = /验证码是 (\d{6})/.exec(outbox)?.[1] ?? /sign-up code is (\d{6})/.exec(outbox)?.[1];
  if (!code) throw new Error(`no code texted to ${mobile}`);
  return code;
}

/** The path of the newest link to `pathPrefix` in an email to `to`, read from the demo outbox as a person would read their inbox. */
export async function linkFromOutbox(page: Page, to: string, pathPrefix: string): Promise<string> {
  await page.goto(`/dev/outbox?to=${encodeURIComponent(to)}`);
  const email = page.locator(".outbox__email").filter({ hasText: to }).first();
  const href = await email.getByRole("link").filter({ hasText: pathPrefix }).first().getAttribute("href");
  if (!href) throw new Error(`no ${pathPrefix} link in the outbox for ${to}`);
  return new URL(href).pathname;
}

/**
 * Runs axe on `path` in both languages, as the person signed in to `from` sees it. axe needs
 * JavaScript, so it runs in a second, JavaScript-enabled browser with the same cookies; the journey
 * itself stays without JavaScript. With `submit`, that button is pressed first (an empty form), to
 * scan the page with its error summary.
 */
export async function axeAsSeenBy(browser: Browser, from: BrowserContext, path: string, baseURL: string | undefined, submit?: RegExp) {
  // JavaScript on explicitly: a spec's `test.use({ javaScriptEnabled: false })` would otherwise apply here too.
  const context = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: true, storageState: await from.storageState() });
  const page = await context.newPage();
  for (const locale of ["zh-CN", "en"] as const) {
    await context.addCookies([localeCookie(baseURL ?? "", locale)]);
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    if (submit) {
      await page.getByRole("button", { name: submit }).click();
      await expect(page.getByRole("alert")).toBeFocused();
    }
    await expectNoAxeViolations(page);
  }
  await context.close();
}
