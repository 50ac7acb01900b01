import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, firstOpeningPath, LOCALES, signUp, tabTo, test, uniqueEmail, VIEWPORTS } from "../support/e2e/fixtures";
import { waitForHydration } from "../support/e2e/session";


/** The prefs cookie as the server writes it (Remix: base64 of the JSON). */
function prefsCookie(baseURL: string, preferences: Record<string, unknown>) {
  return { name: "prefs", value: Buffer.from(JSON.stringify(preferences)).toString("base64"), url: baseURL };
}

/** The root element's computed font size, in CSS pixels. */
const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

const group = (page: Page, name: string) => page.getByRole("radiogroup", { name });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor chooses large text and high contrast with the keyboard alone; other pages get them from the server", async ({ page }) => {
    await page.goto("/openings");
    const before = await rootFontSize(page);
    await expect(page.locator("html")).not.toHaveAttribute("data-text-size", /.*/);

    await page.goto("/");
    const link = page.getByRole("contentinfo").getByRole("link", { name: "显示设置" });
    await tabTo(page, link, 200);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/preferences$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("显示设置");

    // Native radios: Tab reaches the checked one of each group, and the arrow keys choose.
    await tabTo(page, group(page, "文字大小").getByRole("radio", { name: "标准" }));
    await page.keyboard.press("ArrowDown");
    await expect(group(page, "文字大小").getByRole("radio", { name: "大（125%）" })).toBeChecked();
    await tabTo(page, group(page, "对比度").getByRole("radio", { name: "标准" }));
    await page.keyboard.press("ArrowDown");
    await expect(group(page, "对比度").getByRole("radio", { name: /^高对比度/ })).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "保存设置" }));
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/preferences\?saved$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("已保存。你的显示设置会保存在这个浏览器中。");
    // The form shows what is now saved.
    await expect(group(page, "文字大小").getByRole("radio", { name: "大（125%）" })).toBeChecked();
    await expect(group(page, "对比度").getByRole("radio", { name: /^高对比度/ })).toBeChecked();

    // The server HTML of another page already carries them: nothing waits for JavaScript.
    const html = await (await page.request.get("/openings")).text();
    expect(html).toMatch(/<html[^>]* data-text-size="large"/);
    expect(html).toMatch(/<html[^>]* data-contrast="high"/);
    expect(html).not.toMatch(/<html[^>]* data-(reduce-motion|line-spacing|font)=/);

    await page.goto("/openings");
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
    await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
    expect(await rootFontSize(page)).toBeCloseTo(before * 1.25, 1);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(0, 0, 0)");

    // Reset to defaults forgets them again.
    await page.goto("/preferences");
    await page.getByRole("button", { name: "恢复默认" }).click();
    await expect(page).toHaveURL(/\/preferences\?reset$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("已恢复默认显示设置。");
    await expect(page.locator("html")).not.toHaveAttribute("data-text-size", /.*/);
    await expect(group(page, "文字大小").getByRole("radio", { name: "标准" })).toBeChecked();
    expect((await page.context().cookies()).some((c) => c.name === "prefs")).toBe(false);
  });

  test("the preview follows the choices before saving", async ({ page }) => {
    await page.goto("/preferences");
    const sample = page.locator(".preferences-preview__sample");
    const size = () => sample.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const lineHeight = () => sample.evaluate((el) => getComputedStyle(el).lineHeight);
    const standard = await size();
    await group(page, "文字大小").getByText("特大（150%）").click();
    expect(await size()).toBeCloseTo(standard * 1.5, 1);
    const standardLines = await lineHeight();
    await group(page, "间距").getByText(/^加宽/).click();
    expect(await lineHeight()).not.toBe(standardLines);
    // Nothing was saved.
    await expect(page.locator("html")).not.toHaveAttribute("data-text-size", /.*/);
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a value the page never offers is refused with an error summary", async ({ page, consoleProblems: _ }) => {
      await page.goto("/preferences");
      // Change the form only once React has taken it over, or the change is a hydration mismatch.
      if (javaScriptEnabled) await waitForHydration(page);
      // Only a tampered request can send this; the page must still answer it properly.
      await page.locator("form.preferences-form").evaluate((form) => {
        const input = document.createElement("input");
        Object.assign(input, { type: "hidden", name: "textSize", value: "huge" });
        form.append(input);
      });
      await page.getByRole("button", { name: "保存设置" }).click();
      await expect(page).toHaveTitle(/^错误：显示设置/);
      const summary = page.getByRole("alert");
      await expect(summary.getByRole("link")).toHaveText(["请从列出的选项中选择。"]);
      if (javaScriptEnabled) {
        await expect(summary).toBeFocused();
        // axe runs as a script in the page, so it needs JavaScript.
        await expectNoAxeViolations(page);
      }
      await summary.getByRole("link").click();
      if (javaScriptEnabled) {
        // The link moves focus to the field's first choice itself (GOV.UK's pattern), so the
        // address keeps no fragment that a later submit would carry along.
        await expect(page.locator("#textSize input:focus")).toHaveCount(1);
      } else {
        await expect(page).toHaveURL(/#textSize$/);
      }
      await expect(page.locator("html")).not.toHaveAttribute("data-text-size", /.*/);
    });
  });
}

