import { randomBytes } from "node:crypto";
import { expect, expectNoAxeViolations, LOCALES, test } from "../support/e2e/fixtures";
import { signInByPost } from "../support/e2e/sign-in";

// Reporting a barrier from the accessibility statement, with JavaScript off and the keyboard alone,
// and the report reaching partner staff.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor reports a barrier from the statement; errors first, then sent; staff read it", async ({ page, browser, baseURL, setLocale }) => {
    // Two browsers and several form posts: the slow budget.
    test.setTimeout(90_000);
    await setLocale("zh-CN");
    // A fresh address from the IPv6 documentation range, so this test's rate limit starts at zero.
    const ip = `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": ip });
    const mark = `Zq${randomBytes(3).toString("hex")}`;

    await page.goto("/accessibility");
    await expect(page.getByRole("table", { name: "自动检查及其对应的要求" })).toBeVisible();
    await expect(page.getByText(/本声明最近一次审核于 \d{4}年\d{1,2}月\d{1,2}日/)).toBeVisible();
    const link = page.getByRole("link", { name: "报告无障碍问题" });
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/accessibility\/report$/);

    // Sent empty: the error summary, the title says so, and what was typed elsewhere is kept.
    await page.getByLabel("在哪个页面？（选填）").fill("/openings");
    await page.getByRole("button", { name: "发送报告" }).press("Enter");
    await expect(page).toHaveTitle(/^错误：/);
    await expect(page.getByRole("alert").getByRole("link", { name: "请说明遇到了什么问题" })).toHaveAttribute("href", "#problem");
    await expect(page.getByLabel("在哪个页面？（选填）")).toHaveValue("/openings");

    await page.getByLabel("遇到了什么问题？").fill(`筛选条件展开后，读屏软件不读出复选框的名称 ${mark}`);
    await page.getByLabel("你当时用的是什么？（选填）").fill("NVDA 2025 和 Firefox");
    await page.getByRole("button", { name: "发送报告" }).press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("谢谢，你的报告已发送");

    // Partner staff see it in their list.
    const staff = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: false });
    const staffPage = await staff.newPage();
    await signInByPost(staffPage, "staff", "/staff");
    await staffPage.goto("/staff");
    await staffPage.getByRole("link", { name: "无障碍问题报告" }).click();
    await expect(staffPage.getByRole("heading", { level: 1 })).toHaveText("无障碍问题报告");
    const item = staffPage.getByRole("listitem").filter({ hasText: mark });
    await expect(item).toContainText("NVDA 2025 和 Firefox");
    await expect(item).toContainText("/openings");
    await staff.close();
  });
});

// axe needs scripts in the page, so the pages of that journey are scanned here, with JavaScript on.
for (const locale of LOCALES) {
  test(`the barrier form (empty, with errors, sent) and the staff list pass axe (${locale})`, async ({ page, setLocale, consoleProblems: _ }) => {
    test.setTimeout(90_000);
    await setLocale(locale);
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}` });
    await page.goto("/accessibility/report");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: /^(发送报告|Send report)$/ }).click();
    await expect(page.getByRole("alert")).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByLabel(/^(遇到了什么问题？|What went wrong\?)$/).fill("The sort button has no visible focus");
    await page.getByRole("button", { name: /^(发送报告|Send report)$/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^(谢谢，你的报告已发送|Thank you: your report has been sent)$/);
    await expectNoAxeViolations(page);
    await signInByPost(page, "admin", "/admin");
    await page.goto("/staff/barriers");
    await expect(page.getByRole("list", { name: /^(无障碍问题报告|Barrier reports)$/ })).toContainText("The sort button has no visible focus");
    await expectNoAxeViolations(page);
  });
}
