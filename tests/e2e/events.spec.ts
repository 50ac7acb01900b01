import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, linkFromOutbox, signUp, tabTo, test, uniqueEmail } from "../support/e2e/fixtures";
import { seededLiveEvent } from "../support/e2e/paths";
import { signInByPost, signInWithKeyboard } from "../support/e2e/sign-in";

// Live recruitment events (issue 20, first part): a deaf job seeker finds the event on now, registers
// and tells the organiser she needs captions and to ask in writing, sees the consent asked for when
// she forgets it, and cancels; the organiser's staff see her needs, then not. Staff create an event.
// By keyboard alone, with and without JavaScript; axe on every state with JavaScript.

/** Tabs to a field and types into it, as a keyboard user would. */
async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: true }), 120);
  await page.keyboard.type(text);
}

const LIVE_EVENT = "手语翻译与字幕岗位直播宣讲";

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled, storageState: { cookies: [], origins: [] } });

    test("a job seeker registers for the event on now with what she needs, and cancels; staff see her needs only meanwhile", async ({ page, browser, baseURL }) => {
      test.slow();
      const email = uniqueEmail("deaf-seeker");
      const name = `林静${email.slice(12, 16)}`;
      await signUp(page, email, { name });

      await page.goto("/events");
      const live = page.getByRole("region", { name: "正在进行" });
      await tabTo(page, live.getByRole("link", { name: LIVE_EVENT }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(LIVE_EVENT);
      await expect(page.getByText("正在进行 ·")).toBeVisible();

      // Needs ticked and written, the consent forgotten: one problem, and nothing is lost.
      const captions = page.getByRole("checkbox", { name: "实时文字字幕" });
      await tabTo(page, captions, 120);
      await page.keyboard.press("Space");
      const textQa = page.getByRole("checkbox", { name: "用文字提问" });
      await tabTo(page, textQa, 20);
      await page.keyboard.press("Space");
      await typeInto(page, "用你自己的话补充（选填）", "我是聋人，请让字幕员把提问也念出来。");
      await tabTo(page, page.getByRole("button", { name: "报名" }), 20);
      await page.keyboard.press("Enter");
      const summary = page.getByRole("alert");
      await expect(summary.getByRole("link")).toHaveText(["要把需要的安排告诉主办方，请勾选同意；不想告诉，请清空上面填写的内容"]);
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(page.getByRole("checkbox", { name: "实时文字字幕" })).toBeChecked();
      await expect(page.getByRole("checkbox", { name: "用文字提问" })).toBeChecked();
      await expect(page.getByLabel("用你自己的话补充（选填）", { exact: true })).toHaveValue("我是聋人，请让字幕员把提问也念出来。");
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      const share = page.getByRole("checkbox", { name: /^我同意把上面填写的需要告诉主办方/ });
      await tabTo(page, share, 120);
      await page.keyboard.press("Space");
      await tabTo(page, page.getByRole("button", { name: "报名" }), 20);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status").filter({ hasText: "报名成功" })).toBeVisible();
      await expect(page.getByText("你已经报名了这场招聘会")).toBeVisible();
      await expect(page.getByText("你告诉了主办方你需要的安排。")).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      const eventPath = new URL(page.url()).pathname;

      // The organiser's staff see who registered and what she needs.
      const staffContext = await browser.newContext({ baseURL, javaScriptEnabled });
      const staff = await staffContext.newPage();
      await signInByPost(staff, "staff");
      await staff.goto(eventPath.replace("/events/", "/staff/events/"));
      const row = staff.getByRole("row", { name: new RegExp(name) });
      await expect(row).toContainText("实时文字字幕、用文字提问");
      await expect(row).toContainText("我是聋人，请让字幕员把提问也念出来。");

      // She cancels; what she needed is gone from the organiser's page.
      await tabTo(page, page.getByRole("button", { name: "取消报名" }), 120);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status").filter({ hasText: "已取消报名" })).toBeVisible();
      await expect(page.getByRole("button", { name: "报名" })).toBeVisible();
      await staff.reload();
      await expect(staff.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
      await staffContext.close();
    });

    test("staff create an event: the form's errors, then the event on the public schedule with its calendar file", async ({ page, request }) => {
      test.slow();
      const title = `残疾人居家就业线上双选会 ${Date.now().toString(36)}`;
      await signInByPost(page, "staff");
      await page.goto("/staff");
      await tabTo(page, page.getByRole("link", { name: "招聘会" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("招聘会");
      await tabTo(page, page.getByRole("link", { name: "新建招聘会" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("新建招聘会");

      // Sent with only a title and an end before the start: every problem listed, the title kept.
      await typeInto(page, "标题（中文）", title);
      await typeInto(page, "开始时间（北京时间）", "16:00");
      await typeInto(page, "结束时间（北京时间）", "14:00");
      await tabTo(page, page.getByRole("button", { name: "保存招聘会" }), 200);
      await page.keyboard.press("Enter");
      const summary = page.getByRole("alert");
      await expect(summary.getByRole("link")).toHaveText(["请填写中文介绍", "请按“2026-12-20”的格式填写日期", "结束时间要晚于开始时间。如果在第二天结束，请填写结束日期"]);
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(page.getByLabel("标题（中文）", { exact: true })).toHaveValue(title);
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await typeInto(page, "介绍（中文）", "面向视力残疾朋友的线上双选会，岗位都可以用读屏软件完成。");
      await typeInto(page, "日期", "2027-01-15");
      const end = page.getByLabel("结束时间（北京时间）", { exact: true });
      await tabTo(page, end, 40);
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("17:30");
      const captions = page.getByRole("checkbox", { name: "实时文字字幕" });
      await tabTo(page, captions, 60);
      await page.keyboard.press("Space");
      const opening = page.getByRole("group", { name: /北京安语云客服科技有限公司.*要介绍的职位/ }).getByRole("checkbox").first();
      const openingTitle = (await opening.locator("xpath=..").innerText()).trim();
      await tabTo(page, opening, 120);
      await page.keyboard.press("Space");
      await tabTo(page, page.getByRole("button", { name: "保存招聘会" }), 120);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status").filter({ hasText: "招聘会已创建" })).toHaveText("招聘会已创建，已经公开在招聘会页面上。");
      await expect(page.getByText("2027年1月15日 16:00–17:30（北京时间）")).toBeVisible();

      // On the public schedule, with its employer (brought along by the opening) and calendar file.
      await page.goto("/events");
      await page.getByRole("region", { name: "即将举行" }).getByRole("link", { name: title }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.getByRole("region", { name: "无障碍安排" })).toContainText("实时文字字幕");
      await expect(page.getByRole("region", { name: "参加的单位" }).getByRole("link")).toHaveText(["北京安语云客服科技有限公司（示例）"]);
      await expect(page.getByRole("region", { name: "将要介绍的职位" })).toContainText(openingTitle);
      const ics = await request.get(`${new URL(page.url()).pathname}/calendar.ics`);
      expect(ics.headers()["content-type"]).toContain("text/calendar");
      expect(await ics.text()).toContain("DTSTART:20270115T080000Z");
    });
  });
}

test.describe("the live room", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  /** The captioner, signed in as the organiser's staff, sends a line from the live console by keyboard. */
  async function sendCaption(page: Page, eventPath: string, text: string, { javaScript = true } = {}) {
    await page.goto(`${eventPath.replace("/events/", "/staff/events/")}/live`);
    await typeInto(page, "字幕", text);
    await tabTo(page, page.getByRole("button", { name: "发送字幕" }), 20);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "已发送" })).toBeVisible();
    // With JavaScript the cursor is back in the caption field, for the next line; without, the
    // address's #caption brings the field into view.
    if (javaScript) await expect(page.getByLabel("字幕", { exact: true })).toBeFocused();
    else expect(new URL(page.url()).hash).toBe("#caption");
  }

  test("a deaf viewer follows the captions as they come, and chooses to have them announced", async ({ page, browser, baseURL }) => {
    test.slow();
    const eventPath = await seededLiveEvent(page);
    await page.goto(eventPath);
    await expect(page.getByRole("region", { name: "正在介绍" }).getByRole("link")).not.toHaveCount(0);
    const lines = page.locator(".live-captions__lines li");
    await expect(lines.first()).toBeVisible();
    await expectNoAxeViolations(page);

    // Announcements are off by default: the live region stays empty as lines arrive. Other tests
    // caption the same event meanwhile, so lines are found by their text, and everything the live
    // region ever says is recorded.
    const announcer = page.locator(".live-captions [aria-live='polite']");
    await announcer.evaluate((region) => {
      const said: string[] = [];
      (window as unknown as { announced: string[] }).announced = said;
      new MutationObserver(() => said.push(region.textContent ?? "")).observe(region, { childList: true, subtree: true, characterData: true });
    });
    const announced = () => page.evaluate(() => (window as unknown as { announced: string[] }).announced.filter(Boolean));
    const line = (text: string) => lines.filter({ hasText: text });
    const staffContext = await browser.newContext({ baseURL });
    const captioner = await staffContext.newPage();
    await signInByPost(captioner, "staff");
    const first = `主持人：欢迎各位，现在是第一段介绍 ${Date.now().toString(36)}。`;
    await sendCaption(captioner, eventPath, first);
    await expect(line(first)).toHaveCount(1);
    expect(await announced()).toEqual([]);

    // Turned on from the keyboard: the next line is announced, and focus never moves.
    const toggle = page.getByRole("checkbox", { name: "让读屏软件读出新字幕" });
    await tabTo(page, toggle, 80);
    await page.keyboard.press("Space");
    await expect(toggle).toBeChecked();
    const second = `招聘负责人：这个岗位可以全程用文字沟通 ${Date.now().toString(36)}。`;
    await sendCaption(captioner, eventPath, second);
    await expect(line(second)).toHaveCount(1);
    await expect.poll(announced).toContain(second);
    await expect(toggle).toBeFocused();

    // Paused, new lines wait and are counted; resumed, they are shown.
    const pause = page.getByRole("button", { name: "暂停更新" });
    await tabTo(page, pause, 20);
    await page.keyboard.press("Enter");
    const third = `主持人：稍后回答文字提问 ${Date.now().toString(36)}。`;
    await sendCaption(captioner, eventPath, third);
    const resume = page.getByRole("button", { name: /^继续更新（有 [1-9]\d* 句新字幕）$/ });
    await expect(resume).toBeVisible();
    await expect(line(third)).toHaveCount(0);
    await expect(line(second)).toHaveCount(1);
    await resume.press("Enter");
    await expect(line(third)).toHaveCount(1);
    await expectNoAxeViolations(page);
    await staffContext.close();
  });

  test("a seeker asks in writing, anonymously; the moderator publishes and answers; every viewer's page shows it in place", async ({ page, browser, baseURL }) => {
    test.slow();
    const eventPath = await seededLiveEvent(page);
    await signUp(page, uniqueEmail("asker"), { name: "提问的求职者" });
    await page.goto(eventPath);
    const question = `面试可以全程用文字吗？${Date.now().toString(36)}`;
    await typeInto(page, "你的问题", question);
    const anonymous = page.getByRole("checkbox", { name: "对其他观众匿名（主持人仍能看到是谁提的）" });
    await tabTo(page, anonymous, 20);
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "提问" }), 20);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "已提交，等主持人审核后公开。" })).toBeVisible();
    await expect(page.getByText(question)).toBeVisible();

    // A visitor watching the room: the question is not there until the moderator publishes it.
    const viewerContext = await browser.newContext({ baseURL });
    const viewer = await viewerContext.newPage();
    await viewer.goto(eventPath);
    const qa = viewer.getByRole("region", { name: "文字提问" });
    await expect(qa.getByText(question)).toHaveCount(0);

    // The moderator, by keyboard: sees who asked, publishes, answers as the organiser.
    const staffContext = await browser.newContext({ baseURL });
    const moderator = await staffContext.newPage();
    await signInByPost(moderator, "staff");
    await moderator.goto(`${eventPath.replace("/events/", "/staff/events/")}/live`);
    const held = moderator.getByRole("region", { name: "等待审核的提问" }).getByRole("listitem").filter({ hasText: question });
    await expect(held).toContainText("提问人：提问的求职者（对观众匿名）");
    await tabTo(moderator, held.getByRole("button", { name: "公开" }), 80);
    await moderator.keyboard.press("Enter");
    await expect(moderator.getByRole("status").filter({ hasText: "已处理这个提问。" })).toBeVisible();

    // The viewer's page shows it in place, without the asker's name.
    const shown = qa.getByRole("listitem").filter({ hasText: question });
    await expect(shown).toContainText("提问人：匿名观众");
    await expect(shown).not.toContainText("提问的求职者");

    const published = moderator.getByRole("region", { name: "已公开的提问" }).getByRole("listitem").filter({ hasText: question });
    await tabTo(moderator, published.getByLabel("以主办方的身份回答"), 160);
    await moderator.keyboard.type("可以，面试全程用文字，也可以请手语翻译。");
    await tabTo(moderator, published.getByRole("button", { name: "回答" }), 10);
    await moderator.keyboard.press("Enter");
    await expect(shown).toContainText("主办方 · 明途残疾人就业服务中心（示例）");
    await expect(shown).toContainText("可以，面试全程用文字，也可以请手语翻译。");
    await expectNoAxeViolations(viewer);
    await staffContext.close();
    await viewerContext.close();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a screen-reader user reads the latest captions and refreshes for new ones", async ({ page, browser, baseURL }) => {
      const eventPath = await seededLiveEvent(page);
      await page.goto(eventPath);
      const captions = page.getByRole("region", { name: "实时字幕" });
      await expect(captions.getByRole("listitem").first()).toBeVisible();
      // Nothing that needs JavaScript is offered: no toggles, a link to refresh instead.
      await expect(captions.getByRole("checkbox")).toHaveCount(0);
      const refresh = captions.getByRole("link", { name: "刷新，看最新的字幕" });

      const staffContext = await browser.newContext({ baseURL, javaScriptEnabled: false });
      const captioner = await staffContext.newPage();
      await signInByPost(captioner, "staff");
      const line = `手语老师：聋人朋友也可以报名 ${Date.now().toString(36)}。`;
      await sendCaption(captioner, eventPath, line, { javaScript: false });
      await staffContext.close();

      await tabTo(page, refresh, 80);
      await page.keyboard.press("Enter");
      // Other tests caption the same event meanwhile: the line is among the latest, not always the newest.
      await expect(page.getByRole("region", { name: "实时字幕" }).getByRole("listitem").filter({ hasText: line })).toHaveCount(1);
    });
  });
});

