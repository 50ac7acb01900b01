import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, localeCookie, tabTo, test, type Locale } from "../support/e2e/fixtures";
import { waitForHydration } from "../support/e2e/session";
import { signInByPost } from "../support/e2e/sign-in";
import { DEMO, DEMO_PASSWORD } from "../support/demo-accounts";
import { PDF } from "../support/files";

// Accessibility certification, end to end: the demo employer (光山明线, Brightline) applies and
// sends the application to the demo staff member's partner (明途, Mingtu), who reviews it, asks for
// a change, and approves; the badge and the public certificate page then show it. Then every page
// and state passes axe: Inclusion Leader's second review, the outcomes counted from check-backs, and
// the check-back pages themselves. The tests share the demo data, so they run in order.
//
// Speed: each state is loaded once and scanned at 1280 and 320 px (a viewport change needs no
// reload), then the language cookie is switched and the page reloaded once for the other language,
// scanned at 320 and 1280 px. Error states are submitted once per language. Each person signs in
// once, in a JavaScript window shared by the tests; the keyboard journey has its own windows
// without JavaScript, where axe cannot run, so its states are scanned in the shared ones.

const STAFF = DEMO.staff.email;
const EMPLOYER = DEMO.employer.email;
const REVIEWER = DEMO.reviewer.email;
const ADMIN = DEMO.admin.email;

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 640 };
/** The employer's evidence link for R1; reviewers follow it through the portal, which remembers the opening. */
const EVIDENCE_LINK = "https://example.org/careers/accessible-recruitment";

test.describe.configure({ mode: "serial" });

/** A signed-in browser of its own, in `locale`, without JavaScript unless asked. */
async function signedIn(browser: Browser, baseURL: string | undefined, email: string, locale: Locale = "zh-CN", javaScriptEnabled = false) {
  const context = await browser.newContext({ baseURL, locale, javaScriptEnabled, viewport: WIDE });
  const page = await context.newPage();
  await signInByPost(page, { email, password: DEMO_PASSWORD });
  // Signing in chooses the person's own language; the test then picks the one it reads.
  await context.addCookies([localeCookie(baseURL ?? "", locale)]);
  return { context, page };
}

const otherLocale = (locale: Locale): Locale => (locale === "en" ? "zh-CN" : "en");

async function currentLocale(page: Page): Promise<Locale> {
  return (await page.locator("html").getAttribute("lang")) === "en" ? "en" : "zh-CN";
}

/** The server's address, set before the tests start. */
let origin = "";

async function setLocale(page: Page, locale: Locale) {
  await page.context().addCookies([localeCookie(origin, locale)]);
}

/**
 * Axe on the page as it is, in both languages at 1280 px and in English at 320 px: the current
 * language first, then the other after switching the cookie and reloading once (a viewport change
 * needs no reload). The page stays in the other language, and so does its cookie: the two always
 * agree, and the next page loads in that language (the tests find things by names in both).
 */
async function axeEveryWay(page: Page) {
  const first = await currentLocale(page);
  for (const [index, locale] of [first, otherLocale(first)].entries()) {
    if (index > 0) {
      await setLocale(page, locale);
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
    }
    await axeAtWidths(page, locale);
  }
}

/** Axe at 1280 px, and for English also at 320 px; leaves the page at 1280 px. */
async function axeAtWidths(page: Page, locale: Locale) {
  await expectNoAxeViolations(page);
  if (locale !== "en") return;
  await page.setViewportSize(NARROW);
  await expectNoAxeViolations(page);
  await page.setViewportSize(WIDE);
}

/** Sends a form that fails (`submit`) and scans the error state as `axeEveryWay` does: in each language, submitted once in each. */
async function errorEveryWay(page: Page, submit: () => Promise<void>) {
  const url = page.url();
  const first = await currentLocale(page);
  for (const [index, locale] of [first, otherLocale(first)].entries()) {
    if (index > 0) {
      await setLocale(page, locale);
      await page.goto(url);
    }
    await waitForHydration(page);
    await submit();
    await expect(page).toHaveTitle(/^(Error: |错误：)/);
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await axeAtWidths(page, locale);
  }
}

