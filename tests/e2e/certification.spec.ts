import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, localeCookie, tabTo, test, type Locale } from "./fixtures";
import { PDF } from "../support/files";

// Accessibility certification, end to end: the demo employer (光山明线, Brightline) applies, the
// demo staff member (明途, Mingtu) reviews, asks for a change, and approves; the badge and the public
// certificate page then show it. The tests share the employer's one open application, so they run
// in order: the accessibility sweep afterwards starts a renewal from the approved application.
// The journey runs without JavaScript (axe needs it), so axe runs in the sweep, on every page and state.

const DEMO_PASSWORD = "demo-无碍就业-2026";
const STAFF = "staff@demo.accesswork.example";
const EMPLOYER = "employer@demo.accesswork.example";

test.describe.configure({ mode: "serial" });

/** A signed-in browser of its own, in `locale`, without JavaScript unless asked. */
async function signedIn(browser: Browser, baseURL: string | undefined, email: string, locale: Locale = "zh-CN", javaScriptEnabled = false) {
  const context = await browser.newContext({ baseURL, locale, javaScriptEnabled });
  const page = await context.newPage();
  const response = await page.request.post("/sign-in", { form: { email, password: DEMO_PASSWORD, redirectTo: "/account" }, maxRedirects: 0 });
  expect(response.status(), `sign-in as ${email}`).toBe(303);
  // Signing in chooses the person's own language; the test then picks the one it reads.
  await context.addCookies([localeCookie(baseURL ?? "", locale)]);
  return { context, page };
}

