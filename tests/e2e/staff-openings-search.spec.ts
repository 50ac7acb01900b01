import { expect, expectNoAxeViolations, LOCALES, tabTo, test, VIEWPORTS } from "../support/e2e/fixtures";
import { signInByPost } from "../support/e2e/sign-in";

// The workspace scales (issue 19, item 7): partner staff find their openings by words, status and
// employer, their employers by name, credit code and verification status, and the public's reports
// by status and reason, a page of 20 at a time, with the keyboard alone and without JavaScript.

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("staff search and filter their openings and page through them, keyboard only", async ({ page }) => {
      await signInByPost(page, "staff");
      await page.goto("/staff");
      await tabTo(page, page.getByRole("link", { name: "搜索和筛选本机构的所有职位" }), 150);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("本机构的职位");

      // Everything first: more than one page of the demo partner's openings.
      const heading = page.getByRole("heading", { level: 2 });
      await expect(heading).toHaveText(/^找到 \d+ 个职位。第 1 页，共 \d+ 页$/);
      const results = page.getByRole("list", { name: /^找到/ }).getByRole("listitem");
      await expect(results).toHaveCount(20);
      const pages = page.getByRole("navigation", { name: "分页" });
      await tabTo(page, pages.getByRole("link", { name: "下一页" }), 150);
      await page.keyboard.press("Enter");
      await expect(heading).toHaveText(/^找到 \d+ 个职位。第 2 页，共 \d+ 页$/);

      // Words and a status: only the published openings with 客服 in the title.
      await page.goto("/staff/openings");
      await tabTo(page, page.getByLabel("标题里的词（选填）"));
      await page.keyboard.type("客服");
      await page.getByLabel("状态").selectOption({ label: "已公开" });
      await tabTo(page, page.getByRole("button", { name: "查找" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/staff\/openings\?q=%E5%AE%A2%E6%9C%8D&status=published&employer=$/);
      await expect(heading).toHaveText(/^找到 \d+ 个职位$/);
      const titles = await results.getByRole("link").allTextContents();
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(title).toContain("客服");
      // What was chosen stays chosen.
      await expect(page.getByLabel("标题里的词（选填）")).toHaveValue("客服");
      await expect(page.getByLabel("状态")).toHaveValue("published");

      // Nothing matches: said plainly, with a way back to everything.
      await page.getByLabel("标题里的词（选填）").fill("没有这样的职位名称");
      await page.getByRole("button", { name: "查找" }).click();
      await expect(page.getByText("没有符合条件的职位。可以少用几个词，或换一个状态。")).toBeVisible();
      await page.getByRole("link", { name: "清除条件" }).click();
      await expect(results).toHaveCount(20);
    });

    test("staff find the employers they work with by name and verification status, keyboard only", async ({ page }) => {
      await signInByPost(page, "staff");
      await page.goto("/staff");
      // The workspace shows the first few and says how many there are in all. (Other tests add
      // employers for this partner as they run, so the counts are read, not assumed.)
      const all = page.getByRole("link", { name: /^查看和搜索全部 \d+ 家合作的雇主$/ });
      await tabTo(page, all, 200);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("合作的雇主");
      const heading = page.getByRole("heading", { level: 2 });
      await expect(heading).toHaveText(/^找到 \d+ 家雇主/);
      const total = Number(/(\d+)/.exec(await heading.innerText())?.[1]);
      expect(total).toBeGreaterThan(1);
      const results = page.getByRole("list", { name: /^找到/ }).getByRole("listitem");
      await expect(results).toHaveCount(Math.min(total, 20));

      // A word of the name, with its status: the demo employer whose licence this partner checked.
      await tabTo(page, page.getByLabel("名称或统一社会信用代码（选填）"));
      await page.keyboard.type("安语");
      await tabTo(page, page.getByLabel("核实状态"));
      await page.getByLabel("核实状态").selectOption({ label: "已核实" });
      await tabTo(page, page.getByRole("button", { name: "查找" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/staff\/employers\?q=%E5%AE%89%E8%AF%AD&status=verified$/);
      await expect(heading).toHaveText("找到 1 家雇主");
      await expect(results).toHaveText([/^北京安语云客服科技有限公司（示例）\s*已核实 · \d+ 个职位，\d+ 个正在公开$/]);
      // Where this partner verified it, the name leads to that verification.
      await tabTo(page, results.getByRole("link", { name: "北京安语云客服科技有限公司（示例）" }));
      await expect(page.getByLabel("名称或统一社会信用代码（选填）")).toHaveValue("安语");
      await expect(page.getByLabel("核实状态")).toHaveValue("verified");

      // Only those not yet verified; then nothing, said plainly, with a way back to everyone.
      await page.goto("/staff/employers?status=unverified");
      const unverified = await results.allTextContents();
      expect(unverified.length).toBeGreaterThan(0);
      for (const item of unverified) expect(item).toContain("未核实");
      await page.getByLabel("名称或统一社会信用代码（选填）").fill("没有这样的雇主");
      await page.getByRole("button", { name: "查找" }).click();
      await expect(page.getByText("没有符合条件的雇主。可以少用几个词，或换一个状态。")).toBeVisible();
      await tabTo(page, page.getByRole("link", { name: "清除条件" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/staff\/employers$/);
      await expect(heading).toHaveText(/^找到 \d+ 家雇主/);
      // Read until the page has arrived in full: without JavaScript the address changes as soon as
      // the new page starts to arrive, and a count read then can miss the last items of the list.
      await expect.poll(() => results.count()).toBeGreaterThanOrEqual(Math.min(total, 20));
    });

    test("staff filter every report about their openings by reason and status, keyboard only", async ({ page }) => {
      await signInByPost(page, "staff");
      await page.goto("/staff");
      await tabTo(page, page.getByRole("link", { name: /^查看和筛选关于本机构职位的全部 \d+ 个举报$/ }), 200);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("所有举报");
      const heading = page.getByRole("heading", { level: 2 });
      const results = page.getByRole("list", { name: /^共/ }).getByRole("listitem");
      const shown = async () => {
        await expect(heading).toHaveText(/^共 \d+ 个举报/);
        const count = Number(/(\d+)/.exec(await heading.innerText())?.[1]);
        await expect(results).toHaveCount(Math.min(count, 20));
        return results.allTextContents();
      };
      // Everything, decided or not (other tests decide reports as they run, so counts are read).
      expect((await shown()).length).toBeGreaterThan(0);

      // One reason: each report listed is about fees, and leads to the report itself.
      await tabTo(page, page.getByLabel("举报原因"));
      await page.getByLabel("举报原因").selectOption({ label: "要求求职者交钱" });
      await tabTo(page, page.getByRole("button", { name: "筛选" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/staff\/reports\?status=&reason=asks_fees$/);
      // With JavaScript the address changes a moment before the new list is drawn, and the old list
      // (every report) could be read as this one: "清除条件" is only on a filtered list.
      await expect(page.getByRole("link", { name: "清除条件" })).toBeVisible();
      const fees = await shown();
      expect(fees.length).toBeGreaterThan(0);
      for (const item of fees) expect(item).toMatch(/^要求求职者交钱：/);
      await expect(page.getByLabel("举报原因")).toHaveValue("asks_fees");
      await tabTo(page, results.first().getByRole("link"));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/staff\/reports\/\d+$/);

      // One status, with any reason: each is waiting for the employer's answer.
      await page.goto("/staff/reports?status=employer_asked");
      for (const item of await shown()) expect(item).toContain("已询问雇主");
      await expect(page.getByLabel("处理状态")).toHaveValue("employer_asked");
      await tabTo(page, page.getByRole("link", { name: "清除条件" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/staff\/reports$/);
    });
  });
}

for (const locale of LOCALES) {
  test(`the search pages pass axe in ${locale} at 320 and 1280 px, with results and with none`, async ({ page, setLocale }) => {
    await signInByPost(page, "staff");
    await setLocale(locale);
    for (const path of ["/staff/openings", "/staff/openings?q=zzzz-none", "/staff/employers", "/staff/employers?q=zzzz-none&status=suspended", "/staff/reports", "/staff/reports?reason=asks_fees"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await expectNoAxeViolations(page);
      }
    }
  });
}