/** Loads `path` in `locale`. */
async function gotoIn(page: Page, locale: Locale, path: string) {
  await setLocale(page, locale);
  await page.goto(path);
}

/** Answers every criterion on an area page "yes" with a written description, by keyboard. */
async function answerArea(page: Page, codes: string[]) {
  for (const code of codes) {
    const group = page.getByRole("radiogroup", { name: `你们对 ${code} 的回答` });
    await tabTo(page, group.getByRole("radio", { name: "是，我们做到了" }), 80);
    await page.keyboard.press("Space");
    await expect(group.getByRole("radio", { name: "是，我们做到了" })).toBeChecked();
    await tabTo(page, page.getByLabel(`或用文字说明 ${code} 的证明`), 80);
    await page.keyboard.type(`${code}：制度文件已上传到内部系统，可应要求提供原件。`);
  }
}

const AREAS: { heading: string; codes: string[] }[] = [
  { heading: "Recruitment", codes: ["R1", "R2", "R3", "R4"] },
  { heading: "Accommodations", codes: ["A1", "A2", "A3"] },
  { heading: "Digital tools", codes: ["D1", "D2"] },
  { heading: "Flexible and remote work", codes: ["F1", "F2"] },
  { heading: "Social insurance and labour rights", codes: ["L1", "L2", "L3"] },
  { heading: "Training and progression", codes: ["T1", "T2"] },
];

/** JavaScript windows, one per person, signed in once and shared by the tests (they run in order). */
const windows: Record<"employer" | "staff" | "reviewer" | "admin", { context: BrowserContext; page: Page } | undefined> = {
  employer: undefined,
  staff: undefined,
  reviewer: undefined,
  admin: undefined,
};

function windowOf(who: keyof typeof windows): Page {
  const w = windows[who];
  if (!w) throw new Error(`no window for ${who}`);
  return w.page;
}

test.beforeAll(async ({ browser, baseURL }) => {
  origin = baseURL ?? "";
  windows.employer = await signedIn(browser, baseURL, EMPLOYER, "en", true);
  windows.staff = await signedIn(browser, baseURL, STAFF, "en", true);
  windows.reviewer = await signedIn(browser, baseURL, REVIEWER, "zh-CN", true);
  windows.admin = await signedIn(browser, baseURL, ADMIN, "en", true);
});

test.afterAll(async () => {
  for (const w of Object.values(windows)) await w?.context.close();
});

let certificateNumber = "";
/** The keyboard journey's windows, without JavaScript, and where it is; its three parts run in order. */
let journey: { employer: Page; staff: Page; close: () => Promise<unknown> } | undefined;
let applicationPath = "";
let reviewPath = "";

function journeyPages() {
  if (!journey) throw new Error("the journey has not started (the tests run in order)");
  return journey;
}

