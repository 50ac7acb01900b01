import { expect, expectNoAxeViolations, LOCALES, signUp, tabTo, test, TEST_PASSWORD, uniqueEmail, VIEWPORTS } from "../support/e2e/fixtures";
import { DEMO } from "../support/demo-accounts";
import { freshMobile } from "../support/e2e/paths";
import { signIn } from "../support/e2e/sign-in";

const PASSWORD = TEST_PASSWORD;

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("sign up with errors, fix them, then sign out and in again, keyboard only", async ({ page }) => {
      const email = uniqueEmail();
      await page.goto("/sign-up");
      await tabTo(page, page.getByLabel("邮箱地址"));
      await page.keyboard.type("not-an-email");
      await tabTo(page, page.getByLabel("密码", { exact: true }));
      await page.keyboard.type("password123");
      await tabTo(page, page.getByRole("button", { name: "注册" }));
      await page.keyboard.press("Enter");

      await expect(page).toHaveTitle(/^错误：注册账户/);
      const summary = page.getByRole("alert");
      await expect(summary).toContainText("有问题需要修改");
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(summary.getByRole("link")).toHaveText([
        "请输入你的称呼",
        "请输入正确格式的邮箱地址，例如 name@example.com",
        "这个密码太常见，容易被猜到。请换一个，例如用几个词组成的一句话。",
      ]);
      // What was typed is kept (except the password), and each field says what is wrong.
      await expect(page.getByLabel("邮箱地址")).toHaveValue("not-an-email");
      await expect(page.getByLabel("邮箱地址")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("密码", { exact: true })).toHaveValue("");

      // The summary's link moves focus to its field.
      await summary.getByRole("link", { name: /邮箱地址/ }).focus();
      await page.keyboard.press("Enter");
      await expect(page.getByLabel("邮箱地址")).toBeFocused();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(email);
      await tabTo(page, page.getByLabel("称呼"));
      await page.keyboard.type("小王");
      await tabTo(page, page.getByLabel("密码", { exact: true }));
      await page.keyboard.type(PASSWORD);
      await tabTo(page, page.getByRole("button", { name: "注册" }));
      await page.keyboard.press("Enter");

      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的账户");
      await expect(page.getByText(`登录邮箱：${email}`)).toBeVisible();

      await tabTo(page, page.getByRole("button", { name: "退出登录" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("banner").getByRole("link", { name: "登录" })).toBeVisible();

      await page.goto("/account");
      await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);
      await tabTo(page, page.getByLabel("邮箱地址"));
      await page.keyboard.type(email.toUpperCase());
      await tabTo(page, page.getByLabel("密码", { exact: true }));
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/account$/);
    });
  });
}

test("a wrong password gets one message that does not reveal whether the account exists", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await page.context().clearCookies();
  for (const address of [email, uniqueEmail()]) {
    await page.goto("/sign-in");
    await page.getByLabel("邮箱地址").fill(address);
    await page.getByLabel("密码", { exact: true }).fill("wrong password here");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert").getByRole("link")).toHaveText("邮箱地址、手机号或密码不正确");
  }
});

test("passwords can be pasted, and the show-password toggle works with JavaScript", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/sign-in");
  const password = page.getByLabel("密码", { exact: true });
  await expect(password).toHaveAttribute("autocomplete", "current-password");
  await expect(page.getByLabel("邮箱地址")).toHaveAttribute("autocomplete", "username");
  await page.evaluate((text) => navigator.clipboard.writeText(text), PASSWORD);
  await password.focus();
  await page.keyboard.press("ControlOrMeta+V");
  await expect(password).toHaveValue(PASSWORD);
  await page.getByRole("button", { name: "显示密码" }).click();
  await expect(password).toHaveAttribute("type", "text");
  await expect(page.getByRole("button", { name: "隐藏密码" })).toHaveAttribute("aria-pressed", "true");
});

