import type { Page } from "@playwright/test";
import { DEMO } from "../support/demo-accounts";
import { expectNoAxeViolations, expect, firstOpeningPath, LOCALES, signUp, tabTo, test, uniqueEmail } from "../support/e2e/fixtures";
import { signIn } from "../support/e2e/sign-in";

// Saved openings and saved searches: a signed-in seeker saves a search and an opening, finds them
// under "我的收藏", and manages them — with the keyboard alone, with JavaScript and without.

/** The page's own status message (the route announcer is a status region too). */
const notice = (page: Page) => page.locator("p.notice[role=status]");

const DEMO_SEEKER = DEMO.seeker;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`saving, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    /** With JavaScript, each submit ends with focus moved to the h1 (the route announcer); wait for that before tabbing on. */
    const settled = async (page: Page) => {
      if (javaScriptEnabled) await expect(page.locator("main h1")).toBeFocused();
    };

    test("save a search and an opening with the keyboard, then manage them", async ({ page, request }) => {
      await signUp(page, uniqueEmail("saver"));

      // A search, saved under its own name.
      await page.goto("/openings?q=客服&access=no_phone");
      const name = page.getByLabel("给这个搜索起个名字");
      await tabTo(page, name, 120);
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("远程客服，不用打电话");
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: "保存搜索" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/account\/saved\?done=searchSaved/);
      await expect(notice(page)).toHaveText("搜索已保存。有新职位时，我们每天最多给你发一封邮件。");
      const searches = page.getByRole("list", { name: "保存的搜索" });
      await expect(searches.getByRole("heading", { name: "远程客服，不用打电话" })).toBeVisible();
      await expect(searches).toContainText("每天邮件提醒：开启");

      // Its personal feed carries the search under its name.
      const feedUrl = await page.getByLabel("订阅源（Atom）地址").inputValue();
      const feed = await request.get(new URL(feedUrl).pathname);
      expect(feed.status()).toBe(200);
      expect(await feed.text()).toContain("<title>远程客服，不用打电话：无碍就业的新职位</title>");

      // Following the saved search runs it.
      await searches.getByRole("link", { name: "查看这个搜索的职位：远程客服，不用打电话" }).click();
      await expect(page).toHaveURL(/\/openings\?access=no_phone&q=/);

      // An opening, saved from its own page.
      const openingPath = await firstOpeningPath(page);
      await page.goto(openingPath);
      const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
      const save = page.getByRole("button", { name: "收藏这个职位" });
      await tabTo(page, save, 150);
      await page.keyboard.press("Enter");
      await expect(notice(page)).toContainText("已收藏这个职位。");
      await expect(page.getByRole("button", { name: "取消收藏这个职位" })).toBeVisible();

      // Listed, then removed, from the saved page.
      await page.goto("/account/saved");
      const openings = page.getByRole("list", { name: "收藏的职位" });
      await expect(openings.getByRole("link", { name: title.trim() })).toBeVisible();
      const remove = page.getByRole("button", { name: `取消收藏：${title.trim()}` });
      await tabTo(page, remove);
      await page.keyboard.press("Enter");
      await expect(notice(page)).toHaveText("已取消收藏。");
      await settled(page);
      await expect(page.getByText("你还没有收藏职位。", { exact: false })).toBeVisible();

      // Emails off, then the search deleted.
      const off = page.getByRole("button", { name: "关闭邮件提醒：远程客服，不用打电话" });
      await tabTo(page, off);
      await page.keyboard.press("Enter");
      await expect(notice(page)).toHaveText("已关闭邮件提醒。");
      await settled(page);
      await expect(page.getByRole("list", { name: "保存的搜索" })).toContainText("每天邮件提醒：关闭");
      const del = page.getByRole("button", { name: "删除保存的搜索：远程客服，不用打电话" });
      await tabTo(page, del);
      await page.keyboard.press("Enter");
      await expect(notice(page)).toHaveText("已删除保存的搜索。");
      await settled(page);
      await expect(page.getByText("你还没有保存搜索。", { exact: false })).toBeVisible();
    });
  });
}

test("visitors are offered sign-in, which brings them back to save", async ({ page }) => {
  await page.goto("/openings?q=客服");
  await page.getByRole("link", { name: "登录后可以保存这个搜索，有新职位时收到邮件提醒" }).click();
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fopenings%3Fq%3D/);
  const openingPath = await firstOpeningPath(page);
  await page.goto(openingPath);
  await page.getByRole("link", { name: "登录后可以收藏这个职位" }).click();
  await expect(page).toHaveURL(`/sign-in?redirectTo=${encodeURIComponent(openingPath)}`);
});

test("someone else's saved search cannot be changed or deleted", async ({ page, browser }) => {
  await signUp(page, uniqueEmail("owner"));
  await page.goto("/openings?q=数据标注");
  await page.getByRole("button", { name: "保存搜索" }).click();
  await expect(page).toHaveURL(/done=searchSaved/);
  const id = await page.locator('form input[name="id"]').first().inputValue();

  const other = await browser.newPage();
  await signUp(other, uniqueEmail("other"));
  for (const intent of ["delete-search", "digest-off"]) {
    const response = await other.request.post("/account/saved", { form: { intent, id } });
    expect(response.status(), intent).toBe(404);
  }
  await page.reload();
  await expect(page.getByRole("list", { name: "保存的搜索" })).toContainText("每天邮件提醒：开启");
  await other.close();
});

test("the daily digest's one-click unsubscribe works without signing in", async ({ page, request }) => {
  // The demo seeker's "remote, text only" search is due on the first start; the job sends it.
  await expect
    .poll(
      async () => {
        await page.goto(`/dev/outbox?to=${encodeURIComponent(DEMO_SEEKER.email)}`);
        return page.locator(".outbox__email").filter({ hasText: "远程，可以全程文字沟通" }).count();
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBeGreaterThan(0);
  const href = await page
    .locator(".outbox__email")
    .filter({ hasText: "远程，可以全程文字沟通" })
    .first()
    .getByRole("link")
    .filter({ hasText: "/unsubscribe/" })
    .first()
    .getAttribute("href");
  const path = new URL(href ?? "http://x/none").pathname;
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("退订邮件提醒");
  await expectNoAxeViolations(page);
  const button = page.getByRole("button", { name: "退订" });
  await tabTo(page, button);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("已退订");
  await expect(page.getByText("你不会再收到“远程，可以全程文字沟通”的新职位邮件。")).toBeVisible();
  await expectNoAxeViolations(page);

  // A mail program's own unsubscribe button (RFC 8058) posts straight to the same address.
  const oneClick = await request.post(path, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);

  // The owner sees the emails are off.
  await signIn(page, "seeker");
  await page.goto("/account/saved");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "远程，可以全程文字沟通" }) });
  await expect(item).toContainText("每天邮件提醒：关闭");
});

test("an unknown unsubscribe link says so", async ({ page }) => {
  await page.goto("/unsubscribe/not-a-real-token-0000000000");
  await expect(page.getByText("这个退订链接无效", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const locale of LOCALES) {
  test(`saved pages pass axe, empty and full (${locale})`, async ({ page, setLocale }) => {
    // Six full axe scans on a two-core machine.
    test.setTimeout(90_000);
    await signUp(page, uniqueEmail("axe"));
    await setLocale(locale);
    await page.goto("/account/saved");
    await expectNoAxeViolations(page);
    await page.goto("/openings?arrangement=remote");
    await expectNoAxeViolations(page);
    await page.locator('form[action="/account/saved"] button[type="submit"]').click();
    await expect(page).toHaveURL(/done=searchSaved/);
    const openingPath = await firstOpeningPath(page);
    await page.goto(openingPath);
    await expectNoAxeViolations(page);
    await page.locator('form[action="/account/saved"] button[type="submit"]').click();
    await expect(notice(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/account/saved");
    await expect(page.locator(".saved-item")).toHaveCount(2);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}
