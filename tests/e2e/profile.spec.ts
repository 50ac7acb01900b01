import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  linkFromOutbox,
  LOCALES,
  signUp,
  tabTo,
  test,
  uniqueEmail,
  VIEWPORTS,
} from "../support/e2e/fixtures";
import { signIn } from "../support/e2e/sign-in";

const languageGroup = (page: Page) => page.getByRole("radiogroup", { name: /^(界面语言|Language)$/ });

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("edit the profile with the keyboard: an error keeps everything typed, and the chosen language follows every sign-in", async ({
      page,
      context,
    }) => {
      const email = uniqueEmail();
      await signUp(page, email, { name: "小林" });
      await tabTo(page, page.getByRole("link", { name: "查看和修改个人资料" }), 120);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/account\/profile$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("个人资料");
      await expect(page.getByLabel("称呼")).toHaveValue("小林");
      // Sign-up remembered the language the person signed up in.
      await expect(languageGroup(page).getByRole("radio", { name: "简体中文" })).toBeChecked();

      await tabTo(page, page.getByLabel("联系电话（选填）"));
      await page.keyboard.type("call me maybe");
      await tabTo(page, languageGroup(page).getByRole("radio", { name: "简体中文" }));
      await page.keyboard.press("ArrowDown");
      await expect(languageGroup(page).getByRole("radio", { name: "English" })).toBeChecked();
      await tabTo(page, page.getByLabel("想做的工作（选填）"));
      await page.keyboard.type("远程数据标注，每周 15 小时左右");
      await tabTo(page, page.getByRole("button", { name: "保存资料" }));
      await page.keyboard.press("Enter");

      await expect(page).toHaveTitle(/^错误：个人资料/);
      const summary = page.getByRole("alert");
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(summary.getByRole("link")).toHaveText(["请输入正确的电话号码，例如 138 0000 0000。可以用空格、短横线，或在开头加 +"]);
      // Nothing typed is lost, and the field says what is wrong.
      await expect(page.getByLabel("联系电话（选填）")).toHaveValue("call me maybe");
      await expect(page.getByLabel("联系电话（选填）")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("想做的工作（选填）")).toHaveValue("远程数据标注，每周 15 小时左右");
      await expect(languageGroup(page).getByRole("radio", { name: "English" })).toBeChecked();

      await summary.getByRole("link").focus();
      await page.keyboard.press("Enter");
      await expect(page.getByLabel("联系电话（选填）")).toBeFocused();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type("+86 138-0000-0000");
      await tabTo(page, page.getByRole("button", { name: "保存资料" }));
      await page.keyboard.press("Enter");

      // Saved, and the site now speaks English at once.
      await expect(page).toHaveURL(/\/account\/profile\?saved$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Your profile has been saved.");
      await expect(page.getByLabel("Phone number (optional)")).toHaveValue("+86 138-0000-0000");
      await expect(page.getByLabel("Work you are looking for (optional)")).toHaveValue("远程数据标注，每周 15 小时左右");

      // Another browser that chose Chinese switches to English when this person signs in.
      await context.clearCookies();
      await context.addCookies([{ name: "lng", value: Buffer.from(JSON.stringify("zh-CN")).toString("base64"), url: page.url() }]);
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await signIn(page, { email });
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
    });
  });
}