test.describe("the live room without JavaScript", () => {
  test.use({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });

  test("a question is asked with a plain form; an empty one is refused with the error summary", async ({ page }) => {
    const eventPath = await seededLiveEvent(page);
    await signUp(page, uniqueEmail("asker-nojs"), { name: "不用脚本的求职者" });
    await page.goto(eventPath);
    await tabTo(page, page.getByRole("button", { name: "提问" }), 120);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert").getByRole("link")).toHaveText(["请输入你的问题"]);
    const question = `手语老师需要会说话吗？${Date.now().toString(36)}`;
    await typeInto(page, "你的问题", question);
    await tabTo(page, page.getByRole("button", { name: "提问" }), 20);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "已提交，等主持人审核后公开。" })).toBeVisible();
    await expect(page.getByText(question)).toBeVisible();
  });
});

// Issue 20, second part: people the organiser invites to caption or moderate, each with only their
// part of the live console; and applications that record the event they were sent from.

/** The live console's address for an event's public address. */
const consoleOf = (eventPath: string) => `${eventPath.replace("/events/", "/staff/events/")}/live`;

/** The id of the opening being presented on the event's public page. */
async function presentedOpeningId(page: Page, eventPath: string): Promise<string> {
  await page.goto(eventPath);
  const href = await page.getByRole("region", { name: "正在介绍" }).getByRole("link").first().getAttribute("href");
  const id = /^\/openings\/(\d+)/.exec(href ?? "")?.[1];
  if (!id) throw new Error(`no opening presented on ${eventPath} (first link ${href})`);
  return id;
}