test("the 11th failed sign-in in a minute is refused with 429 and a clear message", async ({ request }) => {
  const email = uniqueEmail();
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) {
    const response = await request.post("/sign-in", { form: { email, password: `wrong-${i}` } });
    statuses.push(response.status());
    if (i === 10) {
      const page = await response.text();
      expect(page).toContain("尝试次数太多了");
      // What was typed is kept (never the password).
      expect(page).toContain(`value="${email}"`);
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    }
  }
  expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
  expect(statuses[10]).toBe(429);
});

test("the right password clears the account's count of guesses, so signing in often never locks anyone out", async ({ page, request, playwright, baseURL }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  const post = (password: string) => request.post("/sign-in", { form: { email, password }, maxRedirects: 0 });
  // Nine guesses, then the right password from another browser: ten tries, all within the limit.
  for (let i = 0; i < 9; i++) expect((await post(`wrong-${i}`)).status()).toBe(400);
  const elsewhere = await playwright.request.newContext({ baseURL });
  expect((await elsewhere.post("/sign-in", { form: { email, password: PASSWORD }, maxRedirects: 0 })).status()).toBe(303);
  await elsewhere.dispose();
  // The count starts again: ten more guesses are each told the password is wrong, and the eleventh is refused.
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) statuses.push((await post(`again-${i}`)).status());
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
  expect(statuses[10]).toBe(429);
  // Once refused, even the right password waits for the window: the limit is checked before the password.
  expect((await post(PASSWORD)).status()).toBe(429);
});

