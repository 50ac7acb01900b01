import type { Browser } from "@playwright/test";
import { axeAsSeenBy, expect, expectNoAxeViolations, localeCookie, tabTo, test } from "../support/e2e/fixtures";
import { signInByPost, signInWithKeyboard } from "../support/e2e/sign-in";
import { DEMO } from "../support/demo-accounts";
import { EXE, PDF, PNG, TEXT } from "../support/files";

// Employer verification, end to end. The demo seed has an employer that has sent nothing yet
// (合肥星点, signed in as new-employer@…) and one waiting for the staff account's partner (郑州速答).
// The tests run in order: the first meets the form's errors in English, the second walks the whole
// journey by keyboard without JavaScript, through every state, checking axe in both languages.

test.describe.configure({ mode: "serial" });

const NEW_EMPLOYER = DEMO["new-employer"].email;
const EMPLOYER_NAME = "合肥星点信息咨询有限公司（示例）";
const CODE = "91340100MA2T8B1L0P";

async function staffBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: false });
  await context.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  const page = await context.newPage();
  await signInByPost(page, "staff");
  return { context, page };
}

test("the licence form explains each problem, in English and with JavaScript, and keeps what was typed", async ({ page, setLocale }) => {
  test.setTimeout(90_000);
  await signInByPost(page, "new-employer");
  // After signing in: signing in sets the language to the account's own (Chinese).
  await setLocale("en");
  await page.goto("/employer");
  await expect(page.getByRole("heading", { level: 2, name: "Verification" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Send your business licence" }).click();
  await expect(page).toHaveURL(/\/employer\/verification$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verify your organisation");
  await expect(page.getByText("Not verified", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing chosen and a mistyped code.
  await page.getByLabel("Unified social credit code").fill("91340100MA2T8B1L0Q");
  await page.getByLabel("Note for the partner (optional)").fill("Our name changed last year.");
  await page.getByLabel("Partner to check it").selectOption({ label: "Choose a partner" });
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page).toHaveTitle(/^Error: Verify your organisation/);
  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Check the unified social credit code: a character is wrong, because its last character doesn't match",
    "Choose your business licence file",
    "Choose the partner who will check it",
  ]);
  await expect(page.getByLabel("Unified social credit code")).toHaveValue("91340100MA2T8B1L0Q");
  await expect(page.getByLabel("Note for the partner (optional)")).toHaveValue("Our name changed last year.");
  await expect(page.getByLabel("Business licence", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // A program renamed to .pdf is refused by its content, not its name.
  await page.getByLabel("Business licence", { exact: true }).setInputFiles({ name: "licence.pdf", mimeType: "application/pdf", buffer: Buffer.from(EXE) });
  await page.getByLabel("Partner to check it").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Check the unified social credit code: a character is wrong, because its last character doesn't match",
    "The selected file must be a PDF, JPG or PNG.",
  ]);
  // The form posts the file as a whole page, so the summary is in the server's HTML at once; it
  // takes focus once the page is hydrated, and only then does its link move focus to the field
  // (before that it is a plain #fragment link, as without JavaScript).
  await expect(page.getByRole("alert")).toBeFocused();
  await page.getByRole("alert").getByRole("link", { name: "The selected file must be a PDF, JPG or PNG." }).click();
  await expect(page.getByLabel("Business licence", { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
  // Still unverified: nothing was saved.
  await page.goto("/employer/verification");
  await expect(page.getByText("Not verified", { exact: true })).toBeVisible();
  // The same errors in Chinese.
  await setLocale("zh-CN");
  await page.goto("/employer/verification");
  await page.getByRole("button", { name: "提交核实" }).click();
  await expect(page).toHaveTitle(/^错误：雇主核实/);
  await expect(page.getByRole("alert").getByRole("link")).toHaveText(["请输入统一社会信用代码", "请选择营业执照文件"]);
  await expectNoAxeViolations(page);
});

test("keyboard only, without JavaScript: an employer sends its licence (a wrong file first), staff reject, it sends again, staff approve, and it is verified", async ({
  browser,
  baseURL,
}) => {
  // Sixteen axe scans on a shared, busy machine: the slow budget.
  test.setTimeout(420_000);
  const context = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: false });
  await context.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  const page = await context.newPage();

  // Sign in with the keyboard.
  await signInWithKeyboard(page, "new-employer");
  await tabTo(page, page.getByRole("banner").getByRole("link", { name: "我们的职位" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/employer$/);
  await tabTo(page, page.getByRole("link", { name: "提交营业执照" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/employer\/verification$/);
  await axeAsSeenBy(browser, context, "/employer/verification", baseURL);

  // First try: a text file named like a PDF.
  await tabTo(page, page.getByLabel("统一社会信用代码"));
  await page.keyboard.type(CODE.toLowerCase());
  const file = page.getByLabel("营业执照", { exact: true });
  await tabTo(page, file);
  // The operating system's file chooser is outside the page; choosing the file stands in for it.
  await file.setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: Buffer.from(TEXT) });
  // The partner it last worked with is chosen already.
  const partner = page.getByLabel("由哪家合作机构核实");
  await expect(partner.locator("option:checked")).toHaveText("明途残疾人就业服务中心（示例）");
  await tabTo(page, page.getByRole("button", { name: "提交核实" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveTitle(/^错误：雇主核实/);
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link")).toHaveText(["所选文件必须是 PDF、JPG 或 PNG 格式。"]);
  await expect(page.getByLabel("统一社会信用代码")).toHaveValue(CODE.toLowerCase());
  await expect(partner.locator("option:checked")).toHaveText("明途残疾人就业服务中心（示例）");

  // Fix it: the summary's link leads to the file field.
  await tabTo(page, summary.getByRole("link"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#licence$/);
  await file.setInputFiles({ name: "营业执照.png", mimeType: "image/png", buffer: Buffer.from(PNG) });
  await tabTo(page, page.getByRole("button", { name: "提交核实" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/employer\/verification\?sent=$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("已提交。明途残疾人就业服务中心（示例）会核实你们的营业执照");
  await expect(page.getByText("核实中", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "提交核实" })).toHaveCount(0);
  await axeAsSeenBy(browser, context, "/employer/verification", baseURL);
  await axeAsSeenBy(browser, context, "/employer", baseURL);
  // The employer can download what it sent.
  const own = await page.request.get((await page.getByRole("link", { name: /下载 营业执照\.png/ }).getAttribute("href")) ?? "");
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("image/png");

  // Staff see it in their workspace, open it, download the licence and reject it with a reason.
  const staff = await staffBrowser(browser, baseURL);
  await staff.page.goto("/staff");
  await expect(staff.page.getByRole("link", { name: /家雇主等待核实/ })).toBeVisible();
  const item = staff.page.getByRole("region", { name: "等待核实的雇主" }).getByRole("link", { name: EMPLOYER_NAME });
  await tabTo(staff.page, item, 120);
  await staff.page.keyboard.press("Enter");
  await expect(staff.page.getByRole("heading", { level: 1 })).toHaveText("核实雇主");
  await expect(staff.page.getByText(CODE, { exact: true })).toBeVisible();
  const reviewPath = new URL(staff.page.url()).pathname;
  await axeAsSeenBy(browser, staff.context, "/staff", baseURL);
  await axeAsSeenBy(browser, staff.context, reviewPath, baseURL);
  await axeAsSeenBy(browser, staff.context, reviewPath, baseURL, /^(记录决定|Record decision)$/);
  const licence = await staff.page.request.get((await staff.page.getByRole("link", { name: /下载 营业执照\.png/ }).getAttribute("href")) ?? "");
  expect(licence.status()).toBe(200);
  expect(licence.headers()["content-disposition"]).toContain("attachment");
  expect(Buffer.from(await licence.body()).equals(Buffer.from(PNG))).toBe(true);

  // Rejecting without a reason is an error.
  // Tab reaches the radio group at its first option; the arrow key moves to (and chooses) the next.
  await tabTo(staff.page, staff.page.getByRole("radio", { name: "通过：雇主真实，执照信息一致" }));
  await staff.page.keyboard.press("ArrowDown");
  await expect(staff.page.getByRole("radio", { name: "不通过：写明问题所在" })).toBeChecked();
  await tabTo(staff.page, staff.page.getByRole("button", { name: "记录决定" }));
  await staff.page.keyboard.press("Enter");
  await expect(staff.page.getByRole("alert").getByRole("link")).toHaveText(["请写明不通过的原因，雇主会看到"]);
  await tabTo(staff.page, staff.page.getByLabel("原因"));
  await staff.page.keyboard.type("照片太小，看不清执照上的名称和日期。请上传清晰的扫描件。");
  await tabTo(staff.page, staff.page.getByRole("button", { name: "记录决定" }));
  await staff.page.keyboard.press("Enter");
  await expect(staff.page.getByRole("main").getByRole("status")).toHaveText("未通过。已把你写的原因发邮件告知该雇主的成员。");
  await axeAsSeenBy(browser, staff.context, reviewPath, baseURL);

  // The employer sees the reason on the workspace and the verification page, and sends a PDF.
  await page.goto("/employer");
  await expect(page.getByText("照片太小，看不清执照上的名称和日期。请上传清晰的扫描件。")).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "重新提交营业执照" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "重新提交营业执照" })).toBeVisible();
  await axeAsSeenBy(browser, context, "/employer", baseURL);
  await axeAsSeenBy(browser, context, "/employer/verification", baseURL);
  await tabTo(page, page.getByLabel("统一社会信用代码"));
  await page.keyboard.type(CODE);
  await file.setInputFiles({ name: "营业执照-扫描件.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
  await expect(partner.locator("option:checked")).toHaveText("明途残疾人就业服务中心（示例）");
  await tabTo(page, page.getByRole("button", { name: "提交核实" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("核实中", { exact: true })).toBeVisible();

  // Staff approve.
  await staff.page.goto("/staff");
  await staff.page.getByRole("region", { name: "等待核实的雇主" }).getByRole("link", { name: EMPLOYER_NAME }).click();
  await tabTo(staff.page, staff.page.getByRole("radio", { name: "通过：雇主真实，执照信息一致" }));
  await staff.page.keyboard.press("Space");
  await expect(staff.page.getByRole("radio", { name: "通过：雇主真实，执照信息一致" })).toBeChecked();
  await tabTo(staff.page, staff.page.getByRole("button", { name: "记录决定" }));
  await staff.page.keyboard.press("Enter");
  await expect(staff.page.getByRole("main").getByRole("status")).toHaveText("已通过。该雇主已核实，已发邮件通知其成员。");
  await staff.context.close();

  // The employer is verified, and was told by email.
  await page.goto("/employer");
  await expect(page.getByText("已核实", { exact: true })).toBeVisible();
  await axeAsSeenBy(browser, context, "/employer", baseURL);
  await page.goto("/employer/verification");
  await expect(page.getByText("已核实", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "提交核实" })).toHaveCount(0);
  await axeAsSeenBy(browser, context, "/employer/verification", baseURL);
  await page.goto(`/dev/outbox?to=${encodeURIComponent(NEW_EMPLOYER)}`);
  await expect(page.locator(".outbox__email").filter({ hasText: NEW_EMPLOYER }).first()).toContainText("无碍就业：你们的单位已通过核实");
  await context.close();
});
