import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, localeCookie, LOCALES, signUp, tabTo, test, uniqueEmail, VIEWPORTS, type Locale } from "../support/e2e/fixtures";
import { signInByPost, signInWithKeyboard } from "../support/e2e/sign-in";

// Partner staff and employers: posting, reviewing and moderating openings. The demo seed gives the
// staff account (明途, Mingtu) and the employer account (光山明线, Brightline) real work; every test
// makes its own openings, with a random token in the title so parallel tests never meet.

const token = () => `Zq${randomBytes(3).toString("hex")}`;
/**
 * A made-up address from the IPv6 documentation range, fresh for each test, so its report and sign-in
 * limits start from zero even on a database that earlier runs have used.
 */
const testIp = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;

/** A visitor's own browser, with its own cookies, in Chinese. */
async function visitor(browser: Browser, baseURL: string | undefined, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled });
  await context.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  return { context, page: await context.newPage() };
}

/** Chooses a radio by clicking its label, as a mouse user does (the input itself is visually hidden). */
async function choose(page: Page, name: string) {
  const radio = page.getByRole("radio", { name, exact: true });
  await radio.locator("xpath=ancestor::label").click();
  await expect(radio).toBeChecked();
}

/** Selects all the text in the focused field and types over it. */
async function retype(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

test.describe("keyboard only, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("staff post an opening with errors, fix them, preview and publish; a visitor finds and reports it; staff take it down", async ({
    page,
    browser,
    baseURL,
    setLocale,
  }) => {
    test.setTimeout(120_000);
    await setLocale("zh-CN");
    const mark = token();
    const title = `远程字幕校对员 ${mark}`;

    // Sign in.
    await signInWithKeyboard(page, "staff");

    // To the workspace, then a new opening.
    await tabTo(page, page.getByRole("banner").getByRole("link", { name: "工作台" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("工作台");
    await tabTo(page, page.getByRole("link", { name: "发布新职位" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/staff\/openings\/new$/);

    // First try: no employer, no description, and the hours typed in words.
    await tabTo(page, page.getByLabel("职位名称（中文）"));
    await page.keyboard.type(title);
    await tabTo(page, page.getByLabel("每周最少小时数"));
    await page.keyboard.type("十");
    await tabTo(page, page.getByLabel("每周最多小时数"));
    await page.keyboard.type("20");
    await tabTo(page, page.getByRole("checkbox", { name: "整份工作（包括面试）都可以用文字完成" }));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByLabel("最低报酬（元）"));
    await page.keyboard.type("30");
    await tabTo(page, page.getByLabel("最高报酬（元）"));
    await page.keyboard.type("45");
    await tabTo(page, page.getByRole("button", { name: "保存并预览" }), 120);
    await page.keyboard.press("Enter");

    await expect(page).toHaveTitle(/^错误：发布新职位 - 无碍就业$/);
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("heading")).toHaveText("有问题需要修改");
    await expect(summary.getByRole("link")).toHaveText(["请选择雇主", "请至少用一种语言填写职位详情", "每周最少小时数请填整数，例如 10"]);
    // Nothing typed is lost, and each field says what is wrong.
    await expect(page.getByLabel("职位名称（中文）")).toHaveValue(title);
    await expect(page.getByLabel("最高报酬（元）")).toHaveValue("45");
    await expect(page.getByRole("checkbox", { name: "整份工作（包括面试）都可以用文字完成" })).toBeChecked();
    await expect(page.getByLabel("职位详情（中文）")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("每周最少小时数")).toHaveValue("十");

    // Fix them: the summary's first link leads to the employer choice.
    await tabTo(page, summary.getByRole("link", { name: "请选择雇主" }));
    await page.keyboard.press("Enter");
    const employer = page.getByLabel("雇主", { exact: true });
    await expect(employer).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(employer).not.toHaveValue("");
    await expect(employer.locator("option:checked")).not.toContainText("未核实");
    await tabTo(page, page.getByLabel("职位详情（中文）"));
    await page.keyboard.type("观看短视频，对照画面修改自动生成的中文字幕。全程在家完成，可以只用文字沟通。");
    await tabTo(page, page.getByLabel("每周最少小时数"));
    await retype(page, "8");
    await tabTo(page, page.getByRole("button", { name: "保存并预览" }), 120);
    await page.keyboard.press("Enter");

    // The preview is the public page itself, with a note that it is a preview.
    await expect(page).toHaveURL(/\/staff\/openings\/\d+\/preview$/);
    await expect(page).toHaveTitle(`预览：${title} - 无碍就业`);
    await expect(page.getByText("这是预览。求职者看到的页面和下面完全一样。")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { level: 2, name: "无障碍信息" })).toBeVisible();
    await expect(page.getByText("每周 8–20 小时")).toBeVisible();
    const openingId = /\/staff\/openings\/(\d+)\/preview$/.exec(page.url())?.[1];
    await tabTo(page, page.getByRole("button", { name: "发布", exact: true }), 120);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/staff/openings/${openingId}\\?done=published$`));
    await expect(page.getByRole("main").getByRole("status")).toHaveText("已发布。求职者现在可以看到这个职位。");

    // A visitor, also keyboard only and without JavaScript, finds it in the search and reports it.
    const guest = await visitor(browser, baseURL, false);
    const reporterEmail = `reporter-${mark.toLowerCase()}@example.org`;
    await guest.page.goto(`/openings?q=${mark}`);
    const result = guest.page.getByRole("list", { name: "职位列表" }).getByRole("link", { name: title });
    await expect(result).toHaveCount(1);
    await tabTo(guest.page, result, 120);
    await guest.page.keyboard.press("Enter");
    await expect(guest.page).toHaveURL(new RegExp(`/openings/${openingId}\\?from=`));
    await tabTo(guest.page, guest.page.getByRole("link", { name: "举报这个职位" }), 120);
    await guest.page.keyboard.press("Enter");
    await expect(guest.page.getByRole("heading", { level: 1 })).toHaveText("举报这个职位");
    await tabTo(guest.page, guest.page.getByRole("radio", { name: "虚假职位" }));
    await guest.page.keyboard.press("ArrowDown");
    await expect(guest.page.getByRole("radio", { name: "要求求职者交钱" })).toBeChecked();
    await tabTo(guest.page, guest.page.getByLabel("具体情况（选填）"));
    await guest.page.keyboard.type("打电话来的人说要先交300元服装费才能上岗。");
    await tabTo(guest.page, guest.page.getByLabel("你的邮箱（选填）"));
    await guest.page.keyboard.type(reporterEmail);
    await tabTo(guest.page, guest.page.getByRole("button", { name: "发送举报" }));
    await guest.page.keyboard.press("Enter");
    await expect(guest.page.getByRole("heading", { level: 1 })).toHaveText("谢谢，我们收到了你的举报");

    // Staff find the report in their moderation queue and take the opening down, with a reason.
    await page.goto("/staff");
    const reportLink = page.getByRole("region", { name: "举报处理" }).getByRole("link", { name: new RegExp(mark) });
    await expect(reportLink).toHaveText(`要求求职者交钱：${title}`);
    await tabTo(page, reportLink, 120);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("处理举报");
    await expect(page.getByText("打电话来的人说要先交300元服装费才能上岗。")).toBeVisible();
    await expect(page.getByText("举报人希望知道处理结果，系统会自动发邮件告诉他们。")).toBeVisible();
    // The reporter's address is never shown to staff.
    await expect(page.getByText(reporterEmail)).toHaveCount(0);
    await tabTo(page, page.getByRole("radio", { name: "驳回：没有发现问题" }));
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: "下线职位：立即停止公开" })).toBeChecked();
    await tabTo(page, page.getByLabel("原因", { exact: true }));
    await page.keyboard.type("向雇主核实后，确认有人以本职位名义收取服装费。");
    await tabTo(page, page.getByRole("button", { name: "记录决定" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("职位已下线，关于它的举报都已处理。");

    // The opening is gone for the public, its history says why, and the reporter was told.
    expect((await guest.page.goto(`/openings/${openingId}`))?.status()).toBe(404);
    await guest.page.goto(`/openings?q=${mark}`);
    await expect(guest.page.getByRole("link", { name: title })).toHaveCount(0);
    await page.goto(`/staff/openings/${openingId}`);
    await expect(page.getByText("已关闭", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "修改历史" }).getByRole("listitem").first()).toContainText("因举报下线了职位");
    await guest.page.goto(`/dev/outbox?to=${encodeURIComponent(reporterEmail)}`);
    await expect(guest.page.getByText(`收件人：${reporterEmail}`, { exact: false })).toBeVisible();
    await guest.context.close();
  });
});

/**
 * A seeded opening of the staff account's partner, found by its title with the workspace's opening
 * search, as staff would once the workspace page shows only the newest of each status.
 */
async function staffOpeningPath(page: Page, title: string): Promise<string | null> {
  await page.goto(`/staff/openings?${new URLSearchParams({ q: title }).toString()}`);
  return page.locator(".work-list").getByRole("link", { name: title, exact: true }).getAttribute("href");
}

test("an employer submits an opening, it waits in review, and staff approve it", async ({ page, browser, baseURL, setLocale }) => {
  test.setTimeout(90_000);
  const mark = token();
  const title = `Remote proofreader ${mark}`;

  // The employer, in English.
  await setLocale("en");
  await signInByPost(page, "employer");
  await page.goto("/employer");
  await page.getByRole("link", { name: "Submit a new opening" }).click();
  await page.getByLabel("Reviewing partner").selectOption({ label: "Mingtu Disability Employment Service Centre (demo)" });
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Description in English").fill("Check transcripts of short recordings against the audio, from home, in your own time.");
  await page.getByLabel("Fewest hours a week").fill("5");
  await page.getByLabel("Most hours a week").fill("15");
  await page.getByLabel("Lowest pay (yuan)").fill("20");
  await page.getByLabel("Highest pay (yuan)").fill("35");
  await page.getByRole("button", { name: "Save and preview" }).click();
  await expect(page).toHaveURL(/\/employer\/openings\/\d+\/preview$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const openingId = /\/employer\/openings\/(\d+)\/preview$/.exec(page.url())?.[1];
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Submitted. It goes public once the partner approves it.");
  await expect(page.getByText("Waiting for review", { exact: true })).toBeVisible();

  // Not public while it waits.
  const guest = await visitor(browser, baseURL, true);
  expect((await guest.page.goto(`/openings/${openingId}`))?.status()).toBe(404);

  // Staff find it in their review queue. Returning it needs a reason; approving publishes it.
  const staffContext = await browser.newContext({ baseURL, locale: "zh-CN" });
  await staffContext.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  const staff = await staffContext.newPage();
  await signInByPost(staff, "staff");
  await staff.goto("/staff");
  await staff.getByRole("region", { name: /^等待审核/ }).getByRole("link", { name: title }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`管理职位：${title}`);
  await choose(staff, "退回给雇主修改");
  await staff.getByRole("button", { name: "记录决定" }).click();
  await expect(staff).toHaveTitle(/^错误：/);
  await expect(staff.getByRole("alert").getByRole("link")).toHaveText(["退回时请写明原因，雇主会看到"]);
  // The error page has settled (the summary has taken focus) before the next choice is made.
  await expect(staff.getByRole("alert")).toBeFocused();
  await choose(staff, "批准并发布");
  await staff.getByRole("button", { name: "记录决定" }).click();
  await expect(staff.getByRole("main").getByRole("status")).toHaveText("已批准并发布。");
  await expect(staff.getByRole("region", { name: "修改历史" }).getByRole("listitem")).toHaveText([
    /王明 批准并发布了职位/,
    /Li Na 提交了审核/,
    /Li Na 创建了草稿/,
  ]);

  expect((await guest.page.goto(`/openings/${openingId}`))?.status()).toBe(200);
  await page.goto("/employer");
  await expect(page.getByRole("region", { name: /^Published/ }).getByRole("link", { name: title })).toBeVisible();
  await guest.context.close();
  await staffContext.close();
});

test("nobody reaches another organisation's openings, even with the id in the address", async ({ page, browser, baseURL, request }) => {
  // Another partner's opening (光山禾乡 posted it), found the way the public finds it.
  await page.goto("/openings?q=图像框选");
  const foreignPath = await page.getByRole("list", { name: "职位列表" }).getByRole("link").first().getAttribute("href");
  const foreignId = /\/openings\/(\d+)(\?|$)/.exec(foreignPath ?? "")?.[1];
  expect(foreignId).toBeTruthy();

  await signInByPost(page, "staff");
  for (const path of [`/staff/openings/${foreignId}`, `/staff/openings/${foreignId}/edit`, `/staff/openings/${foreignId}/preview`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  const edit = await page.request.post(`/staff/openings/${foreignId}/edit`, {
    form: { employerId: "1", title_zh: "被改掉的标题", description_zh: "x", work_arrangement: "remote", employment_form: "flexible", hours_min: "1", hours_max: "2", schedule: "flexible", pay_min: "1", pay_max: "2", pay_unit: "hour" },
    maxRedirects: 0,
  });
  expect(edit.status()).toBe(404);
  const close = await page.request.post(`/staff/openings/${foreignId}`, { form: { intent: "close" }, maxRedirects: 0 });
  expect(close.status()).toBe(404);
  const publicPage = await request.get(`/openings/${foreignId}`);
  expect(publicPage.status()).toBe(200);
  expect(await publicPage.text()).not.toContain("被改掉的标题");

  // The employer member (光山明线): a Mingtu opening for another employer (安语云客服) is not theirs.
  const mingtuPath = await staffOpeningPath(page, "在线客服专员（文字，全国可远程）");
  const mingtuId = /\/staff\/openings\/(\d+)$/.exec(mingtuPath ?? "")?.[1];
  const employerContext = await browser.newContext({ baseURL, locale: "zh-CN" });
  const employer = await employerContext.newPage();
  await signInByPost(employer, "employer");
  for (const path of [`/employer/openings/${mingtuId}`, `/employer/openings/${mingtuId}/edit`, `/employer/openings/${mingtuId}/preview`]) {
    expect((await employer.goto(path))?.status(), path).toBe(404);
  }
  // Employers have no staff workspace, and staff choosing an organisation they don't belong to get 404.
  expect((await employer.goto("/staff"))?.status()).toBe(403);
  expect((await page.goto("/staff?org=999999"))?.status()).toBe(404);
  await employerContext.close();

  // Visitors are asked to sign in; job seekers are refused.
  const guest = await browser.newContext({ baseURL, locale: "zh-CN" });
  const guestPage = await guest.newPage();
  await guestPage.goto("/staff/openings/new");
  await expect(guestPage).toHaveURL(/\/sign-in\?redirectTo=%2Fstaff%2Fopenings%2Fnew$/);
  await signUp(guestPage, uniqueEmail());
  expect((await guestPage.goto("/employer"))?.status()).toBe(403);
  await guest.close();
});

test("reports are limited per address, with a translated 429 and no CAPTCHA", async ({ request, page }) => {
  const href = (await page.goto("/openings?q=图像框选")) && (await page.getByRole("list", { name: "职位列表" }).getByRole("link").first().getAttribute("href"));
  // The opening's own address, without the search its link carries.
  const path = href?.split("?")[0];
  const headers = { "X-Forwarded-For": testIp() };
  const statuses: number[] = [];
  let last = "";
  for (let i = 0; i < 11; i++) {
    const response = await request.post(`${path}/report`, { form: { details: `第${i}次` }, headers, maxRedirects: 0 });
    statuses.push(response.status());
    if (i === 10) {
      last = await response.text();
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    }
  }
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
  expect(statuses[10]).toBe(429);
  expect(last).toContain("这个网络发送的举报太多了，请一小时后再试。");
  // What was typed comes back, so nothing is lost.
  expect(last).toContain("第10次");
  expect(last).not.toMatch(/captcha/i);
});

/** Runs axe at both widths, and checks the things every page must have. */
async function checkPage(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page).toHaveTitle(/.+ - (无碍就业|AccessWork)$/);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectNoAxeViolations(page);
  }
}

const T = {
  "zh-CN": {
    savePreview: "保存并预览",
    pending: /^等待审核/,
    draft: /^草稿/,
    reports: "举报处理",
    record: "记录决定",
    returnIt: "退回给雇主修改",
    hoursMin: "每周最少小时数",
    seededPending: "北京话语音转写校对员（远程）",
    seededReturned: "图片审核标注员（居家）",
    seededPublished: "在线客服专员（文字，全国可远程）",
    send: "发送举报",
    submitEmployer: "提交审核",
    returnedHeading: "退回原因",
    otherReason: "其他问题",
  },
  en: {
    savePreview: "Save and preview",
    pending: /^Waiting for review/,
    draft: /^Draft/,
    reports: "Reports",
    record: "Record decision",
    returnIt: "Return to the employer for changes",
    hoursMin: "Fewest hours a week",
    seededPending: "Beijing dialect transcript checker (remote)",
    seededReturned: "Image review annotator (from home)",
    seededPublished: "Online customer service agent (text chat, remote)",
    send: "Send report",
    submitEmployer: "Submit for review",
    returnedHeading: "Why it was returned",
    otherReason: "Something else",
  },
} as const;

for (const locale of LOCALES) {
  test.describe(`${locale}`, () => {
    test(`every staff page passes axe, with and without errors`, async ({ page, setLocale, context, consoleProblems: _ }) => {
      test.setTimeout(180_000);
      const words = T[locale];
      await context.setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
      await signInByPost(page, "staff");
      await setLocale(locale);

      await page.goto("/staff");
      await checkPage(page, locale);
      // Seeded openings, by title: other tests running alongside add and change their own.
      const pendingPath = await page.getByRole("region", { name: words.pending }).getByRole("link", { name: words.seededPending, exact: true }).getAttribute("href");
      // A report itself (the section also links to the list of all reports).
      const reportPath = await page.getByRole("region", { name: words.reports, exact: true }).getByRole("listitem").getByRole("link").first().getAttribute("href");
      // The workspace shows the ten newest of each status; a seeded one is found with its search.
      const publishedPath = await staffOpeningPath(page, words.seededPublished);

      await page.goto("/staff/openings/new");
      await checkPage(page, locale);
      await page.getByRole("button", { name: words.savePreview }).click();
      await expect(page.getByRole("alert")).toBeVisible();
      await checkPage(page, locale);

      // An employer's opening waiting for review: the manage page, its review form with an error, preview, edit.
      await page.goto(pendingPath ?? "");
      await checkPage(page, locale);
      await choose(page, words.returnIt);
      await page.getByRole("button", { name: words.record }).click();
      await expect(page.getByRole("alert")).toBeVisible();
      await checkPage(page, locale);
      await page.goto(`${pendingPath}/preview`);
      await checkPage(page, locale);
      await page.goto(`${pendingPath}/edit`);
      await checkPage(page, locale);
      await page.getByLabel(words.hoursMin).fill("");
      await page.getByLabel(words.hoursMin).press("Enter");
      await expect(page.getByRole("alert")).toBeVisible();
      await checkPage(page, locale);

      await page.goto(publishedPath ?? "");
      await checkPage(page, locale);
      await page.goto(`${publishedPath}/preview`);
      await checkPage(page, locale);

      // A report, empty decision (errors), and the public report form in all three states.
      await page.goto(reportPath ?? "");
      await checkPage(page, locale);
      await page.getByRole("button", { name: words.record }).click();
      await expect(page.getByRole("alert")).toBeVisible();
      await checkPage(page, locale);

      const publicId = /(\d+)$/.exec(publishedPath ?? "")?.[1];
      await page.goto(`/openings/${publicId}/report`);
      await checkPage(page, locale);
      await page.getByRole("button", { name: words.send }).click();
      await expect(page.getByRole("alert")).toBeVisible();
      await checkPage(page, locale);
      await choose(page, words.otherReason);
      await page.getByRole("button", { name: words.send }).click();
      await expect(page.getByRole("main").getByRole("status")).toBeVisible();
      await checkPage(page, locale);
    });

    test(`every employer page passes axe, with and without errors`, async ({ page, setLocale, consoleProblems: _ }) => {
      test.setTimeout(180_000);
      const words = T[locale];
      await signInByPost(page, "employer");
      await setLocale(locale);

      await page.goto("/employer");
      await checkPage(page, locale);
      // The seed's returned draft (with the partner's reason) and the one waiting for review.
      const draftPath = await page.getByRole("region", { name: words.draft }).getByRole("link", { name: words.seededReturned, exact: true }).getAttribute("href");
      const pendingPath = await page.getByRole("region", { name: words.pending }).getByRole("link", { name: words.seededPending, exact: true }).getAttribute("href");

      await page.goto("/employer/openings/new");
      await checkPage(page, locale);
      await page.getByRole("button", { name: words.savePreview }).click();
      await expect(page.getByRole("alert")).toBeVisible();
      await checkPage(page, locale);

      await page.goto(draftPath ?? "");
      await checkPage(page, locale);
      await expect(page.getByRole("button", { name: words.submitEmployer })).toBeVisible();
      await expect(page.getByRole("region", { name: words.returnedHeading })).toBeVisible();
      await page.goto(`${draftPath}/edit`);
      await checkPage(page, locale);
      await page.getByLabel(words.hoursMin).fill("");
      await page.getByLabel(words.hoursMin).press("Enter");
      await expect(page.getByRole("alert")).toBeVisible();
      await checkPage(page, locale);
      await page.goto(`${draftPath}/preview`);
      await checkPage(page, locale);
      await page.goto(pendingPath ?? "");
      await checkPage(page, locale);
    });
  });
}

test("'needs attention' counts every queue, the certification reviews and the due check-backs included", async ({ page }) => {
  await signInByPost(page, "staff");
  await page.goto("/staff");
  const attention = page.getByRole("region", { name: "需要处理" });
  const count = async (link: ReturnType<typeof attention.getByRole>) => Number((await link.textContent())?.match(/^\d+/)?.[0]);
  // The demo partner reviews certification applications; other tests may settle them as they run,
  // so the item is checked where it shows (an empty queue is not listed at all).
  const reviews = attention.getByRole("link", { name: /^\d+ 份无障碍认证申请等待审核$/ });
  if ((await reviews.count()) > 0) {
    await expect(reviews).toHaveAttribute("href", "/staff/certification");
    expect(await count(reviews)).toBeGreaterThan(0);
  }
  // Hires due for their check-back: the count is the length of the queue on its own page (0 when not listed).
  const due = attention.getByRole("link", { name: /^\d+ 位录用者到了 6 个月回访的时间$/ });
  const dueCount = (await due.count()) > 0 ? await count(due) : 0;
  if (dueCount > 0) {
    await expect(due).toHaveAttribute("href", "/staff/check-backs");
    await due.click();
  } else {
    await page.goto("/staff/check-backs");
  }
  await expect(page.getByRole("region", { name: `需要回访（${dueCount}）` })).toBeVisible();
  if (dueCount > 0) await expect(page.getByRole("region", { name: `需要回访（${dueCount}）` }).getByRole("listitem")).toHaveCount(dueCount);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("check-backs are found by a person's name, and the answered ones come at most 20 a page, keyboard only", async ({ page }) => {
    await signInByPost(page, "staff");
    await page.goto("/staff/check-backs");
    const done = page.getByRole("region", { name: /^已回访（\d+）/ });
    const total = Number((await done.getByRole("heading").textContent())?.match(/（(\d+)）/)?.[1]);
    // The demo's year of outcomes answered a dozen or so; page links appear past 20 (paging itself is
    // in the integration tests, check-backs.test.ts).
    expect(total).toBeGreaterThan(0);
    await expect(done.getByRole("listitem")).toHaveCount(Math.min(total, 20));
    await expect(done.getByRole("navigation", { name: "分页" })).toHaveCount(total > 20 ? 1 : 0);

    // A name from the list finds that person's hire alone.
    const first = (await done.getByRole("listitem").first().getByRole("link").textContent()) ?? "";
    const name = first.split("：")[0] ?? "";
    expect(name.length).toBeGreaterThan(1);
    await tabTo(page, page.getByLabel("姓名、申请编号、职位或雇主（选填）"));
    await page.keyboard.type(name);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/staff/check-backs\\?q=${encodeURIComponent(name)}$`));
    const found = page.getByRole("main").getByRole("listitem");
    expect(await found.count()).toBeGreaterThan(0);
    for (const item of await found.allTextContents()) expect(item).toContain(name);
    await expect(page.getByLabel("姓名、申请编号、职位或雇主（选填）")).toHaveValue(name);
    await tabTo(page, page.getByRole("link", { name: "清除条件" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/staff\/check-backs$/);
  });

  test("the certification queue is narrowed by the employer's name and the level, keyboard only", async ({ page }) => {
    await signInByPost(page, "staff");
    await page.goto("/staff/certification");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("认证审核");
    const words = page.getByLabel("雇主名称（选填）");
    // Other tests take and settle applications as they run: an employer listed now is looked up by name.
    const items = page.getByRole("main").getByRole("listitem");
    const listed = (await items.count()) > 0 ? ((await items.first().getByRole("link").textContent()) ?? "") : "";
    const employer = listed.split("：")[0] ?? "";
    if (employer) {
      await tabTo(page, words);
      await page.keyboard.type(employer);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/staff\/certification\?q=/);
      await expect(words).toHaveValue(employer);
      for (const item of await items.allTextContents()) expect(item).toContain(employer);
    }
    // Words no employer has: every group says so, and the level chosen is kept.
    await page.goto("/staff/certification");
    await tabTo(page, words);
    await page.keyboard.type("没有这个雇主的名字");
    await tabTo(page, page.getByLabel("申请的等级"));
    await page.getByLabel("申请的等级").selectOption("inclusion_leader");
    await tabTo(page, page.getByRole("button", { name: "查找" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/staff\/certification\?q=.+&level=inclusion_leader$/);
    await expect(items).toHaveCount(0);
    await expect(page.getByLabel("申请的等级")).toHaveValue("inclusion_leader");
    await tabTo(page, page.getByRole("link", { name: "清除条件" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/staff\/certification$/);
  });
});