test("a signed-in user's preferences are kept in the profile", async ({ page, context, consoleProblems: _ }) => {
  await signUp(page, uniqueEmail());
  await page.goto("/preferences");
  await expect(page.getByText(/^设置会存入你的账户/)).toBeVisible();
  await group(page, "文字大小").getByText("特大（150%）").click();
  await group(page, "间距").getByText(/^加宽/).click();
  await page.getByText(/^易读字体/).click();
  await expect(page.getByRole("checkbox", { name: /^易读字体/ })).toBeChecked();
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page).toHaveURL(/\/preferences\?saved$/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("已保存。你的显示设置已存入账户，也保存在这个浏览器中。");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-text-size", "larger");
  await expect(html).toHaveAttribute("data-line-spacing", "wide");
  await expect(html).toHaveAttribute("data-font", "dyslexia");
  // Also remembered in this browser, for after signing out.
  expect((await context.cookies()).some((c) => c.name === "prefs")).toBe(true);

  // Without the browser's copy they still come from the profile.
  await context.clearCookies({ name: "prefs" });
  await page.goto("/openings");
  await expect(html).toHaveAttribute("data-text-size", "larger");
  await expect(html).toHaveAttribute("data-line-spacing", "wide");
  await expect(html).toHaveAttribute("data-font", "dyslexia");
  await expect(html).not.toHaveAttribute("data-contrast", /.*/);

  // Signed out, with the cookie gone, the site is back to its defaults: the profile was the source.
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录" })).toBeVisible();
  await expect(html).not.toHaveAttribute("data-text-size", /.*/);
});

test("the operating system's request for more contrast is honoured without any saved preference", async ({ page }) => {
  await page.goto("/");
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(11, 12, 12)");
  await page.emulateMedia({ contrast: "more" });
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(0, 0, 0)");
  await expectNoAxeViolations(page);
});

for (const locale of LOCALES) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${locale} at ${viewport.name}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("the display settings page passes axe, before and after saving", async ({ page, setLocale, consoleProblems: _ }) => {
        await setLocale(locale);
        await page.goto("/preferences");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoAxeViolations(page);
        await page.getByRole("button", { name: locale === "en" ? "Save settings" : "保存设置" }).click();
        await expect(page.getByRole("main").getByRole("status")).toBeVisible();
        await expectNoAxeViolations(page);
      });

      // One test per page: axe on a long page at 150% text takes a while.
      for (const target of ["/", "/openings", "an opening", "/preferences"]) {
        test(`high contrast with larger text passes axe and reflows: ${target}`, async ({ page, context, baseURL, setLocale, consoleProblems: _ }) => {
          await setLocale(locale);
          await context.addCookies([prefsCookie(baseURL ?? "", { textSize: "larger", contrast: "high" })]);
          const path = target === "an opening" ? await firstOpeningPath(page) : target;
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
          await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
          await expectNoAxeViolations(page);
          // 1.4.10: nothing scrolls sideways, even at 320 px with text at 150%.
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        });
      }

      test("every preference at once still passes axe", async ({ page, context, baseURL, setLocale, consoleProblems: _ }) => {
        await setLocale(locale);
        await context.addCookies([
          prefsCookie(baseURL ?? "", { textSize: "large", contrast: "high", reduceMotion: true, lineSpacing: "wide", dyslexiaFont: true }),
        ]);
        for (const path of ["/", "/preferences"]) {
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("data-font", "dyslexia");
          await expectNoAxeViolations(page);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `reflow on ${path}`).toBe(true);
        }
      });
    });
  }
}