test("keyboard only, without JavaScript (1 of 3): apply with an error, submit to a chosen partner, staff ask for a change", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const employer = await signedIn(browser, baseURL, EMPLOYER);
  const staff = await signedIn(browser, baseURL, STAFF);
  journey = { employer: employer.page, staff: staff.page, close: () => Promise.all([employer.context.close(), staff.context.close()]) };
  const page = employer.page;

  // From the workspace to certification, and start.
  await page.goto("/employer");
  await tabTo(page, page.getByRole("link", { name: "无障碍认证" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/employer\/certification$/);
  await tabTo(page, page.getByRole("button", { name: "开始申请" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/employer\/certification\/\d+\/intro$/);
  applicationPath = new URL(page.url()).pathname.replace(/\/intro$/, "");
  await expect(page.getByText("第 1 步，共 8 步")).toBeVisible();
  // Veto items are explained before anything is answered.
  const veto = page.getByRole("region", { name: "否决项：请先阅读" });
  await expect(veto).toContainText("挂靠");
  await expect(veto).toContainText("收取任何费用");
  // The level options read as Chinese: no space between the two sentences.
  await expect(page.getByRole("radio", { name: /^一级 · 承诺雇主/ })).toHaveAccessibleName(/。需要达到总分的 \d+%。$/);

  // The error along the way: continue without choosing a level.
  await tabTo(page, page.getByRole("button", { name: "保存并继续" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveTitle(/^错误：/);
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link")).toHaveText(["请选择申请的等级"]);
  // Follow the summary's link to the field, then choose level 2 with the arrow key.
  await tabTo(page, summary.getByRole("link", { name: "请选择申请的等级" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("radio", { name: /^一级 · 承诺雇主/ }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /^二级 · 无障碍雇主/ })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "保存并继续" }));
  await page.keyboard.press("Enter");

  // Six areas, one per page. The first also gets uploaded PDFs for R2 and R3 and a link for R1.
  for (const [index, area] of AREAS.entries()) {
    await expect(page.getByText(`第 ${index + 2} 步，共 8 步`)).toBeVisible();
    if (index === 0) {
      await page.getByLabel("为 R2 上传文件（选填）").setInputFiles({ name: "招聘页面截图.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
      await page.getByLabel("为 R3 上传文件（选填）").setInputFiles({ name: "无障碍招聘承诺书.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
      await page.getByLabel("或给出 R1 的链接").fill(EVIDENCE_LINK);
    }
    await answerArea(page, area.codes);
    await tabTo(page, page.getByRole("button", { name: "保存并继续" }), 120);
    await page.keyboard.press("Enter");
  }

  // Check your answers: every criterion, the score, the partner that reviews it, and submit.
  await expect(page).toHaveURL(new RegExp(`${applicationPath}/check$`));
  await expect(page.getByText("第 8 步，共 8 步")).toBeVisible();
  await expect(page.getByText("按目前的回答，最高可达到：二级 · 无障碍雇主。")).toBeVisible();
  await expect(page.getByText(/文件 招聘页面截图\.pdf/)).toBeVisible();
  const partner = page.getByLabel("请哪家合作机构审核？");
  await tabTo(page, partner, 120);
  for (let i = 0; i < 12 && !/明途/.test(await partner.locator("option:checked").innerText()); i++) await page.keyboard.press("ArrowDown");
  await expect(partner.locator("option:checked")).toHaveText(/明途/);
  await tabTo(page, page.getByRole("button", { name: "提交审核" }), 120);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${applicationPath}\\?done=submitted$`));
  await expect(page.getByRole("status").filter({ hasText: "申请已提交" })).toBeVisible();
  await expect(page.getByText("审核中", { exact: true })).toBeVisible();
  await expect(page.getByText("明途残疾人就业服务中心（示例）")).toBeVisible();

  // Staff take it from the queue and ask for a change to R2.
  const sp = staff.page;
  await sp.goto("/staff");
  await tabTo(sp, sp.getByRole("link", { name: "认证审核" }));
  await sp.keyboard.press("Enter");
  await expect(sp).toHaveURL(/\/staff\/certification$/);
  const queued = sp.getByRole("region", { name: /^等待接手/ }).getByRole("link", { name: /光山明线/ });
  await tabTo(sp, queued);
  await sp.keyboard.press("Enter");
  await expect(sp).toHaveURL(/\/staff\/certification\/\d+$/);
  reviewPath = new URL(sp.url()).pathname;
  await tabTo(sp, sp.getByRole("button", { name: "由我审核" }));
  await sp.keyboard.press("Enter");
  await expect(sp.getByRole("status").filter({ hasText: "你已接手审核这份申请。" })).toBeVisible();
  // The reviewer reads the employer's answers in the reviewer's own words, with the uploaded evidence.
  await expect(sp.getByRole("term").filter({ hasText: "雇主的回答" }).first()).toBeVisible();
  await expect(sp.getByText("是，我们做到了")).toHaveCount(0);
  await expect(sp.getByRole("link", { name: "招聘页面截图.pdf" })).toBeVisible();
  await tabTo(sp, sp.getByLabel("R2 需要修改的内容（选填）"), 200);
  await sp.keyboard.type("截图里看不出申请页面是否支持只用文字申请，请补充说明。");
  await tabTo(sp, sp.getByRole("button", { name: "保存并要求修改" }), 200);
  await sp.keyboard.press("Enter");
  await expect(sp.getByRole("status").filter({ hasText: "已请雇主修改。" })).toBeVisible();
});

test("the employer's \"changes requested\" state passes axe: the overview and the step with the reviewer's comments", async () => {
  test.setTimeout(120_000);
  // Scanned in a window with JavaScript, which axe needs; the journey goes on without.
  const ep = windowOf("employer");
  await ep.goto(applicationPath);
  await expect(ep.getByRole("region", { name: /Changes the reviewer asked for|审核人员要求修改的内容/ })).toBeVisible();
  await axeEveryWay(ep);
  await ep.goto(`${applicationPath}/recruitment`);
  await expect(ep.getByText(/The reviewer says:|审核人员的意见：/).first()).toBeVisible();
  await axeEveryWay(ep);
});

test("keyboard only, without JavaScript (2 of 3): the employer answers the change, resubmits, and staff approve", async () => {
  test.setTimeout(120_000);
  const { employer: page, staff: sp } = journeyPages();
  // The employer sees the request, answers it on the recruitment page, and submits again.
  await page.goto(applicationPath);
  await expect(page.getByText("需要修改", { exact: true })).toBeVisible();
  const changes = page.getByRole("region", { name: "审核人员要求修改的内容" });
  await expect(changes).toContainText("审核人员的意见：截图里看不出");
  await tabTo(page, changes.getByRole("link", { name: /^R2/ }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${applicationPath}/recruitment`));
  await tabTo(page, page.getByLabel("关于 R2 给审核人员的回复（选填）"), 120);
  await page.keyboard.type("申请页面只有文字输入框，不需要电话或视频，已在说明中补充。");
  await tabTo(page, page.getByRole("button", { name: "保存并继续" }), 120);
  await page.keyboard.press("Enter");
  // The reply is saved and the next step opens; only then go straight to the check page.
  await page.waitForURL((url) => url.pathname.startsWith(applicationPath) && !url.pathname.endsWith("/recruitment"));
  await page.goto(`${applicationPath}/check`);
  // A resubmission goes back to the same partner: nothing to choose.
  await expect(page.getByText("重新提交后，申请会回到 明途残疾人就业服务中心（示例） 的审核人员手中。")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "重新提交" }), 120);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "申请已提交" })).toBeVisible();

  // Staff approve at Accessible Employer, but not before the evidence nobody opened yet is opened:
  // R2's file was commented on (the change asked for), R1's link and R3's file were not.
  await sp.goto(reviewPath);
  await expect(sp.getByText("申请页面只有文字输入框")).toBeVisible();
  await expect(sp.getByText("还有 2 项证明文件或链接没有人打开过，也没有意见。", { exact: false })).toBeVisible();
  await expect(sp.getByRole("link", { name: /^R\d 的证明材料$/ })).toHaveText(["R1 的证明材料", "R3 的证明材料"]);
  await expect(sp.getByText("还没有审核人员打开过。批准前，请打开它，或在下面写下意见。")).toHaveCount(3);
  await tabTo(sp, sp.getByRole("radio", { name: "一级 · 承诺雇主" }), 300);
  await sp.keyboard.press("ArrowDown");
  await expect(sp.getByRole("radio", { name: "二级 · 无障碍雇主" })).toBeChecked();
  await tabTo(sp, sp.getByRole("button", { name: "批准并颁发证书" }));
  await sp.keyboard.press("Enter");
  await expect(sp).toHaveTitle(/^错误：/);
  await expect(sp.getByRole("alert").getByRole("link")).toHaveText(["批准前，请打开每一项证明文件和链接，或对它写下意见"]);
  await expect(sp.getByRole("radio", { name: "二级 · 无障碍雇主" })).toBeChecked();
  // The refusal passes axe in both languages and widths (scanned in the window with JavaScript).
  const scanned = windowOf("staff");
  await scanned.goto(reviewPath);
  await errorEveryWay(scanned, async () => {
    await scanned.locator("input[name=level]").first().check({ force: true });
    await scanned.getByRole("button", { name: /^(Approve and issue the certificate|批准并颁发证书)$/ }).click();
  });
  // That window is in English for the tests after this one.
  await setLocale(scanned, "en");
  // R3's file is downloaded from its link by keyboard; R1's link goes through the portal, which remembers it.
  await tabTo(sp, sp.getByRole("link", { name: "无障碍招聘承诺书.pdf" }), 300);
  const download = sp.waitForEvent("download");
  await sp.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toBe("无障碍招聘承诺书.pdf");
  const link = sp.getByRole("link", { name: EVIDENCE_LINK });
  const followed = await sp.request.get(new URL((await link.getAttribute("href")) ?? "", origin).href, { maxRedirects: 0 });
  expect(followed.status()).toBe(303);
  expect(followed.headers().location).toBe(EVIDENCE_LINK);
  await sp.goto(reviewPath);
  await expect(sp.getByText(/^王明 已于 .+ 打开。$/)).toHaveCount(2);
  await expect(sp.getByRole("link", { name: /^R\d 的证明材料$/ })).toHaveCount(0);
  await tabTo(sp, sp.getByRole("radio", { name: "一级 · 承诺雇主" }), 300);
  await sp.keyboard.press("ArrowDown");
  await expect(sp.getByRole("radio", { name: "二级 · 无障碍雇主" })).toBeChecked();
  await tabTo(sp, sp.getByRole("button", { name: "批准并颁发证书" }));
  await sp.keyboard.press("Enter");
  await expect(sp.getByRole("status").filter({ hasText: "已批准，证书已颁发。" })).toBeVisible();
  const manage = sp.getByRole("link", { name: /^管理证书 AW-\d{4}-\d{4}$/ });
  certificateNumber = ((await manage.textContent()) ?? "").replace("管理证书 ", "").trim();
  expect(certificateNumber).toMatch(/^AW-\d{4}-\d{4}$/);
});

test("keyboard only, without JavaScript (3 of 3): the badge on the employer's openings leads to the public certificate, valid", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { employer: page } = journeyPages();
  // The badge on the employer's openings links to the new certificate, which is valid.
  await page.goto("/employer");
  const published = page.getByRole("region", { name: /^已公开/ }).getByRole("link").first();
  const openingId = ((await published.getAttribute("href")) ?? "").split("/").pop();
  const visitor = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: false });
  await visitor.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  const guest = await visitor.newPage();
  await guest.goto(`/openings/${openingId}`);
  const badge = guest.getByRole("link", { name: /^无障碍认证/ }).first();
  await expect(badge).toHaveAttribute("href", `/certificates/${certificateNumber}`);
  await tabTo(guest, badge, 120);
  await guest.keyboard.press("Enter");
  await expect(guest).toHaveURL(new RegExp(`/certificates/${certificateNumber}$`));
  await expect(guest.getByRole("heading", { level: 2, name: "当前状态：有效" })).toBeVisible();
  await expect(guest.getByText("二级 · 无障碍雇主").first()).toBeVisible();

  // And its machine-readable status agrees.
  const status = await guest.request.get(`/api/certificates/${certificateNumber}`);
  expect(status.headers()["access-control-allow-origin"]).toBe("*");
  expect(await status.json()).toMatchObject({ number: certificateNumber, status: "valid", level: "accessible_employer" });

  await Promise.all([journeyPages().close(), visitor.close()]);
});

