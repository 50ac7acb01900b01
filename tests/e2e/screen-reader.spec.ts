import { expect, test } from "../support/e2e/fixtures";
import { normalise, readWholePage, UNCHOSEN_OPTIONS } from "../support/e2e/screen-reader";
import { ROUTES, type RouteEntry } from "../support/e2e/routes";
import { prepareSession, reachState, resolvePath, waitForHydration } from "../support/e2e/session";

// What a screen reader says on the key pages, read from top to bottom by
// @guidepup/virtual-screen-reader. The whole spoken log is a reviewed snapshot
// (screen-reader.spec.ts-snapshots/); the assertions below name what must be in it whatever else
// changes: the landmarks, the h1, each field's label with its hint and error, and the result count.
// The page's CSP allows only its own scripts, so this test bypasses CSP to inject the reader.

test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });

/** Pages from the inventory the screen reader reads, with what each must say. */
/**
 * `hide`: elements other tests change while this runs (the newest openings; the partners or people
 * a select offers). They are hidden from the reader, so the snapshot stays stable; the same markup
 * is read elsewhere (the openings on the search page, a select's chosen option here).
 */
const READS: { entry: string; says: RegExp[]; hide?: string }[] = [
  { entry: "home", says: [/^heading, 找到适合你的远程和灵活工作, level 1$/, /^searchbox, 关键词/, /^heading, 最新职位, level 2$/], hide: ".card-list, .partner-list" },
  { entry: "search-results", says: [/^heading, 找职位, level 1$/, /^heading, “手语”找到 \d+ 个职位, level 2$/, /^list, 职位列表$/] },
  // The plain-language summary is the first thing after the title.
  { entry: "opening", says: [/^heading, .+, level 1$/, /^region, 简明介绍$/] },
  {
    entry: "sign-in-errors",
    // A password field has no ARIA role: screen readers call it a password edit by its type.
    says: [/^heading, 登录, level 1$/, /^alert, 有问题需要修改$/, /^textbox, 邮箱地址或手机号, 请输入邮箱地址或手机号, invalid$/, /^密码, 请输入密码$/],
  },
  {
    entry: "sign-up-errors",
    says: [/^heading, 注册账户, level 1$/, /^alert, 有问题需要修改$/, /^textbox, 称呼, 可以是昵称。 请输入你的称呼, invalid$/, /^textbox, 邮箱地址或手机号, .+ 请输入邮箱地址或手机号, invalid$/],
  },
  {
    entry: "report-opening-errors",
    says: [/^heading, 举报这个职位, level 1$/, /^alert, 有问题需要修改$/, /^radiogroup, 有什么问题？, 请选择是什么问题, invalid/],
  },
  {
    entry: "staff-opening-new-errors",
    says: [/^heading, 发布新职位, level 1$/, /^alert, 有问题需要修改$/, /^textbox, 职位名称（中文）, 中文和英文至少填一个。 请至少用一种语言填写职位名称, invalid$/],
    // Employers join by signing up (employer-sign-up.spec.ts adds some while the suite runs).
    hide: 'main select[name="employerId"] option:not(:checked)',
  },
  // The confirmation after applying says what happened and gives the reference.
  { entry: "application-confirmation", says: [/^heading, 申请已发送, level 1$/, /AW-A-\d{4}-\d{6}/] },
  {
    entry: "apply-errors",
    says: [/^heading, 申请这个职位, level 1$/, /^alert, 有问题需要修改$/, /^textbox, 给用人单位的留言, 为什么对这个职位感兴趣，以及你希望对方知道的事。写几句话就够了。 请给用人单位写一段留言, invalid$/],
  },
  {
    entry: "passport-errors",
    // The consent checkbox says its hint and its error, as text fields do.
    says: [/^heading, 便利需求卡, level 1$/, /^alert, 有问题需要修改$/, /^checkbox, 我同意无碍就业.+, 这项同意与账户条款分开。不勾选，这个页面上的内容一概不保存。 请勾选同意；不同意的话，我们不会保存任何内容, not checked, invalid$/],
  },
  {
    // The demo employer member chose English in their profile, which wins over the language cookie.
    entry: "employer-opening-new-errors",
    says: [/^heading, Post a new opening, level 1$/, /^alert, There is a problem$/, /^textbox, Title in Chinese, Fill in at least one language\. Enter a title in at least one language, invalid$/],
  },
  {
    entry: "report-barrier-errors",
    says: [/^heading, 报告无障碍问题, level 1$/, /^alert, 有问题需要修改$/, /^textbox, 遇到了什么问题？, 例如：“用 Tab 键到不了申请按钮。” 请说明遇到了什么问题, invalid$/],
  },
  {
    entry: "admin-organisation-new-errors",
    says: [/^heading, 添加合作机构, level 1$/, /^alert, 有问题需要修改$/, /^textbox, 中文名称, 中文和英文名称至少填写一个。 请至少填写一种语言的机构名称, invalid$/],
  },
  {
    entry: "forgot-password-errors",
    says: [/^heading, 忘记密码, level 1$/, /^alert, 有问题需要修改$/, /^link, 请输入邮箱地址或手机号$/, /^textbox, 邮箱地址或手机号, 请输入邮箱地址或手机号, invalid$/],
  },
  {
    // Partners are added while the suite runs, so only the select's chosen option is read.
    entry: "assistance-errors",
    says: [
      /^heading, 授权合作机构代你申请, level 1$/,
      /^alert, 有问题需要修改$/,
      /^combobox, 合作机构, 请选择一家合作机构, has popup listbox, not expanded, invalid$/,
      /^checkbox, 我同意这家合作机构的工作人员以我的名义发送求职申请。.+, 这项授权独立于账户条款，也与便利需求卡无关。, not checked, invalid$/,
    ],
    hide: UNCHOSEN_OPTIONS,
  },
  {
    // Seekers give the partner permission while the suite runs, so only the select's chosen option is read.
    entry: "staff-apply-errors",
    says: [
      /^heading, 代求职者申请, level 1$/,
      /^alert, 有问题需要修改$/,
      /^combobox, 为谁申请, 请选择你要为谁申请, has popup listbox, not expanded, invalid$/,
      /^textbox, 给用人单位的留言, 请和申请人一起写，用对方自己的话。用人单位会看到是你代为发送的。 请给用人单位写一段留言, invalid$/,
    ],
    hide: UNCHOSEN_OPTIONS,
  },
  {
    entry: "staff-check-back-errors",
    says: [/^heading, 回访：.+, level 1$/, /^alert, 有问题需要修改$/, /^radiogroup, .+现在还在这家雇主工作吗？, 请选择回访结果, invalid/],
  },
  {
    entry: "admin-invite-errors",
    says: [/^heading, 邀请工作人员加入.+, level 1$/, /^alert, 有问题需要修改$/, /^textbox, 工作人员的邮箱地址, 请输入工作人员的邮箱地址, invalid$/, /^radiogroup, 角色, 请选择一个角色, invalid/],
  },
  // Live events (issue 20): inviting a captioner or moderator with nothing typed; the console as the
  // invited captioner (what she is there for, and the caption form only); the application form
  // reached from the event, which says where the application comes from.
  {
    entry: "staff-event-invite-errors",
    says: [/^heading, 字幕员和审核员, level 2$/, /^alert, 有问题需要修改$/, /^textbox, 对方注册用的邮箱或手机号, 请填写对方注册用的邮箱或手机号, invalid$/, /^radiogroup, 对方做什么, /],
    // Who registered, which other tests change.
    hide: "main table",
  },
  {
    entry: "staff-event-live-captioner",
    says: [/^heading, 直播控制台, level 1$/, /^你受邀为这场招聘会打字幕。/, /^textbox, 字幕, 听到一句就发送一句/, /^heading, 最近发送的字幕, level 2$/],
    // The lines sent, which other tests add to.
    hide: ".live-captions__lines",
  },
  // The console right after the host set the opening presented: the notice, then the opening chosen.
  {
    entry: "staff-event-live-pinned",
    says: [/^heading, 直播控制台, level 1$/, /^已更新正在介绍的职位。$/, /^radiogroup, 正在介绍的职位, /, /^radio, .+, checked, /, /^button, 设为正在介绍$/],
    // The questions and the lines sent, which other tests change (their headings are read).
    hide: "section[aria-labelledby='held-heading'] > :not(h2), section[aria-labelledby='published-heading'] > :not(h2), section[aria-labelledby='muted-heading'] > :not(h2), .live-captions__lines",
  },
  // An event coming up, as a job seeker who may register: what it provides, then the form.
  {
    entry: "event",
    says: [/^heading, 居家客服与内容审核专场线上招聘会, level 1$/, /^heading, 无障碍安排, level 2$/, /^heading, 报名, level 2$/],
    hide: ".card-list",
  },
  // The event on now, for a visitor: the opening presented, the captions and the questions, which
  // other tests change (so their contents are left out; their headings are read).
  {
    entry: "event-live",
    says: [/^heading, 手语翻译与字幕岗位直播宣讲, level 1$/, /^heading, 正在介绍, level 2$/, /^heading, 实时字幕, level 2$/, /^heading, 文字提问, level 2$/],
    hide: ".card-list, section[aria-labelledby='presenting-heading'] > :not(h2), .live-captions__lines, .live-questions",
  },
  { entry: "apply-from-event", says: [/^heading, 申请这个职位, level 1$/, /^你正在通过这场招聘会申请：$/, /^手语翻译与字幕岗位直播宣讲$/] },
  // Cancelling an event, sent with nothing typed: both problems, each said with its field.
  {
    entry: "staff-event-cancel-errors",
    says: [/^heading, 取消这场招聘会, level 1$/, /^alert, 有问题需要修改$/, /^textbox, 取消的原因（中文）, .*invalid$/, /^checkbox, 我明白取消后不能恢复，报名的人会马上收到通知。, 请勾选“我明白……”，确认取消这场招聘会, not checked, invalid$/],
    // The demo event's date and time, which move with when the demo was seeded.
    hide: ".lead",
  },
  // A cancelled event: the notice, with the reason, right after the title; no registration form.
  {
    entry: "event-cancelled",
    says: [/^heading, 听障朋友远程客服专场, level 1$/, /^region, 这场招聘会已取消$/, /^主办方说明的原因：$/, /^这场招聘会已经取消，不能报名了。$/],
  },
];

/** The landmarks every page announces, in Chinese (or in English, for people who chose it in their profile). */
const LANDMARKS = [/^banner$/, /^navigation, (主导航|Main)$/, /^main$/, /^contentinfo$/];


for (const read of READS) {
  const entry = ROUTES.find((route) => route.name === read.entry) as RouteEntry | undefined;
  test(`the screen reader reads ${read.entry}`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    if (!entry) throw new Error(`${read.entry} is not in the route inventory`);
    await prepareSession(page, baseURL ?? "", entry, "zh-CN");
    await page.goto(await resolvePath(page, entry));
    await reachState(page, entry);
    // Read the page once it has settled, as a person would: no request still changing it.
    await page.waitForLoadState("networkidle");
    await waitForHydration(page);
    const log = await readWholePage(page, { hide: read.hide });
    for (const landmark of [...LANDMARKS, ...read.says]) {
      expect.soft(log.some((line) => landmark.test(line)), `the screen reader says ${landmark}`).toBe(true);
    }
    expect.soft(normalise(log)).toMatchSnapshot(`${read.entry}-zh-CN-spoken.txt`);
  });
}
