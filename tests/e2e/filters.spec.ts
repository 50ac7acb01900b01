import { expect, expectNoAxeViolations, LOCALES, tabTo, test, VIEWPORTS } from "../support/e2e/fixtures";

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("filter by access needs with the keyboard alone, then go Back", async ({ page, setLocale }) => {
      await setLocale("zh-CN");
      await page.goto("/openings");
      const total = Number(/找到 (\d+) 个职位/.exec(await page.locator("#results-heading").innerText())?.[1]);

      const summary = page.locator("summary", { hasText: "筛选条件" });
      await tabTo(page, summary);
      await page.keyboard.press("Enter");
      // Each filter is a group that opens on demand: closed, its options are not in the way.
      const remote = page.getByRole("checkbox", { name: "远程", exact: true });
      await expect(remote).toBeHidden();
      // With every group closed, "apply" is one summary per filter away, not one stop per option.
      await expect(page.locator(".filters__body summary")).toHaveCount(11);
      const openGroup = async (name: string) => {
        await tabTo(page, page.locator(".filters__body summary", { hasText: name }), 15);
        await page.keyboard.press("Enter");
      };
      await openGroup("工作方式");
      await tabTo(page, remote, 5);
      await page.keyboard.press("Space");
      await expect(remote).toBeChecked();
      await openGroup("沟通方式");
      const textOnly = page.getByRole("checkbox", { name: "可以纯文字沟通" });
      await tabTo(page, textOnly, 5);
      await page.keyboard.press("Space");
      // Tab enters a radio group at its checked option; arrow keys move and choose within it.
      await openGroup("保障");
      await tabTo(page, page.getByRole("radiogroup", { name: "保障" }).getByRole("radio", { name: "不限" }), 3);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      const social = page.getByRole("radio", { name: "有社会保险" });
      await expect(social).toBeChecked();
      // From the last choice, "apply" is reached past only the summaries of the groups after it.
      await tabTo(page, page.getByRole("button", { name: "应用筛选" }), 6);
      await page.keyboard.press("Enter");

      await expect(page).toHaveURL(/arrangement=remote/);
      await expect(page).toHaveURL(/access=text_only/);
      await expect(page).toHaveURL(/insurance=social/);
      const heading = page.locator("#results-heading");
      await expect(heading).toHaveText(/找到 \d+ 个职位|没有找到职位/);
      const filtered = Number(/找到 (\d+) 个职位/.exec(await heading.innerText())?.[1] ?? 0);
      expect(filtered).toBeLessThan(total);
      await expect(page.getByRole("link", { name: "移除条件：远程" })).toBeVisible();
      // The groups with a choice come back open, and say how many values are chosen.
      await expect(page.locator(".filters__body details[open] > summary")).toHaveText(["工作方式（已选 1 项）", "沟通方式（已选 1 项）", "保障（已选 1 项）"]);
      for (const card of await page.locator(".opening-card").all()) {
        await expect(card.getByText("可纯文字沟通")).toBeVisible();
      }

      await page.goBack();
      await expect(page).toHaveURL(/\/openings$/);
      await expect(page.locator("#results-heading")).toHaveText(new RegExp(`^找到 ${total} 个职位`));
    });

    test("remove one filter, then clear them all", async ({ page, setLocale }) => {
      await setLocale("en");
      await page.goto("/openings?q=customer&arrangement=remote&access=no_phone&maxHours=20");
      await expect(page.getByRole("heading", { name: "Your filters" })).toBeVisible();
      await page.getByRole("link", { name: "Remove filter: No phone calls" }).click();
      await expect(page).not.toHaveURL(/no_phone/);
      await expect(page).toHaveURL(/arrangement=remote/);
      await page.getByRole("link", { name: "Clear all filters" }).click();
      // The keywords stay; only the filters go.
      await expect(page).toHaveURL(/\/openings\?q=customer$/);
      await expect(page.getByRole("heading", { name: "Your filters" })).toHaveCount(0);
    });

    test("an empty result suggests which filter to relax", async ({ page, setLocale }) => {
      await setLocale("en");
      await page.goto("/openings?arrangement=remote&form=full_time&maxHours=10");
      await expect(page.locator("#results-heading")).toHaveText("No openings found");
      const suggestions = page.getByRole("link", { name: /^Without “.+”: \d+ openings$/ });
      await expect(suggestions.first()).toBeVisible();
      const text = await suggestions.first().innerText();
      const promised = Number(/(\d+) openings$/.exec(text)?.[1]);
      await suggestions.first().click();
      await expect(page.locator("#results-heading")).toHaveText(new RegExp(`^${promised} openings? found`));
    });

    test("only certified employers, and each badge leads to a valid certificate", async ({ page, setLocale }) => {
      await setLocale("zh-CN");
      await page.goto("/openings");
      await page.locator("summary", { hasText: "筛选条件" }).click();
      await page.locator(".filters__body summary", { hasText: "雇主无障碍认证" }).click();
      const certified = page.getByRole("radiogroup", { name: "雇主无障碍认证" });
      await tabTo(page, certified.getByRole("radio", { name: "不限" }));
      // Down to "Accessible Employer or higher".
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await expect(certified.getByRole("radio", { name: "无障碍雇主及以上" })).toBeChecked();
      await tabTo(page, page.getByRole("button", { name: "应用筛选" }));
      await page.keyboard.press("Enter");

      await expect(page).toHaveURL(/certified=accessible_employer/);
      await expect(page.getByRole("link", { name: "移除条件：无障碍雇主及以上" })).toBeVisible();
      const cards = page.locator(".opening-card");
      await expect(cards.first()).toBeVisible();
      for (const card of await cards.all()) {
        await expect(card.getByRole("link", { name: /^✓?\s*无障碍认证：(二级 · 无障碍雇主|三级 · 融合就业领跑者)$/ })).toBeVisible();
      }
      const badge = cards.first().locator(".certification");
      await tabTo(page, badge);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/certificates\/AW-\d{4}-\d{4}$/);
      await expect(page.getByRole("heading", { level: 2, name: "当前状态：有效" })).toBeVisible();
    });

    test("sort and page size are kept in the URL", async ({ page, setLocale }) => {
      await setLocale("en");
      await page.goto("/openings");
      await page.getByLabel("Sort by").selectOption("closing");
      await page.getByLabel("Per page").selectOption("10");
      await page.getByRole("button", { name: "Update list" }).click();
      await expect(page).toHaveURL(/sort=closing/);
      await expect(page).toHaveURL(/perPage=10/);
      await expect(page.locator(".opening-card")).toHaveCount(10);
      await expect(page.getByLabel("Sort by")).toHaveValue("closing");
    });
  });
}

