import { expect, expectNoAxeViolations, firstOpeningPath, LOCALES, test, VIEWPORTS } from "../support/e2e/fixtures";
import { seededUpcomingEvent } from "../support/e2e/paths";

// Every route in every state we have so far, in both languages, at 320 px and 1280 px.
const STATIC_ROUTES = [
  { name: "home", path: "/" },
  { name: "openings list", path: "/openings" },
  { name: "openings page 2", path: "/openings?page=2" },
  { name: "search with results (zh)", path: "/openings?q=客服" },
  { name: "search with results (en)", path: "/openings?q=annotation" },
  { name: "search empty state", path: "/openings?q=zzzqqq" },
  { name: "certified employers only", path: "/openings?certified=committed" },
  { name: "valid certificate", path: "/certificates/AW-2025-0003" },
  { name: "revoked certificate", path: "/certificates/AW-2024-0009" },
  { name: "expired certificate", path: "/certificates/AW-2023-0004" },
  { name: "superseded certificate", path: "/certificates/AW-2024-0002" },
  { name: "unknown certificate", path: "/certificates/AW-2020-0404", status: 404 },
  { name: "certificate lookup", path: "/certificates" },
  { name: "certificates for a credit code", path: "/certificates?code=91411522MAR1TJCKBA" },
  { name: "partners", path: "/partners" },
  { name: "partner page", path: "/partners/mingtu-employment-centre" },
  { name: "employer page", path: "/employers/brightline-annotation" },
  { name: "unknown employer", path: "/employers/no-such-employer", status: 404 },
  { name: "accessibility statement", path: "/accessibility" },
  { name: "help", path: "/help" },
  { name: "events", path: "/events" },
  { name: "not found", path: "/no-such-page", status: 404 },
];

for (const locale of LOCALES) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${locale} at ${viewport.name}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      for (const route of STATIC_ROUTES) {
        test(`${route.name} passes axe`, async ({ page, setLocale, consoleProblems: _ }) => {
          await setLocale(locale);
          const response = await page.goto(route.path);
          expect(response?.status()).toBe(route.status ?? 200);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await expect(page.locator("h1")).toHaveCount(1);
          await expect(page).toHaveTitle(/.+ - (无碍就业|AccessWork)$/);
          await expectNoAxeViolations(page);
        });
      }

      test("an event's page passes axe", async ({ page, setLocale, consoleProblems: _ }) => {
        await setLocale(locale);
        await page.goto(await seededUpcomingEvent(page));
        await expect(page.locator("h1")).toHaveCount(1);
        await expectNoAxeViolations(page);
      });

      test("an opening's detail page passes axe", async ({ page, setLocale, consoleProblems: _ }) => {
        await setLocale(locale);
        await page.goto(await firstOpeningPath(page));
        await expect(page.locator("h1")).toHaveCount(1);
        await expectNoAxeViolations(page);
      });
    });
  }
}

test("every page has its own title", async ({ page }) => {
  const titles = new Set<string>();
  const paths = ["/", "/openings", "/openings?q=客服", "/accessibility", "/help", await firstOpeningPath(page)];
  for (const path of paths) {
    await page.goto(path);
    titles.add(await page.title());
  }
  expect(titles.size).toBe(paths.length);
});

test("text in the other language carries its own lang", async ({ page, setLocale }) => {
  await setLocale("en");
  // The seed has openings written only in Chinese; on the English site their titles are marked zh-CN.
  await page.goto("/openings?perPage=50");
  const marked = page.locator("main [lang='zh-CN']");
  await expect(marked.first()).toBeVisible();
  for (const text of await marked.allInnerTexts()) expect(text).toMatch(/\p{Script=Han}/u);
});
