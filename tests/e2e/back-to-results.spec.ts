import { expect, test } from "../support/e2e/fixtures";

// The detail page's back link returns to the search it was opened from, with its keywords, filters
// and page (issue 19, item 8): it used to drop them all. Without JavaScript too, as the pages ship none.

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("an opening found by a search leads back to the same results", async ({ page }) => {
      await page.goto(`/openings?q=${encodeURIComponent("客服")}&arrangement=remote`);
      const results = page.getByRole("list", { name: "职位列表" });
      // The title says how many were found: the same search gives the same title.
      const searchTitle = await page.title();
      const first = results.getByRole("heading", { level: 3 }).getByRole("link").first();
      const title = (await first.innerText()).trim();
      await first.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

      const back = page.getByRole("link", { name: "返回搜索结果" });
      await expect(back).toHaveAttribute("href", `/openings?q=${encodeURIComponent("客服")}&arrangement=remote`);
      // One address for search engines, whatever search led here.
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/openings\/\d+$/);
      await back.click();
      await expect(page).toHaveTitle(searchTitle);
      await expect(page.locator("#q")).toHaveValue("客服");
      await expect(page.getByRole("list", { name: "职位列表" }).getByRole("link", { name: title })).toBeVisible();
    });
  });
}

test("an opening reached directly, or with a made-up `from`, leads back to the whole list", async ({ page }) => {
  await page.goto("/openings");
  const href = (await page.getByRole("list", { name: "职位列表" }).getByRole("heading", { level: 3 }).getByRole("link").first().getAttribute("href")) ?? "";
  // The plain list carries no search.
  expect(href).toMatch(/^\/openings\/\d+$/);
  await page.goto(href);
  await expect(page.getByRole("link", { name: "返回职位列表" })).toHaveAttribute("href", "/openings");
  await page.goto(`${href}?from=${encodeURIComponent("next=https://evil.example&redirectTo=//evil.example")}`);
  await expect(page.getByRole("link", { name: "返回职位列表" })).toHaveAttribute("href", "/openings");
  // No link leads off the site (the language switch keeps this page's own address, query and all).
  await expect(page.locator('a[href^="https://evil"], a[href^="//evil"], a[href^="http://evil"]')).toHaveCount(0);
});
