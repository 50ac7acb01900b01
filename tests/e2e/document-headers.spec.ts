import type { BrowserContext } from "@playwright/test";
import { expect, test } from "../support/e2e/fixtures";
import { ROUTES } from "../support/e2e/routes";
import { prepareSession, resolvePath } from "../support/e2e/session";

// Headers on documents (issue 16, finding 5): every page a signed-in person sees must never be kept
// by the browser or a shared cache (so Back after signing out cannot bring it back), and the pages
// opened from an emailed link keep their token out of any Referer. Every page of the route
// inventory is read, as the role the inventory gives it.

const hasSession = async (context: BrowserContext) => (await context.cookies()).some((cookie) => /aw_session$/.test(cookie.name));

const roles = [...new Set(ROUTES.map((entry) => entry.role))];

for (const role of roles) {
  test(`every page the inventory opens as ${role} has the right caching headers`, async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    const checked: string[] = [];
    for (const entry of ROUTES.filter((e) => e.role === role)) {
      // One sign-in per role (the per-account limit is 10 a minute), again only if a path signed out.
      if (role === "visitor" || role === "fresh-seeker" || !(await hasSession(page.context()))) {
        await page.context().clearCookies();
        await prepareSession(page, baseURL ?? "", entry, "zh-CN");
      }
      const path = await resolvePath(page, entry);
      const response = await page.goto(path);
      expect(response, entry.name).not.toBeNull();
      const headers = (await response?.allHeaders()) ?? {};
      const signedIn = await hasSession(page.context());
      if (signedIn) {
        const cacheControl = headers["cache-control"] ?? "";
        expect(cacheControl, `${entry.name} ${path}`).toMatch(/(^|,\s*)no-store(\s*,|$)/);
        expect(cacheControl, `${entry.name} ${path}`).toMatch(/(^|,\s*)private(\s*,|$)/);
        checked.push(entry.name);
      }
      if (entry.name === "reset-password" || entry.name === "invitation") {
        expect(headers["referrer-policy"], entry.name).toBe("no-referrer");
        expect(headers["cache-control"] ?? "", entry.name).toContain("no-store");
      }
    }
    // Roles other than "visitor" must have found signed-in pages to check.
    if (role !== "visitor") expect(checked.length, `signed-in pages checked for ${role}`).toBeGreaterThan(0);
  });
}

test("a page read while signed in is not kept once the person signs out: Back asks the server again", async ({ page, baseURL }) => {
  await prepareSession(page, baseURL ?? "", { role: "seeker" }, "zh-CN");
  const passport = await page.goto("/account/passport");
  expect((await passport?.allHeaders())?.["cache-control"]).toMatch(/no-store/);
  // Client-side navigations fetch data too; that must not be kept either.
  const data = await page.request.get("/account/passport.data");
  expect(data.headers()["cache-control"] ?? "").toMatch(/no-store/);
  expect(data.headers()["cache-control"] ?? "").toMatch(/private/);
});
