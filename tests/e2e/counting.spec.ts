import { expect, expectNoAxeViolations, LOCALES, tabTo, test, VIEWPORTS } from "../support/e2e/fixtures";
import { signUpFresh } from "../support/e2e/paths";
import { waitForHydration } from "../support/e2e/session";

// A seeker may say their disability category, only for counting outcomes (issue 19, item 6): its own
// unticked consent, an error summary without it, nothing typed lost, and withdrawing deletes it.

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a seeker chooses to be counted by disability category, then stops, keyboard only", async ({ page }) => {
      await signUpFresh(page, "counting");
      await page.goto("/account");
      await tabTo(page, page.getByRole("link", { name: "选择是否参与统计" }), 80);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("帮助统计：残疾类别");
      await expect(page).toHaveTitle(/^帮助统计：残疾类别/);
      if (javaScriptEnabled) await waitForHydration(page);
      await expect(page.getByText(/用人单位、合作机构的工作人员都看不到你个人的类别/)).toBeVisible();

      // A category without the consent saves nothing, says why, and keeps the choice.
      const hearing = page.getByRole("radio", { name: "听力残疾" });
      await tabTo(page, page.getByRole("radio").first());
      await page.keyboard.press("Space");
      for (let i = 0; i < 40 && !(await hearing.isChecked()); i++) await page.keyboard.press("ArrowDown");
      await expect(hearing).toBeChecked();
      await tabTo(page, page.getByRole("button", { name: "保存" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveTitle(/^错误：帮助统计：残疾类别/);
      const summary = page.getByRole("alert");
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(summary.getByRole("link")).toHaveText(["请勾选同意，才能保存你的残疾类别"]);
      await expect(page.getByRole("radio", { name: "听力残疾" })).toBeChecked();
      const consent = page.getByRole("checkbox", { name: "我同意平台保存我的残疾类别，只用于统计" });
      await expect(consent).not.toBeChecked();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await tabTo(page, consent);
      await page.keyboard.press("Space");
      await tabTo(page, page.getByRole("button", { name: "保存" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/account\/counting\?saved$/);
      await expect(page.getByRole("main").getByRole("status")).toHaveText("已保存。谢谢你帮助我们统计。");
      await expect(page.getByText(/你已同意参与统计（.*），类别是：听力残疾。/)).toBeVisible();
      // The category and its consent are the person's to see, in their data export.
      const exported = (await (await page.request.get("/account/data")).json()) as {
        disabilityCategory: { category: string } | null;
        consents: { purpose: string; withdrawn_at: string | null }[];
      };
      expect(exported.disabilityCategory?.category).toBe("hearing");
      expect(exported.consents.filter((c) => c.purpose === "disability_statistics").map((c) => c.withdrawn_at)).toEqual([null]);

      // Stopping deletes it at once.
      await tabTo(page, page.getByRole("button", { name: "删除我的残疾类别" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/account\/counting\?deleted$/);
      await expect(page.getByRole("main").getByRole("status")).toHaveText("你的残疾类别已删除，同意已撤回。");
      await expect(page.getByText(/你已同意参与统计/)).toHaveCount(0);
      await expect(page.getByRole("button", { name: "删除我的残疾类别" })).toHaveCount(0);
    });
  });
}

for (const locale of LOCALES) {
  test(`the counting page passes axe in ${locale} at 320 and 1280 px, empty, with errors and saved`, async ({ page, setLocale }) => {
    await signUpFresh(page, "counting-axe");
    await setLocale(locale);
    const zh = locale === "zh-CN";
    const check = async () => {
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await expectNoAxeViolations(page);
      }
    };
    await page.goto("/account/counting");
    await check();
    await page.getByRole("button", { name: zh ? "保存" : "Save" }).click();
    await expect(page.getByRole("alert").getByRole("link")).toHaveText(
      zh ? ["请选择你的残疾类别", "请勾选同意，才能保存你的残疾类别"] : ["Choose your disability category", "Tick the consent box to save your disability category"],
    );
    await check();
    const saved = await page.request.post("/account/counting", { form: { category: "visual", consent: "on" }, maxRedirects: 0 });
    expect(saved.status()).toBe(303);
    await page.goto("/account/counting?saved");
    await expect(page.getByText(zh ? /类别是：视力残疾/ : /with the category: Visual disability/)).toBeVisible();
    await check();
  });
}
