import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, localeCookie, tabTo, test, VIEWPORTS } from "../support/e2e/fixtures";
import { seededLiveEvent } from "../support/e2e/paths";
import { signInByPost } from "../support/e2e/sign-in";

// The host's journey in the live room (issue 20): the organising partner's staff member (the demo
// staff account, 王明 of 明途) sets the opening being presented, "正在介绍", from the live console by
// keyboard alone, then changes it and clears it; every viewer sees the opening's card (its access
// highlights, its link, and "从这场招聘会申请" for this event) in place with JavaScript, and after
// following the refresh link without. axe passes on the console after pinning, in both languages at
// 320 and 1280 px.
//
// The host runs an event of her own, on now, with the openings the demo's event on now presents:
// that event's opening presented is what other specs read (the apply-from-event journey, the
// captioner's and moderator's refused pins, the a11y suite's console snapshot, which names the
// checked radio), so changing it there would make them flaky. Nothing else touches this one.

type Opening = { id: string; title: string; highlights: string[] };

/** The openings the demo's event on now presents, with their access highlights, read from its public page. */
async function seededOpenings(page: Page): Promise<Opening[]> {
  await page.goto(await seededLiveEvent(page));
  const cards = page.getByRole("region", { name: "将要介绍的职位" }).locator("article");
  const found: Opening[] = [];
  for (const card of await cards.all()) {
    const link = card.getByRole("heading").getByRole("link");
    const id = /^\/openings\/(\d+)$/.exec((await link.getAttribute("href")) ?? "")?.[1];
    if (!id) continue;
    const tags = card.getByRole("list", { name: "无障碍要点" }).getByRole("listitem");
    found.push({ id, title: (await link.innerText()).trim(), highlights: (await tags.allInnerTexts()).map((text) => text.trim()) });
  }
  if (found.length < 2) throw new Error(`the demo's event on now presents ${found.length} opening(s); the host needs two`);
  return found;
}

/** "HH:MM" from minutes after midnight. */
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * Staff create an event that is on now (in China time, from a minute ago for an hour; near midnight
 * it ends on the next day, given as its end date), presenting `openings`, with nothing presented
 * yet; returns its id.
 */