test("each sign-in gets a new session id, and sign-out ends the session on the server", async ({ page, context }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  // The session cookie is __Host-aw_session (Secure, as the suite's server runs in production mode).
  const session = async () => (await context.cookies()).find((c) => /^(__Host-)?aw_session$/.test(c.name));
  const firstCookie = await session();
  const first = firstCookie?.value;
  await page.getByRole("button", { name: "退出登录" }).click();
  await signIn(page, { email, password: PASSWORD });
  await expect(page).toHaveURL(/\/account$/);
  const second = (await session())?.value;
  expect(first).toBeTruthy();
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);

  // Replaying the old cookie after sign-out gets nothing: the server forgot that session.
  await context.clearCookies();
  if (!firstCookie) throw new Error("no session cookie after signing up");
  await context.addCookies([firstCookie]);
  expect((await session())?.value).toBe(first);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("staff, employers and admins land in their workspace after signing in; a page that asked for it gets them back", async ({ browser, baseURL }) => {
  const landings = { staff: "/staff", employer: "/employer", admin: "/admin", seeker: "/account" } as const;
  for (const [role, landing] of Object.entries(landings) as [keyof typeof landings, string][]) {
    const context = await browser.newContext({ baseURL, locale: "zh-CN" });
    const page = await context.newPage();
    await signIn(page, role);
    await expect(page, role).toHaveURL((url) => url.pathname === landing);
    // Opening the sign-in page again while signed in leads to the same place.
    await page.goto("/sign-in");
    await expect(page, role).toHaveURL((url) => url.pathname === landing);
    await context.close();
  }
  // A page that sent a signed-out member of staff to sign in is where they come back to.
  const context = await browser.newContext({ baseURL, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/staff/check-backs");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fstaff%2Fcheck-backs$/);
  await page.getByLabel("邮箱地址").fill(DEMO.staff.email);
  await page.getByLabel("密码", { exact: true }).fill(DEMO.staff.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/check-backs$/);
  await context.close();
});

test("users see and end their other sessions", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  const other = await browser.newContext({ baseURL, locale: "zh-CN" });
  const phone = await other.newPage();
  await signIn(phone, { email, password: PASSWORD });
  await expect(phone).toHaveURL(/\/account$/);

  await page.reload();
  const end = page.getByRole("button", { name: /^结束这个登录/ });
  await expect(end).toHaveCount(1);
  await end.click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("已结束那个设备上的登录。");
  await phone.goto("/account");
  await expect(phone).toHaveURL(/\/sign-in/);
  await other.close();
});

test("cross-origin POSTs are refused", async ({ request }) => {
  const response = await request.post("/sign-in", { form: { email: "a@b.c", password: "x" }, headers: { Origin: "https://evil.example" } });
  expect(response.status()).toBe(403);
  const sameSite = await request.post("/sign-in", { form: { email: "a@b.c", password: "x" }, headers: { "Sec-Fetch-Site": "cross-site" } });
  expect(sameSite.status()).toBe(403);
});

test("someone sent to sign in who signs up instead comes back to that page, never to another site", async ({ page, playwright, baseURL }) => {
  // The sign-in page's "no account" link keeps where they were going, and so does the sign-up form.
  await page.goto(`/sign-in?${new URLSearchParams({ redirectTo: "/saved" }).toString()}`);
  await expect(page.getByRole("link", { name: "还没有账户？去注册" })).toHaveAttribute("href", "/sign-up?redirectTo=%2Fsaved");
  await page.getByRole("link", { name: "还没有账户？去注册" }).click();
  await expect(page.getByRole("link", { name: "已经有账户了？去登录" })).toHaveAttribute("href", "/sign-in?redirectTo=%2Fsaved");
  // Sent by email: straight to the page. A made-up target elsewhere gives the account page instead.
  for (const [redirectTo, expected] of [
    ["/saved", "/saved"],
    ["https://evil.example/phish", "/account"],
    ["//evil.example", "/account"],
  ] as const) {
    const request = await playwright.request.newContext({ baseURL });
    const response = await request.post("/sign-up", { form: { displayName: "小周", login: uniqueEmail(), password: PASSWORD, redirectTo }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(expected);
    await request.dispose();
  }
  // By mobile number: the code page carries the target, and only a checked one.
  const request = await playwright.request.newContext({ baseURL });
  const mobile = freshMobile();
  const byMobile = await request.post("/sign-up", { form: { displayName: "小周", login: mobile, password: PASSWORD, redirectTo: "/saved" }, maxRedirects: 0 });
  const codePage = byMobile.headers().location ?? "";
  expect(codePage).toMatch(/^\/sign-up\/code\?ref=[^&]+&redirectTo=%2Fsaved$/);
  // The right code opens the account and goes to the page.
  const code = /验证码是 (\d{6})/.exec(await (await request.get(`/dev/outbox?to=${mobile}`)).text())?.[1] ?? "";
  const opened = await request.post(codePage, { form: { code }, maxRedirects: 0 });
  expect(opened.headers().location).toBe("/saved");
  const elsewhere = await request.post("/sign-up", { form: { displayName: "小周", login: freshMobile(), password: PASSWORD, redirectTo: "https://evil.example" }, maxRedirects: 0 });
  expect(elsewhere.headers().location).toMatch(/^\/sign-up\/code\?ref=[^&]+$/);
  await request.dispose();
});

test("the honeypot catches bots without creating an account", async ({ request }) => {
  const email = uniqueEmail();
  const response = await request.post("/sign-up", { form: { displayName: "bot", email, password: PASSWORD, website: "spam" }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  const signIn = await request.post("/sign-in", { form: { email, password: PASSWORD }, maxRedirects: 0 });
  expect(signIn.status()).toBe(400);
});

for (const locale of LOCALES) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${locale} at ${viewport.name}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("sign-up and sign-in pass axe, empty and with errors", async ({ page, setLocale, consoleProblems: _ }) => {
        await setLocale(locale);
        for (const path of ["/sign-up", "/sign-in"]) {
          await page.goto(path);
          await expectNoAxeViolations(page);
          await page.getByRole("button", { name: locale === "en" ? (path === "/sign-up" ? "Create account" : "Sign in") : path === "/sign-up" ? "注册" : "登录", exact: true }).last().click();
          await expect(page.getByRole("alert")).toBeVisible();
          await expectNoAxeViolations(page);
        }
      });

      test("the account page passes axe", async ({ page, setLocale, consoleProblems: _ }) => {
        await setLocale("zh-CN");
        await signUp(page, uniqueEmail());
        await setLocale(locale);
        await page.goto("/account");
        await expectNoAxeViolations(page);
      });
    });
  }
}
