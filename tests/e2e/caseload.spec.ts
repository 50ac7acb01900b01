import type { Page } from "@playwright/test";
import { axeAsSeenBy, expect, expectNoAxeViolations, tabTo, test, TEST_PASSWORD, textedCode } from "../support/e2e/fixtures";
import { freshMobile } from "../support/e2e/paths";
import { signInByPost } from "../support/e2e/sign-in";

// Offline job seekers (issue 19, item 5): partner staff register someone who came to the office,
// with the permission she signed on paper; keep a note with the next step; find her in the caseload.
// She then claims her account by signing up with her number, sees how the permission was recorded,
// and withdraws it. By keyboard alone, with and without JavaScript; axe in both languages. Then,
// without JavaScript: staff correct a mistyped number before she claims the account, and record the
// disability category she gave on a signed paper form; she sees it on /account/counting and withdraws it.

/** Tabs to a field and types into it, as a keyboard user would. */
async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: true }), 80);
  await page.keyboard.type(text);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled, storageState: { cookies: [], origins: [] } });

    test("staff register a visitor with a paper permission, note the next step, and she claims her account", async ({ page, browser, baseURL }) => {
      test.slow();
      const mobile = freshMobile();
      const spaced = `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
      const name = `赵秀英${mobile.slice(-4)}`;
      await signInByPost(page, "staff");

      // From the workspace to the caseload, and to the register form.
      await page.goto("/staff");
      await tabTo(page, page.getByRole("link", { name: "我服务的求职者" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("我服务的求职者");
      await tabTo(page, page.getByRole("link", { name: "登记一位来访或来电的求职者" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("登记求职者");

      // Sent with the permission not ticked: every problem in the summary, and nothing typed is lost.
      await typeInto(page, "姓名或称呼", name);
      await typeInto(page, "手机号", spaced);
      // A scan that is not a PDF or a picture is refused with the rest (a file is chosen, not typed).
      const scanField = page.getByLabel("签字同意书的扫描件或照片（选填）");
      await scanField.setInputFiles({ name: "同意书.txt", mimeType: "text/plain", buffer: Buffer.from("不是扫描件") });
      await tabTo(page, page.getByRole("button", { name: "登记" }), 80);
      await page.keyboard.press("Enter");
      const summary = page.getByRole("alert");
      await expect(summary.getByRole("link")).toHaveText(["请选择本人是怎样同意的", "所选文件必须是 PDF、JPG 或 PNG 格式。", "请先向本人读同意内容，本人同意后再勾选"]);
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(page.getByLabel("姓名或称呼", { exact: true })).toHaveValue(name);
      await expect(page.getByLabel("手机号", { exact: true })).toHaveValue(spaced);
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      const paper = page.getByRole("radio", { name: "签了纸质同意书" });
      await tabTo(page, paper, 80);
      await page.keyboard.press("Space");
      await expect(paper).toBeChecked();
      await typeInto(page, "备注（选填）", "纸质同意书在档案柜 2026-088 号");
      await page.getByLabel("签字同意书的扫描件或照片（选填）").setInputFiles({
        name: "同意书.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4\n% scanned consent form\n%%EOF\n"),
      });
      const consent = page.getByRole("checkbox", { name: "我已经向本人读过上面的同意内容，本人同意" });
      await tabTo(page, consent, 80);
      await page.keyboard.press("Space");
      await tabTo(page, page.getByRole("button", { name: "登记" }), 80);
      await page.keyboard.press("Enter");

      // Her page: the number to call her on, not yet claimed, the permission as recorded.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page.getByRole("main").getByRole("status")).toHaveText(`已登记${name}。现在可以替本人申请职位。`);
      await expect(page.getByText(spaced)).toBeVisible();
      await expect(page.getByText(/还没有认领/)).toBeVisible();
      await expect(page.getByText(/^签了纸质同意书，由王明于 .+ 记录$/)).toBeVisible();
      const seekerPath = new URL(page.url()).pathname;
      // The scan of the signed form, for this partner's staff (each opening is audit-logged).
      const scanLink = page.getByRole("link", { name: "查看签字同意书的扫描件" });
      const scan = await page.request.get((await scanLink.getAttribute("href")) ?? "");
      expect(scan.status()).toBe(200);
      expect(scan.headers()["content-type"]).toBe("application/pdf");
      expect((await scan.body()).toString("utf8")).toContain("scanned consent form");
      await axeAsSeenBy(browser, page.context(), seekerPath, baseURL);

      // A note with the next step.
      await typeInto(page, "记录", "来中心咨询居家客服。用读屏软件，打字快。");
      await typeInto(page, "下一步（选填）", "周五前打电话读两个职位给她听");
      await typeInto(page, "下一步的日期（选填）", "2026-12-11");
      await tabTo(page, page.getByRole("button", { name: "保存记录" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main").getByRole("status")).toHaveText("记录已保存。");
      await expect(page.getByText("来中心咨询居家客服。用读屏软件，打字快。")).toBeVisible();

      // The caseload finds her by number, with the next step.
      await page.goto("/staff/seekers");
      await typeInto(page, "姓名或手机号", mobile.slice(3, 9));
      await page.keyboard.press("Enter");
      const results = page.getByRole("list", { name: "1 位求职者" });
      await expect(results.getByRole("link")).toHaveText([name]);
      await expect(results).toContainText("下一步：周五前打电话读两个职位给她听 (2026-12-11)");
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // She signs up with her number: the account staff opened becomes hers.
      await page.context().clearCookies();
      await page.goto("/sign-up");
      await typeInto(page, "称呼", name);
      await typeInto(page, "邮箱地址或手机号", mobile);
      await typeInto(page, "密码", TEST_PASSWORD);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("输入短信验证码");
      await typeInto(page, "验证码", await textedCode(page.request, mobile));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/account$/);

      // She sees the permission staff recorded, and how, and withdraws it.
      await page.goto("/account/assistance");
      await expect(page.getByText(/^你签了纸质同意书，由工作人员王明记录。/)).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await tabTo(page, page.getByRole("button", { name: /^撤回/ }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByText(/^你签了纸质同意书/)).toHaveCount(0);

      // Staff see it withdrawn, and that she has her own account now.
      await page.context().clearCookies();
      await signInByPost(page, "staff");
      await page.goto(seekerPath);
      await expect(page.getByText(/已于 .+ 撤回/)).toBeVisible();
      await expect(page.getByText("已自己登录过账户")).toBeVisible();
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });

  test("staff correct a mistyped number and record a category she gave on paper; she sees it and withdraws it", async ({ page, browser, baseURL }) => {
    test.slow();
    const typo = freshMobile();
    const mobile = freshMobile();
    const spaced = `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
    const name = `孙丽华${mobile.slice(-4)}`;
    await signInByPost(page, "staff");
    // Registered at the office with a mistyped number (the register form has its own journey above).
    const registered = await page.request.post("/staff/seekers/new", { multipart: { displayName: name, mobile: typo, how: "paper", consent: "on" }, maxRedirects: 0 });
    expect(registered.status()).toBe(303);
    const seekerPath = new URL(registered.headers().location ?? "", "http://localhost").pathname;
    await page.goto(seekerPath);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    // Both forms' error states pass axe, in both languages (axe needs JavaScript: a second browser).
    await axeAsSeenBy(browser, page.context(), seekerPath, baseURL, /^(更正手机号|Correct the number)$/);
    await axeAsSeenBy(browser, page.context(), seekerPath, baseURL, /^(记录残疾类别|Record the category)$/);

    // A number another account has is refused, with what was typed kept.
    await typeInto(page, "正确的手机号", "137 0013 7000");
    await tabTo(page, page.getByRole("button", { name: "更正手机号" }), 80);
    await page.keyboard.press("Enter");
    await expect(page).toHaveTitle(/^错误：/);
    await expect(page.getByRole("alert").getByRole("link")).toHaveText(["这个手机号已经有别的账户在用了。请和本人再核对一下号码。"]);
    const field = page.getByLabel("正确的手机号", { exact: true });
    await expect(field).toHaveValue("137 0013 7000");
    // The right number, typed over the wrong one.
    await tabTo(page, field, 80);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(spaced);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("手机号已更正。本人用新号码注册，就能认领账户。");
    await expect(page.getByText(spaced, { exact: true })).toBeVisible();

    // Her category, said on the signed paper form: without the tick nothing is kept, and nothing chosen is lost.
    await expect(page.getByRole("heading", { name: "统计用的残疾类别" })).toBeVisible();
    const hearing = page.getByRole("radio", { name: "听力残疾" });
    await tabTo(page, page.getByRole("radio", { name: "视力残疾" }), 80);
    await page.keyboard.press("Space");
    for (let i = 0; i < 10 && !(await hearing.isChecked()); i++) await page.keyboard.press("ArrowDown");
    await expect(hearing).toBeChecked();
    const paper = page.getByRole("radio", { name: "签了纸质同意书" });
    await tabTo(page, paper, 80);
    await page.keyboard.press("Space");
    await expect(paper).toBeChecked();
    await typeInto(page, "备注（选填）", "同意书在档案柜 2026-090 号");
    await tabTo(page, page.getByRole("button", { name: "记录残疾类别" }), 80);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert").getByRole("link")).toHaveText(["请先向本人读同意内容，本人同意后再勾选"]);
    await expect(page.getByRole("radio", { name: "听力残疾" })).toBeChecked();
    await expect(page.getByRole("radio", { name: "签了纸质同意书" })).toBeChecked();
    await expect(page.getByLabel("备注（选填）", { exact: true })).toHaveValue("同意书在档案柜 2026-090 号");
    const consent = page.getByRole("checkbox", { name: "我已经向本人读过上面的同意内容，本人同意" });
    await expect(consent).not.toBeChecked();
    await tabTo(page, consent, 80);
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "记录残疾类别" }), 80);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("已记录本人的残疾类别和同意。");
    await expect(page.getByText("已记录本人的残疾类别：听力残疾。只用于统计人数。")).toBeVisible();
    await expect(page.getByText("同意书在档案柜 2026-090 号")).toBeVisible();

    // Recorded by mistake? Staff delete it (the consent is withdrawn with it) and record it again.
    await tabTo(page, page.getByRole("button", { name: "删除残疾类别" }), 80);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("残疾类别已删除，本人的同意已撤回。");
    await expect(page.getByText(/^已记录本人的残疾类别/)).toHaveCount(0);
    const form = await page.request.post(seekerPath, { form: { intent: "counting", category: "hearing", how: "paper", consent: "on" }, maxRedirects: 0 });
    expect(form.status()).toBe(303);

    // She claims the account with the corrected number, and sees the category and who recorded it.
    await page.context().clearCookies();
    await page.goto("/sign-up");
    await typeInto(page, "称呼", name);
    await typeInto(page, "邮箱地址或手机号", mobile);
    await typeInto(page, "密码", TEST_PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("输入短信验证码");
    await typeInto(page, "验证码", await textedCode(page.request, mobile));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/account$/);
    await tabTo(page, page.getByRole("link", { name: "选择是否参与统计" }), 80);
    await page.keyboard.press("Enter");
    await expect(page.getByText(/^你通过签字的纸质同意书同意参与统计。.+的工作人员王明于 .+ 记录了你的残疾类别：听力残疾（文本版本 counting-offline-2026-12）。$/)).toBeVisible();
    await expect(page.getByText(/的工作人员能看到这个类别/)).toBeVisible();
    await axeAsSeenBy(browser, page.context(), "/account/counting", baseURL);
    // …and withdraws it herself.
    await tabTo(page, page.getByRole("button", { name: "删除我的残疾类别" }), 80);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("你的残疾类别已删除，同意已撤回。");
    await expect(page.getByText(/同意参与统计/)).toHaveCount(0);

    // Staff: nothing recorded any more (the form is back), and the number is hers now (no correction form).
    await page.context().clearCookies();
    await signInByPost(page, "staff");
    await page.goto(seekerPath);
    await expect(page.getByRole("button", { name: "记录残疾类别" })).toBeVisible();
    await expect(page.getByRole("button", { name: "更正手机号" })).toHaveCount(0);
    await expect(page.getByText("已自己登录过账户")).toBeVisible();
  });
});
