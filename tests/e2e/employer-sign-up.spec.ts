import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { freshCreditCode } from "../support/credit-codes";
import { axeAsSeenBy, expect, expectNoAxeViolations, tabTo, test, uniqueEmail } from "../support/e2e/fixtures";
import { signInByPost } from "../support/e2e/sign-in";
import { PDF } from "../support/files";

// An employer joins on its own (issue 19, item 1): it registers with its credit code and its
// nearest partner (never a labour company), lands in verification with both filled in, sends its
// licence, the partner approves, and its public page appears. By keyboard, with and without JavaScript.

/** Tabs to a field and types into it, as a keyboard user would. */
async function typeInto(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await tabTo(page, field, 80);
  await page.keyboard.type(text);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled, storageState: { cookies: [], origins: [] } });

    test("an employer registers, is verified by the partner it chose, and gets its public page", async ({ page, browser, baseURL }) => {
      test.slow();
      const tag = randomBytes(3).toString("hex");
      const name = `郑州云帆无障碍科技有限公司${tag}（示例）`;
      const code = freshCreditCode();
      const email = uniqueEmail("employer");

      // From the seekers' sign-up page to the employers'.
      await page.goto("/sign-up");
      await tabTo(page, page.getByRole("link", { name: "替单位招聘？注册你的单位" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("注册用人单位");
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Only federations and employment centres check licences: no labour company to choose.
      const partner = page.getByLabel("离你们最近的合作机构");
      const options = await partner.locator("option").allTextContents();
      expect(options).toContain("明途残疾人就业服务中心（示例） · 北京 海淀区");
      expect(options.some((option) => option.includes("青柚劳务"))).toBe(false);

      // Sent empty: every problem, in the order of the fields.
      await tabTo(page, page.getByRole("button", { name: "注册单位" }), 80);
      await page.keyboard.press("Enter");
      await expect(page).toHaveTitle(/^错误：注册用人单位/);
      const summary = page.getByRole("alert");
      await expect(summary.getByRole("link")).toHaveText([
        "请至少填写一种语言的单位名称",
        "请输入统一社会信用代码",
        "请选择一家合作机构",
        "请输入你的称呼",
        "请输入邮箱地址或手机号",
        "请输入密码",
      ]);
      if (javaScriptEnabled) {
        await expect(summary).toBeFocused();
        await expectNoAxeViolations(page);
      }

      // A mistyped code is caught by its check character; everything typed stays.
      await typeInto(page, "单位名称（中文）", name);
      await typeInto(page, "统一社会信用代码", `${code.slice(0, 17)}${code.endsWith("0") ? "1" : "0"}`);
      await tabTo(page, partner, 80);
      await partner.selectOption({ label: "明途残疾人就业服务中心（示例） · 北京 海淀区" });
      await typeInto(page, "称呼", "赵云帆");
      await typeInto(page, "邮箱地址或手机号", email);
      await typeInto(page, "密码", "云帆招聘的长密码2026");
      await tabTo(page, page.getByRole("button", { name: "注册单位" }), 80);
      await page.keyboard.press("Enter");
      await expect(summary.getByRole("link")).toHaveText([/统一社会信用代码/]);
      await expect(page.getByLabel("单位名称（中文）")).toHaveValue(name);
      await expect(partner.locator("option:checked")).toHaveText("明途残疾人就业服务中心（示例） · 北京 海淀区");
      await page.getByLabel("统一社会信用代码").fill("");
      await typeInto(page, "统一社会信用代码", code);
      await typeInto(page, "密码", "云帆招聘的长密码2026");
      await tabTo(page, page.getByRole("button", { name: "注册单位" }), 80);
      await page.keyboard.press("Enter");

      // In the verification journey, with the code and the partner already filled in.
      await expect(page).toHaveURL(/\/employer\/verification\?joined=?$/);
      await expect(page.getByRole("main").getByRole("status")).toContainText("你们的单位已经注册。");
      await expect(page.getByLabel("统一社会信用代码")).toHaveValue(code);
      await expect(page.getByLabel("由哪家合作机构核实").locator("option:checked")).toHaveText("明途残疾人就业服务中心（示例）");
      await axeAsSeenBy(browser, page.context(), "/employer/verification?joined", baseURL);
      await page.getByLabel("营业执照", { exact: true }).setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
      await tabTo(page, page.getByRole("button", { name: "提交核实" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByText("核实中", { exact: true })).toBeVisible();

      // Mingtu's staff approve it.
      const staffContext = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled });
      const staff = await staffContext.newPage();
      await signInByPost(staff, "staff");
      await staff.goto("/staff");
      await staff.getByRole("region", { name: "等待核实的雇主" }).getByRole("link", { name }).click();
      await expect(staff.getByText(code, { exact: true })).toBeVisible();
      await staff.getByText("通过：雇主真实，执照信息一致").click();
      await expect(staff.getByRole("radio", { name: "通过：雇主真实，执照信息一致" })).toBeChecked();
      await staff.getByRole("button", { name: "记录决定" }).click();
      await expect(staff.getByRole("main").getByRole("status")).toHaveText("已通过。该雇主已核实，已发邮件通知其成员。");
      const reviewPath = new URL(staff.url()).pathname;

      // Verified: its public page now exists, with the checked code.
      await page.goto("/employer");
      await expect(page.getByText("已核实", { exact: true })).toBeVisible();
      await tabTo(page, page.getByRole("link", { name: "查看单位的公开页面" }), 120);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page.locator("dt", { hasText: "统一社会信用代码" }).locator("xpath=following-sibling::dd")).toHaveText(code);
      const publicPath = new URL(page.url()).pathname;

      // The partner suspends the verification with a public reason (none is an error), then reinstates it.
      await staff.getByRole("button", { name: "暂停核实" }).click();
      await expect(staff.getByRole("alert").getByRole("link")).toHaveText(["请写明暂停的原因，所有人都会看到"]);
      // With JavaScript the summary takes focus once the page is ready (which scrolls it into view);
      // typing and clicking before that can land on a page that moves under the pointer.
      if (javaScriptEnabled) await expect(staff.getByRole("alert")).toBeFocused();
      const reason = "多名求职者反映被要求先交培训费，正在核查。";
      await staff.getByLabel("公开的原因").fill(reason);
      await staff.getByRole("button", { name: "暂停核实" }).click();
      await expect(staff.getByRole("main").getByRole("status")).toHaveText("已暂停核实。该雇主的职位已不再公开，已发邮件把原因告知其成员。");
      if (javaScriptEnabled) await expectNoAxeViolations(staff);
      await page.goto(publicPath);
      await expect(page.getByRole("heading", { level: 2, name: "核实已暂停" })).toBeVisible();
      await expect(page.getByText(reason)).toBeVisible();
      await axeAsSeenBy(browser, page.context(), publicPath, baseURL);
      await page.goto("/employer");
      await expect(page.getByText("核实已暂停", { exact: true })).toBeVisible();
      await expect(page.getByText(reason)).toBeVisible();

      await staff.goto(reviewPath);
      await staff.getByRole("button", { name: "恢复核实" }).click();
      await expect(staff.getByRole("main").getByRole("status")).toHaveText("已恢复核实。该雇主的职位重新公开，已发邮件通知其成员。");
      await staffContext.close();
      await page.goto(publicPath);
      await expect(page.getByRole("heading", { level: 2, name: "核实已暂停" })).toHaveCount(0);
      await expect(page.getByText("已核实的雇主").first()).toBeVisible();
    });
  });
}

test("the same credit code cannot register twice once an employer holds it", async ({ page }) => {
  // 光山明线 (the demo employer) holds this checked code.
  await page.goto("/sign-up/employer");
  await page.getByLabel("单位名称（中文）").fill("冒名的明线数据标注公司");
  await page.getByLabel("统一社会信用代码").fill("91411522MAR1TJCKBA");
  await page.getByLabel("离你们最近的合作机构").selectOption({ index: 1 });
  await page.getByLabel("称呼", { exact: true }).fill("冒名者");
  await page.getByLabel("邮箱地址或手机号", { exact: true }).fill(uniqueEmail("impostor"));
  await page.getByLabel("密码", { exact: true }).fill("一个足够长的密码2026");
  await page.getByRole("button", { name: "注册单位" }).click();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText(["这个统一社会信用代码的单位已经在无碍就业上了。请让它的负责人邀请你加入。"]);
  await expect(page.getByLabel("单位名称（中文）")).toHaveValue("冒名的明线数据标注公司");
});