/** "Applications sent from this event" on the organiser's page of the event, as a number. */
async function applicationsFromEvent(staff: Page, eventPath: string): Promise<number> {
  await staff.goto(eventPath.replace("/events/", "/staff/events/"));
  const figure = staff.locator("dl.facts dt", { hasText: /^从这场招聘会发出的申请$/ }).locator("xpath=following-sibling::dd[1]");
  return Number((await figure.innerText()).trim());
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`invited helpers, ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled, storageState: { cookies: [], origins: [] } });

    test("an invited captioner captions the event on now from her own console, and can do nothing else there", async ({ page, browser, baseURL }) => {
      test.slow();
      // The demo captioner (赵静), who has no organisation: the partner invited her to this event.
      await signInWithKeyboard(page, "captioner");
      await page.goto("/events");
      await tabTo(page, page.getByRole("region", { name: "正在进行" }).getByRole("link", { name: LIVE_EVENT }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(LIVE_EVENT);
      const eventPath = new URL(page.url()).pathname;
      await expect(page.getByText("主办方邀请你为这场招聘会打字幕。")).toBeVisible();
      await tabTo(page, page.getByRole("link", { name: "打开直播控制台" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("直播控制台");
      expect(new URL(page.url()).pathname).toBe(consoleOf(eventPath));
      await expect(page.getByText(/^你受邀为这场招聘会打字幕。/)).toBeVisible();
      // Only her part: no choosing the opening presented, no questions; back to the public page.
      await expect(page.getByRole("radiogroup", { name: "正在介绍的职位" })).toHaveCount(0);
      await expect(page.getByRole("heading", { name: "等待审核的提问" })).toHaveCount(0);
      await expect(page.getByRole("heading", { name: "已公开的提问" })).toHaveCount(0);
      await expect(page.getByRole("link", { name: "返回招聘会页面" })).toHaveAttribute("href", eventPath);

      const line = `字幕员：欢迎收看，本场有手语翻译 ${Date.now().toString(36)}。`;
      await typeInto(page, "字幕", line);
      await tabTo(page, page.getByRole("button", { name: "发送字幕" }), 20);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status").filter({ hasText: "已发送。" })).toBeVisible();
      // With JavaScript the cursor is back in the caption field; without, #caption brings it into view.
      if (javaScriptEnabled) await expect(page.getByLabel("字幕", { exact: true })).toBeFocused();
      else expect(new URL(page.url()).hash).toBe("#caption");
      await expect(page.getByRole("region", { name: "最近发送的字幕" })).toContainText(line);
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Viewers, signed out, read her line on the event's page.
      const viewerContext = await browser.newContext({ baseURL, javaScriptEnabled });
      const viewer = await viewerContext.newPage();
      await viewer.goto(eventPath);
      await expect(viewer.getByRole("region", { name: "实时字幕" })).toContainText(line);

      // Writes outside her part are refused, whatever the page showed: choosing the opening presented
      // (the one already presented, so nothing would change if it were let through), and moderating.
      const opening = await presentedOpeningId(viewer, eventPath);
      await viewerContext.close();
      const sameSite = { Origin: new URL(page.url()).origin };
      const pin = await page.request.post(consoleOf(eventPath), { form: { intent: "pin", opening }, headers: sameSite, maxRedirects: 0 });
      expect(pin.status(), "a captioner sets the opening presented").toBe(403);
      expect(await pin.text(), "refused for her role, not as a cross-site request").not.toContain("其他网站");
      const moderate = await page.request.post(consoleOf(eventPath), { form: { intent: "moderate", questionId: "1", decision: "hidden" }, headers: sameSite, maxRedirects: 0 });
      expect(moderate.status(), "a captioner moderates a question").toBe(403);
    });
  });
}

test.describe("invited helpers", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("staff invite a moderator by email; an unknown address is an error in the summary; the moderator publishes a held question", async ({ page, browser, baseURL }) => {
    test.slow();
    const eventPath = await seededLiveEvent(page);
    const staffEventPath = eventPath.replace("/events/", "/staff/events/");

    // The moderator-to-be, with an account of her own; and a seeker who asks a question, which this
    // event holds for a moderator.
    const moderatorContext = await browser.newContext({ baseURL });
    const moderator = await moderatorContext.newPage();
    const moderatorEmail = uniqueEmail("moderator");
    const moderatorName = `审核志愿者${moderatorEmail.slice(10, 14)}`;
    await signUp(moderator, moderatorEmail, { name: moderatorName });
    const askerContext = await browser.newContext({ baseURL });
    const asker = await askerContext.newPage();
    await signUp(asker, uniqueEmail("asker"), { name: "等审核的提问者" });
    await asker.goto(eventPath);
    const question = `字幕员也会把回答打出来吗？${Date.now().toString(36)}`;
    await typeInto(asker, "你的问题", question);
    await tabTo(asker, asker.getByRole("button", { name: "提问" }), 20);
    await asker.keyboard.press("Enter");
    await expect(asker.getByRole("status").filter({ hasText: "已提交，等主持人审核后公开。" })).toBeVisible();
    // Not invited: the console is not there for her.
    expect((await asker.request.get(consoleOf(eventPath))).status(), "the console for someone not invited").toBe(404);

    // Staff, by keyboard: a made-up address first.
    await signInByPost(page, "staff");
    await page.goto(staffEventPath);
    const helpers = page.getByRole("region", { name: "字幕员和审核员" });
    const unknown = `nobody-${Date.now().toString(36)}@example.org`;
    await typeInto(page, "对方注册用的邮箱或手机号", unknown);
    const asCaptioner = page.getByRole("radio", { name: "字幕员：发送实时字幕" });
    const asModerator = page.getByRole("radio", { name: "审核员：处理观众的提问和回答" });
    await expect(asCaptioner).toBeChecked();
    await tabTo(page, asCaptioner, 10);
    await page.keyboard.press("ArrowDown");
    await expect(asModerator).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "邀请", exact: true }), 10);
    await page.keyboard.press("Enter");
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("link")).toHaveText(["没有找到用这个邮箱或手机号注册的账号。请对方先在本站注册，再邀请。"]);
    await expect(summary).toBeFocused();
    const contact = page.getByLabel("对方注册用的邮箱或手机号", { exact: true });
    await expect(contact).toHaveValue(unknown);
    await expect(page.getByRole("radio", { name: "审核员：处理观众的提问和回答" })).toBeChecked();
    await expectNoAxeViolations(page);

    // The summary's link takes her to the field; she types the moderator's address instead.
    await summary.getByRole("link").press("Enter");
    await expect(contact).toBeFocused();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(moderatorEmail);
    await tabTo(page, page.getByRole("button", { name: "邀请", exact: true }), 10);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "已邀请" })).toHaveText("已邀请，并已用邮件或短信告诉对方。对方登录后，可以从招聘会页面打开直播控制台。");
    const invited = helpers.getByRole("listitem").filter({ hasText: moderatorName });
    await expect(invited).toContainText(`${moderatorName}（${moderatorEmail}）：审核员：处理观众的提问和回答`);
    await expect(page.getByRole("alert")).toHaveCount(0);

    // Her invitation came by email, with the address of her console.
    expect(await linkFromOutbox(moderator, moderatorEmail, "/staff/events/")).toBe(consoleOf(eventPath));
    // The moderator, signed in, finds her console from the event's page and publishes the question.
    await moderator.goto(eventPath);
    await expect(moderator.getByText("主办方邀请你审核这场招聘会的提问。")).toBeVisible();
    await tabTo(moderator, moderator.getByRole("link", { name: "打开直播控制台" }), 80);
    await moderator.keyboard.press("Enter");
    await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("直播控制台");
    await expect(moderator.getByText(/^你受邀审核这场招聘会的提问。/)).toBeVisible();
    // Her part only: no caption form, no choosing the opening presented.
    await expect(moderator.getByLabel("字幕", { exact: true })).toHaveCount(0);
    await expect(moderator.getByRole("radiogroup", { name: "正在介绍的职位" })).toHaveCount(0);
    const held = moderator.getByRole("region", { name: "等待审核的提问" }).getByRole("listitem").filter({ hasText: question });
    await expect(held).toContainText("提问人：等审核的提问者");
    await tabTo(moderator, held.getByRole("button", { name: "公开" }), 80);
    await moderator.keyboard.press("Enter");
    await expect(moderator.getByRole("status").filter({ hasText: "已处理这个提问。" })).toBeVisible();
    await expect(moderator.getByRole("region", { name: "已公开的提问" })).toContainText(question);
    // Answering as the organiser stays with the partner's staff.
    await expect(moderator.getByLabel("以主办方的身份回答")).toHaveCount(0);
    await expectNoAxeViolations(moderator);
    const pin = await moderator.request.post(consoleOf(eventPath), {
      form: { intent: "pin", opening: await presentedOpeningId(asker, eventPath) },
      headers: { Origin: new URL(moderator.url()).origin },
      maxRedirects: 0,
    });
    expect(pin.status(), "a moderator sets the opening presented").toBe(403);

    // Anyone watching sees the question now.
    const viewerContext = await browser.newContext({ baseURL });
    const viewer = await viewerContext.newPage();
    await viewer.goto(eventPath);
    await expect(viewer.getByRole("region", { name: "文字提问" }).getByRole("listitem").filter({ hasText: question })).toContainText("提问人：等审核的提问者");
    await viewerContext.close();

    // Staff end the invitation, leaving the demo as it was; her console is gone.
    await tabTo(page, invited.getByRole("button", { name: `取消邀请：${moderatorName}` }), 80);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "已取消邀请。" })).toBeVisible();
    await expect(helpers.getByRole("listitem").filter({ hasText: moderatorName })).toHaveCount(0);
    await expect(helpers.getByRole("listitem").filter({ hasText: "赵静" })).toHaveCount(1);
    expect((await moderator.request.get(consoleOf(eventPath))).status(), "the console once the invitation ended").toBe(404);
    await moderatorContext.close();
    await askerContext.close();
  });
});

// Applications sent from an event are counted on the organiser's page: the two runs (with and
// without JavaScript) take turns, so each sees only its own application added to the count.
test.describe("applying from an event", () => {
  test.describe.configure({ mode: "default" });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
      test.use({ javaScriptEnabled, storageState: { cookies: [], origins: [] } });

      test("a seeker applies from the event: the apply page says where she came from, and the event's figures count it", async ({ page, browser, baseURL }) => {
        test.slow();
        const staffContext = await browser.newContext({ baseURL, javaScriptEnabled });
        const staff = await staffContext.newPage();
        await signInByPost(staff, "staff");
        const eventPath = await seededLiveEvent(staff);
        const before = await applicationsFromEvent(staff, eventPath);

        await signUp(page, uniqueEmail("event-applicant"), { name: "小李" });
        await page.goto("/events");
        await tabTo(page, page.getByRole("region", { name: "正在进行" }).getByRole("link", { name: LIVE_EVENT }), 80);
        await page.keyboard.press("Enter");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(LIVE_EVENT);
        // The link names the opening it is for (the title is there for screen readers).
        const presenting = page.getByRole("region", { name: "正在介绍" });
        const openingTitle = (await presenting.getByRole("link").first().innerText()).trim();
        // (Chrome reads a space before the title: the hidden text is out of the link's flow.)
        const escaped = openingTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const applyLink = presenting.getByRole("link", { name: new RegExp(`^从这场招聘会申请\\s?：${escaped}$`) });
        await tabTo(page, applyLink, 80);
        await page.keyboard.press("Enter");
        await expect(page.getByRole("heading", { level: 1, name: "申请这个职位" })).toBeVisible();
        expect(new URL(page.url()).search).toMatch(/^\?event=\d+$/);
        await expect(page.locator("main p").filter({ hasText: "你正在通过这场招聘会申请：" })).toHaveText(
          `你正在通过这场招聘会申请：${LIVE_EVENT}。这份申请会记录它来自这场招聘会，主办方据此了解招聘会带来了多少申请。`,
        );
        if (javaScriptEnabled) await expectNoAxeViolations(page);

        await tabTo(page, page.getByLabel("给用人单位的留言"), 40);
        await page.keyboard.type("您好，我在招聘会上看了介绍，想申请这个职位。我会手语，也可以用文字沟通。");
        await tabTo(page, page.getByRole("button", { name: "发送申请" }), 20);
        await page.keyboard.press("Enter");
        await expect(page.getByRole("heading", { level: 1, name: "申请已发送" })).toBeVisible();

        // The organiser's figures count it.
        expect(await applicationsFromEvent(staff, eventPath)).toBe(before + 1);
        await staffContext.close();
      });
    });
  }
});
