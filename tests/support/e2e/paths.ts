import { randomBytes, randomInt } from "node:crypto";
import { expect, request, test, type Page } from "@playwright/test";
import { confirmEmail, localeCookie, TEST_PASSWORD } from "./fixtures";
import { waitForHydration } from "./session";
import { signInByPost } from "./sign-in";
import { DEMO } from "../demo-accounts";

// How the route inventory reaches pages whose address holds an id or a token: by following links
// as a person would, or by making what the page needs through the portal's own forms (HTTP posts
// as the forms send them, or the demo inbox at /dev/outbox for emailed links). Links are found by
// their address and role, never by CSS class, so a redesigned list does not break them.

/** The addresses of the links on `from`, in document order. */
async function linkAddresses(page: Page, from: string): Promise<string[]> {
  await page.goto(from);
  return page.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

/** Opens `from` and returns the first link whose address (without its query) matches `href`. */
export async function linkOn(page: Page, from: string, href: RegExp): Promise<string> {
  const found = (await linkAddresses(page, from)).find((address) => href.test(address.split("?")[0] ?? ""));
  if (!found) throw new Error(`no link to ${href} on ${from}`);
  return found.split("?")[0] ?? found;
}

/** Like linkOn, but the link with the highest number in its address: the newest of its kind. */
async function newestLinkOn(page: Page, from: string, href: RegExp): Promise<string> {
  const found = (await linkAddresses(page, from)).map((a) => a.split("?")[0] ?? "").filter((a) => href.test(a));
  const id = (address: string) => Number(/(\d+)(?!.*\d)/.exec(address)?.[1] ?? 0);
  const newest = found.sort((a, b) => id(b) - id(a))[0];
  if (!newest) throw new Error(`no link to ${href} on ${from}`);
  return newest;
}

/** The oldest link to `href` in the region named `region` on `from`: seeded items come before any a test makes. */
export async function oldestLinkIn(page: Page, from: string, region: RegExp, href: RegExp): Promise<string> {
  await page.goto(from);
  const found = await page
    .getByRole("region", { name: region })
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const oldest = found.filter((address) => href.test(address)).sort((a, b) => idOf(a) - idOf(b))[0];
  if (!oldest) throw new Error(`no link to ${href} in ${region} on ${from}`);
  return oldest;
}

/** The first link on `from` whose name matches `name`: a seeded record, found by what it is called. */
export async function linkNamed(page: Page, from: string, name: RegExp): Promise<string> {
  await page.goto(from);
  const href = await page.getByRole("link", { name }).first().getAttribute("href");
  if (!href) throw new Error(`no link named ${name} on ${from}`);
  return href;
}

/** The path of the newest link starting with `prefix` in the demo inbox of `to`. */
async function emailedLink(page: Page, to: string, prefix: string): Promise<string> {
  await page.goto(`/dev/outbox?to=${encodeURIComponent(to)}`);
  const href = await page.locator(".outbox__email").filter({ hasText: to }).first().getByRole("link").filter({ hasText: prefix }).first().getAttribute("href");
  if (!href) throw new Error(`no ${prefix} link in the demo inbox of ${to}`);
  return new URL(href).pathname;
}

/** Makes a fresh account through the sign-up form's POST; the browser is then signed in as it. */
export async function signUpFresh(page: Page, prefix = "a11y"): Promise<string> {
  // Digits only after the prefix: the focus-order snapshots read "#" for digits, so an address
  // shown in a field stays the same from run to run.
  const email = `${prefix}-${Date.now()}${randomInt(1000, 9999)}@example.org`;
  const response = await page.request.post("/sign-up", { form: { displayName: "小周", login: email, password: TEST_PASSWORD }, maxRedirects: 0 });
  expect(response.status(), "sign-up").toBe(303);
  return email;
}

/** Forgets who the browser is signed in as, keeping its language, as another person's device would be. */
async function signOutKeepingLanguage(page: Page) {
  const origin = new URL(page.url()).origin;
  const lng = (await page.context().cookies()).find((cookie) => cookie.name === "lng");
  await page.context().clearCookies();
  if (lng) await page.context().addCookies([{ ...localeCookie(origin, "zh-CN"), value: lng.value }]);
}

// An opening from the demo seed, reached the way a visitor would reach it. Sign-language openings
// are seed-only (tests make other kinds), so the first result is stable.
const SIGN_LANGUAGE_SEARCH = "/openings?q=%E6%89%8B%E8%AF%AD";
const seededOpening = (page: Page) => linkOn(page, SIGN_LANGUAGE_SEARCH, /^\/openings\/\d+$/);

/** The application form of a seeded opening (for a fresh account, which has not applied yet). */
export const applyForm = async (page: Page) => `${await seededOpening(page)}/apply`;
/** Partner staff apply for a seeker who gave their partner permission: the link on the opening's page, as staff see it. */
export const staffApplyForm = async (page: Page) => linkOn(page, await seededOpening(page), /^\/staff\/apply\/\d+$/);

/** A fresh account sends an application through the form; its confirmation page. */
export async function applicationConfirmation(page: Page): Promise<string> {
  await page.goto(await applyForm(page));
  await waitForHydration(page);
  await page.getByLabel(/^(给用人单位的留言|Your message to the employer)$/).fill("您好，我想申请这个职位。我可以用文字沟通。");
  await page.getByRole("button", { name: /^(发送申请|Send application)$/ }).click();
  await expect(page).toHaveURL(/\/account\/applications\/\d+\?submitted$/);
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** The demo seeker's first sent application (drafts link back to the form instead). */
export const seekerApplication = (page: Page) => linkOn(page, "/account/applications", /^\/account\/applications\/\d+$/);

const idOf = (address: string) => Number(/(\d+)$/.exec(address)?.[1] ?? 0);

/**
 * The demo employer's oldest opening with an inbox link: a seeded one (光山明线's image annotation
 * opening has applications), so openings other tests add never come first.
 */
export async function employerOpening(page: Page): Promise<string> {
  const openings = (await linkAddresses(page, "/employer")).filter((a) => /^\/employer\/openings\/\d+$/.test(a)).sort((a, b) => idOf(a) - idOf(b));
  for (const opening of openings) {
    if ((await linkAddresses(page, opening)).some((a) => /^\/inbox\/openings\/\d+$/.test(a))) return opening;
  }
  throw new Error("no opening with an inbox in /employer");
}
export const employerInbox = async (page: Page) => linkOn(page, await employerOpening(page), /^\/inbox\/openings\/\d+$/);
export const inboxApplication = async (page: Page) => linkOn(page, await employerInbox(page), /^\/inbox\/applications\/\d+$/);

/** The partner's oldest published opening: seeded (在线客服专员), with a revision history. */
export async function staffOpening(page: Page): Promise<string> {
  // The partner's first seeded opening, found with the workspace's search (the workspace page shows
  // only the newest published ones); a copy made by a test has the same title and a higher id.
  const search = `/staff/openings?${new URLSearchParams({ q: "在线客服专员（文字，全国可远程）" }).toString()}`;
  const openings = (await linkAddresses(page, search)).filter((a) => /^\/staff\/openings\/\d+$/.test(a)).sort((a, b) => idOf(a) - idOf(b));
  if (!openings[0]) throw new Error("no opening found by the staff search");
  return openings[0];
}

/** An employer that asked the staff's partner to verify it (郑州速答 in the seed, or one a test made). */
export const staffEmployer = (page: Page) => linkOn(page, "/staff", /^\/staff\/employers\/\d+$/);

/**
 * A report nobody has decided yet: filed through the public report form on one of the partner's
 * published openings, then opened from the staff workspace (the newest report there).
 */
export async function staffReport(page: Page): Promise<string> {
  const openings = (await linkAddresses(page, "/staff")).filter((a) => /^\/staff\/openings\/\d+$/.test(a));
  for (const opening of openings) {
    const id = idOf(opening);
    if ((await page.request.get(`/openings/${id}`)).status() !== 200) continue;
    const filed = await page.request.post(`/openings/${id}/report`, {
      form: { reason: "asks_fees", details: "电话里要求先交培训费才能上岗。", contactEmail: "" },
      maxRedirects: 0,
    });
    expect(filed.status(), "report filed").toBe(303);
    return newestLinkOn(page, "/staff", /^\/staff\/reports\/\d+$/);
  }
  throw new Error("the partner has no published opening to report");
}

/** The employer's certification application (in the seed, 光山明线 holds a certificate from one). */
export const employerCertificationApplication = (page: Page) => linkOn(page, "/employer/certification", /^\/employer\/certification\/\d+$/);

/** The first hire on the staff's 6-month check-back list: its form (due or already recorded, it can be recorded again). */
export const checkBackForm = (page: Page) => linkOn(page, "/staff/check-backs", /^\/staff\/check-backs\/\d+$/);
/** The review page of an application waiting for the partner (Celadon Lane's, in the seed). */
export const staffCertificationReview = (page: Page) => linkOn(page, "/staff/certification", /^\/staff\/certification\/\d+$/);

/** A partner organisation's page in the admin area. */
export const adminOrganisation = (page: Page) => linkOn(page, "/admin", /^\/admin\/organisations\/\d+$/);
/** A member of that organisation, from its member list. */
export const adminMember = async (page: Page) => linkOn(page, await adminOrganisation(page), /^\/admin\/organisations\/\d+\/members\/\d+$/);

/** The published criteria version (the one "in use"). */
export async function publishedCriteriaVersion(page: Page): Promise<string> {
  await page.goto("/admin/criteria");
  const item = page.getByRole("listitem").filter({ hasText: /使用中|In use/ }).first();
  const href = await item.getByRole("link").first().getAttribute("href");
  if (!href) throw new Error("no published criteria version");
  return href;
}

/** A fresh draft copied from the published version (as an admin does on its page), to edit a criterion of. */
export async function draftCriterion(page: Page): Promise<string> {
  const published = await publishedCriteriaVersion(page);
  const label = `${2090 + (randomBytes(1)[0] ?? 0) % 10}.${1 + ((randomBytes(1)[0] ?? 0) % 99)}`;
  const copied = await page.request.post(published, { form: { intent: "copy", label }, maxRedirects: 0 });
  expect(copied.status(), `copy the criteria to ${label}`).toBe(303);
  const draft = new URL(copied.headers().location ?? "", "http://x").pathname;
  return linkOn(page, draft, /^\/admin\/criteria\/\d+\/\d+$/);
}

/** An invitation link, as the invited person opens it: sent by the admin, read from their demo inbox, opened signed out. */
export async function invitation(page: Page): Promise<string> {
  const organisation = await adminOrganisation(page);
  const email = `a11y-invite-${Date.now()}${randomInt(1000, 9999)}@example.org`;
  const sent = await page.request.post(`${organisation}/invite`, { form: { email, role: "staff" }, maxRedirects: 0 });
  expect(sent.status(), "invitation sent").toBeLessThan(400);
  const link = await emailedLink(page, email, "/invite/");
  await signOutKeepingLanguage(page);
  return link;
}

/** A password-reset link for a fresh account, read from its demo inbox, opened signed out. */
export async function passwordReset(page: Page): Promise<string> {
  await page.goto("/");
  const email = await signUpFresh(page, "a11y-reset");
  await signOutKeepingLanguage(page);
  const asked = await page.request.post("/forgot-password", { form: { login: email }, maxRedirects: 0 });
  expect(asked.status(), "reset asked").toBe(303);
  return emailedLink(page, email, "/reset-password/");
}

/** The page a fresh account lands on after following the confirmation link in its sign-up email. */
export async function emailVerified(page: Page): Promise<string> {
  await page.goto("/");
  const email = await signUpFresh(page, "a11y-verify");
  const link = await emailedLink(page, email, "/verify-email/");
  await page.goto(link);
  await expect(page).toHaveURL(/\/verify-email\?status=verified$/);
  return "/verify-email?status=verified";
}

/**
 * The unsubscribe page of the demo seeker's second daily digest ("有手语支持的职位"), from the
 * email the digest job sends on the first start (see db/seed-data/saved.ts). saved.spec.ts
 * unsubscribes from the other one, so this one still shows its button.
 */
export async function unsubscribe(page: Page): Promise<string> {
  await page.goto("/");
  const to = DEMO.seeker.email;
  let href: string | null = null;
  await expect
    .poll(
      async () => {
        await page.goto(`/dev/outbox?to=${encodeURIComponent(to)}`);
        const email = page.locator(".outbox__email").filter({ hasText: "有手语支持的职位" }).first();
        href = (await email.count()) ? await email.getByRole("link").filter({ hasText: "/unsubscribe/" }).first().getAttribute("href") : null;
        return href;
      },
      { timeout: 30_000, intervals: [500, 1_000] },
    )
    .not.toBeNull();
  return new URL(href ?? "").pathname;
}

/**
 * The certification application of the not-yet-verified demo employer (合肥星点; the certification
 * journey in certification.spec.ts uses 光山明线, so nothing else moves this one on): started if
 * there is none, with the level chosen on its first step, so every step page opens the same way
 * whichever entry runs first. Returns the application's address.
 */
export async function newEmployerCertification(page: Page): Promise<string> {
  const started = await page.request.post("/employer/certification", { form: {}, maxRedirects: 0 });
  expect(started.status(), "certification application started").toBe(303);
  const intro = new URL(started.headers().location ?? "", "http://x").pathname;
  const chosen = await page.request.post(intro, { form: { level: "committed", intent: "continue" }, maxRedirects: 0 });
  expect(chosen.status(), "level chosen").toBe(303);
  return intro.replace(/\/intro$/, "");
}

/** The first assessment area's step of that application. */
export async function newEmployerCertificationArea(page: Page): Promise<string> {
  const application = await newEmployerCertification(page);
  const chosen = await page.request.post(`${application}/intro`, { form: { level: "committed", intent: "continue" }, maxRedirects: 0 });
  return new URL(chosen.headers().location ?? "", "http://x").pathname;
}

/**
 * The report on an uploaded CSV of openings, before anything is imported: staff send a file with
 * one good row and one row with problems through the import form's POST (multipart, as the form
 * sends it). The rows are the same every run and are never imported, so the report reads the same.
 */
export async function importReport(page: Page): Promise<string> {
  const csv = [
    "row_id,employer,title_zh,description_zh,work_arrangement,employment_form,hours_min,hours_max,schedule,pay_min,pay_max,pay_unit,text_only_possible",
    "a11y-1,brightline-annotation,远程图像标注员,在家给图片画框，提供培训。,remote,piecework,8,30,flexible,0.3,0.5,piece,是",
    "a11y-2,no-such-employer,,,remote,flexible,十,20,flexible,25,40,hour,也许",
  ].join("\r\n");
  const sent = await page.request.post("/staff/openings/import", {
    multipart: { file: { name: "岗位.csv", mimeType: "text/csv", buffer: Buffer.from(`\ufeff${csv}\r\n`) } },
    maxRedirects: 0,
  });
  expect(sent.status(), "CSV checked").toBe(303);
  return new URL(sent.headers().location ?? "", "http://x").pathname;
}

/**
 * A fresh account with a passkey, signed in with its password on the suite's own address: a session
 * without its second factor yet. The passkey is added with Chromium's virtual authenticator on the
 * passkeys page, on "localhost", because WebAuthn refuses an IP address as a passkey's domain.
 * Returns the address of the passkey's "remove" link.
 */
async function signedInWithPasskey(page: Page): Promise<string> {
  const localhost = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;
  const email = `a11y-passkey-${Date.now()}${randomInt(1000, 9999)}@example.org`;
  // The account keeps the language it was made in, and signing in brings it back: make it in the suite's language.
  const lng = (await page.context().cookies()).find((cookie) => cookie.name === "lng");
  if (lng) await page.context().addCookies([{ ...localeCookie(localhost, "zh-CN"), value: lng.value }]);
  const signedUp = await page.request.post(`${localhost}/sign-up`, { form: { displayName: "小周", login: email, password: TEST_PASSWORD }, maxRedirects: 0 });
  expect(signedUp.status(), "sign-up").toBe(303);
  // Only a confirmed address may hold a passkey.
  await confirmEmail(page.request, email, localhost);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await page.goto(`${localhost}/account/passkeys`);
  await waitForHydration(page);
  await page.getByLabel(/^(名称（可选）|Name \(optional\))$/).fill("工作手机");
  await page.getByRole("button", { name: /^(添加通行密钥|Add a passkey)$/ }).click();
  const passkeys = page.getByRole("list", { name: /^(你的通行密钥|Your passkeys)$/ });
  await expect(passkeys.getByRole("listitem")).toHaveCount(1);
  const remove = await passkeys.getByRole("link").first().getAttribute("href");
  await cdp.detach();
  // Signs in again with the password.
  await signInByPost(page, { email });
  if (!remove) throw new Error("no remove link for the new passkey");
  return remove;
}

/** The second-factor page, as a person sees it after signing in with their password when their account has a passkey. */
export async function secondFactor(page: Page): Promise<string> {
  await signedInWithPasskey(page);
  return "/sign-in/second-factor?redirectTo=%2Faccount";
}

/** The passkeys page of the signed-in fresh account, once its address is confirmed from the demo inbox. */
export async function confirmedPasskeys(page: Page): Promise<string> {
  await page.goto("/account");
  const email = /[\w.-]+@example\.org/.exec(await page.getByRole("main").innerText())?.[0];
  if (!email) throw new Error("no address on the account page");
  await confirmEmail(page.request, email);
  return "/account/passkeys";
}

/** "Remove this passkey?", the confirmation page the passkeys list links to. */
export const passkeyRemoval = (page: Page) => signedInWithPasskey(page);

/** The demo inbox (demo mode only) of a fresh account: its sign-up confirmation email. */
export async function demoOutbox(page: Page): Promise<string> {
  await page.goto("/");
  const email = await signUpFresh(page, "a11y-outbox");
  return `/dev/outbox?to=${encodeURIComponent(email)}`;
}

/** A fresh mainland mobile number nobody has signed up with: 139 and eight random digits. */
export function freshMobile(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}

/** Starts a sign-up with a fresh mobile number through the form's POST; returns its code page. */
export async function mobileSignUpCode(page: Page): Promise<string> {
  const response = await page.request.post("/sign-up", { form: { displayName: "小周", login: freshMobile(), password: TEST_PASSWORD }, maxRedirects: 0 });
  expect(response.status(), "mobile sign-up").toBe(303);
  const location = response.headers().location ?? "";
  const url = new URL(location, "http://localhost");
  return `${url.pathname}${url.search}`;
}

/** The demo's event coming up (the seeded one is the oldest listed under "Coming up"; tests add later ones). */
export async function seededUpcomingEvent(page: Page): Promise<string> {
  return oldestLinkIn(page, "/events", /^(即将举行|Coming up)$/, /^\/events\/\d+$/);
}

/** The demo's event in person and online at once, with its venue (db/seed-data/events.ts). */
export async function seededMixedEvent(page: Page): Promise<string> {
  return linkNamed(page, "/events", /^(光山县残疾人专场招聘会（现场和线上同时进行）|Guangshan County job fair for disabled people \(in person and online\))$/);
}

/** The same event as its organiser's staff see it. */
export async function staffSeededEvent(page: Page): Promise<string> {
  return (await seededUpcomingEvent(page)).replace(/^\/events\//, "/staff/events/");
}

/** The demo's event on now (seeded with captions and an opening presented; tests make none that are on now). */
export async function seededLiveEvent(page: Page): Promise<string> {
  return oldestLinkIn(page, "/events", /^(正在进行|On now)$/, /^\/events\/\d+$/);
}

/** The live console of the event on now, as its organiser's staff or an invited helper opens it. */
export async function seededLiveConsole(page: Page): Promise<string> {
  return `${(await seededLiveEvent(page)).replace(/^\/events\//, "/staff/events/")}/live`;
}

/**
 * The live console of the event on now as its organiser's staff see it right after setting the
 * opening presented: the form's POST, then the address it redirects to (with its notice). The
 * opening already presented is set again, so what viewers, and the specs that read it, see does not change.
 */
export async function pinnedLiveConsole(page: Page): Promise<string> {
  const address = await seededLiveConsole(page);
  await page.goto(address);
  const presented = await page.locator('input[name="opening"]:checked').getAttribute("value");
  if (!presented || presented === "none") throw new Error(`no opening presented on ${address}`);
  const pinned = await page.request.post(address, { form: { intent: "pin", opening: presented }, maxRedirects: 0 });
  expect(pinned.status(), "the opening presented set again").toBe(303);
  const location = new URL(pinned.headers().location ?? "", "http://x");
  return `${location.pathname}${location.search}`;
}

/**
 * The application form reached from the event on now: the "apply from this event" link under the
 * opening being presented, followed as a viewer would. Its address keeps the event (?event=…), so the
 * page says which event the application comes from.
 */
export async function applyFromLiveEvent(page: Page): Promise<string> {
  await page.goto(await seededLiveEvent(page));
  const href = await page
    .getByRole("region", { name: /^(正在介绍|Now presenting)$/ })
    .getByRole("link", { name: /^(从这场招聘会申请|Apply from this event)/ })
    .first()
    .getAttribute("href");
  if (!href || !/^\/openings\/\d+\/apply\?event=\d+$/.test(href)) throw new Error(`no "apply from this event" link under the opening presented (found ${href})`);
  return href;
}

/** The reason the inventory's cancelled events give, in Chinese and English. */
export const CANCEL_REASON = { zh: "参加的单位临时无法到场，招聘会改期，新的时间会另行公布。", en: "The employers taking part cannot come; the event will be held later, on a date to be announced." };

/**
 * A cancelled event's public page: the demo staff create an event of their own and cancel it, with
 * the forms' POSTs (no demo event is cancelled: other specs rely on them as they are), signed in
 * apart from the test's browser, which stays as it was (signing in again there would end its session).
 */
export async function cancelledEvent(_page: Page): Promise<string> {
  const api = await request.newContext({ baseURL: test.info().project.use.baseURL });
  await signInByPost(api, "staff");
  const created = await api.post("/staff/events/new", {
    form: {
      // One title for all of them: the screen reader's snapshot reads it.
      titleZh: "听障朋友远程客服专场",
      descriptionZh: "面向听障朋友的远程客服岗位介绍，全程文字字幕。",
      day: "2027-09-15",
      startTime: "14:00",
      endTime: "16:00",
      provisions: "captions",
      qaModeration: "held",
    },
    maxRedirects: 0,
  });
  expect(created.status(), "event created").toBe(303);
  const id = /^\/staff\/events\/(\d+)\?created$/.exec(created.headers().location ?? "")?.[1];
  if (!id) throw new Error(`no new event's address in ${created.headers().location}`);
  const cancelled = await api.post(`/staff/events/${id}/cancel`, { form: { reasonZh: CANCEL_REASON.zh, reasonEn: CANCEL_REASON.en, confirm: "on" }, maxRedirects: 0 });
  expect(cancelled.headers().location, "event cancelled").toBe(`/staff/events/${id}?cancelled`);
  await api.dispose();
  return `/events/${id}`;
}

/** The organiser's staff page of an event cancelled for the test (see {@link cancelledEvent}). */
export async function staffCancelledEvent(page: Page): Promise<string> {
  return (await cancelledEvent(page)).replace(/^\/events\//, "/staff/events/");
}
