import { expect, expectNoAxeViolations, firstOpeningPath, test } from "../support/e2e/fixtures";

// Easy read: a display preference, chosen without JavaScript, that shows short plain copy and more
// spacing on the portal's own pages; and each opening's plain-language summary comes first.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("choosing easy read shows the short copy with wider spacing, and turning it off restores the usual copy", async ({ page, setLocale }) => {
    // Several axe scans and two browsers: the slow budget.
    test.setTimeout(90_000);
    await setLocale("zh-CN");
    await page.goto("/");
    const usual = "无碍就业汇集残疾人联合会和合作机构发布的远程、灵活和自主就业职位。";
    await expect(page.locator("main .lead")).toContainText(usual);
    const usualLineHeight = await page.locator("body").evaluate((body) => parseFloat(getComputedStyle(body).lineHeight));

    await page.goto("/preferences");
    await page.getByRole("checkbox", { name: /^易读模式/ }).press("Space");
    await page.getByRole("button", { name: "保存设置" }).press("Enter");
    await expect(page.locator("html")).toHaveAttribute("data-easy-read", "true");
    await expect(page.getByRole("checkbox", { name: /^易读模式/ })).toBeChecked();

    await page.goto("/");
    await expect(page.locator("main .lead")).toHaveText("在这里找在家做、时间灵活的工作。每个雇主都核实过。每个职位都写明怎么工作、有什么帮助。");
    const easyLineHeight = await page.locator("body").evaluate((body) => parseFloat(getComputedStyle(body).lineHeight));
    expect(easyLineHeight).toBeGreaterThan(usualLineHeight);
    const justified = await page.evaluate(() => Array.from(document.querySelectorAll("p, li")).filter((el) => getComputedStyle(el).textAlign === "justify").length);
    expect(justified).toBe(0);

    await page.goto("/help");
    await expect(page.getByText("按 Tab 键移动。按 Enter 键打开链接。")).toBeVisible();

    await page.goto("/preferences");
    await page.getByRole("checkbox", { name: /^易读模式/ }).press("Space");
    await page.getByRole("button", { name: "保存设置" }).press("Enter");
    await expect(page.locator("html")).not.toHaveAttribute("data-easy-read", "true");
    await page.goto("/");
    await expect(page.locator("main .lead")).toContainText(usual);
  });
});

test("pages in easy read pass axe", async ({ page, context, baseURL, consoleProblems: _ }) => {
  test.setTimeout(90_000);
  // The cookie the preferences form sets (see preferences.server.ts): base64 of the JSON settings.
  const value = Buffer.from(JSON.stringify({ textSize: "default", contrast: "default", reduceMotion: false, lineSpacing: "default", dyslexiaFont: false, easyRead: true })).toString("base64");
  await context.addCookies([{ name: "prefs", value, url: baseURL ?? "" }]);
  for (const path of ["/", "/help", "/accessibility", "/preferences"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("data-easy-read", "true");
    await expectNoAxeViolations(page);
  }
});

test("an opening's plain-language summary comes straight after its title", async ({ page }) => {
  await page.goto(await firstOpeningPath(page));
  const order = await page.locator("main article").evaluate((article) =>
    Array.from(article.querySelectorAll("h1, h2")).map((heading) => heading.tagName + ":" + (heading.textContent ?? "")),
  );
  expect(order[0]).toMatch(/^H1:/);
  expect(order[1]).toBe("H2:简明介绍");
});
