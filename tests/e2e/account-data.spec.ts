import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, LOCALES, signUp, tabTo, test, TEST_PASSWORD, uniqueEmail } from "../support/e2e/fixtures";

const PASSWORD = TEST_PASSWORD;
const NEW_PASSWORD = "秋天的风吹过山岗";

/** Asks for a reset link and reads it from the demo outbox, as a person would from their inbox. */
async function requestResetLink(page: Page, email: string): Promise<string> {
  await page.goto("/forgot-password");
  await page.getByLabel("邮箱地址").fill(email);
  await page.getByRole("button", { name: "发送重设链接" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("请查看你的邮箱");
  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  const email_ = page.locator(".outbox__email", { hasText: email }).first();
  const href = await email_.getByRole("link").getAttribute("href");
  if (!href) throw new Error("no reset link in the outbox");
  return new URL(href).pathname;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("reset a forgotten password with the keyboard; the link works once", async ({ page }) => {
      const email = uniqueEmail();
      await signUp(page, email);
      await page.context().clearCookies();
      const link = await requestResetLink(page, email);

      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("设置新密码");
      await tabTo(page, page.getByLabel("新密码"));
      await page.keyboard.type("short");
      await page.keyboard.press("Enter");
      await expect(page).toHaveTitle(/^错误：/);
      await tabTo(page, page.getByLabel("新密码"));
      await page.keyboard.type(NEW_PASSWORD);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/sign-in\?reset$/);
      await expect(page.getByRole("main").getByRole("status")).toContainText("密码已经改好了");

      await page.getByLabel("邮箱地址").fill(email);
      await page.getByLabel("密码", { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page).toHaveURL(/\/account$/);

      // Used once: the same link now says so.
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("这个链接已经失效");
    });
  });
}

test("an unknown email gets the same answer and no email", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/forgot-password");
  await page.getByLabel("邮箱地址").fill(email);
  await page.getByRole("button", { name: "发送重设链接" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("请查看你的邮箱");
  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  await expect(page.locator(".outbox__email", { hasText: email })).toHaveCount(0);
});

test("a made-up reset link is refused", async ({ request }) => {
  const response = await request.get(`/reset-password/${randomBytes(32).toString("base64url")}`);
  expect(response.status()).toBe(410);
  const post = await request.post(`/reset-password/${randomBytes(32).toString("base64url")}`, { form: { password: NEW_PASSWORD }, maxRedirects: 0 });
  expect(post.status()).toBe(303);
});

test("download my data gives my profile as JSON, without secrets", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  const response = await page.request.get("/account/data");
  expect(response.headers()["content-disposition"]).toMatch(/attachment/);
  const data = (await response.json()) as { profile: { email: string }; sessions: unknown[]; securityEvents: { action: string }[] };
  expect(data.profile.email).toBe(email);
  expect(data.sessions.length).toBeGreaterThan(0);
  expect(data.securityEvents.map((e) => e.action)).toContain("auth.sign_up");
  expect(JSON.stringify(data)).not.toMatch(/argon2|password_hash|id_hash/);
});

test("delete my account, with confirmation; it cannot sign in again", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await page.goto("/account/delete");
  await page.getByRole("button", { name: "永久删除我的账户" }).click();
  await expect(page.getByRole("alert")).toContainText("请勾选确认");
  await page.getByRole("alert").getByRole("link").click();
  await expect(page.getByRole("checkbox", { name: "我明白删除后无法恢复" })).toBeFocused();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "永久删除我的账户" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的账户已删除");

  await page.goto("/sign-in");
  await page.getByLabel("邮箱地址").fill(email);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert")).toContainText("邮箱地址、手机号或密码不正确");
});

for (const locale of LOCALES) {
  test(`the account and delete pages pass axe, the delete page with its error too (${locale})`, async ({ page, setLocale }) => {
    await setLocale("zh-CN");
    await signUp(page, uniqueEmail());
    await setLocale(locale);
    await page.goto("/account/delete");
    await expectNoAxeViolations(page);
    await page.getByRole("button").filter({ hasText: /永久删除|for good/ }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/account");
    await expectNoAxeViolations(page);
  });

  test(`the signed-out reset, demo inbox and account-deleted pages pass axe (${locale})`, async ({ page, setLocale }) => {
    await setLocale("zh-CN");
    const email = uniqueEmail();
    await signUp(page, email);
    await page.context().clearCookies();
    await setLocale(locale);
    // The demo inbox of one address (its confirmation email): the whole outbox grows with every test that runs.
    const inbox = `/dev/outbox?to=${encodeURIComponent(email)}`;
    for (const path of ["/forgot-password", "/forgot-password?sent", inbox, "/reset-password/not-a-real-token", "/account-deleted"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
}
