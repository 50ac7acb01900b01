import { randomBytes, randomUUID } from "node:crypto";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { seedOrganisations } from "../../db/seed-data/organisations";
import {
  expect,
  expectNoAxeViolations as axeNow,
  linkFromOutbox,
  localeCookie,
  tabTo,
  test,
  TEST_PASSWORD,
  uniqueEmail,
  type Locale,
} from "../support/e2e/fixtures";
import { waitForHydration } from "../support/e2e/session";
import { type Account, signInByPost } from "../support/e2e/sign-in";
import { demoAccount } from "../support/demo-accounts";

// Applying, the accommodation passport and the employer's inbox. Each journey is driven by the
// keyboard alone, once with JavaScript and once without. Every test signs up its own seeker, so
// parallel tests never share an application; the employer is the demo account (光山明线), whose
// opening 图像框选 is public in the seed.


/** The demo staff's partner, by its Chinese name. */
const DEMO_PARTNER = seedOrganisations.find((o) => o.slug === demoAccount("staff").org)?.name_zh ?? "";

/**
 * Creates an account with one POST, as the sign-up form does, in this page's browser (the request
 * shares its cookies). For journeys where the sign-up form is not what is being tested: the auth
 * specs test it.
 */
async function signUpQuickly(page: Page, email: string, name = "小李") {
  const response = await page.request.post("/sign-up", { form: { displayName: name, email, password: TEST_PASSWORD }, maxRedirects: 0 });
  expect(response.status(), `sign up ${email}`).toBe(303);
}

/** Moves a focused native select with the arrow keys, as a keyboard user would, until `matches` holds. */
async function arrowToOption(page: Page, select: ReturnType<Page["getByLabel"]>, matches: (text: string) => boolean) {
  for (let i = 0; i < 30; i++) {
    const text = await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text ?? "");
    if (matches(text)) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error("option not reached with the arrow keys");
}

/** A fresh address from the IPv6 documentation range, so sign-in limits never meet other tests. */
const testIp = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;

/** The public opening of the demo employer, found as a visitor would, through the API. */
async function employerOpeningId(request: APIRequestContext): Promise<number> {
  const body = (await (await request.get(`/api/openings?q=${encodeURIComponent("图像框选")}&perPage=50`)).json()) as { items: { id: number }[] };
  const id = body.items[0]?.id;
  if (!id) throw new Error("no public opening for 图像框选");
  return id;
}

/** A signed-in browser for a demo account, in Chinese. */
async function demoBrowser(browser: Browser, baseURL: string | undefined, account: Account, javaScriptEnabled = true) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled, extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  await context.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  const page = await context.newPage();
  await signInByPost(page, account);
  // Signing in applies the account's own language (the demo employer's is English); these tests read Chinese.
  await context.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  return { context, page };
}

/**
 * Runs axe on the page as it is now. axe is a script, so it cannot run in a page with JavaScript
 * turned off: those journeys check the same states with {@link axeWithJavaScript} instead.
 */
async function expectNoAxeViolations(page: Page) {
  if (javaScriptOn) await axeNow(page);
}

/** Whether the running test's pages have JavaScript (set before each test). */
let javaScriptOn = true;
test.beforeEach(({ javaScriptEnabled }) => {
  javaScriptOn = javaScriptEnabled !== false;
});

/** Opens `paths` as `email` in a separate window with JavaScript, and runs axe on each. */
async function axeWithJavaScript(browser: Browser, baseURL: string | undefined, email: string, paths: string[]) {
  // Said explicitly: a context made in a test otherwise inherits the test's javaScriptEnabled: false.
  const context = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: true, extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  const page = await context.newPage();
  await signInByPost(page, { email });
  await context.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  for (const path of paths) {
    await page.goto(path);
    await axeNow(page);
  }
  await context.close();
}

