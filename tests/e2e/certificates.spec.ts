import { axeAsSeenBy, expect, tabTo, test } from "../support/e2e/fixtures";

// The public certificate lookup (issue 19): anyone handed a photo or copy of a certificate checks
// it at /certificates, by the number printed on it or by the employer's unified social credit code.
// The demo certificate AW-2025-0003 belongs to a verified employer whose code the seed records.

test.use({ javaScriptEnabled: false });

test("keyboard only, without JavaScript: check a certificate by its number, then by the employer's credit code", async ({ page, setLocale }) => {
  await setLocale("zh-CN");
  await page.goto("/certificates");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("核对无障碍认证证书");
  // The number as people copy it from paper: lower case, spaces for dashes.
  await tabTo(page, page.getByLabel("证书编号或统一社会信用代码"));
  await page.keyboard.type("aw 2025 0003");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/certificates\/AW-2025-0003$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("无障碍认证证书 AW-2025-0003");

  // The certificate page shows the employer's credit code, which finds the same certificate.
  const code = (await page.locator("dt", { hasText: "统一社会信用代码" }).locator("xpath=following-sibling::dd").innerText()).trim();
  expect(code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
  await tabTo(page, page.getByRole("link", { name: "核对另一张证书" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/certificates$/);
  await tabTo(page, page.getByLabel("证书编号或统一社会信用代码"));
  await page.keyboard.type(code.toLowerCase());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/certificates?code=${code}`);
  const results = page.getByRole("region", { name: `统一社会信用代码 ${code} 的认证证书` });
  await expect(results.getByRole("link", { name: "无障碍认证证书 AW-2025-0003" })).toBeVisible();
  await tabTo(page, results.getByRole("link", { name: "无障碍认证证书 AW-2025-0003" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/certificates\/AW-2025-0003$/);
});

test("a mistyped code, an unknown number and an empty field each get their own message, and keep what was typed", async ({ page, setLocale }) => {
  await setLocale("zh-CN");
  const cases = [
    { typed: "", message: "请输入证书编号或统一社会信用代码", kept: "" },
    // The certificate's own employer's code with its check character changed.
    { typed: "91411522MAR1TJCKBB", message: "这个统一社会信用代码有一位不对（最后一位校验码对不上），请对照营业执照再输入一次", kept: "91411522MAR1TJCKBB" },
    { typed: "AW-2020-0404", message: "没有找到这个编号的证书。请对照证书再输入一次；编号没有输错却查不到的证书可能是伪造的，请不要相信它", kept: "AW-2020-0404" },
    { typed: "hello", message: "请输入证书编号（例如 AW-2025-0003）或 18 位统一社会信用代码", kept: "hello" },
  ];
  for (const { typed, message, kept } of cases) {
    await page.goto("/certificates");
    await page.getByLabel("证书编号或统一社会信用代码").fill(typed);
    await page.getByRole("button", { name: "查找" }).click();
    await expect(page).toHaveTitle(/^错误：核对无障碍认证证书/);
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("link", { name: message })).toHaveAttribute("href", "#lookup");
    await expect(page.getByLabel("证书编号或统一社会信用代码")).toHaveValue(kept);
  }
});

test("the lookup passes axe in both languages: empty, with its error summary, and with results", async ({ page, browser, context, baseURL }) => {
  await axeAsSeenBy(browser, context, "/certificates", baseURL);
  await axeAsSeenBy(browser, context, "/certificates", baseURL, /^(查找|Find)$/);
  await page.goto("/certificates/AW-2025-0003");
  const code = (await page.locator("dt", { hasText: "统一社会信用代码" }).locator("xpath=following-sibling::dd").innerText()).trim();
  await axeAsSeenBy(browser, context, `/certificates?code=${code}`, baseURL);
  // The certificate page itself, with the code, is in a11y.spec.ts (both languages, both widths).
});
