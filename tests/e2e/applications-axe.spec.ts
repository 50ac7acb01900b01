import { randomBytes, randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, localeCookie, test, TEST_PASSWORD, uniqueEmail } from "../support/e2e/fixtures";
import { publicId } from "../support/e2e/matrix";
import { signInByPost } from "../support/e2e/sign-in";
import { waitForHydration } from "../support/e2e/session";

// axe on every state of applying, the passport, assisted applying and the inbox: each state is
// scanned in Chinese at 1280 px and in English at 320 px, on one page, switching the language cookie
// and the viewport. States made by a form error are made again in each language.

const SCANS = [
  { locale: "zh-CN", width: 1280 },
  { locale: "en", width: 320 },
] as const;

const testIp = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;

/** Brings the page into a state (once per language) and runs axe there. */
async function scan(page: Page, baseURL: string | undefined, reach: () => Promise<unknown>) {
  for (const { locale, width } of SCANS) {
    await page.context().addCookies([localeCookie(baseURL ?? "", locale)]);
    await page.setViewportSize({ width, height: 900 });
    await reach();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoAxeViolations(page);
  }
}

/** Opens `path`. */
const visit = (page: Page, path: string) => async () => {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
};

/** Opens `path` and presses `button` on the empty form, then waits for the error summary. */
const submitEmpty = (page: Page, path: string, button: RegExp) => async () => {
  await page.goto(path);
  await waitForHydration(page);
  await page.getByRole("button", { name: button }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
};

/** Sends an application to `openingId` as whoever `request` is; returns its id. */
async function apply(request: APIRequestContext, openingId: number) {
  const page = await (await request.get(`/openings/${openingId}/apply`)).text();
  const key = /name="key" value="([^"]+)"/.exec(page)?.[1] ?? "";
  const response = await request.post(`/openings/${openingId}/apply`, {
    multipart: { key, intent: "submit", contactName: "小李", contactPhone: "", experience: "", message: "axe" },
    maxRedirects: 0,
  });
  const id = /\/account\/applications\/(\d+)/.exec(response.headers().location ?? "")?.[1];
  if (!id) throw new Error(`not sent: ${response.status()}`);
  return Number(id);
}

test.use({ javaScriptEnabled: true });

// Each of these two tests brings the pages into twenty-odd states and scans each twice (44 and 32
// scans): about 90 s on an idle machine, and 180 s while other workers load its two cores.
test("the seeker's pages: apply, confirmation, list, every state of an application, passport, permissions, notifications", async ({ page, browser, baseURL }) => {
  test.setTimeout(360_000);
  await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
  await page.context().addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  const email = uniqueEmail("axe");
  expect((await page.request.post("/sign-up", { form: { displayName: "小李", email, password: TEST_PASSWORD }, maxRedirects: 0 })).status()).toBe(303);
  const openingId = await publicId(page.request, "图像框选");

  // Empty.
  for (const path of ["/account/applications", "/account/notifications", "/account/passport", "/account/assistance", `/openings/${openingId}/apply`]) {
    await scan(page, baseURL, visit(page, path));
  }
  // Form errors.
  await scan(page, baseURL, submitEmpty(page, "/account/passport", /^(保存便利需求卡|Save passport)$/));
  await scan(page, baseURL, submitEmpty(page, "/account/assistance", /^(确认授权|Give permission)$/));
  await scan(page, baseURL, submitEmpty(page, `/openings/${openingId}/apply`, /^(发送申请|Send application)$/));

  // Saved passport, a permission given, an application sent.
  expect((await page.request.post("/account/passport", { form: { needs: "captioned_calls", details: "请用文字。", disability: "", consent: "on" }, maxRedirects: 0 })).status()).toBe(303);
  await scan(page, baseURL, visit(page, "/account/passport?saved"));
  const form = await (await page.request.get("/account/assistance")).text();
  const partner = /<option value="(\d+)">/.exec(form)?.[1] ?? "";
  expect((await page.request.post("/account/assistance", { form: { partner, consent: "on" }, maxRedirects: 0 })).status()).toBe(303);
  await scan(page, baseURL, visit(page, "/account/assistance?granted"));
  const id = await apply(page.request, openingId);
  const path = `/account/applications/${id}`;
  await scan(page, baseURL, visit(page, `${path}?submitted`));
  await scan(page, baseURL, visit(page, path));

  // The employer moves it through every status; the seeker's page in each.
  const employer = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  const employerPage = await employer.newPage();
  await signInByPost(employerPage, "employer");
  await employerPage.request.get(`/inbox/applications/${id}`);
  await scan(page, baseURL, visit(page, path));
  for (const status of ["interview", "offer", "hired"] as const) {
    expect((await employerPage.request.post(`/inbox/applications/${id}`, { form: { status, message: status === "hired" ? "欢迎加入" : "" }, maxRedirects: 0 })).status()).toBe(303);
    await scan(page, baseURL, visit(page, path));
  }
  await employer.close();
  // Withdrawn, on another opening; then applying there again is allowed.
  const other = await publicId(page.request, "推拿按摩师", "推拿按摩师（成都门店，全职）");
  const withdrawn = await apply(page.request, other);
  expect((await page.request.post(`/account/applications/${withdrawn}`, { form: { intent: "withdraw" }, maxRedirects: 0 })).status()).toBe(303);
  await scan(page, baseURL, visit(page, `/account/applications/${withdrawn}?withdrawn`));
  expect(await apply(page.request, other)).not.toBe(withdrawn);
  // Not selected: the demo seeker's seeded application in that state.
  const demo = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  const demoPage = await demo.newPage();
  await signInByPost(demoPage, "seeker");
  await demo.addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  await demoPage.goto("/account/applications");
  const notSelected = await demoPage.locator("main li").filter({ hasText: "未入选" }).first().getByRole("link").first().getAttribute("href");
  if (!notSelected) throw new Error("the demo seeker has no application that was not selected");
  await scan(demoPage, baseURL, visit(demoPage, notSelected));
  await demo.close();

  // Filled lists, and the passport after deletion.
  await scan(page, baseURL, visit(page, "/account/applications"));
  await scan(page, baseURL, visit(page, "/account/notifications"));
  expect((await page.request.post("/account/passport", { form: { intent: "delete" }, maxRedirects: 0 })).status()).toBe(303);
  await scan(page, baseURL, visit(page, "/account/passport?deleted"));
});

