import type { BrowserContext, CDPSession, Page } from "@playwright/test";
import { confirmEmail, expect, expectNoAxeViolations, LOCALES, localeCookie, signUp, tabTo, test, TEST_PASSWORD, uniqueEmail, VIEWPORTS } from "../support/e2e/fixtures";
import { signIn } from "../support/e2e/sign-in";

// WebAuthn does not accept an IP address as a passkey's domain, so this file talks to the same
// test server as "localhost" (a secure context, like HTTPS) instead of 127.0.0.1.
const ORIGIN = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;
test.use({ baseURL: ORIGIN });

type Authenticator = { cdp: CDPSession; authenticatorId: string };

/** Plugs Chromium's virtual authenticator into this page: a phone-like passkey store with a working fingerprint. */
async function addAuthenticator(page: Page, { isUserVerified = true } = {}): Promise<Authenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

async function storedCredentials({ cdp, authenticatorId }: Authenticator) {
  return (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
}

/**
 * Gives the tab back the window focus a WebAuthn request can take from it. In headless Chromium the
 * browser's own passkey handling may leave the window, not the page, focused once the request
 * ends (CI saw `toBeFocused` fail once with the page's focus untouched), and `toBeFocused` also asks
 * `document.hasFocus()`. This moves no focus inside the page: where the page put focus is still
 * what each check after it asserts.
 */
const afterCeremony = (page: Page) => page.bringToFront();

const sessionCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => /^(__Host-)?aw_session$/.test(c.name))?.value;

const copy = {
  "zh-CN": {
    manage: "管理通行密钥",
    title: "通行密钥",
    name: "名称（可选）",
    add: "添加通行密钥",
    use: "使用通行密钥",
    empty: "你还没有添加通行密钥。",
    list: "你的通行密钥",
    added: (name: string) => `已添加通行密钥“${name}”。以后可以用它登录。`,
    already: "这台设备上已经保存了你的通行密钥，不需要再添加。",
    cancelled: "操作已取消或超时，什么都没有改变。你可以再试一次。",
    unknown: "这个通行密钥不能用于无碍就业的账户，可能已经被删除了。请换一个通行密钥再试。",
    tooLong: "名称不能超过 60 个字",
    errorTitle: /^错误：通行密钥/,
    remove: (name: string) => `删除通行密钥：${name}`,
    removeTitle: "删除这个通行密钥？",
    removeButton: "删除通行密钥",
    removed: "已删除通行密钥。",
    secondFactor: "用通行密钥确认身份",
    device: "我的电脑",
  },
  en: {
    manage: "Manage passkeys",
    title: "Passkeys",
    name: "Name (optional)",
    add: "Add a passkey",
    use: "Use a passkey",
    empty: "You haven't added a passkey yet.",
    list: "Your passkeys",
    added: (name: string) => `Passkey “${name}” added. You can now sign in with it.`,
    already: "Your passkey is already saved on this device, so there is no need to add it again.",
    cancelled: "It was cancelled or took too long, so nothing has changed. You can try again.",
    unknown: "This passkey can't be used for an AccessWork account. It may have been removed. Try another passkey.",
    tooLong: "The name must be 60 characters or fewer",
    errorTitle: /^Error: Passkeys/,
    remove: (name: string) => `Remove passkey: ${name}`,
    removeTitle: "Remove this passkey?",
    removeButton: "Remove passkey",
    removed: "Passkey removed.",
    secondFactor: "Confirm it's you with a passkey",
    device: "My laptop",
  },
} as const;

/** Adds a passkey named `name` on /account/passkeys, by keyboard, and waits for the announcement. */
async function addPasskeyByKeyboard(page: Page, locale: keyof typeof copy, name: string) {
  const text = copy[locale];
  await tabTo(page, page.getByLabel(text.name));
  await page.keyboard.type(name);
  await tabTo(page, page.getByRole("button", { name: text.add }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: text.added(name) })).toBeVisible();
}