let renewalPath = "";

test("employer certification pages pass axe in every state (1 of 2): list, overviews, renewal, the intro and its error", async () => {
  test.setTimeout(120_000);
  expect(certificateNumber, "the certificate issued by the journey (the tests run in order)").toMatch(/^AW-/);
  const page = windowOf("employer");
  await page.goto("/employer/certification");
  await axeEveryWay(page);
  // The approved application's overview, with its history.
  await page.locator(`a[href^="/employer/certification/"]`).last().click();
  await expect(page).toHaveURL(/\/employer\/certification\/\d+$/);
  await axeEveryWay(page);
  // A renewal starts from the approved application.
  await page.goto("/employer/certification");
  await waitForHydration(page);
  await page.getByRole("button", { name: /^(Start a renewal|开始续期)$/ }).click();
  await expect(page).toHaveURL(/\/employer\/certification\/\d+(\/intro)?$/);
  renewalPath = new URL(page.url()).pathname.replace(/\/intro$/, "");
  const base = renewalPath;
  await page.goto(base);
  await axeEveryWay(page);
  await page.goto(`${base}/intro`);
  await expect(page.getByRole("radio", { name: /^(Level 2 · Accessible Employer|二级 · 无障碍雇主)/ })).toBeChecked();
  await axeEveryWay(page);
  // A level is already chosen (copied from the last application), so the request leaves it out,
  // as from someone who never chose one.
  await page.route("**/intro", (route) =>
    route.request().method() === "POST"
      ? route.continue({ postData: "intent=continue", headers: { ...route.request().headers(), "content-type": "application/x-www-form-urlencoded" } })
      : route.continue(),
  );
  await errorEveryWay(page, async () => {
    await page.locator("button[value=continue]").click();
  });
  await page.unroute("**/intro");
});

