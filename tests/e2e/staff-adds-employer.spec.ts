import { randomBytes } from "node:crypto";
import { expect, expectNoAxeViolations, linkFromOutbox, tabTo, test, TEST_PASSWORD, uniqueEmail, VIEWPORTS } from "../support/e2e/fixtures";
import { signInByPost } from "../support/e2e/sign-in";
import { freshCreditCode } from "../support/credit-codes";
import { freshMobile } from "../support/e2e/paths";

// Partner staff add an employer on its behalf (issue 19, item 1), for an organisation that came to
// the office or phoned: the employer is unverified, with this partner to check its licence, and the
// person who will own it is invited by email (with JavaScript) or by a text to their mobile number
// (without). By keyboard, with and without JavaScript.

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("staff add an employer and invite its owner, who joins and finds the licence form filled in", async ({ page, browser, baseURL }) => {
      test.slow();
      const name = `信阳春晖手工编织合作社${randomBytes(3).toString("hex")}（示例）`;
      const code = freshCreditCode();
      // With JavaScript the owner is invited by email; without, by mobile number, typed as people do.
      const mobile = freshMobile();
      const ownerContact = javaScriptEnabled ? uniqueEmail("owner") : `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;

      await signInByPost(page, "staff");
      await page.goto("/staff");
      await tabTo(page, page.getByRole("link", { name: "代雇主开通账户" }), 150);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("代雇主开通账户");

      // Nothing filled in: every problem in the summary, and what was typed stays.
      await tabTo(page, page.getByLabel("负责人的邮箱地址或手机号"));
      await page.keyboard.type("chunhui at example");
      await tabTo(page, page.getByRole("button", { name: "开通并发送邀请" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveTitle(/^错误：代雇主开通账户/);
      const summary = page.getByRole("alert");
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(summary.getByRole("link")).toHaveText([
        "请至少填写一种语言的单位名称",
        "请输入统一社会信用代码",
        "请输入正确格式的邮箱地址，例如 name@example.com",
      ]);
      await expect(page.getByLabel("负责人的邮箱地址")).toHaveValue("chunhui at example");
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await tabTo(page, page.getByLabel("单位的中文名称"));
      await page.keyboard.type(name);
      await tabTo(page, page.getByLabel("统一社会信用代码"));
      await page.keyboard.type(code.toLowerCase());
      await tabTo(page, page.getByLabel("负责人的邮箱地址或手机号"));
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(ownerContact);
      await tabTo(page, page.getByRole("button", { name: "开通并发送邀请" }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main").getByRole("status")).toHaveText(
        `已为${name}开通账户，${javaScriptEnabled ? "邀请邮件" : "邀请短信"}已发出。对方上传营业执照后，会出现在“等待核实的雇主”里。`,
      );
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      // Among the partner's employers at once, not yet verified.
      await page.goto("/staff");
      await expect(page.getByRole("region", { name: "合作的雇主" }).getByRole("listitem").filter({ hasText: name })).toContainText("未核实 · 0 个职位，0 个正在公开");

      // The owner opens the link from the email or text on their own device and creates an account.
      const link = await linkFromOutbox(page, javaScriptEnabled ? ownerContact : mobile, "/invite/");
      const context = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled, storageState: { cookies: [], origins: [] } });
      const owner = await context.newPage();
      await owner.goto(link);
      await expect(owner.getByRole("heading", { level: 1 })).toHaveText(`加入${name}`);
      await expect(owner.getByText(/角色是“负责人”/)).toBeVisible();
      await owner.getByLabel("称呼").fill("刘春晖");
      await owner.getByLabel("密码", { exact: true }).fill(TEST_PASSWORD);
      await owner.getByRole("button", { name: "创建账户并加入" }).click();
      await expect(owner).toHaveURL(/\/account\?joined=\d+$/);

      // Their employer's page asks for the licence, with the code and the partner already filled in.
      await owner.goto("/employer");
      await expect(owner.getByRole("region", { name: "雇主核实" })).toContainText("未核实");
      await owner.goto("/employer/verification");
      await expect(owner.getByLabel("统一社会信用代码")).toHaveValue(code);
      await expect(owner.getByLabel("由哪家合作机构核实").locator("option:checked")).toHaveText("明途残疾人就业服务中心（示例）");
      // They own it: they can invite colleagues.
      await owner.goto("/employer/team");
      await expect(owner.getByRole("list", { name: "团队成员" }).getByRole("listitem")).toContainText(["刘春晖（你）负责人"]);
      await expect(owner.getByRole("link", { name: "邀请同事" })).toBeVisible();
      await context.close();
    });
  });
}

test("the page passes axe in English too, at 320 and 1280 px, with errors", async ({ page, setLocale }) => {
  await signInByPost(page, "staff");
  await setLocale("en");
  await page.goto("/staff/employers/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add an employer");
  await page.getByRole("button", { name: "Add and send the invitation" }).click();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Enter the organisation's name in at least one language",
    "Enter your unified social credit code",
    "Enter the owner's email address or mobile number",
  ]);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectNoAxeViolations(page);
  }
});