test("no preference leaves the language to the browser", async ({ page, setLocale }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await page.goto("/account/profile");
  await languageGroup(page).getByText("不指定，跟随浏览器").click();
  await page.getByRole("button", { name: "保存资料" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("已保存你的资料。");
  await page.context().clearCookies();
  await setLocale("en");
  await signIn(page, { email });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("email confirmation: the link from sign-up confirms once, and opening it again says so", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await expect(page.getByText(`${email} 还没有确认。`, { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "重新发送确认邮件" })).toBeVisible();

  const link = await linkFromOutbox(page, email, "/verify-email/");
  // Opened on another device, not signed in: it still works.
  const phone = await page.context().browser()?.newContext({ baseURL: new URL(page.url()).origin, locale: "zh-CN" });
  if (!phone) throw new Error("no browser");
  const other = await phone.newPage();
  await other.goto(link);
  await expect(other).toHaveURL(/\/verify-email\?status=verified$/);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("你的邮箱地址已确认");
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("这个邮箱地址已经确认过了");
  await phone.close();

  // Confirming the address ends every session from before it (issue 16: one of them might have been
  // someone else's who signed up with this address); the browser that signed up signs in again.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);
  await signIn(page, { email });
  await expect(page.getByText(`${email} 已确认。`)).toBeVisible();
  await expect(page.getByRole("button", { name: "重新发送确认邮件" })).toHaveCount(0);
});

test("a dead confirmation link offers a fresh one, and sending again is rate-limited with a clear message", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  const first = await linkFromOutbox(page, email, "/verify-email/");

  const dead = await page.goto(`/verify-email/${randomBytes(32).toString("base64url")}`);
  expect(dead?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("这个确认链接已经失效");
  await page.getByRole("button", { name: "发送新的确认邮件" }).click();
  await expect(page).toHaveURL(/\/verify-email\?status=sent$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("请查看你的邮箱");

  const fresh = await linkFromOutbox(page, email, "/verify-email/");
  expect(fresh).not.toBe(first);

  // Two more from the account page are fine; the fourth within the hour is refused.
  for (let i = 0; i < 2; i++) {
    await page.goto("/account");
    await page.getByRole("button", { name: "重新发送确认邮件" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(`确认邮件已发到 ${email}，链接 48 小时内有效。`);
  }
  await page.goto("/account");
  const refused = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/account"));
  await page.getByRole("button", { name: "重新发送确认邮件" }).click();
  expect((await refused).status()).toBe(429);
  await expect(page).toHaveTitle(/^错误：我的账户/);
  await expect(page.getByRole("alert")).toContainText("尝试次数太多了");
  await expect(page.getByRole("alert").getByRole("link")).toHaveAttribute("href", "#resend-verification");

  // Every link sent still works until one is used.
  await page.goto(first);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的邮箱地址已确认");
});

for (const locale of LOCALES) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${locale} at ${viewport.name}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("the profile, account and confirmation pages pass axe in every state", async ({ page, setLocale, consoleProblems: _ }) => {
        // Nine full scans in one test.
        test.slow();
        const en = locale === "en";
        await signUp(page, uniqueEmail());
        await setLocale(locale);

        await page.goto("/account");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoAxeViolations(page);
        await page.getByRole("button", { name: en ? "Send the confirmation email again" : "重新发送确认邮件" }).click();
        await expect(page.getByRole("main").getByRole("status")).toBeVisible();
        await expectNoAxeViolations(page);

        await page.goto("/account/profile");
        await expect(page.locator("h1")).toHaveCount(1);
        await expect(page).toHaveTitle(en ? /^Your profile - AccessWork$/ : /^个人资料 - 无碍就业$/);
        await expectNoAxeViolations(page);
        await page.getByLabel(en ? "Your name" : "称呼").fill("");
        await page.getByLabel(en ? "Phone number (optional)" : "联系电话（选填）").fill("12");
        await page.getByRole("button", { name: en ? "Save profile" : "保存资料" }).click();
        await expect(page.getByRole("alert").getByRole("link")).toHaveCount(2);
        await expectNoAxeViolations(page);
        await page.getByLabel(en ? "Your name" : "称呼").fill("Lin");
        await page.getByLabel(en ? "Phone number (optional)" : "联系电话（选填）").fill("");
        // Saving applies the chosen language, so choose this run's language.
        await languageGroup(page).getByText(en ? "English" : "简体中文").click();
        await page.getByRole("button", { name: en ? "Save profile" : "保存资料" }).click();
        await expect(page.getByRole("main").getByRole("status")).toBeVisible();
        await expectNoAxeViolations(page);

        for (const status of ["verified", "already", "sent"]) {
          await page.goto(`/verify-email?status=${status}`);
          await expect(page.locator("h1")).toHaveCount(1);
          await expectNoAxeViolations(page);
        }
        await page.goto(`/verify-email/${randomBytes(32).toString("base64url")}`);
        await expect(page.locator("h1")).toHaveCount(1);
        await expectNoAxeViolations(page);
      });
    });
  }
}