test("employer certification pages pass axe (2 of 2): an area step and the check page, with their errors", async () => {
  test.setTimeout(120_000);
  const page = windowOf("employer");
  const base = renewalPath;
  await page.goto(`${base}/digital_tools`);
  // Copied from the last application.
  await expect(page.getByRole("radiogroup", { name: /^(Your answer to D1|你们对 D1 的回答)$/ }).getByRole("radio").first()).toBeChecked();
  await axeEveryWay(page);
  await errorEveryWay(page, async () => {
    await page.locator("input[name^=url-]").first().fill("our intranet");
    await page.locator("button[value=continue]").click();
  });
  // Check your answers, with the partner preselected from the last application; without a partner it cannot be sent.
  await page.goto(`${base}/check`);
  await expect(page.locator("select[name=partnerId] option:checked")).toHaveText(/Mingtu|明途/);
  await axeEveryWay(page);
  await errorEveryWay(page, async () => {
    await page.locator("select[name=partnerId]").selectOption("");
    await page.getByRole("button", { name: /^(Submit for review|提交审核)$/ }).click();
  });
});

let reviewingPath = "";

test("staff certification pages pass axe in every state (1 of 3): the queue, an application before and after it is taken", async () => {
  test.setTimeout(120_000);
  const sp = windowOf("staff");
  await sp.goto("/staff/certification");
  // Mingtu's queue: what employers sent to Mingtu, and another partner's Inclusion Leader application for a second review.
  await expect(sp.getByRole("region", { name: /^Waiting for a second reviewer/ }).getByRole("link", { name: /Anyu|安语/ })).toBeVisible();
  await expect(sp.getByRole("link", { name: /Qingqu|清渠/ })).toHaveCount(0);
  await axeEveryWay(sp);
  // The seeded application waiting for review: unassigned, then taken, then a review with errors.
  await sp.getByRole("link", { name: /Celadon Lane|青瓷巷/ }).click();
  await expect(sp).toHaveURL(/\/staff\/certification\/\d+$/);
  await axeEveryWay(sp);
  await waitForHydration(sp);
  await sp.getByRole("button", { name: /^(Review it myself|由我审核)$/ }).click();
  await expect(sp.getByRole("button", { name: /^(Save the review|保存审核意见)$/ })).toBeVisible();
  await axeEveryWay(sp);
  reviewingPath = new URL(sp.url()).pathname;
});

