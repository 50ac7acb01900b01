import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, tabTo, test } from "../support/e2e/fixtures";
import { signInByPost } from "../support/e2e/sign-in";

// The stream on an event's own page (issue 20, item 3): staff may embed a player only from a
// streaming service the deployment allows (the e2e server allows https://player.live.example.cn,
// which does not exist: these tests check the player the page gives, never that a stream plays).
// An HLS address plays in the page's own video player: its controls are reached by Tab, it never
// starts by itself, and without JavaScript it is the same element. A player page is framed with a
// title and without the autoplay permission. The text stays beside it: the stream is never the only way.

const ALLOWED = "https://player.live.example.cn";

/** Staff create an upcoming event with `embedUrl` through the form; returns its public address. */
async function createEvent(page: Page, title: string, embedUrl: string) {
  await page.goto("/staff/events/new");
  await page.getByLabel("标题（中文）", { exact: true }).fill(title);
  await page.getByLabel("介绍（中文）", { exact: true }).fill("面向听力残疾朋友的线上宣讲，全程文字字幕。");
  await page.getByLabel("日期", { exact: true }).fill("2027-02-18");
  await page.getByLabel("开始时间（北京时间）", { exact: true }).fill("14:00");
  await page.getByLabel("结束时间（北京时间）", { exact: true }).fill("15:30");
  await page.getByLabel("在活动页面上播放的地址（选填）", { exact: true }).fill(embedUrl);
  await page.getByRole("button", { name: "保存招聘会" }).click();
  await expect(page.getByRole("status").filter({ hasText: "招聘会已创建" })).toBeVisible();
  return new URL(page.url()).pathname.replace(/^\/staff\/events\//, "/events/");
}

test.describe("an event's stream on its page", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a player from a service that is not allowed is refused in the error summary, keeping what was typed", async ({ page }) => {
    await signInByPost(page, "staff");
    await page.goto("/staff/events/new");
    await expect(page.getByLabel("在活动页面上播放的地址（选填）", { exact: true })).toBeVisible();
    await expect(page.getByText(`只能使用本站允许的平台：${ALLOWED}`)).toBeVisible();
    const elsewhere = "https://elsewhere.example.com/live/8/index.m3u8";
    await page.getByLabel("在活动页面上播放的地址（选填）", { exact: true }).fill(elsewhere);
    await page.getByRole("button", { name: "保存招聘会" }).click();
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("link", { name: /这个地址不在本站允许嵌入的直播平台里/ })).toBeVisible();
    await summary.getByRole("link", { name: /这个地址不在本站允许嵌入的直播平台里/ }).click();
    await expect(page.getByLabel("在活动页面上播放的地址（选填）", { exact: true })).toBeFocused();
    await expect(page.getByLabel("在活动页面上播放的地址（选填）", { exact: true })).toHaveValue(elsewhere);
    await expectNoAxeViolations(page);
  });

  test("an HLS stream plays in the page's own player: reached by Tab, never starting by itself, with the text beside it", async ({ page, browser, baseURL }) => {
    test.slow();
    const title = `听障朋友专场线上宣讲 ${Date.now().toString(36)}`;
    await signInByPost(page, "staff");
    const address = await createEvent(page, title, `${ALLOWED}/mingtu/8/index.m3u8`);

    const viewer = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const visitor = await viewer.newPage();
    const blocked: string[] = [];
    visitor.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    await visitor.goto(address);
    const watch = visitor.getByRole("region", { name: "怎样参加" });
    const video = watch.locator("video");
    await expect(video).toHaveAttribute("controls", "");
    await expect(video).toHaveAttribute("preload", "none");
    await expect(video).not.toHaveAttribute("autoplay", /.*/);
    await expect(video).toHaveAttribute("aria-label", "直播画面");
    await expect(watch).toContainText("直播画面不会自动播放");
    await tabTo(visitor, video, 80);
    await visitor.waitForTimeout(500);
    expect(await video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(true);
    // The player's script (hls.js, where the browser cannot play HLS itself) broke no rule of the page's security policy.
    expect(blocked).toEqual([]);
    await expectNoAxeViolations(visitor);
    await viewer.close();

    // Without JavaScript: the same player, from the page as sent.
    const plain = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
    const reader = await plain.newPage();
    await reader.goto(address);
    await expect(reader.locator("video")).toHaveAttribute("src", `${ALLOWED}/mingtu/8/index.m3u8`);
    await expect(reader.locator("video")).toHaveAttribute("controls", "");
    await plain.close();
  });

  test("a service's player page is framed with a title and without the autoplay permission", async ({ page, request }) => {
    const title = `居家客服线上宣讲 ${Date.now().toString(36)}`;
    await signInByPost(page, "staff");
    const address = await createEvent(page, title, `${ALLOWED}/embed/room-8`);
    const response = await request.get(address);
    const html = await response.text();
    const frame = /<iframe\b[^>]*>/.exec(html)?.[0] ?? "";
    expect(frame).toContain(`src="${ALLOWED}/embed/room-8"`);
    expect(frame).toContain(`title="直播画面：${title}"`);
    expect(frame).not.toMatch(/autoplay/i);
    // The page's security policy lets that service's frame in, and no other.
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp).toContain(`frame-src 'self' ${ALLOWED}`);
    expect(csp).toContain(`media-src 'self' blob: ${ALLOWED}`);
  });
});
