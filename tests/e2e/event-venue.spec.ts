import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, tabTo, test } from "../support/e2e/fixtures";
import { seededMixedEvent } from "../support/e2e/paths";
import { signInByPost } from "../support/e2e/sign-in";

// Events in person and online at once (issue 20, item 1), and evening events that end after
// midnight: a visitor reads where to go and what the venue's access is like, and the page tells
// search engines and calendars the same; staff enter such an event by keyboard alone, with and
// without JavaScript, and get the error summary when the venue is missing.

/** Tabs to a field and types into it, as a keyboard user would. */
async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: true }), 120);
  await page.keyboard.type(text);
}

test.describe("an event in person and online", () => {
  test.use({ storageState: { cookies: [], origins: [] }, javaScriptEnabled: false });

  test("a visitor finds the venue, its address and its access on the event's page, in its structured data and in its calendar file", async ({ page, request }) => {
    await page.goto("/events");
    await expect(page.getByRole("region", { name: "即将举行" }).getByRole("listitem").filter({ hasText: "光山县残疾人专场招聘会" })).toContainText("现场和网上同时进行");
    const address = await seededMixedEvent(page);
    await page.goto(address);
    await expect(page.locator(".lead")).toContainText("现场和网上同时进行");
    const venue = page.getByRole("region", { name: "现场地点" });
    await expect(venue).toContainText("禾乡就业服务中心一楼大厅");
    await expect(venue).toContainText("河南省信阳市光山县弦山街道民生路 18 号（示例地址）");
    await expect(venue.getByRole("definition").last()).toContainText("正门有坡道，没有台阶");
    // The stream is still there for people who take part online.
    await expect(page.getByRole("region", { name: "怎样参加" }).getByRole("link", { name: "在主办方的直播平台观看" })).toBeVisible();

    const blocks = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "{}")));
    const data = blocks.find((block) => block["@type"] === "Event");
    expect(data.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(data.location).toEqual([
      { "@type": "Place", name: "禾乡就业服务中心一楼大厅", address: "河南省信阳市光山县弦山街道民生路 18 号（示例地址）" },
      { "@type": "VirtualLocation", url: "https://live.example.cn/hexiang/county-fair-2026-12" },
    ]);
    const ics = (await (await request.get(`${address}/calendar.ics`)).text()).replace(/\r\n /g, "");
    expect(ics).toContain("LOCATION:禾乡就业服务中心一楼大厅，河南省信阳市光山县弦山街道民生路 18 号（示例地址）\r\n");

    // In English, the venue in English.
    await page.goto(`${address}?lng=en`);
    const english = page.getByRole("region", { name: "Where to go in person" });
    await expect(english).toContainText("Hexiang Employment Service Centre, ground-floor hall");
    await expect(english).toContainText("The main entrance has a ramp and no steps");
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`staff enter an event in person and online, ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("the venue is required for an event in person; an evening event ends after midnight on the end date given", async ({ page }) => {
      test.slow();
      const title = `残疾人就业服务夜场双选会 ${Date.now().toString(36)}`;
      await signInByPost(page, "staff");
      await page.goto("/staff/events/new");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("新建招聘会");

      await typeInto(page, "标题（中文）", title);
      await typeInto(page, "介绍（中文）", "下班后的夜场双选会，可以到现场，也可以在网上看字幕、用文字提问。");
      await typeInto(page, "日期", "2027-01-20");
      await typeInto(page, "开始时间（北京时间）", "20:00");
      await typeInto(page, "结束日期（选填）", "2027-01-21");
      await typeInto(page, "结束时间（北京时间）", "01:00");
      // "In person and online", chosen with the arrow keys, as a radio group is.
      await tabTo(page, page.getByRole("radio", { name: "只在网上" }), 40);
      await page.keyboard.press("ArrowDown");
      await expect(page.getByRole("radio", { name: "现场和网上同时进行" })).toBeChecked();
      await typeInto(page, "现场的无障碍情况（中文，选填）", "入口有坡道，电梯到三楼，三楼有无障碍卫生间。");
      await tabTo(page, page.getByRole("button", { name: "保存招聘会" }), 200);
      await page.keyboard.press("Enter");

      // The venue is missing: both problems in the summary, everything typed kept.
      const summary = page.getByRole("alert");
      await expect(summary.getByRole("link")).toHaveText(["现场和网上同时进行的招聘会，请填写现场地点的名称（中文）", "现场和网上同时进行的招聘会，请填写现场地址（中文）"]);
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(page.getByLabel("标题（中文）", { exact: true })).toHaveValue(title);
      await expect(page.getByLabel("结束日期（选填）", { exact: true })).toHaveValue("2027-01-21");
      await expect(page.getByRole("radio", { name: "现场和网上同时进行" })).toBeChecked();
      await expect(page.getByLabel("现场的无障碍情况（中文，选填）", { exact: true })).toHaveValue("入口有坡道，电梯到三楼，三楼有无障碍卫生间。");
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // The summary's link leads to the field.
      await tabTo(page, summary.getByRole("link").first(), 20);
      await page.keyboard.press("Enter");
      await expect(page.getByLabel("现场地点名称（中文）", { exact: true })).toBeFocused();
      await page.keyboard.type("明途就业服务中心三楼报告厅");
      await typeInto(page, "现场地址（中文）", "北京市朝阳区示例路 6 号");
      await tabTo(page, page.getByRole("button", { name: "保存招聘会" }), 200);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status").filter({ hasText: "招聘会已创建" })).toBeVisible();
      await expect(page.getByText("2027年1月20日 20:00 至 2027年1月21日 01:00（北京时间）")).toBeVisible();

      await page.getByRole("link", { name: "查看公开页面" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator(".lead")).toContainText("2027年1月20日 20:00 至 2027年1月21日 01:00（北京时间） · 现场和网上同时进行");
      await expect(page.getByRole("region", { name: "现场地点" })).toContainText("北京市朝阳区示例路 6 号");
      if (javaScriptEnabled) await expectNoAxeViolations(page);
    });
  });
}
