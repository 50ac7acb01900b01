import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, LOCALES, tabTo, test, VIEWPORTS } from "../support/e2e/fixtures";
import { signInByPost } from "../support/e2e/sign-in";

// Outcomes counted (issue 19, item 6): a partner's statistics of its own openings, the portal's for
// admins, both downloadable as CSV, and the public "portal in numbers". Small numbers are never
// shown. Other tests add applications and hires as they run, so no figure here is fixed: each is
// checked to be a number or "fewer than 5".

const FIGURE_ZH = /^(\d+|少于 5)$/;
const CAPTIONS_ZH = ["按月份", "按用工形式", "按用人单位", "按工作地点", "按残疾类别（求职者自愿参与统计）"];

/** Every figure cell of every outcome table reads as a number or "fewer than 5". */
async function figuresAreShownOrHidden(page: Page, figure: RegExp) {
  const cells = await page.locator("table.checks-table td").allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell.trim()).toMatch(figure);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("partner staff read their outcomes month by month and download them, keyboard only", async ({ page }) => {
      await signInByPost(page, "staff");
      await page.goto("/staff");
      await tabTo(page, page.getByRole("link", { name: "成果统计" }), 150);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("成果统计");
      await expect(page).toHaveTitle(/^成果统计：明途残疾人就业服务中心（示例）/);
      await expect(page.getByRole("table")).toHaveCount(5);
      for (const caption of CAPTIONS_ZH) await expect(page.getByRole("table", { name: caption })).toBeVisible();
      // Twelve months, oldest first, ending with this month (China time), then the total.
      const months = page.getByRole("table", { name: "按月份" }).locator("tbody th");
      await expect(months).toHaveCount(12);
      const thisMonth = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
      await expect(months.last()).toHaveText(thisMonth);
      await expect(page.getByRole("table", { name: "按月份" }).locator("tfoot th")).toHaveText("合计");
      await figuresAreShownOrHidden(page, FIGURE_ZH);
      await expect(page.getByText(/少于 5 人的数字一律显示为“少于 5”/)).toBeVisible();
      // By disability category: only those who chose to be counted; the others are one "not said" row.
      const byDisability = page.getByRole("table", { name: "按残疾类别（求职者自愿参与统计）" });
      await expect(byDisability.locator("tbody th")).toContainText(["肢体残疾", "未说明"]);
      await expect(byDisability.locator("tbody th").last()).toHaveText("未说明");

      // The CSV: UTF-8 with a byte order mark (Excel), the same tables, small numbers hidden the same way.
      const link = page.getByRole("link", { name: "下载 CSV 表格（可用 Excel 打开）" });
      const response = await page.request.get((await link.getAttribute("href")) ?? "");
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(response.headers()["content-disposition"]).toBe('attachment; filename="accesswork-outcomes-mingtu-employment-centre.csv"');
      const csv = (await response.body()).toString("utf8");
      expect(csv.startsWith("\ufeff表,分组,发布职位,申请,面试,录用,6 个月仍在职\r\n")).toBe(true);
      const lines = csv.slice(1).trim().split("\r\n");
      expect(lines.filter((line) => line.startsWith("按月份,"))).toHaveLength(13);
      expect(lines).toContain(lines.find((line) => line.startsWith("按月份,合计,")));
      for (const line of lines.slice(1)) {
        for (const cell of line.split(",").slice(3)) expect(cell).toMatch(FIGURE_ZH);
      }
    });

    test("admins read the whole portal's outcomes; anyone reads the portal in numbers", async ({ page, browser, baseURL }) => {
      await signInByPost(page, "admin");
      await page.goto("/admin");
      await page.getByRole("link", { name: "全平台成果统计" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("全平台成果统计");
      await expect(page.getByText("统计全平台所有合作机构发布的职位。", { exact: false })).toBeVisible();
      await figuresAreShownOrHidden(page, FIGURE_ZH);
      const csv = await page.request.get("/admin/statistics/export.csv");
      expect(csv.headers()["content-disposition"]).toBe('attachment; filename="accesswork-outcomes.csv"');

      // Signed out, on the public pages: from the partners' list to the numbers.
      const context = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled, storageState: { cookies: [], origins: [] } });
      const visitor = await context.newPage();
      await visitor.goto("/partners");
      await tabTo(visitor, visitor.getByRole("link", { name: "无碍就业的数字：职位、申请和录用" }), 150);
      await visitor.keyboard.press("Enter");
      await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("无碍就业的数字");
      const terms = visitor.getByRole("term");
      await expect(terms).toHaveText([
        "正在公开的职位",
        "合作机构",
        "经合作机构核实的用人单位",
        "持有有效无障碍认证的用人单位",
        "求职者发出的申请",
        "获得面试的申请",
        "录用",
        "录用 6 个月后回访时仍在职",
      ]);
      for (const value of await visitor.getByRole("definition").allTextContents()) expect(value).toMatch(/^([\d,]+|少于 5)$/);
      // At least the demo's six partners (other tests add more as they run).
      expect(Number(await visitor.getByRole("definition").nth(1).textContent())).toBeGreaterThanOrEqual(6);
      await context.close();
    });
  });
}

for (const locale of LOCALES) {
  test(`the statistics pages pass axe in ${locale} at 320 and 1280 px`, async ({ page, setLocale }) => {
    const check = async () => {
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await expectNoAxeViolations(page);
      }
    };
    await signInByPost(page, "staff");
    await setLocale(locale);
    await page.goto("/staff/statistics");
    await expect(page.getByRole("table")).toHaveCount(5);
    await check();
    await signInByPost(page, "admin");
    await setLocale(locale);
    await page.goto("/admin/statistics");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "zh-CN" ? "全平台成果统计" : "Outcomes across the portal");
    await check();
    await page.goto("/numbers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "zh-CN" ? "无碍就业的数字" : "AccessWork in numbers");
    await check();
  });
}