/** Writes and saves an accommodation passport with the keyboard only. */
async function writePassport(page: Page) {
  await page.goto("/account/passport");
  if (javaScriptOn) await waitForHydration(page);
  await expectNoAxeViolations(page);
  const textOnly = page.getByRole("checkbox", { name: "全程文字面试" });
  await tabTo(page, textOnly);
  await page.keyboard.press("Space");
  await expect(textOnly).toBeChecked();
  await tabTo(page, page.getByLabel("用你自己的话说（选填）"));
  await page.keyboard.type("我用读屏软件NVDA，面试请用文字聊天。");
  // Saving without the separate consent saves nothing, and says why.
  await tabTo(page, page.getByRole("button", { name: "保存便利需求卡" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveTitle(/^错误：/);
  await expect(page.getByRole("alert")).toContainText("请勾选同意");
  await expectNoAxeViolations(page);
  // Everything typed is still there.
  await expect(page.getByLabel("用你自己的话说（选填）")).toHaveValue("我用读屏软件NVDA，面试请用文字聊天。");
  await expect(page.getByRole("checkbox", { name: "全程文字面试" })).toBeChecked();
  const consent = page.getByRole("checkbox", { name: /我同意无碍就业加密保存/ });
  await expect(consent).not.toBeChecked();
  await tabTo(page, consent);
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "保存便利需求卡" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("便利需求卡已保存。");
  await expectNoAxeViolations(page);
}

/** Applies to `openingId` with the keyboard only; returns the application's own page path. */
async function applyByKeyboard(page: Page, openingId: number, { share }: { share: boolean }) {
  await page.goto(`/openings/${openingId}`);
  await tabTo(page, page.getByRole("link", { name: "申请这个职位" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "申请这个职位" })).toBeVisible();
  if (javaScriptOn) await waitForHydration(page);
  // Prefilled from the account: no retyping.
  await expect(page.getByLabel("你的称呼")).toHaveValue("小李");
  await expectNoAxeViolations(page);
  // The passport box is never ticked in advance.
  const shareBox = page.getByRole("checkbox", { name: "把我的便利需求卡分享给这家用人单位" });
  if (share) await expect(shareBox).not.toBeChecked();
  await tabTo(page, page.getByLabel("给用人单位的留言"));
  await page.keyboard.type("您好，我有两年文字客服经验，想申请这个职位。");
  if (share) {
    await tabTo(page, shareBox);
    await page.keyboard.press("Space");
    await expect(shareBox).toBeChecked();
  }
  await tabTo(page, page.getByRole("button", { name: "发送申请" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "申请已发送" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("status")).toContainText(/AW-A-\d{4}-\d{6}/);
  await expectNoAxeViolations(page);
  return new URL(page.url()).pathname;
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test.describe(`keyboard only, ${mode}`, () => {
    test.use({ javaScriptEnabled });

    test("apply sharing the passport, the employer sees it, the seeker stops sharing, the employer no longer sees it", async ({ page, browser, baseURL, setLocale }) => {
      test.setTimeout(120_000);
      await setLocale("zh-CN");
      await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
      await signUpQuickly(page, uniqueEmail());
      await writePassport(page);
      const openingId = await employerOpeningId(page.request);
      const applicationPath = await applyByKeyboard(page, openingId, { share: true });
      const applicationId = applicationPath.split("/").pop();

      const employer = await demoBrowser(browser, baseURL, "employer", javaScriptEnabled);
      await employer.page.goto(`/employer/openings/${openingId}`);
      await tabTo(employer.page, employer.page.getByRole("link", { name: /^收到的申请（\d+）$/ }));
      await employer.page.keyboard.press("Enter");
      await expect(employer.page.getByRole("heading", { level: 1, name: "收到的申请" })).toBeVisible();
      await expectNoAxeViolations(employer.page);
      await employer.page.goto(`/inbox/applications/${applicationId}`);
      await expect(employer.page.getByText("全程文字面试")).toBeVisible();
      await expect(employer.page.getByText("我用读屏软件NVDA，面试请用文字聊天。")).toBeVisible();
      await expectNoAxeViolations(employer.page);

      // The seeker now sees that it was viewed, and stops sharing.
      await page.goto(applicationPath);
      await expect(page.getByText("用人单位已查看").first()).toBeVisible();
      await tabTo(page, page.getByRole("button", { name: "停止分享" }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main").getByRole("status")).toHaveText("已停止分享。用人单位现在看不到你的便利需求卡了。");
      await expectNoAxeViolations(page);

      await employer.page.reload();
      await expect(employer.page.getByText("申请人没有在这条申请中分享便利需求卡。")).toBeVisible();
      await expect(employer.page.getByText("NVDA")).toHaveCount(0);
      await expect(employer.page.getByText("全程文字面试")).toHaveCount(0);
      await expectNoAxeViolations(employer.page);
      await employer.context.close();
    });

    test("apply without sharing: the employer never sees the passport", async ({ page, browser, baseURL, setLocale }) => {
      test.setTimeout(120_000);
      await setLocale("zh-CN");
      await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
      await signUpQuickly(page, uniqueEmail());
      // The passport form itself is walked by keyboard in the journey above; here it only has to exist.
      const saved = await page.request.post("/account/passport", {
        form: { needs: "text_only_interview", details: "我用读屏软件NVDA，面试请用文字聊天。", disability: "", consent: "on" },
        maxRedirects: 0,
      });
      expect(saved.status()).toBe(303);
      const openingId = await employerOpeningId(page.request);
      const applicationPath = await applyByKeyboard(page, openingId, { share: false });
      await expect(page.getByText("你没有把便利需求卡分享给这家用人单位。")).toBeVisible();

      const employer = await demoBrowser(browser, baseURL, "employer", javaScriptEnabled);
      await employer.page.goto(`/inbox/applications/${applicationPath.split("/").pop()}`);
      await expect(employer.page.getByText("您好，我有两年文字客服经验，想申请这个职位。")).toBeVisible();
      await expect(employer.page.getByText("申请人没有在这条申请中分享便利需求卡。")).toBeVisible();
      await expect(employer.page.getByText("NVDA")).toHaveCount(0);
      await expect(employer.page.getByText("全程文字面试")).toHaveCount(0);
      await expectNoAxeViolations(employer.page);
      await employer.context.close();
    });

    test("partner staff apply for a seeker who gave their partner permission; the seeker sees who sent it; withdrawing the permission ends it", async ({ page, browser, baseURL, setLocale }) => {
      test.setTimeout(120_000);
      await setLocale("zh-CN");
      await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
      const email = uniqueEmail();
      await signUpQuickly(page, email, "小周");

      // The seeker gives the demo partner permission, with the keyboard alone.
      await page.goto("/account");
      await tabTo(page, page.getByRole("link", { name: "设置谁可以代你申请" }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1, name: "授权合作机构代你申请" })).toBeVisible();
      if (javaScriptEnabled) await waitForHydration(page);
      await expect(page.getByText("没有。只有你自己可以发送申请。")).toBeVisible();
      const partner = page.getByLabel("合作机构", { exact: true });
      await tabTo(page, partner);
      await arrowToOption(page, partner, (text) => text === DEMO_PARTNER);
      const consent = page.getByRole("checkbox", { name: /我同意这家合作机构的工作人员以我的名义发送求职申请/ });
      await expect(consent).not.toBeChecked();
      await tabTo(page, consent);
      await page.keyboard.press("Space");
      await tabTo(page, page.getByRole("button", { name: "确认授权" }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main").getByRole("status")).toContainText("授权成功");
      await expect(page.getByText(/^自 .+ 起（文本版本 assist-2026-11）$/)).toBeVisible();
      await expectNoAxeViolations(page);

      // The partner's staff apply for them from the opening's page.
      const openingId = await employerOpeningId(page.request);
      const staff = await demoBrowser(browser, baseURL, "staff", javaScriptEnabled);
      await staff.page.goto(`/openings/${openingId}`);
      await tabTo(staff.page, staff.page.getByRole("link", { name: "代求职者申请" }));
      await staff.page.keyboard.press("Enter");
      await expect(staff.page.getByRole("heading", { level: 1, name: "代求职者申请" })).toBeVisible();
      if (javaScriptEnabled) await waitForHydration(staff.page);
      await expectNoAxeViolations(staff.page);
      const who = staff.page.getByLabel("为谁申请");
      await tabTo(staff.page, who);
      await arrowToOption(staff.page, who, (text) => text.includes(email));
      const seekerId = await who.inputValue();
      await tabTo(staff.page, staff.page.getByLabel("给用人单位的留言"));
      await staff.page.keyboard.type("您好，我是就业服务中心的王明，和小周一起写了这份申请。");
      await tabTo(staff.page, staff.page.getByRole("button", { name: "发送申请" }));
      await staff.page.keyboard.press("Enter");
      await expect(staff.page.getByRole("heading", { level: 1, name: "申请已发送" })).toBeVisible();
      await expect(staff.page.getByRole("main").getByRole("status")).toContainText(/已替小周发送申请，申请编号 AW-A-\d{4}-\d{6}/);
      await expectNoAxeViolations(staff.page);

      // The seeker is told (in the portal and by email), and their application says who sent it.
      const applicationPath = await linkFromOutbox(page, email, "/account/applications/");
      await page.goto("/account/notifications");
      await expect(page.getByText(new RegExp(`${DEMO_PARTNER}的王明已代你申请`))).toBeVisible();
      await page.goto("/account/applications");
      await tabTo(page, page.getByRole("link", { name: /图像框选/ }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${applicationPath}$`));
      // Once among the facts, once in the history.
      await expect(page.getByText(`由${DEMO_PARTNER}的王明代你发送`)).toHaveCount(2);
      // Staff never shared the passport; only the seeker can, here.
      await expect(page.getByText("你没有把便利需求卡分享给这家用人单位。")).toBeVisible();
      await expectNoAxeViolations(page);

      // Withdrawing the permission ends it at once: not offered, and refused if sent anyway.
      await page.goto("/account/assistance");
      await tabTo(page, page.getByRole("button", { name: `撤回对${DEMO_PARTNER}的授权` }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main").getByRole("status")).toHaveText("授权已撤回。这家机构不能再代你申请了。");
      await expect(page.getByText("没有。只有你自己可以发送申请。")).toBeVisible();
      await staff.page.goto(`/staff/apply/${openingId}`);
      await expect(staff.page.getByRole("option", { name: new RegExp(email.replace(/[.]/g, "\\.")) })).toHaveCount(0);
      const refused = await staff.page.request.post(`/staff/apply/${openingId}`, {
        form: { key: randomUUID(), seeker: seekerId, contactName: "", contactPhone: "", experience: "", message: "再试一次" },
        maxRedirects: 0,
      });
      expect(refused.status()).toBe(404);
      await staff.context.close();
    });
  });
}

test.describe("applying, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor is sent to sign in and comes back to the form; errors keep everything typed; a draft survives leaving", async ({ page, browser, baseURL, setLocale }) => {
    test.setTimeout(120_000);
    await setLocale("zh-CN");
    await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
    const email = uniqueEmail();
    await signUpQuickly(page, email, "小王");
    await page.context().clearCookies();
    await setLocale("zh-CN");
    const openingId = await employerOpeningId(page.request);
    await page.goto(`/openings/${openingId}`);
    await page.getByRole("link", { name: "登录后申请" }).click();
    await page.getByLabel("邮箱地址").fill(email);
    await page.getByLabel("密码", { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "登录" }).last().click();
    await expect(page).toHaveURL(new RegExp(`/openings/${openingId}/apply$`));
    await expect(page.getByText("你还没有便利需求卡，申请也不需要它。")).toBeVisible();

    // Empty message: an error summary, a title starting with 错误：, and the name kept.
    await page.getByLabel("你的称呼").fill("王小明");
    await page.getByRole("button", { name: "发送申请" }).click();
    await expect(page).toHaveTitle(/^错误：/);
    await expect(page.getByRole("alert").getByRole("link", { name: "请给用人单位写一段留言" })).toHaveAttribute("href", "#message");
    await expect(page.getByLabel("你的称呼")).toHaveValue("王小明");
    await expectNoAxeViolations(page);

    // Save and come back later: the draft is on the server.
    await page.getByLabel("给用人单位的留言").fill("我下午再写完。");
    await page.getByRole("button", { name: "保存，稍后继续" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("草稿已保存");
    await expectNoAxeViolations(page);
    await page.goto("/account/applications");
    await expect(page.getByText("草稿（未发送）")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/openings/${openingId}`);
    await page.getByRole("link", { name: "继续填写申请" }).click();
    await expect(page.getByLabel("给用人单位的留言")).toHaveValue("我下午再写完。");
    await expect(page.getByLabel("你的称呼")).toHaveValue("王小明");
    await axeWithJavaScript(browser, baseURL, email, [`/openings/${openingId}/apply?saved`, "/account/applications"]);

    // A file that is not a CV is refused by its content, and the text stays.
    await page.getByLabel("简历（选填）").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("not really a pdf") });
    await page.getByRole("button", { name: "发送申请" }).click();
    await expect(page.getByRole("alert")).toContainText("所选文件必须是 PDF、DOCX 或 ODT 格式。");
    await expect(page.getByLabel("给用人单位的留言")).toHaveValue("我下午再写完。");
  });

  test("a double submit, or a resent POST, makes one application", async ({ page, setLocale }) => {
    await setLocale("zh-CN");
    await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
    await signUpQuickly(page, uniqueEmail());
    const openingId = await employerOpeningId(page.request);
    await page.goto(`/openings/${openingId}/apply`);
    const key = await page.locator('input[name="key"]').inputValue();
    const form = { key, intent: "submit", contactName: "小李", contactPhone: "", experience: "", message: "同一份申请，发了两次。" };
    const [first, second] = await Promise.all([
      page.request.post(`/openings/${openingId}/apply`, { multipart: form, maxRedirects: 0 }),
      page.request.post(`/openings/${openingId}/apply`, { multipart: form, maxRedirects: 0 }),
    ]);
    expect([first.status(), second.status()]).toEqual([303, 303]);
    const target = (r: typeof first) => new URL(r.headers().location ?? "", "http://x").pathname;
    expect(target(first)).toMatch(/^\/account\/applications\/\d+$/);
    expect(target(second)).toBe(target(first));
    // Resent later (after a network error): the same application again.
    const third = await page.request.post(`/openings/${openingId}/apply`, { multipart: form, maxRedirects: 0 });
    expect(third.status()).toBe(303);
    expect(target(third)).toBe(target(first));
    await page.goto("/account/applications");
    await expect(page.getByRole("link", { name: /图像框选/ })).toHaveCount(1);
  });

  test("the opening closes while the seeker writes: a clear message, and their text is shown and kept", async ({ page, browser, baseURL, setLocale }) => {
    test.setTimeout(120_000);
    await setLocale("zh-CN");
    await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
    // Staff make a fresh public opening of their own, so closing it touches no other test.
    const staff = await demoBrowser(browser, baseURL, "staff");
    const workspace = await (await staff.page.request.get("/staff")).text();
    const sourceId = /href="\/staff\/openings\/(\d+)"/.exec(workspace)?.[1];
    const copy = await staff.page.request.post(`/staff/openings/${sourceId}`, { form: { intent: "duplicate" }, maxRedirects: 0 });
    const copyId = /\/staff\/openings\/(\d+)/.exec(copy.headers().location ?? "")?.[1];
    const published = await staff.page.request.post(`/staff/openings/${copyId}`, { form: { intent: "publish" }, maxRedirects: 0 });
    expect(published.status()).toBe(303);

    const email = uniqueEmail();
    await signUpQuickly(page, email);
    await page.goto(`/openings/${copyId}/apply`);
    await page.getByLabel("给用人单位的留言").fill("这段话不能丢。");
    const closed = await staff.page.request.post(`/staff/openings/${copyId}`, { form: { intent: "close" }, maxRedirects: 0 });
    expect(closed.status()).toBe(303);
    await page.getByRole("button", { name: "发送申请" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "这个职位已停止招聘" })).toBeVisible();
    await expect(page).toHaveTitle(/^错误：/);
    await expect(page.getByText("这段话不能丢。")).toBeVisible();
    await expectNoAxeViolations(page);
    // Kept as a draft: coming back shows it again.
    await page.goto(`/openings/${copyId}/apply`);
    await expect(page.getByText("这段话不能丢。")).toBeVisible();
    await axeWithJavaScript(browser, baseURL, email, [`/openings/${copyId}/apply`]);
    await staff.context.close();
  });

  test("the seeker messages, the employer changes the status with a message, the seeker is notified and withdraws", async ({ page, browser, baseURL, setLocale }) => {
    test.setTimeout(120_000);
    await setLocale("zh-CN");
    await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
    const email = uniqueEmail();
    await signUpQuickly(page, email);
    const openingId = await employerOpeningId(page.request);
    const path = await applyByKeyboard(page, openingId, { share: false });

    const employer = await demoBrowser(browser, baseURL, "employer", false);
    await employer.page.goto(`/inbox/applications/${path.split("/").pop()}`);
    await employer.page.getByRole("button", { name: "发送" }).click();
    await expect(employer.page.getByRole("alert")).toContainText("请选择新的状态，或者写一条消息");
    await expectNoAxeViolations(employer.page);
    await employer.page.getByLabel("新的状态（选填）").selectOption("interview");
    await employer.page.getByLabel("给申请人的消息（选填）").fill("请在周二下午用文字面试，可以吗？");
    await employer.page.getByRole("button", { name: "发送" }).click();
    await expect(employer.page.getByRole("main").getByRole("status")).toHaveText("已发送，申请人会收到通知。");

    await page.goto("/account");
    await page.getByRole("link", { name: /^通知（\d+ 条未读）$/ }).click();
    await expect(page.getByText(/状态更新为：邀请面试/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "全部标为已读" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("已全部标为已读。");

    await page.goto(path);
    await expect(page.getByText("请在周二下午用文字面试，可以吗？")).toBeVisible();
    await page.getByLabel("写一条消息").fill("可以，谢谢！");
    await page.getByRole("button", { name: "发送消息" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("消息已发送。");
    await page.getByRole("button", { name: "撤回申请" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("你已撤回这条申请。");
    await expectNoAxeViolations(page);

    await employer.page.reload();
    await expect(employer.page.getByText("可以，谢谢！")).toBeVisible();
    await expect(employer.page.getByText("申请人已撤回这条申请，不能再更改。")).toBeVisible();
    await employer.context.close();
    await axeWithJavaScript(browser, baseURL, email, [path, "/account/notifications"]);
  });
});

test.describe("every new page passes axe in English too", () => {
  test("seeker pages, empty and filled, and the inbox", async ({ page, browser, baseURL, setLocale }) => {
    test.setTimeout(120_000);
    const locale: Locale = "en";
    await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
    await setLocale("zh-CN");
    // The sign-up helper fills the Chinese form; everything after it is in English.
    await signUpQuickly(page, uniqueEmail());
    await setLocale(locale);
    for (const path of ["/account/applications", "/account/notifications", "/account/passport"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    const openingId = await employerOpeningId(page.request);
    await page.goto(`/openings/${openingId}`);
    await expect(page.getByRole("link", { name: "Apply for this opening" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/openings/${openingId}/apply`);
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page).toHaveTitle(/^Error:/);
    await expectNoAxeViolations(page);
    await page.getByLabel("Your message to the employer").fill("Hello, I'd like to apply.");
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Application sent" })).toBeVisible();
    await expectNoAxeViolations(page);
    const id = new URL(page.url()).pathname.split("/").pop();
    await page.goto("/account/applications");
    await expectNoAxeViolations(page);
    await page.goto("/account/notifications");
    await expectNoAxeViolations(page);

    const employer = await demoBrowser(browser, baseURL, "employer");
    await employer.context.addCookies([localeCookie(baseURL ?? "", "en")]);
    await employer.page.goto(`/inbox/applications/${id}`);
    await expect(employer.page.getByText("The applicant has not shared an accommodation passport with this application.")).toBeVisible();
    await expectNoAxeViolations(employer.page);
    await employer.page.goto(`/inbox/openings/${openingId}`);
    await expectNoAxeViolations(employer.page);
    await employer.context.close();
  });
});
