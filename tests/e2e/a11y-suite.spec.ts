import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/e2e/fixtures";
import {
  borderlessControls,
  checkErrorSummary,
  expectAxe,
  expectNoReflowProblems,
  expectNoStopProblems,
  focusOrderText,
  measureReflow,
  tabWalk,
  targetsAndMotion,
  weakFieldBorders,
} from "../support/e2e/a11y-checks";
import { ROUTES, type RouteEntry } from "../support/e2e/routes";
import { prepareSession, reachState, resolvePath, waitForHydration } from "../support/e2e/session";

// The accessibility suite beyond axe (docs/accessibility.md, "Layer 2"), driven by the route inventory in
// tests/support/e2e/routes.ts. Each test loads its page once and runs every check on it in turn, first at
// 1280 px, then at 320 px. Reduced motion is on throughout, so transitions never make two
// screenshots of the same state differ.

test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });

/** After a client-side navigation, focus is on the new h1 and the live region says the new title. */
async function checkRouteChange(page: Page, path: string) {
  // The address changes before React draws the new page; until the title changes too, the old h1
  // (focused by the last route change) is still there and still focused.
  const before = await page.title();
  await page.evaluate((to) => {
    const router = (window as unknown as { __remixRouter: { navigate: (to: string) => Promise<void> } }).__remixRouter;
    void router.navigate(to);
  }, path);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
  await expect(page).not.toHaveTitle(before);
  await expect(page.locator("main h1")).toBeFocused();
  await expect(page.locator("#route-announcer")).toHaveText(await page.title());
}

for (const entry of ROUTES) {
  for (const locale of entry.languages ?? ["zh-CN"]) {
    test(`${entry.name} (${locale}): keyboard, focus, reflow, contrast, motion and target size`, async ({ page, baseURL, consoleProblems: _ }) => {
      test.setTimeout(120_000);
      await prepareSession(page, baseURL ?? "", entry, locale);
      const path = await resolvePath(page, entry);
      const response = await page.goto(path);
      expect(response?.status()).toBe(entry.status ?? 200);
      await waitForHydration(page);
      await reachState(page, entry);
      await waitForHydration(page);
      const hydrated = await page.evaluate(() => "__remixRouter" in window);

      await test.step("errors: the summary takes focus and links to each field", async () => {
        if (entry.state?.kind === "errors") await checkErrorSummary(page);
      });

      await test.step("1280 px: Tab walk (skip link first, focus visible by pixels, not obscured, no trap, order)", async () => {
        const stops = await tabWalk(page, { pixels: true, dynamicLists: entry.dynamicLists });
        expect.soft(stops[0]?.label, "the first stop is the skip link").toMatch(/^link "(跳到主要内容|Skip to main content)"/);
        expectNoStopProblems(stops, "Tab walk at 1280 px");
        expect.soft(focusOrderText(stops)).toMatchSnapshot(`${entry.name}-${locale}-focus-order.txt`);
        // The skip link works: it moves focus to main.
        await page.locator(".skip-link").focus();
        await page.keyboard.press("Enter");
        await expect(page.locator("main")).toBeFocused();
      });

      await test.step("reduced motion: nothing animates or transitions after the walk; primary controls are at least 44×44 px", async () => {
        const { motion, smallTargets } = await targetsAndMotion(page);
        expect.soft(motion, "motion with reduced motion on").toEqual([]);
        expect.soft(smallTargets, "primary controls under 44×44 px").toEqual([]);
      });

      await test.step("non-text contrast: form fields' borders at least 3:1 against their background", async () => {
        expect.soft(await weakFieldBorders(page), "form fields with a weak border").toEqual([]);
      });

      await test.step("contrast: axe at AAA (7:1) in the default theme; visible labels are in accessible names", async () => {
        // label-content-name-mismatch (2.5.3 Label in Name) is "experimental" in axe, so the tag
        // sets in a11y.spec.ts never run it; named here, it runs on every page of the inventory.
        await expectAxe(page, "AAA contrast and label in name", { rules: ["color-contrast-enhanced", "label-content-name-mismatch"] });
      });

      await test.step("200% text and WCAG text spacing: nothing clipped, no sideways scroll at 200%", async () => {
        expectNoReflowProblems(await measureReflow(page, ["200% text", "text spacing"]), "1280 px", { sideways: ["200% text"] });
      });

      await test.step("forced colours: borders stay, focus is still visible", async () => {
        await page.emulateMedia({ forcedColors: "active" });
        expect.soft(await borderlessControls(page)).toEqual([]);
        expectNoStopProblems(await tabWalk(page, { pixels: true, labels: false, limit: 8 }), "Tab walk in forced colours");
        await page.emulateMedia({ forcedColors: "none" });
      });

      await test.step("the portal's high-contrast theme passes axe's colour rules, AAA contrast included", async () => {
        // The same attribute the server writes on <html> for people who chose it on /preferences.
        // The theme changes only colours, borders and underlines, so the colour rules are the ones
        // it can break; every other rule runs on every page in a11y.spec.ts. color-contrast (4.5:1)
        // is not run separately: text that passes color-contrast-enhanced (7:1, 4.5:1 for large
        // text) passes it too.
        await page.evaluate(() => document.documentElement.setAttribute("data-contrast", "high"));
        await expectAxe(page, "high-contrast theme", { rules: ["color-contrast-enhanced", "link-in-text-block", "link-name"] });
        await page.evaluate(() => document.documentElement.removeAttribute("data-contrast"));
      });

      await test.step("320 px: no sideways scroll, nothing clipped with text spacing, no stop obscured, no trap", async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        expectNoReflowProblems(await measureReflow(page, ["as-is", "text spacing"]), "320 px", { sideways: ["as-is", "text spacing"] });
        expectNoStopProblems(await tabWalk(page, { pixels: false, labels: false }), "Tab walk at 320 px");
      });

      await test.step("route change: focus on the new h1, the title announced", async () => {
        // Pages served without JavaScript have no client-side navigation; error pages (404) are
        // included: leaving the root error boundary, and coming back to it, must move focus too.
        if (!hydrated || entry.state) return;
        const elsewhere = path === "/accessibility" ? "/help" : "/accessibility";
        await checkRouteChange(page, elsewhere);
        await checkRouteChange(page, path);
      });
    });
  }
}

/** Makes sure every route is checked in both its states, so a typo in the inventory cannot hide a page. */
test("the route inventory names each entry once", () => {
  const names = ROUTES.map((entry: RouteEntry) => entry.name);
  expect(new Set(names).size).toBe(names.length);
});

/** Every page the portal can show (a route module that renders something) has at least one entry, so a new page cannot be left out. */
test("the route inventory covers every page in app/routes", () => {
  const folder = join(process.cwd(), "app", "routes");
  const pages = readdirSync(folder)
    .filter((file) => file.endsWith(".tsx") && /^export default /m.test(readFileSync(join(folder, file), "utf8")))
    .map((file) => file.replace(/\.tsx$/, ""));
  const covered = new Set(ROUTES.map((entry) => entry.route));
  expect(pages.filter((page) => !covered.has(page)), "pages with no inventory entry").toEqual([]);
  expect([...covered].filter((route) => !pages.includes(route)), "inventory entries naming no page").toEqual([]);
});