test("staff certification pages pass axe in every state (2 of 3): the review's errors and the reasons for not approving", async () => {
  test.setTimeout(120_000);
  const sp = windowOf("staff");
  await sp.goto(reviewingPath);
  await errorEveryWay(sp, async () => {
    await sp.locator("input[name^=verdict-][value=adjust]").first().check({ force: true });
    await sp.getByRole("button", { name: /^(Save the review|保存审核意见)$/ }).click();
  });
  await errorEveryWay(sp, async () => {
    await sp.getByRole("button", { name: /^(Do not approve|不予通过)$/ }).click();
  });
});

test("staff certification pages pass axe in every state (3 of 3): the second-review form, certificate management, the public page", async () => {
  test.setTimeout(120_000);
  const sp = windowOf("staff");
  // The second-review form, with the outcome figures as numbers only.
  await sp.goto("/staff/certification");
  await sp.getByRole("link", { name: /Anyu|安语/ }).click();
  const outcomes = sp.getByRole("region", { name: /^(Outcomes: the 6-month check-back|成果：6 个月回访)$/ });
  await expect(outcomes).toContainText(/Hired through the portal|通过本平台录用/);
  await expect(outcomes).not.toContainText(/刘思远|方浩然/);
  await expect(sp.getByRole("button", { name: /^(Confirm as second reviewer|作为第二审核人确认)$/ })).toBeVisible();
  await axeEveryWay(sp);
  // Certificate management, with an error.
  await sp.goto("/staff/certificates/AW-2025-0001");
  await axeEveryWay(sp);
  await errorEveryWay(sp, async () => {
    await sp.getByRole("button", { name: /^(Change the status|更改状态)$/ }).click();
  });
  await sp.goto(`/certificates/${certificateNumber}`);
  await axeEveryWay(sp);
});