test("register a passkey, sign out, sign in with it, see it listed and remove it, all by keyboard", async ({ page, context, consoleProblems: _ }) => {
  const text = copy["zh-CN"];
  const email = uniqueEmail();
  await signUp(page, email);
  await confirmEmail(page.request, email, ORIGIN);
  const passwordSession = await sessionCookie(context);
  const authenticator = await addAuthenticator(page);

  await tabTo(page, page.getByRole("link", { name: text.manage }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account\/passkeys$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.title);
  await expect(page.getByText(text.empty)).toBeVisible();

  await addPasskeyByKeyboard(page, "zh-CN", text.device);
  // The announcement did not move focus: the person is where they pressed.
  await afterCeremony(page);
  await expect(page.getByRole("button", { name: text.add })).toBeFocused();
  const list = page.getByRole("list", { name: text.list });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText(text.device);
  await expect(list).toContainText("还没有用过");
  const credentials = await storedCredentials(authenticator);
  expect(credentials).toHaveLength(1);
  expect(credentials[0]?.isResidentCredential).toBe(true);

  await tabTo(page, page.getByRole("button", { name: "退出登录" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${ORIGIN}/`);
  expect(await sessionCookie(context)).toBeUndefined();

  await page.goto("/sign-in?redirectTo=%2Faccount%2Fpasskeys");
  await tabTo(page, page.getByRole("button", { name: text.use }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account\/passkeys$/);
  // A new session id, as with a password.
  const passkeySession = await sessionCookie(context);
  expect(passkeySession).toBeTruthy();
  expect(passkeySession).not.toBe(passwordSession);
  await expect(list).toContainText(text.device);
  await expect(list).not.toContainText("还没有用过");
  expect((await storedCredentials(authenticator))[0]?.signCount).toBeGreaterThan(0);
  await page.goto("/account");
  await expect(page.getByText(`登录邮箱：${email}`)).toBeVisible();

  await page.goto("/account/passkeys");
  await tabTo(page, page.getByRole("link", { name: text.remove(text.device) }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.removeTitle);
  await expect(page.getByRole("main")).toContainText(text.device);
  await tabTo(page, page.getByRole("button", { name: text.removeButton }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account\/passkeys\?removed$/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText(text.removed);
  await expect(page.getByText(text.empty)).toBeVisible();

  // The device still holds the passkey, but the portal has forgotten it: signing in with it fails, clearly.
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.goto("/sign-in");
  await tabTo(page, page.getByRole("button", { name: text.use }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: text.unknown })).toBeVisible();
  await afterCeremony(page);
  await expect(page.getByRole("button", { name: text.use })).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectNoAxeViolations(page);
  expect(await sessionCookie(context)).toBeUndefined();
});

test("someone else's passkey id finds nothing, and a removal needs a POST from this site", async ({ page, browser, request }) => {
  const email = uniqueEmail();
  await signUp(page, email);
  await confirmEmail(page.request, email, ORIGIN);
  await addAuthenticator(page);
  await page.goto("/account/passkeys");
  await addPasskeyByKeyboard(page, "zh-CN", "甲的手机");
  const href = await page.getByRole("link", { name: copy["zh-CN"].remove("甲的手机") }).getAttribute("href");
  expect(href).toBeTruthy();

  const other = await browser.newContext({ baseURL: ORIGIN, locale: "zh-CN" });
  const stranger = await other.newPage();
  await signUp(stranger, uniqueEmail());
  const response = await stranger.goto(href ?? "");
  expect(response?.status()).toBe(404);
  const id = new URL(href ?? "", ORIGIN).searchParams.get("id") ?? "";
  const post = await stranger.request.post("/account/passkeys/remove", { form: { id }, maxRedirects: 0 });
  expect(post.status()).toBe(404);
  await other.close();

  const crossSite = await request.post(`${ORIGIN}/account/passkeys/remove`, { form: { id }, headers: { Origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  await page.reload();
  await expect(page.getByRole("list", { name: copy["zh-CN"].list }).getByRole("listitem")).toHaveCount(1);
});

for (const locale of LOCALES) {
  test(`confirm the second factor with a passkey after a password, then go where you were going (${locale})`, async ({
    page,
    context,
    setLocale,
    consoleProblems: _,
  }) => {
    const text = copy[locale];
    const email = uniqueEmail();
    await signUp(page, email);
    await confirmEmail(page.request, email, ORIGIN);
    await addAuthenticator(page);
    await page.goto("/account/passkeys");
    await addPasskeyByKeyboard(page, "zh-CN", "工作手机");
    await page.getByRole("button", { name: "退出登录" }).click();

    await signIn(page, { email });
    await expect(page).toHaveURL(/\/account$/);
    const before = await sessionCookie(context);

    await setLocale(locale);
    await page.goto("/sign-in/second-factor?redirectTo=%2Faccount%2Fpasskeys");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.secondFactor);
    await expect(page.getByRole("button", { name: text.use })).toBeVisible();
    await expectNoAxeViolations(page);
    await tabTo(page, page.getByRole("button", { name: text.use }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/account\/passkeys$/);
    // The same session, now with its second factor: asking again goes straight through.
    expect(await sessionCookie(context)).toBe(before);
    await page.goto("/sign-in/second-factor?redirectTo=%2Faccount");
    await expect(page).toHaveURL(/\/account$/);
  });
}

for (const locale of LOCALES) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${locale} at ${viewport.name}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("the passkey pages pass axe in every state", async ({ page, setLocale, consoleProblems: _ }) => {
        const text = copy[locale];
        const email = uniqueEmail();
        await signUp(page, email);
        await confirmEmail(page.request, email, ORIGIN);
        await setLocale(locale);
        await addAuthenticator(page);

        await page.goto("/account/passkeys");
        await expect(page.getByRole("button", { name: text.add })).toBeVisible();
        await expect(page.getByText(text.empty)).toBeVisible();
        await expectNoAxeViolations(page);

        // A name that is too long: the error summary takes focus and links to the field; the title says "Error".
        await page.getByLabel(text.name).fill("名".repeat(61));
        await page.getByRole("button", { name: text.add }).click();
        const summary = page.getByRole("alert");
        await expect(summary).toBeFocused();
        await expect(summary.getByRole("link")).toHaveText(text.tooLong);
        await expect(page.getByLabel(text.name)).toHaveAttribute("aria-invalid", "true");
        await expect(page).toHaveTitle(text.errorTitle);
        await expectNoAxeViolations(page);

        await page.getByLabel(text.name).fill(text.device);
        await page.getByRole("button", { name: text.add }).click();
        await expect(page.getByRole("status").filter({ hasText: text.added(text.device) })).toBeVisible();
        await expect(page.getByRole("alert")).toHaveCount(0);
        await expect(page.getByRole("list", { name: text.list })).toContainText(text.device);
        await expectNoAxeViolations(page);

        // The same authenticator again: the browser refuses, and we say why.
        await page.getByRole("button", { name: text.add }).click();
        await expect(page.getByRole("status").filter({ hasText: text.already })).toBeVisible();
        await afterCeremony(page);
        await expect(page.getByRole("button", { name: text.add })).toBeFocused();
        await expectNoAxeViolations(page);

        await page.getByRole("link", { name: text.remove(text.device) }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.removeTitle);
        await expectNoAxeViolations(page);
        await page.getByRole("button", { name: text.removeButton }).click();
        await expect(page.getByRole("main").getByRole("status")).toHaveText(text.removed);
        await expectNoAxeViolations(page);
      });

      test("sign-in with a passkey passes axe, ready and after a cancelled attempt", async ({ page, setLocale, consoleProblems: _ }) => {
        const text = copy[locale];
        await setLocale(locale);
        // A device that cannot confirm the person (no fingerprint match): the browser reports NotAllowedError.
        await addAuthenticator(page, { isUserVerified: false });
        await page.goto("/sign-in");
        const use = page.getByRole("button", { name: text.use });
        await expect(use).toBeVisible();
        await expectNoAxeViolations(page);
        await use.focus();
        await page.keyboard.press("Enter");
        await expect(page.getByRole("status").filter({ hasText: text.cancelled })).toBeVisible();
        await afterCeremony(page);
        await expect(use).toBeFocused();
        await expectNoAxeViolations(page);
      });
    });
  }
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("passkey controls say they need JavaScript, the password form still works, and removal needs none", async ({ page, browser, baseURL }) => {
    // Set up with JavaScript in another window: a signed-in account with one passkey.
    const withJs = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: true });
    const setup = await withJs.newPage();
    const email = uniqueEmail();
    await signUp(setup, email);
    await confirmEmail(setup.request, email, ORIGIN);
    await addAuthenticator(setup);
    await setup.goto("/account/passkeys");
    await addPasskeyByKeyboard(setup, "zh-CN", "旧手机");
    await withJs.close();

    await page.context().addCookies([localeCookie(ORIGIN, "zh-CN")]);
    await page.goto("/sign-in");
    await expect(page.getByText("用通行密钥登录需要开启 JavaScript。你也可以用上面的邮箱和密码登录。")).toBeVisible();
    await expect(page.getByRole("button", { name: "使用通行密钥" })).toHaveCount(0);
    await page.getByLabel("邮箱地址").fill(email);
    await page.getByLabel("密码", { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL(/\/account$/);

    await page.goto("/account/passkeys");
    await expect(page.getByText("添加通行密钥需要开启 JavaScript。请在浏览器设置里开启后，重新加载这个页面。")).toBeVisible();
    await expect(page.getByRole("button", { name: "添加通行密钥" })).toHaveCount(0);
    await page.getByRole("link", { name: "删除通行密钥：旧手机" }).click();
    await page.getByRole("button", { name: "删除通行密钥" }).click();
    await expect(page).toHaveURL(/\/account\/passkeys\?removed$/);
    await expect(page.getByText("你还没有添加通行密钥。")).toBeVisible();
  });
});
