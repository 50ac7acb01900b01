import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { freshCreditCode } from "../support/credit-codes";
import { expect, expectNoAxeViolations, linkFromOutbox, localeCookie, LOCALES, tabTo, test, TEST_PASSWORD, textedCode, uniqueEmail, VIEWPORTS } from "../support/e2e/fixtures";
import { freshMobile } from "../support/e2e/paths";
import { signInByPost } from "../support/e2e/sign-in";
import { PDF } from "../support/files";

// Issue 19's "done when", walked end to end as one story, by keyboard alone and without JavaScript:
// an employer signs up with a mobile number, is verified by its partner, invites a recruiter, who
// lists their name and submits an opening that the partner approves; a seeker finds it, sees whom to
// contact, checks the recruiter's name, and applies; the partner sees it in its statistics. The
// pages met on the way are checked with axe in both languages at 320 and 1280 px (axe needs
// JavaScript, so it runs in a second window with the same cookies). Each step has its own, fuller
// spec (employer-sign-up, employer-team, recruiters, staff, applications, statistics).

test.use({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });

const PARTNER = "明途残疾人就业服务中心（示例）";

/** Tabs to a field and types into it, as a keyboard user would. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field, 120);
  await page.keyboard.type(text);
}

/** Tabs to a button or link and presses Enter. */
async function activate(page: Page, target: Locator) {
  await tabTo(page, target, 150);
  await page.keyboard.press("Enter");
}

/**
 * Selects a radio button as a keyboard user does: Tab into its group (which lands on the checked
 * one, or on the first or last when none is), then the arrow keys until it is checked.
 */
async function choose(page: Page, radio: Locator) {
  const group = await radio.getAttribute("name");
  for (let i = 0; i < 150; i++) {
    const focused = await page.evaluate(() => (document.activeElement instanceof HTMLInputElement ? document.activeElement : null)?.name ?? null);
    if (focused === group) break;
    await page.keyboard.press("Tab");
  }
  for (let i = 0; i < 10; i++) {
    if (await radio.isChecked()) return;
    await page.keyboard.press("ArrowDown");
  }
  await expect(radio).toBeChecked();
}

/** Moves a focused native select with the arrow keys until the chosen option reads `label`. */
async function arrowTo(page: Page, select: Locator, label: string) {
  await tabTo(page, select, 120);
  for (let i = 0; i < 40; i++) {
    if ((await select.locator("option:checked").textContent())?.trim() === label) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`option “${label}” not reached with the arrow keys`);
}

/** axe on `path`, as the person of `from` sees it, in both languages at 320 and 1280 px. */
async function axeEverywhere(browser: Browser, from: BrowserContext, path: string, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: true, storageState: await from.storageState() });
  const page = await context.newPage();
  for (const locale of LOCALES) {
    await context.addCookies([localeCookie(baseURL ?? "", locale)]);
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await expectNoAxeViolations(page);
    }
  }
  await context.close();
}