for (const locale of LOCALES) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${locale} at ${viewport.name}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("filters open, with choices made, pass axe", async ({ page, setLocale }) => {
        await setLocale(locale);
        await page.goto("/openings?arrangement=remote&access=text_only&access=screen_reader&maxHours=20&location=anywhere&minPay=20&payUnit=hour&insurance=any&posted=30&sort=closing");
        await page.locator("summary").first().click();
        await expect(page.locator("details.filters")).toHaveAttribute("open", "");
        await expectNoAxeViolations(page);
      });

      test("the empty state with suggestions passes axe", async ({ page, setLocale }) => {
        await setLocale(locale);
        await page.goto("/openings?arrangement=remote&form=full_time&maxHours=10&minPay=abc");
        await expect(page.locator("details.filters")).toHaveAttribute("open", "");
        await expectNoAxeViolations(page);
      });
    });
  }
}

test("a keyword that names a filter leads to the filter, which finds openings that never use the word", async ({ page, setLocale }) => {
  for (const [locale, q, heading, link] of [
    ["zh-CN", "在家", /找到 (\d+) 个职位/, "改用筛选：远程"],
    ["en", "remote", /(\d+) openings? found/, "Use the filter instead: Remote"],
  ] as const) {
    await setLocale(locale);
    await page.goto(`/openings?q=${encodeURIComponent(q)}`);
    const byWord = Number(heading.exec(await page.locator("#results-heading").innerText())?.[1] ?? 0);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: link }).click();
    // The word is gone from the keywords and the filter is on, shown as a chip like any other.
    await expect(page).toHaveURL((url) => url.search === "?arrangement=remote");
    await expect(page.locator(".active-filters .chip")).toHaveCount(1);
    const byFilter = Number(heading.exec(await page.locator("#results-heading").innerText())?.[1]);
    expect(byFilter, locale).toBeGreaterThan(byWord);
    // With the filter on, the hint is not offered again.
    await page.goto(`/openings?q=${encodeURIComponent(q)}&arrangement=remote`);
    await expect(page.getByRole("link", { name: link })).toHaveCount(0);
  }
});