let leaderPath = "";
/** A figure in the outcomes section of the review page, by its Chinese label. */
const figure = (page: Page, name: string) => page.locator(`xpath=//section[@aria-labelledby="outcomes-heading"]//dt[normalize-space()="${name}"]/following-sibling::dd[1]`);

test("Inclusion Leader (1 of 2): the reviewer sees the figures counted from check-backs, never names, and its comment form passes axe", async () => {
  test.setTimeout(120_000);
  // The first reviewer (another partner) sees the counted figures and comments on them.
  const rp = windowOf("reviewer");
  await gotoIn(rp, "zh-CN", "/staff/certification");
  await rp.getByRole("region", { name: /^由你审核/ }).getByRole("link", { name: /安语/ }).click();
  await expect(rp).toHaveURL(/\/staff\/certification\/\d+$/);
  leaderPath = new URL(rp.url()).pathname;
  await expect(figure(rp, "通过本平台录用")).toHaveText("6 人");
  await expect(figure(rp, "回访时仍在岗")).toHaveText("2 人");
  await expect(figure(rp, "回访时没能联系上")).toHaveText("1 人");
  await expect(rp.getByText("刘思远")).toHaveCount(0);
  await axeEveryWay(rp);
  await errorEveryWay(rp, async () => {
    await rp.getByRole("button", { name: /^(保存意见|Save the comment)$/ }).click();
  });

});

test("Inclusion Leader (2 of 2): the posting partner records a check-back, counted at once; the pages and forms pass axe", async () => {
  test.setTimeout(120_000);
  const rp = windowOf("reviewer");
  const reviewPath = leaderPath;
  // The posting partner (Mingtu) checks back with the person hired 200 days ago.
  const sp = windowOf("staff");
  await sp.goto("/staff");
  await sp.getByRole("link", { name: /^(6-month check-backs|6 个月回访)$/ }).click();
  await expect(sp).toHaveURL(/\/staff\/check-backs$/);
  const due = sp.getByRole("region", { name: /^(Due for a check-back|需要回访)/ });
  await expect(due.getByRole("link", { name: /方浩然/ })).toBeVisible();
  await expect(due.getByRole("link", { name: /于静怡/ })).toHaveCount(0);
  await axeEveryWay(sp);
  await due.getByRole("link", { name: /方浩然/ }).click();
  await expect(sp).toHaveURL(/\/staff\/check-backs\/\d+$/);
  await axeEveryWay(sp);
  await errorEveryWay(sp, async () => {
    await sp.getByRole("button", { name: /^(Save the check-back|保存回访结果)$/ }).click();
  });
  await sp.getByRole("radio", { name: /^(Still works for this employer|仍在这家雇主工作)$/ }).check({ force: true });
  await sp.getByRole("button", { name: /^(Save the check-back|保存回访结果)$/ }).click();
  await expect(sp.getByRole("status").filter({ hasText: /The check-back has been saved\.|回访结果已保存。/ })).toBeVisible();
  await axeEveryWay(sp);

  // Counted at once: three people still employed now.
  await gotoIn(rp, "zh-CN", reviewPath);
  await expect(figure(rp, "回访时仍在岗")).toHaveText("3 人");
  await waitForHydration(rp);
  await rp.getByLabel("你对回访统计的意见").fill("人数与雇主提供的在岗名单一致。");
  await rp.getByRole("button", { name: "保存意见" }).click();
  await expect(rp.getByRole("status").filter({ hasText: "你对回访统计的意见已保存。" })).toBeVisible();

  // Mingtu gives the second review; the comment is shown to it read-only.
  await gotoIn(sp, "zh-CN", reviewPath);
  await expect(sp.getByText("人数与雇主提供的在岗名单一致。")).toBeVisible();
  await waitForHydration(sp);
  await sp.getByRole("button", { name: /^(Confirm as second reviewer|作为第二审核人确认)$/ }).click();
  await expect(sp.getByRole("status").filter({ hasText: "你已作为第二审核人确认。" })).toBeVisible();
});

