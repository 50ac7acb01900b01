import { expect, test } from "../support/e2e/fixtures";

// The core journey, driven only by the keyboard: skip link → search → open an opening.
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("skip link, search and open an opening with the keyboard alone", async ({ page, setLocale }) => {
      await setLocale("zh-CN");
      await page.goto("/");

      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "跳到主要内容" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page.locator("main")).toBeFocused();

      // From main, the next stop is the search box.
      await page.keyboard.press("Tab");
      const search = page.getByRole("searchbox", { name: "关键词" });
      await expect(search).toBeFocused();
      await page.keyboard.type("客服");
      await page.keyboard.press("Enter");

      await expect(page).toHaveURL(/\/openings\?q=%E5%AE%A2%E6%9C%8D/);
      await expect(page.getByRole("heading", { level: 2, name: /“客服”找到 \d+ 个职位/ })).toBeVisible();
      await expect(page).toHaveTitle(/“客服”找到 \d+ 个职位/);

      // Tab forward until the first result's link has focus, then open it.
      const firstResult = page.getByRole("list", { name: "职位列表" }).getByRole("link").first();
      const title = (await firstResult.innerText()).trim();
      for (let i = 0; i < 40 && !(await firstResult.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press("Tab");
      }
      await expect(firstResult).toBeFocused();
      await page.keyboard.press("Enter");

      // The result's address carries the search, for the page's "back to your search results".
      await expect(page).toHaveURL(/\/openings\/\d+\?from=q%3D/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByRole("heading", { level: 2, name: "无障碍信息" })).toBeVisible();
    });

    test("switch language with the keyboard and keep the page", async ({ page, setLocale }) => {
      await setLocale("zh-CN");
      await page.goto("/openings?q=客服");
      const english = page.getByRole("banner").getByRole("link", { name: "Switch to English" });
      await english.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/openings\?q=%E5%AE%A2%E6%9C%8D$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 2, name: /openings? found for “客服”/ })).toBeVisible();
    });
  });
}

test("after client-side navigation, focus moves to the new h1 and the title is announced", async ({ page }) => {
  await page.goto("/help");
  const link = page.getByRole("contentinfo").getByRole("link", { name: "无障碍声明" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.locator("#route-announcer")).toHaveText(await page.title());
  // The skip link (a hash change) must not be hijacked by the announcer.
  await page.goto("/help");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the focus ring is visible: focused and blurred pixels differ", async ({ page }) => {
  await page.goto("/");
  const link = page.getByRole("navigation", { name: /主导航/ }).getByRole("link").first();
  const box = await link.boundingBox();
  if (!box) throw new Error("nav link not rendered");
  const clip = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 };
  const blurred = await page.screenshot({ clip });
  await link.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  const focused = await page.screenshot({ clip });
  expect(focused.equals(blurred)).toBe(false);
});
