import type { Page } from "@playwright/test";
import { freshCreditCode } from "../support/credit-codes";
import { axeAsSeenBy, expect, expectNoAxeViolations, tabTo, test, TEST_PASSWORD, textedCode } from "../support/e2e/fixtures";
import { freshMobile } from "../support/e2e/paths";

// Signing up and signing in with a mobile number (issue 19, item 4): the texted code is typed in one
// field that takes a paste; wrong codes say how many tries are left; a new code can be sent. By
// keyboard alone, with and without JavaScript; axe in both languages on the code page.

/** Tabs to a field and types into it, as a keyboard user would. */
async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: true }), 80);
  await page.keyboard.type(text);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled, storageState: { cookies: [], origins: [] } });

    test("a seeker signs up with a mobile number, types the texted code, and signs in with the number", async ({ page, browser, baseURL }) => {
      const mobile = freshMobile();
      const spaced = `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
      await page.goto("/sign-up");
      await typeInto(page, "称呼", "王小满");
      await typeInto(page, "邮箱地址或手机号", spaced);
      await typeInto(page, "密码", TEST_PASSWORD);
      await page.keyboard.press("Enter");

      // The code page names the number (never in its address) and the time the code works.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("输入短信验证码");
      await expect(page).toHaveTitle(/^输入短信验证码/);
      await expect(page.getByText(`我们已经把 6 位验证码发到 ${spaced}。验证码 15 分钟内有效。`)).toBeVisible();
      expect(page.url()).not.toContain(mobile);
      await axeAsSeenBy(browser, page.context(), new URL(page.url()).pathname + new URL(page.url()).search, baseURL);

      // A wrong code: the error summary says how many tries are left, and the typed code stays.
      const code = await textedCode(page.request, mobile);
      const wrong = code === "000000" ? "111111" : "000000";
      await typeInto(page, "验证码", wrong);
      await page.keyboard.press("Enter");
      const summary = page.getByRole("alert");
      await expect(summary.getByRole("link")).toHaveText(["验证码不正确，还可以再试 4 次"]);
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(page.getByLabel("验证码", { exact: true })).toHaveValue(wrong);
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // The right code, pasted with a space in it as some phones copy it, opens the account.
      await tabTo(page, page.getByLabel("验证码", { exact: true }), 80);
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(`${code.slice(0, 3)} ${code.slice(3)}`);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByText(`你用手机号 ${spaced} 登录`)).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Texts for application updates and alerts are on for a mobile account, and can be turned off.
      await page.goto("/account/notifications");
      const texts = page.getByRole("checkbox", { name: `把申请的进展和保存的搜索提醒也用短信发到 ${spaced}` });
      await expect(texts).toBeChecked();
      await tabTo(page, texts, 80);
      await page.keyboard.press("Space");
      await tabTo(page, page.getByRole("button", { name: "保存短信设置" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main").getByRole("status")).toHaveText("已保存：不再用短信发送申请进展和搜索提醒。账户安全相关的短信照常发送。");
      await expect(texts).not.toBeChecked();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Signed out, the number and password sign in again, typed without spaces.
      await page.context().clearCookies();
      await page.goto("/sign-in");
      await typeInto(page, "邮箱地址或手机号", mobile);
      await typeInto(page, "密码", TEST_PASSWORD);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/account$/);

      // The same number cannot open a second account.
      await page.context().clearCookies();
      await page.goto("/sign-up");
      await typeInto(page, "称呼", "冒名者");
      await typeInto(page, "邮箱地址或手机号", mobile);
      await typeInto(page, "密码", TEST_PASSWORD);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("alert").getByRole("link")).toHaveText(["这个手机号已经注册过了。你可以直接登录，或者重设密码。"]);
      await expect(page.getByLabel("称呼", { exact: true })).toHaveValue("冒名者");
    });

    test("a new code can be sent, but not twice within a minute", async ({ page }) => {
      const mobile = freshMobile();
      await page.goto("/sign-up");
      await typeInto(page, "称呼", "赵晴");
      await typeInto(page, "邮箱地址或手机号", mobile);
      await typeInto(page, "密码", TEST_PASSWORD);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("输入短信验证码");
      await tabTo(page, page.getByRole("button", { name: "重新发送验证码" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("alert").getByRole("link")).toHaveText(["刚刚发过验证码，请过一分钟再重新发送"]);
      if (javaScriptEnabled) await expectNoAxeViolations(page);
    });
  });
}

test.describe("an employer", () => {
  test.use({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });

  test("registers with a mobile number and lands in verification once the code is typed", async ({ page }) => {
    const mobile = freshMobile();
    await page.goto("/sign-up/employer");
    await typeInto(page, "单位名称（中文）", "信阳手语直播服务有限公司（示例）");
    await typeInto(page, "统一社会信用代码", freshCreditCode());
    const partner = page.getByLabel("离你们最近的合作机构");
    await tabTo(page, partner, 80);
    await partner.selectOption({ label: "明途残疾人就业服务中心（示例） · 北京 海淀区" });
    await typeInto(page, "称呼", "孙立");
    await typeInto(page, "邮箱地址或手机号", mobile);
    await typeInto(page, "密码", TEST_PASSWORD);
    await tabTo(page, page.getByRole("button", { name: "注册单位" }), 80);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("输入短信验证码");
    await typeInto(page, "验证码", await textedCode(page.request, mobile));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/employer\/verification\?joined$/);
    await expect(page.getByText("信阳手语直播服务有限公司（示例）").first()).toBeVisible();
  });
});