test("admin criteria pages pass axe in both languages at 1280 and 320 px, with errors", async () => {
  test.setTimeout(240_000);
  const page = windowOf("admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Certification criteria" }).click();
  await expect(page).toHaveURL(/\/admin\/criteria$/);
  await axeEveryWay(page);
  await page.getByRole("link", { name: /^(Criteria version 2026\.1|认证标准 2026\.1 版)/ }).click();
  await expect(page.getByText(/^(In use|使用中)$/)).toBeVisible();
  await axeEveryWay(page);
  await errorEveryWay(page, async () => {
    await page.locator("input[name=label]").fill("next year");
    await page.getByRole("button", { name: /^(Copy to a new draft|复制为新草稿)$/ }).click();
  });
  // Copy to a draft: the only way to change published criteria.
  await gotoIn(page, "en", page.url());
  await waitForHydration(page);
  const label = `2099.${Math.floor(Math.random() * 90) + 10}`;
  await page.getByLabel("Name of the new version").fill(label);
  await page.getByRole("button", { name: "Copy to a new draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Criteria version ${label}` })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await axeEveryWay(page);
  await errorEveryWay(page, async () => {
    await page.locator("input[name=validity_months]").fill("forever");
    await page.getByRole("button", { name: /^(Save|保存)$/ }).click();
  });
  await page.getByRole("link", { name: /^R1 · / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^(Edit criterion R1|修改标准 R1)$/ })).toBeVisible();
  await axeEveryWay(page);
  await errorEveryWay(page, async () => {
    await page.locator("input[name=points]").fill("lots");
    await page.getByRole("button", { name: /^(Save the criterion|保存标准)$/ }).click();
  });
  await gotoIn(page, "en", page.url());
  await waitForHydration(page);
  await page.getByLabel("Points (0 to 100)").fill("15");
  await page.getByRole("button", { name: "Save the criterion" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
});

test("staff suspend and revoke a certificate with a public reason, shown on its public page", async () => {
  expect(certificateNumber, "the certificate issued by the journey (the tests run in order)").toMatch(/^AW-/);
  const sp = windowOf("staff");
  await gotoIn(sp, "zh-CN", `/staff/certificates/${certificateNumber}`);
  await waitForHydration(sp);
  await sp.getByRole("radio", { name: "撤销证书（不可恢复）" }).locator("xpath=ancestor::label").click();
  await sp.getByLabel("公开理由（中文）").fill("经核实，举报属实：该企业向残疾求职者收取培训费。");
  await sp.getByRole("button", { name: "更改状态" }).click();
  await expect(sp.getByRole("status").filter({ hasText: "证书已撤销。" })).toBeVisible();
  await expectNoAxeViolations(sp);
  await sp.goto(`/certificates/${certificateNumber}`);
  await expect(sp.getByRole("heading", { level: 2, name: "当前状态：已撤销" })).toBeVisible();
  await expect(sp.getByText("经核实，举报属实：该企业向残疾求职者收取培训费。").first()).toBeVisible();
});