/** Axe now, then again after switching the language and reloading (a GET page). */
async function axeInBothLanguages(page: Page, baseURL: string | undefined, first: Locale) {
  await expectNoAxeViolations(page);
  const other: Locale = first === "zh-CN" ? "en" : "zh-CN";
  await page.context().addCookies([localeCookie(baseURL ?? "", other)]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", other);
  await expectNoAxeViolations(page);
  await page.context().addCookies([localeCookie(baseURL ?? "", first)]);
  await page.reload();
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

let certificateNumber = "";

test("keyboard only, without JavaScript: apply with an error, submit, change on request, approval, badge and public page", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const employer = await signedIn(browser, baseURL, EMPLOYER);
  const page = employer.page;

  // From the workspace to certification, and start.
  await page.goto("/employer");
  await tabTo(page, page.getByRole("link", { name: "无障碍认证" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/employer\/certification$/);
  await tabTo(page, page.getByRole("button", { name: "开始申请" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/employer\/certification\/\d+\/intro$/);
  const applicationPath = new URL(page.url()).pathname.replace(/\/intro$/, "");
  await expect(page.getByText("第 1 步，共 8 步")).toBeVisible();
  // Veto items are explained before anything is answered.
  const veto = page.getByRole("region", { name: "否决项：请先阅读" });
  await expect(veto).toContainText("挂靠");
  await expect(veto).toContainText("收取任何费用");

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

  // Six areas, one per page. The first also gets an uploaded PDF for R2.
  for (const [index, area] of AREAS.entries()) {
    await expect(page.getByText(`第 ${index + 2} 步，共 8 步`)).toBeVisible();
    if (index === 0) {
      await page.getByLabel("为 R2 上传文件（选填）").setInputFiles({ name: "招聘页面截图.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
    }
    await answerArea(page, area.codes);
    await tabTo(page, page.getByRole("button", { name: "保存并继续" }), 120);
    await page.keyboard.press("Enter");
  }

  // Check your answers: every criterion, the score, and submit.
  await expect(page).toHaveURL(new RegExp(`${applicationPath}/check$`));
  await expect(page.getByText("第 8 步，共 8 步")).toBeVisible();
  await expect(page.getByText("按目前的回答，最高可达到：二级 · 无障碍雇主。")).toBeVisible();
  await expect(page.getByText(/文件 招聘页面截图\.pdf/)).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "提交审核" }), 120);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${applicationPath}\\?done=submitted$`));
  await expect(page.getByRole("status").filter({ hasText: "申请已提交" })).toBeVisible();
  await expect(page.getByText("审核中", { exact: true })).toBeVisible();

  // Staff take it from the queue and ask for a change to R2.
  const staff = await signedIn(browser, baseURL, STAFF);
  const sp = staff.page;
  await sp.goto("/staff");
  await tabTo(sp, sp.getByRole("link", { name: "认证审核" }));
  await sp.keyboard.press("Enter");
  await expect(sp).toHaveURL(/\/staff\/certification$/);
  const queued = sp.getByRole("region", { name: /^等待接手/ }).getByRole("link", { name: /光山明线/ });
  await tabTo(sp, queued);
  await sp.keyboard.press("Enter");
  await expect(sp).toHaveURL(/\/staff\/certification\/\d+$/);
  const reviewPath = new URL(sp.url()).pathname;
  await tabTo(sp, sp.getByRole("button", { name: "由我审核" }));
  await sp.keyboard.press("Enter");
  await expect(sp.getByRole("status").filter({ hasText: "你已接手审核这份申请。" })).toBeVisible();
  // The uploaded evidence is there for the reviewer.
  await expect(sp.getByRole("link", { name: "招聘页面截图.pdf" })).toBeVisible();
  await tabTo(sp, sp.getByLabel("R2 需要修改的内容（选填）"), 200);
  await sp.keyboard.type("截图里看不出申请页面是否支持只用文字申请，请补充说明。");
  await tabTo(sp, sp.getByRole("button", { name: "保存并要求修改" }), 200);
  await sp.keyboard.press("Enter");
  await expect(sp.getByRole("status").filter({ hasText: "已请雇主修改。" })).toBeVisible();

  // The employer sees the request, answers it on the recruitment page, and submits again.
  await page.goto(applicationPath);
  await expect(page.getByText("需要修改", { exact: true })).toBeVisible();
  const changes = page.getByRole("region", { name: "审核人员要求修改的内容" });
  await expect(changes).toContainText("请补充说明");
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
  await tabTo(page, page.getByRole("button", { name: "重新提交" }), 120);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "申请已提交" })).toBeVisible();

  // Staff approve at Accessible Employer.
  await sp.goto(reviewPath);
  await expect(sp.getByText("申请页面只有文字输入框")).toBeVisible();
  await tabTo(sp, sp.getByRole("radio", { name: "一级 · 承诺雇主" }), 300);
  await sp.keyboard.press("ArrowDown");
  await expect(sp.getByRole("radio", { name: "二级 · 无障碍雇主" })).toBeChecked();
  await tabTo(sp, sp.getByRole("button", { name: "批准并颁发证书" }));
  await sp.keyboard.press("Enter");
  await expect(sp.getByRole("status").filter({ hasText: "已批准，证书已颁发。" })).toBeVisible();
  const manage = sp.getByRole("link", { name: /^管理证书 AW-\d{4}-\d{4}$/ });
  certificateNumber = ((await manage.textContent()) ?? "").replace("管理证书 ", "").trim();
  expect(certificateNumber).toMatch(/^AW-\d{4}-\d{4}$/);

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

  await Promise.all([employer.context.close(), staff.context.close(), visitor.close()]);
});

/** Fills in and sends a form that fails (`submit`), runs axe, then does it again in the other language. */
async function errorInBothLanguages(page: Page, baseURL: string | undefined, first: Locale, submit: () => Promise<void>) {
  const url = page.url();
  for (const locale of [first, first === "en" ? "zh-CN" : "en"] as const) {
    await page.context().addCookies([localeCookie(baseURL ?? "", locale)]);
    await page.goto(url);
    await submit();
    await expect(page).toHaveTitle(/^(Error: |错误：)/);
    await expect(page.getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.context().addCookies([localeCookie(baseURL ?? "", first)]);
  await page.goto(url);
}

/** Whether a sweep checks both languages and the error states, or (at 320 px) the pages as they load in Chinese. */
type Sweep = { width: number; height: number; full: boolean };
const SWEEPS: Sweep[] = [
  { width: 1280, height: 900, full: true },
  { width: 320, height: 640, full: false },
];

/** Axe on the page as loaded: in both languages on a full sweep, in Chinese otherwise. */
async function axePage(page: Page, baseURL: string | undefined, sweep: Sweep) {
  if (sweep.full) await axeInBothLanguages(page, baseURL, "en");
  else await expectNoAxeViolations(page);
}

for (const sweep of SWEEPS) {
  test(`employer certification pages pass axe at ${sweep.width} px${sweep.full ? ", in both languages, with errors" : ""}`, async ({ browser, baseURL }) => {
    test.setTimeout(600_000);
    expect(certificateNumber, "the certificate issued by the journey (the tests run in order)").toMatch(/^AW-/);
    const employer = await signedIn(browser, baseURL, EMPLOYER, sweep.full ? "en" : "zh-CN", true);
    const page = employer.page;
    await page.setViewportSize(sweep);
    await page.goto("/employer/certification");
    await axePage(page, baseURL, sweep);
    // The approved application's overview, with its history.
    await page.locator(`a[href^="/employer/certification/"]`).last().click();
    await expect(page).toHaveURL(/\/employer\/certification\/\d+$/);
    await axePage(page, baseURL, sweep);
    // A renewal starts from the approved application (or is continued on the second sweep).
    await page.goto("/employer/certification");
    const start = page.getByRole("button", { name: /^(Start a renewal|开始续期)$/ });
    if (await start.count()) await start.click();
    else await page.getByRole("link", { name: /^(Continue the application|继续填写申请)$/ }).click();
    await expect(page).toHaveURL(/\/employer\/certification\/\d+(\/intro)?$/);
    const base = new URL(page.url()).pathname.replace(/\/intro$/, "");
    await page.goto(base);
    await axePage(page, baseURL, sweep);
    await page.goto(`${base}/intro`);
    await expect(page.getByRole("radio", { name: /^(Level 2 · Accessible Employer|二级 · 无障碍雇主)/ })).toBeChecked();
    await axePage(page, baseURL, sweep);
    if (sweep.full) {
      // A level is already chosen (copied from the last application), so the request leaves it out,
      // as from someone who never chose one.
      await page.route("**/intro", (route) =>
        route.request().method() === "POST"
          ? route.continue({ postData: "intent=continue", headers: { ...route.request().headers(), "content-type": "application/x-www-form-urlencoded" } })
          : route.continue(),
      );
      await errorInBothLanguages(page, baseURL, "en", async () => {
        await page.locator("button[value=continue]").click();
      });
      await page.unroute("**/intro");
    }
    await page.goto(`${base}/digital_tools`);
    // Copied from the last application.
    await expect(page.getByRole("radiogroup", { name: /^(Your answer to D1|你们对 D1 的回答)$/ }).getByRole("radio").first()).toBeChecked();
    await axePage(page, baseURL, sweep);
    if (sweep.full) {
      await errorInBothLanguages(page, baseURL, "en", async () => {
        await page.locator("input[name^=url-]").first().fill("our intranet");
        await page.locator("button[value=continue]").click();
      });
    }
    await page.goto(`${base}/check`);
    await axePage(page, baseURL, sweep);
    await employer.context.close();
  });

  test(`staff certification pages pass axe at ${sweep.width} px${sweep.full ? ", in both languages, with errors" : ""}`, async ({ browser, baseURL }) => {
    test.setTimeout(600_000);
    const staff = await signedIn(browser, baseURL, STAFF, sweep.full ? "en" : "zh-CN", true);
    const sp = staff.page;
    await sp.setViewportSize(sweep);
    await sp.goto("/staff/certification");
    await axePage(sp, baseURL, sweep);
    // The seeded application waiting for review: unassigned, then taken, then a review with errors.
    await sp.getByRole("link", { name: /Celadon Lane|青瓷巷/ }).click();
    await expect(sp).toHaveURL(/\/staff\/certification\/\d+$/);
    if (sweep.full) await axePage(sp, baseURL, sweep);
    const take = sp.getByRole("button", { name: /^(Review it myself|由我审核)$/ });
    if (await take.count()) await take.click();
    await expect(sp.getByRole("button", { name: /^(Save the review|保存审核意见)$/ })).toBeVisible();
    await axePage(sp, baseURL, sweep);
    if (sweep.full) {
      await errorInBothLanguages(sp, baseURL, "en", async () => {
        await sp.locator("input[name^=verdict-][value=adjust]").first().check({ force: true });
        await sp.getByRole("button", { name: /^(Save the review|保存审核意见)$/ }).click();
      });
      await errorInBothLanguages(sp, baseURL, "en", async () => {
        await sp.getByRole("button", { name: /^(Do not approve|不予通过)$/ }).click();
      });
    }
    // Certificate management, with an error.
    await sp.goto("/staff/certificates/AW-2025-0001");
    await axePage(sp, baseURL, sweep);
    if (sweep.full) {
      await errorInBothLanguages(sp, baseURL, "en", async () => {
        await sp.getByRole("button", { name: /^(Change the status|更改状态)$/ }).click();
      });
    }
    await sp.goto(`/certificates/${certificateNumber}`);
    await axePage(sp, baseURL, sweep);
    await staff.context.close();
  });
}

test("admin criteria pages pass axe in both languages, with errors", async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  const admin = await signedIn(browser, baseURL, "admin@demo.accesswork.example", "en", true);
  const page = admin.page;
  await page.goto("/admin");
  await page.getByRole("link", { name: "Certification criteria" }).click();
  await expect(page).toHaveURL(/\/admin\/criteria$/);
  await axeInBothLanguages(page, baseURL, "en");
  await page.getByRole("link", { name: "Criteria version 2026.1" }).click();
  await expect(page.getByText("In use", { exact: true })).toBeVisible();
  await axeInBothLanguages(page, baseURL, "en");
  await errorInBothLanguages(page, baseURL, "en", async () => {
    await page.locator("input[name=label]").fill("next year");
    await page.getByRole("button", { name: /^(Copy to a new draft|复制为新草稿)$/ }).click();
  });
  // Copy to a draft: the only way to change published criteria.
  const label = `2099.${Math.floor(Math.random() * 90) + 10}`;
  await page.getByLabel("Name of the new version").fill(label);
  await page.getByRole("button", { name: "Copy to a new draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Criteria version ${label}` })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await axeInBothLanguages(page, baseURL, "en");
  await errorInBothLanguages(page, baseURL, "en", async () => {
    await page.locator("input[name=validity_months]").fill("forever");
    await page.getByRole("button", { name: /^(Save|保存)$/ }).click();
  });
  await page.getByRole("link", { name: /^R1 · / }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit criterion R1" })).toBeVisible();
  await axeInBothLanguages(page, baseURL, "en");
  await errorInBothLanguages(page, baseURL, "en", async () => {
    await page.locator("input[name=points]").fill("lots");
    await page.getByRole("button", { name: /^(Save the criterion|保存标准)$/ }).click();
  });
  await page.getByLabel("Points (0 to 100)").fill("15");
  await page.getByRole("button", { name: "Save the criterion" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await admin.context.close();
});

test("staff suspend and revoke a certificate with a public reason, shown on its public page", async ({ browser, baseURL }) => {
  expect(certificateNumber, "the certificate issued by the journey (the tests run in order)").toMatch(/^AW-/);
  const staff = await signedIn(browser, baseURL, STAFF, "zh-CN", true);
  const sp = staff.page;
  await sp.goto(`/staff/certificates/${certificateNumber}`);
  await sp.getByRole("radio", { name: "撤销证书（不可恢复）" }).locator("xpath=ancestor::label").click();
  await sp.getByLabel("公开理由（中文）").fill("经核实，举报属实：该企业向残疾求职者收取培训费。");
  await sp.getByRole("button", { name: "更改状态" }).click();
  await expect(sp.getByRole("status").filter({ hasText: "证书已撤销。" })).toBeVisible();
  await expectNoAxeViolations(sp);
  await sp.goto(`/certificates/${certificateNumber}`);
  await expect(sp.getByRole("heading", { level: 2, name: "当前状态：已撤销" })).toBeVisible();
  await expect(sp.getByText("经核实，举报属实：该企业向残疾求职者收取培训费。").first()).toBeVisible();
  await staff.context.close();
});