async function createLiveEvent(host: Page, openings: Opening[]): Promise<string> {
  const inChina = (at: number) => new Date(at + 8 * 3_600_000);
  const start = inChina(Date.now() - 60_000);
  const finish = inChina(Date.now() + 3_600_000);
  const day = start.toISOString().slice(0, 10);
  const endDay = finish.toISOString().slice(0, 10);
  const minutesOf = (at: Date) => at.getUTCHours() * 60 + at.getUTCMinutes();
  await host.goto("/staff/events/new");
  await host.getByLabel("标题（中文）", { exact: true }).fill(`手语岗位直播宣讲（主持人）${Date.now().toString(36)}`);
  await host.getByLabel("介绍（中文）", { exact: true }).fill("两家语言服务单位介绍远程手语翻译和手语教学岗位，全程文字字幕，提问用文字。");
  await host.getByLabel("日期", { exact: true }).fill(day);
  await host.getByLabel("开始时间（北京时间）", { exact: true }).fill(clock(minutesOf(start)));
  if (endDay !== day) await host.getByLabel("结束日期（选填）", { exact: true }).fill(endDay);
  await host.getByLabel("结束时间（北京时间）", { exact: true }).fill(clock(minutesOf(finish)));
  for (const opening of openings) {
    // Ticked from the keyboard: the drawn box lies over the real checkbox.
    const box = host.locator(`input[name="openings"][value="${opening.id}"]`);
    await box.focus();
    await host.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  await host.getByRole("button", { name: "保存招聘会" }).click();
  await expect(host.getByRole("status").filter({ hasText: "招聘会已创建" })).toBeVisible();
  await expect(host.getByText("正在进行 ·")).toBeVisible();
  const id = /^\/staff\/events\/(\d+)$/.exec(new URL(host.url()).pathname)?.[1];
  if (!id) throw new Error(`not on a new event's staff page: ${host.url()}`);
  return id;
}

/** From the event's staff page to its live console, by keyboard. */
async function openConsole(host: Page, id: string) {
  await host.goto(`/staff/events/${id}`);
  await tabTo(host, host.getByRole("link", { name: "字幕和正在介绍的职位（直播控制台）" }), 80);
  await host.keyboard.press("Enter");
  await expect(host.getByRole("heading", { level: 1 })).toHaveText("直播控制台");
  expect(new URL(host.url()).pathname).toBe(`/staff/events/${id}/live`);
}

/**
 * The host chooses `option` in the console's "正在介绍的职位" and submits, by keyboard alone: Tab
 * reaches the group at its chosen radio, the arrow keys move the choice, Enter on the button sends it.
 */
async function present(host: Page, option: string) {
  const group = host.getByRole("radiogroup", { name: "正在介绍的职位" });
  await tabTo(host, group.getByRole("radio", { checked: true }), 80);
  const wanted = group.getByRole("radio", { name: option, exact: true });
  for (let i = 0; i < 10 && !(await wanted.isChecked()); i++) await host.keyboard.press("ArrowDown");
  await expect(wanted).toBeChecked();
  await expect(wanted).toBeFocused();
  await tabTo(host, host.getByRole("button", { name: "设为正在介绍" }), 10);
  await host.keyboard.press("Enter");
  await expect(host.getByRole("status").filter({ hasText: "已更新正在介绍的职位。" })).toBeVisible();
  expect(new URL(host.url()).search).toBe("?pinned");
  await expect(host.getByRole("radiogroup", { name: "正在介绍的职位" }).getByRole("radio", { name: option, exact: true })).toBeChecked();
}

/** The viewer's "正在介绍" shows `opening`'s card: its title linking to it, its access highlights, and "apply from this event". */
async function expectPresenting(presenting: Locator, opening: Opening, eventId: string) {
  const title = presenting.getByRole("heading", { level: 3 }).getByRole("link");
  await expect(title).toHaveText(opening.title);
  await expect(title).toHaveAttribute("href", `/openings/${opening.id}`);
  const highlights = presenting.getByRole("list", { name: "无障碍要点" }).getByRole("listitem");
  if (opening.highlights.length > 0) await expect(highlights).toHaveText(opening.highlights);
  else await expect(highlights).toHaveCount(0);
  const apply = presenting.getByRole("link", { name: /^从这场招聘会申请/ });
  await expect(apply).toHaveCount(1);
  await expect(apply).toHaveText("从这场招聘会申请");
  await expect(apply).toHaveAttribute("href", `/openings/${opening.id}/apply?event=${eventId}`);
  // Its name says which opening it is for.
  await expect(apply).toHaveAccessibleName(`从这场招聘会申请：${opening.title}`);
  await expect(presenting.getByText("现在没有在介绍具体职位。")).toHaveCount(0);
}

async function expectNothingPresented(presenting: Locator) {
  await expect(presenting.getByText("现在没有在介绍具体职位。")).toBeVisible();
  await expect(presenting.getByRole("link")).toHaveCount(0);
}

test.describe("the host sets the opening presented", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("with JavaScript: by keyboard from the console; a viewer's card changes in place, her focus staying where it was", async ({ page, browser, baseURL }) => {
    test.slow();
    const hostContext = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const host = await hostContext.newPage();
    await signInByPost(host, "staff");
    const [first, second] = await seededOpenings(host);
    if (!first || !second) throw new Error("two openings needed");
    const eventId = await createLiveEvent(host, [first, second]);

    // A visitor, not signed in, follows the event; she has moved to the captions' announcement switch.
    await page.goto(`/events/${eventId}`);
    const presenting = page.getByRole("region", { name: "正在介绍" });
    await expectNothingPresented(presenting);
    const toggle = page.getByRole("checkbox", { name: "让读屏软件读出新字幕" });
    await tabTo(page, toggle, 80);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const sameDocument = () => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

    await openConsole(host, eventId);
    await expect(host.getByRole("radio", { name: "不介绍具体职位", exact: true })).toBeChecked();
    await present(host, first.title);

    // The card appears in place: no reload, and her focus is where she left it.
    await expectPresenting(presenting, first, eventId);
    await expect(toggle).toBeFocused();
    expect(await sameDocument(), "the viewer's page was not loaded again").toBe(true);
    await expectNoAxeViolations(page);

    // The host moves on to the next opening.
    await present(host, second.title);
    await expectPresenting(presenting, second, eventId);
    await expect(presenting.getByRole("link", { name: first.title, exact: true })).toHaveCount(0);
    await expect(toggle).toBeFocused();
    expect(await sameDocument(), "the viewer's page was not loaded again").toBe(true);

    // The console after pinning passes axe in both languages, at 320 and 1280 px.
    const size = host.viewportSize();
    for (const locale of ["zh-CN", "en"] as const) {
      await hostContext.addCookies([localeCookie(baseURL ?? "", locale)]);
      await host.reload();
      await expect(host.locator("html")).toHaveAttribute("lang", locale);
      await expect(host.locator(".notice[role='status']")).toHaveText(locale === "en" ? "The opening presented now is updated." : "已更新正在介绍的职位。");
      // (The radios are named in the page's language: the opening's English title, if it has one.)
      await expect(host.locator('input[name="opening"]:checked')).toHaveValue(second.id);
      for (const viewport of VIEWPORTS) {
        await host.setViewportSize({ width: viewport.width, height: viewport.height });
        await expectNoAxeViolations(host);
      }
    }
    await hostContext.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
    if (size) await host.setViewportSize(size);
    await host.reload();

    // Between openings: nothing in particular is presented.
    await present(host, "不介绍具体职位");
    await expectNothingPresented(presenting);
    await expect(toggle).toBeFocused();
    expect(await sameDocument(), "the viewer's page was not loaded again").toBe(true);
    await hostContext.close();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the host sets it with the plain form; a viewer sees each change after following the refresh link", async ({ page, browser, baseURL }) => {
      test.slow();
      const hostContext = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
      const host = await hostContext.newPage();
      await signInByPost(host, "staff");
      const [first, second] = await seededOpenings(host);
      if (!first || !second) throw new Error("two openings needed");
      const eventId = await createLiveEvent(host, [first, second]);

      await page.goto(`/events/${eventId}`);
      const presenting = page.getByRole("region", { name: "正在介绍" });
      await expectNothingPresented(presenting);
      const refresh = page.getByRole("link", { name: "刷新，看最新的字幕" });

      /** The viewer follows "刷新，看最新的字幕" by keyboard; the page comes again, at the captions. */
      async function followRefresh() {
        await tabTo(page, refresh, 80);
        const loaded = page.waitForEvent("load", { timeout: 10_000 });
        await page.keyboard.press("Enter");
        await loaded;
        expect(new URL(page.url()).hash).toBe("#captions-heading");
      }

      await openConsole(host, eventId);
      await present(host, first.title);
      // The page as sent does not change by itself.
      await expectNothingPresented(presenting);
      await followRefresh();
      await expectPresenting(presenting, first, eventId);

      // She refreshes again when nothing is new, as people do; the host then moves on.
      await followRefresh();
      await expectPresenting(presenting, first, eventId);
      await present(host, second.title);
      await followRefresh();
      await expectPresenting(presenting, second, eventId);

      await present(host, "不介绍具体职位");
      await followRefresh();
      await expectNothingPresented(presenting);
      await hostContext.close();
    });
  });
});
