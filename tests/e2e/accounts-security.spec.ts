// The accounts half of issue 16, as people meet it in the browser: an unconfirmed address cannot
// hold a passkey (and the page says why), a privileged account's first passkey needs the code sent
// to its address (a form that works without JavaScript), changing the password, and unpublished
// openings' titles kept off the application form. The rules themselves are tested one by one in
// tests/integration/account-security.test.ts.
import { randomUUID } from "node:crypto";
import { DEMO } from "../support/demo-accounts";
import { confirmEmail, expect, expectNoAxeViolations, LOCALES, signUp, test, TEST_PASSWORD, uniqueEmail } from "../support/e2e/fixtures";
import { signIn } from "../support/e2e/sign-in";

const copy = {
  "zh-CN": {
    needsConfirmed: /添加通行密钥之前，请先确认你的邮箱地址/,
    sendAgain: "重新发送确认邮件",
    add: "添加通行密钥",
  },
  en: {
    needsConfirmed: /Confirm your email address before you add a passkey/,
    sendAgain: "Send the confirmation email again",
    add: "Add a passkey",
  },
} as const;

for (const locale of LOCALES) {
  test(`an unconfirmed address cannot add a passkey; the page says why and offers the email again (${locale})`, async ({ page, setLocale, consoleProblems: _ }) => {
    const text = copy[locale];
    const email = uniqueEmail("unconfirmed");
    await signUp(page, email);
    await setLocale(locale);
    await page.goto("/account/passkeys");
    await expect(page.getByText(text.needsConfirmed)).toBeVisible();
    await expect(page.getByRole("button", { name: text.add })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: text.sendAgain }).click();
    await expect(page).toHaveURL(/\/account\?verification-sent$/);

    // The script's own request is refused too, whatever the page shows.
    const refused = await page.request.post("/passkeys/register", { data: { intent: "options", passkeyName: "" } });
    expect(refused.status()).toBe(403);

    await confirmEmail(page.request, email);
    await page.goto("/account/passkeys");
    await expect(page.getByRole("button", { name: text.add })).toBeVisible();
    await expect(page.getByText(text.needsConfirmed)).toHaveCount(0);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an employer's first passkey needs the code emailed to its address: wrong code, right code, then the passkey form", async ({ page }) => {
    await signIn(page, "new-employer");
    await page.goto("/account/passkeys");
    await expect(page.getByText(/添加第一个通行密钥之前，我们会给 new-employer@demo\.accesswork\.example 发一个验证码/)).toBeVisible();
    await page.getByRole("link", { name: "通过邮件获取验证码" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("输入邮件里的验证码");
    await page.getByRole("button", { name: "把验证码发到我的邮箱" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/验证码已经发到 new-employer@demo\.accesswork\.example/);

    const outbox = await (await page.request.get(`/dev/outbox?to=${encodeURIComponent(DEMO["new-employer"].email)}`)).text();
    const code = /你的无碍就业验证码：(\d{6})/.exec(outbox)?.[1];
    expect(code, "the code in the demo inbox").toMatch(/^\d{6}$/);
    const wrong = code === "000000" ? "000001" : "000000";

    await page.getByLabel("验证码").fill(wrong);
    await page.getByRole("button", { name: "继续" }).click();
    await expect(page).toHaveTitle(/^错误：/);
    await expect(page.locator(".error-summary")).toContainText("验证码不对，请看一下邮件再试一次");
    await expect(page.getByLabel("验证码")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("验证码").fill(code ?? "");
    await page.getByRole("button", { name: "继续" }).click();
    await expect(page).toHaveURL(/\/account\/passkeys$/);
    // The code step is passed: the page now offers adding a passkey (which itself needs JavaScript).
    await expect(page.getByText(/^添加通行密钥需要开启 JavaScript/)).toBeVisible();
    await expect(page.getByRole("link", { name: "通过邮件获取验证码" })).toHaveCount(0);
  });

  test("change the password with the current one; other devices are signed out and the owner is emailed", async ({ page, browser, baseURL }) => {
    const email = uniqueEmail("password");
    await signUp(page, email);
    const other = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: false });
    const otherPage = await other.newPage();
    await signIn(otherPage, { email });

    await page.goto("/account");
    await page.getByRole("link", { name: "修改密码" }).click();
    await page.getByLabel("当前密码").fill("不是这个密码不是这个");
    await page.getByLabel("新密码").fill("夏天的风吹个不停");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.locator(".error-summary")).toContainText("当前密码不对");

    await page.getByLabel("当前密码").fill(TEST_PASSWORD);
    await page.getByLabel("新密码").fill("夏天的风吹个不停");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page).toHaveURL(/\/account\?password-changed$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("密码已经修改。其他设备上的登录都已结束。");

    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);
    await signIn(otherPage, { email, password: "夏天的风吹个不停" });
    await expect(otherPage).toHaveURL(/\/account$/);
    await other.close();

    const outbox = await (await page.request.get(`/dev/outbox?to=${encodeURIComponent(email)}`)).text();
    expect(outbox).toContain("你的无碍就业密码已经修改");
  });
});

test("an unpublished opening's title never shows on its application form, even after a POST", async ({ page, request }) => {
  await signUp(page, uniqueEmail("apply-hidden"));
  // Seeded openings never published (drafts, waiting for review): their public pages answer 404.
  // Closed ones answer 404 too, but were public: a POST there keeps the words of someone who was
  // writing when it closed (409), and may show the title that was public.
  const neverPublished = ["线上手语课助教（周末）", "图片审核标注员（居家）"];
  let refused = 0;
  for (let id = 1; id <= 120; id++) {
    const detail = await request.get(`/openings/${id}`, { maxRedirects: 0 });
    if (detail.status() !== 404) continue;
    const posted = await page.request.post(`/openings/${id}/apply`, {
      form: { key: randomUUID(), intent: "save", contactName: "x", contactPhone: "", experience: "", message: "x" },
      maxRedirects: 0,
    });
    expect([404, 409], `POST /openings/${id}/apply`).toContain(posted.status());
    const form = await page.request.get(`/openings/${id}/apply`, { maxRedirects: 0 });
    const body = (await posted.text()) + (await form.text());
    for (const title of neverPublished) expect(body, `opening ${id}`).not.toContain(title);
    if (posted.status() === 404) {
      refused++;
      expect(form.status(), `GET /openings/${id}/apply`).toBe(404);
    }
  }
  expect(refused, "never-published or missing openings tried").toBeGreaterThan(0);
});

test("\"sign in again to extend\" lets a signed-in person sign in afresh and come back to the page", async ({ page, context }) => {
  const email = uniqueEmail("extend");
  await signUp(page, email);
  const session = async () => (await context.cookies()).find((c) => /^(__Host-)?aw_session$/.test(c.name))?.value;
  const before = await session();
  // Without `again`, a signed-in person is sent on, as before.
  await page.goto("/sign-in?redirectTo=%2Faccount%2Fprofile");
  await expect(page).toHaveURL(/\/account\/profile$/);

  await page.goto("/sign-in?again=&redirectTo=%2Faccount%2Fprofile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
  await page.getByLabel("邮箱地址").fill(email);
  await page.getByLabel("密码", { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/profile$/);
  // A new session (a new lifetime); the old one is ended.
  expect(await session()).not.toBe(before);
});