const spaced = (mobile: string) => `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;

test("an employer joins by mobile, is verified, invites a recruiter who posts an opening; a seeker checks the recruiter and applies; the partner counts it", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex");
  const employerName = `许昌晨光数据服务有限公司${tag}（示例）`;
  const code = freshCreditCode();
  const ownerMobile = freshMobile();
  const recruiterMobile = freshMobile();
  const title = `居家图片标注员 ${tag}`;
  const newContext = () => browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });

  // 1. The employer signs up with a mobile number and proves it with the texted code.
  const owner = page;
  await owner.goto("/sign-up/employer");
  await typeInto(owner, owner.getByLabel("单位名称（中文）", { exact: true }), employerName);
  await typeInto(owner, owner.getByLabel("统一社会信用代码", { exact: true }), code);
  await arrowTo(owner, owner.getByLabel("离你们最近的合作机构"), `${PARTNER} · 北京 海淀区`);
  await typeInto(owner, owner.getByLabel("称呼", { exact: true }), "许晨光");
  await typeInto(owner, owner.getByLabel("邮箱地址或手机号", { exact: true }), spaced(ownerMobile));
  await typeInto(owner, owner.getByLabel("密码", { exact: true }), TEST_PASSWORD);
  await activate(owner, owner.getByRole("button", { name: "注册单位" }));
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("输入短信验证码");
  await typeInto(owner, owner.getByLabel("验证码", { exact: true }), await textedCode(owner.request, ownerMobile));
  await owner.keyboard.press("Enter");

  // In the verification journey, with the code and the partner filled in; the licence goes to the partner.
  await expect(owner).toHaveURL(/\/employer\/verification\?joined=?$/);
  await expect(owner.getByLabel("统一社会信用代码")).toHaveValue(code);
  await axeEverywhere(browser, owner.context(), path(owner), baseURL);
  await owner.getByLabel("营业执照", { exact: true }).setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
  await activate(owner, owner.getByRole("button", { name: "提交核实" }));
  await expect(owner.getByText("核实中", { exact: true })).toBeVisible();

  // 2. The partner's staff verify it.
  const staffContext = await newContext();
  const staff = await staffContext.newPage();
  await signInByPost(staff, "staff");
  await staff.goto("/staff");
  await activate(staff, staff.getByRole("region", { name: "等待核实的雇主" }).getByRole("link", { name: employerName }));
  await expect(staff.getByText(code, { exact: true })).toBeVisible();
  await choose(staff, staff.getByRole("radio", { name: "通过：雇主真实，执照信息一致" }));
  await activate(staff, staff.getByRole("button", { name: "记录决定" }));
  await expect(staff.getByRole("main").getByRole("status")).toHaveText("已通过。该雇主已核实，已发邮件通知其成员。");

  // 3. The owner invites a recruiter by mobile number.
  await owner.goto("/employer");
  await expect(owner.getByText("已核实", { exact: true })).toBeVisible();
  await owner.goto("/employer/team");
  await activate(owner, owner.getByRole("link", { name: "邀请同事" }));
  await typeInto(owner, owner.getByLabel("同事的邮箱地址或手机号", { exact: true }), spaced(recruiterMobile));
  await choose(owner, owner.getByRole("radio", { name: /^招聘人员：/ }));
  await activate(owner, owner.getByRole("button", { name: "发送邀请" }));
  await expect(owner.getByRole("main").getByRole("status")).toContainText(spaced(recruiterMobile));
  await axeEverywhere(browser, owner.context(), "/employer/team", baseURL);

  // The recruiter opens the texted link on their own phone and creates an account.
  const recruiterContext = await newContext();
  const recruiter = await recruiterContext.newPage();
  await recruiter.goto(await linkFromOutbox(owner, recruiterMobile, "/invite/"));
  await expect(recruiter.getByText(/角色是“招聘人员”/)).toBeVisible();
  await typeInto(recruiter, recruiter.getByLabel("称呼", { exact: true }), "周敏");
  await typeInto(recruiter, recruiter.getByLabel("密码", { exact: true }), TEST_PASSWORD);
  await activate(recruiter, recruiter.getByRole("button", { name: "创建账户并加入" }));
  await expect(recruiter).toHaveURL(/\/account\?joined=\d+$/);

  // They list their name on the employer's public page, so seekers they contact can check it.
  await recruiter.goto("/employer");
  await activate(recruiter, recruiter.getByRole("link", { name: "设置是否公开我的名字" }));
  await choose(recruiter, recruiter.getByRole("radio", { name: "列出我的名字" }));
  await typeInto(recruiter, recruiter.getByLabel("职务（选填）"), "招聘专员");
  await activate(recruiter, recruiter.getByRole("button", { name: "保存" }));
  await expect(recruiter.getByRole("main").getByRole("status")).toHaveText("已保存。");

  // 4. The recruiter submits an opening; the partner approves it.
  await recruiter.goto("/employer");
  await activate(recruiter, recruiter.getByRole("link", { name: "提交新职位" }));
  await arrowTo(recruiter, recruiter.getByLabel("审核机构", { exact: true }), PARTNER);
  await typeInto(recruiter, recruiter.getByLabel("职位名称（中文）"), title);
  await typeInto(recruiter, recruiter.getByLabel("职位详情（中文）"), "在家用电脑给商品图片画框、打标签。有图文教程，全程用文字沟通，不需要打电话。");
  await typeInto(recruiter, recruiter.getByLabel("每周最少小时数"), "10");
  await typeInto(recruiter, recruiter.getByLabel("每周最多小时数"), "25");
  await typeInto(recruiter, recruiter.getByLabel("最低报酬（元）"), "22");
  await typeInto(recruiter, recruiter.getByLabel("最高报酬（元）"), "30");
  await activate(recruiter, recruiter.getByRole("button", { name: "保存并预览" }));
  await expect(recruiter).toHaveURL(/\/employer\/openings\/\d+\/preview$/);
  const openingId = /\/employer\/openings\/(\d+)\/preview$/.exec(recruiter.url())?.[1];
  await activate(recruiter, recruiter.getByRole("button", { name: "提交审核" }));
  await expect(recruiter.getByRole("main").getByRole("status")).toHaveText("已提交审核。合作机构审核通过后，职位才会公开。");

  await staff.goto("/staff");
  await activate(staff, staff.getByRole("region", { name: /^等待审核/ }).getByRole("link", { name: title }));
  await choose(staff, staff.getByRole("radio", { name: "批准并发布" }));
  await activate(staff, staff.getByRole("button", { name: "记录决定" }));
  await expect(staff.getByRole("main").getByRole("status")).toHaveText("已批准并发布。");

  // 5. A seeker, on their own phone, finds it by a word of its title.
  const seekerContext = await newContext();
  const seeker = await seekerContext.newPage();
  await seeker.goto("/openings");
  await typeInto(seeker, seeker.getByRole("search").getByLabel("关键词"), `图片标注 ${tag}`);
  await seeker.keyboard.press("Enter");
  const result = seeker.getByRole("list", { name: "职位列表" }).getByRole("link", { name: title });
  await expect(result).toHaveCount(1);
  await activate(seeker, result);
  await expect(seeker.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(new URL(seeker.url()).pathname).toBe(`/openings/${openingId}`);
  await axeEverywhere(browser, seekerContext, `/openings/${openingId}`, baseURL);

  // Whom to contact: the partner that posted it, with its contacts and its page.
  const contact = seeker.getByRole("region", { name: "有问题找谁" });
  await expect(contact).toContainText(`这个职位由${PARTNER}发布`);
  await expect(contact.getByRole("link", { name: "全部联系方式和办公时间" })).toHaveAttribute("href", /^\/partners\/[a-z0-9-]+$/);

  // The recruiter's name is checked on the employer's page.
  await activate(seeker, seeker.getByRole("link", { name: employerName }).first());
  await expect(seeker.getByRole("heading", { level: 1 })).toHaveText(employerName);
  const employerPath = new URL(seeker.url()).pathname;
  const recruiters = seeker.getByRole("region", { name: "招聘人员" });
  await expect(recruiters.getByRole("listitem")).toHaveText(["周敏 · 招聘专员"]);
  await typeInto(seeker, recruiters.getByLabel("对方告诉你的名字"), "周敏");
  await activate(seeker, recruiters.getByRole("button", { name: "核对" }));
  await expect(seeker.getByRole("region", { name: "招聘人员" }).getByRole("status")).toContainText("周敏 是这家单位公开的招聘人员。");
  await axeEverywhere(browser, seekerContext, employerPath, baseURL);

  // They have no account yet: from "sign in to apply" they sign up, and come straight back to apply.
  const seekerEmail = uniqueEmail("walk");
  await seeker.goto(`/openings/${openingId}`);
  await activate(seeker, seeker.getByRole("link", { name: "登录后申请" }));
  await activate(seeker, seeker.getByRole("link", { name: "还没有账户？去注册" }));
  await typeInto(seeker, seeker.getByLabel("称呼", { exact: true }), "刘小雨");
  await typeInto(seeker, seeker.getByLabel("邮箱地址或手机号", { exact: true }), seekerEmail);
  await typeInto(seeker, seeker.getByLabel("密码", { exact: true }), TEST_PASSWORD);
  await seeker.keyboard.press("Enter");
  await expect(seeker).toHaveURL(new RegExp(`/openings/${openingId}/apply$`));
  await typeInto(seeker, seeker.getByLabel("给用人单位的留言"), "你好，我做过两年电商图片处理，每天下午可以工作四小时。我用读屏软件，习惯用文字沟通。");
  await activate(seeker, seeker.getByRole("button", { name: "发送申请" }));
  await expect(seeker).toHaveURL(/\/account\/applications\/\d+\?submitted$/);
  await expect(seeker.getByRole("main")).toContainText(title);
  await axeEverywhere(browser, seekerContext, path(seeker), baseURL);

  // The recruiter finds it in the opening's inbox, from the seeker by name.
  await recruiter.goto(`/inbox/openings/${openingId}`);
  await expect(recruiter.getByRole("main").getByRole("link", { name: /刘小雨/ })).toHaveCount(1);

  // 6. The partner sees it in its statistics: the new employer has its row, one application shown as
  // "fewer than 5" (never a figure that could point at one person), and no interview or hire yet.
  await staff.goto("/staff");
  await activate(staff, staff.getByRole("link", { name: "成果统计" }));
  const row = staff.getByRole("table", { name: "按用人单位" }).getByRole("row", { name: new RegExp(employerName.replace(/[()（）]/g, ".")) });
  await expect(row).toHaveCount(1);
  const byEmployer = staff.getByRole("table", { name: "按用人单位" });
  await expect(byEmployer.getByRole("columnheader")).toHaveText(["用人单位", "申请", "面试", "录用", "6 个月仍在职"]);
  await expect(row.getByRole("cell")).toHaveText(["少于 5", "0", "0", "0"]);
  await axeEverywhere(browser, staffContext, "/staff/statistics", baseURL);

  await Promise.all([staffContext.close(), recruiterContext.close(), seekerContext.close()]);
});