test("the organisation's pages: inbox list, an application with and without a passport, its error state, assisted applying, a closed opening", async ({ page, browser, baseURL }) => {
  test.setTimeout(360_000);
  await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": testIp() });
  await signInByPost(page, "employer");
  const openingId = await publicId(page.request, "图像框选");
  await scan(page, baseURL, visit(page, `/inbox/openings/${openingId}`));
  // The seed's applicants: one shares a passport with this opening, one does not.
  await page.context().addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  await page.goto(`/inbox/openings/${openingId}`);
  const shared = await page.locator("li.session").filter({ hasText: "已分享" }).first().getByRole("link").getAttribute("href");
  const notShared = await page.locator("li.session").filter({ hasText: "未分享" }).first().getByRole("link").getAttribute("href");
  if (!shared || !notShared) throw new Error("the seeded inbox lacks an application with or without a shared passport");
  await scan(page, baseURL, visit(page, shared));
  await expect(page.locator(".shared-preview")).toBeVisible();
  await scan(page, baseURL, visit(page, notShared));
  await scan(page, baseURL, submitEmpty(page, notShared, /^(发送|Send)$/));

  // Assisted applying, as the demo staff: the form, its errors, and the confirmation.
  const staff = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  const staffPage = await staff.newPage();
  await signInByPost(staffPage, "staff");
  await scan(staffPage, baseURL, visit(staffPage, `/staff/apply/${openingId}`));
  await scan(staffPage, baseURL, submitEmpty(staffPage, `/staff/apply/${openingId}`, /^(发送申请|Send the application)$/));
  const seeker = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  const email = uniqueEmail("axe-assist");
  expect((await seeker.request.post("/sign-up", { form: { displayName: "小周", email, password: TEST_PASSWORD }, maxRedirects: 0 })).status()).toBe(303);
  const options = await (await seeker.request.get("/account/assistance")).text();
  const partnerIds = [...options.matchAll(/<option value="(\d+)">/g)].map((m) => m[1] ?? "");
  // Give every partner permission: whichever the demo staff works for, they may now apply.
  for (const partner of partnerIds) expect((await seeker.request.post("/account/assistance", { form: { partner, consent: "on" }, maxRedirects: 0 })).status()).toBe(303);
  const list = await (await staffPage.request.get(`/staff/apply/${openingId}`)).text();
  const seekerId = new RegExp(`<option value="(\\d+)">[^<]*${email.replace(/[.]/g, "\\.")}`).exec(list)?.[1] ?? "";
  const sent = await staffPage.request.post(`/staff/apply/${openingId}`, {
    form: { key: randomUUID(), seeker: seekerId, contactName: "", contactPhone: "", experience: "", message: "代为申请" },
    maxRedirects: 0,
  });
  expect(sent.status()).toBe(303);
  const confirmation = new URL(sent.headers().location ?? "", baseURL);
  await scan(staffPage, baseURL, visit(staffPage, `${confirmation.pathname}${confirmation.search}`));
  // The seeker's assisted application, as they see it.
  const assisted = /\/staff\/apply\/\d+\?sent=(\d+)/.exec(sent.headers().location ?? "")?.[1];
  const seekerPage = await seeker.newPage();
  await scan(seekerPage, baseURL, visit(seekerPage, `/account/applications/${assisted}`));

  // An opening that closes while the seeker writes: the 409 page (then the same page on return).
  const workspace = await (await staffPage.request.get("/staff")).text();
  const sourceId = /href="\/staff\/openings\/(\d+)"/.exec(workspace)?.[1];
  const copy = await staffPage.request.post(`/staff/openings/${sourceId}`, { form: { intent: "duplicate" }, maxRedirects: 0 });
  const copyId = /\/staff\/openings\/(\d+)/.exec(copy.headers().location ?? "")?.[1];
  expect((await staffPage.request.post(`/staff/openings/${copyId}`, { form: { intent: "publish" }, maxRedirects: 0 })).status()).toBe(303);
  await seekerPage.context().addCookies([localeCookie(baseURL ?? "", "zh-CN")]);
  await seekerPage.goto(`/openings/${copyId}/apply`);
  await waitForHydration(seekerPage);
  await seekerPage.getByLabel("给用人单位的留言").fill("这段话不能丢。");
  expect((await staffPage.request.post(`/staff/openings/${copyId}`, { form: { intent: "close" }, maxRedirects: 0 })).status()).toBe(303);
  await seekerPage.getByRole("button", { name: "发送申请" }).click();
  await expect(seekerPage).toHaveTitle(/^错误：/);
  await expectNoAxeViolations(seekerPage);
  await scan(seekerPage, baseURL, visit(seekerPage, `/openings/${copyId}/apply`));
  await staff.close();
  await seeker.close();
});
