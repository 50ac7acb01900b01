import { randomBytes, randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { PDF } from "../support/files";
import { signInByPost } from "../support/e2e/sign-in";
import { expect, test, TEST_PASSWORD, uniqueEmail } from "../support/e2e/fixtures";
import { send, setCookies } from "../support/own-server";
import { waitForHydration } from "../support/e2e/session";

// What the portal believes about a request (issue 16): its Host and X-Forwarded-* headers, the
// targets it is asked to redirect to, its method, its size. Against the suite's own server, which
// runs in demo mode with PUBLIC_URL set to the address the tests call and TRUST_PROXY=loopback
// (see playwright.config.ts). What only a production-mode server shows is in production-server.spec.ts.

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The configured public address (PUBLIC_URL in playwright.config.ts). */
const PUBLIC = `http://127.0.0.1:${PORT}`;
/** Each test gets its own client address, so per-address limits of other tests are never used up. */
const testIp = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
/** What an attacker's own client sends to make the portal believe it is another site. */
const forged = () => ({ Host: "attacker.example", "X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https", "X-Forwarded-For": testIp() });
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = "application/x-www-form-urlencoded";

/** Every link in the emails the demo inbox shows for `to`. */
async function emailedLinks(page: Page, to: string): Promise<string[]> {
  await page.goto(`/dev/outbox?to=${encodeURIComponent(to)}`);
  return page.locator(".outbox__email").getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

test("a forged Host or X-Forwarded-Host never reaches a link in an email (finding 1)", async ({ page }) => {
  const email = uniqueEmail("poison");
  const signedUp = await send({
    port: PORT,
    method: "POST",
    path: "/sign-up",
    headers: { ...forged(), "Content-Type": FORM },
    body: form({ displayName: "小吴", email, password: TEST_PASSWORD }),
  });
  expect(signedUp.status, signedUp.body).toBe(303);
  const asked = await send({ port: PORT, method: "POST", path: "/forgot-password", headers: { ...forged(), "Content-Type": FORM }, body: form({ email }) });
  expect(asked.status, asked.body).toBe(303);

  const links = await emailedLinks(page, email);
  expect(links.some((link) => link.includes("/verify-email/")), "a confirmation link").toBe(true);
  expect(links.some((link) => link.includes("/reset-password/")), "a reset link").toBe(true);
  for (const link of links) expect(link.startsWith(`${PUBLIC}/`), link).toBe(true);
});

test("feeds, the sitemap, robots.txt, the API and JSON-LD name the configured address, and a forged request never poisons the page cache (finding 2)", async () => {
  const api = JSON.parse((await send({ port: PORT, path: "/api/openings?perPage=10" })).body) as { items: { url: string }[] };
  const opening = new URL(api.items[0]?.url ?? "http://x/none").pathname;
  expect(opening).toMatch(/^\/openings\/\d+$/);
  for (const path of ["/robots.txt", "/sitemap.xml", "/openings.atom", "/api/openings?perPage=10", opening]) {
    // The forged request first, so that if it were cached the honest one below would get its copy.
    const poisoned = await send({ port: PORT, path, headers: forged() });
    expect(poisoned.status, path).toBe(200);
    expect(poisoned.body, path).not.toContain("attacker.example");
    expect(poisoned.body, path).toContain(`${PUBLIC}/`);
    const honest = await send({ port: PORT, path });
    expect(honest.body, path).not.toContain("attacker.example");
    expect(honest.body, path).toContain(`${PUBLIC}/`);
  }
  expect((await send({ port: PORT, path: "/robots.txt", headers: forged() })).body).toContain(`Sitemap: ${PUBLIC}/sitemap.xml`);
});

// Hostile targets, as the parameter's value (each is sent URL-encoded). The unit test in
// tests/unit/redirect.test.ts has many more; these are the ones the issue reproduced, and a few more.
const HOSTILE = [
  "/\t/attacker.example",
  "/\r\nSet-Cookie: stolen=1",
  "//attacker.example",
  "/\\attacker.example",
  "\\\\attacker.example",
  "https://attacker.example/",
  "javascript:alert(1)",
  "/%2F%2Fattacker.example",
  "/%252F%252Fattacker.example",
  "／／attacker.example",
  `/${"a".repeat(5000)}`,
];
/** A legitimate target with Chinese in its query: it must survive, encoded, never a 500. */
const LEGIT = { value: "/openings?q=客服&arrangement=remote", location: "/openings?q=%E5%AE%A2%E6%9C%8D&arrangement=remote" };

test("the language switch never leaves the site, and never fails, whatever `next` says (finding 3)", async () => {
  for (const next of HOSTILE) {
    const response = await send({ port: PORT, path: `/language?${form({ lng: "en", next })}` });
    expect(response.status, JSON.stringify(next)).toBe(303);
    expect(response.headers.location, JSON.stringify(next)).toBe("/");
  }
  const legit = await send({ port: PORT, path: `/language?${form({ lng: "en", next: LEGIT.value })}` });
  expect(legit.status).toBe(303);
  expect(legit.headers.location).toBe(LEGIT.location);
});

/** Signs a fresh account in (through the sign-up form's POST) and returns its cookie header. */
async function freshSession(): Promise<{ email: string; cookie: string }> {
  const email = uniqueEmail("redirect");
  const response = await send({
    port: PORT,
    method: "POST",
    path: "/sign-up",
    headers: { "Content-Type": FORM, "X-Forwarded-For": testIp() },
    body: form({ displayName: "小周", email, password: TEST_PASSWORD }),
  });
  expect(response.status).toBe(303);
  const cookie = setCookies(response)
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => /aw_session=/.test(pair))
    .join("; ");
  expect(cookie).not.toBe("");
  return { email, cookie };
}

test("sign-in, sign-out, the second-factor page and saving never redirect off-site (finding 3)", async () => {
  for (const target of [...HOSTILE, LEGIT.value]) {
    // An account for each target: each signs in once here, well under the per-account limit.
    const { email, cookie } = await freshSession();
    const label = JSON.stringify(target);
    const expected = (fallback: string) => (target === LEGIT.value ? LEGIT.location : fallback);
    const ip = testIp();

    // Signed in already: /sign-in sends the person straight on.
    const again = await send({ port: PORT, path: `/sign-in?${form({ redirectTo: target })}`, headers: { Cookie: cookie } });
    expect(again.status, label).toBe(303);
    expect(again.headers.location, label).toBe(expected("/account"));

    // A visitor: the form carries only a safe target.
    const visitor = await send({ port: PORT, path: `/sign-in?${form({ redirectTo: target })}` });
    expect(visitor.status, label).toBe(200);
    expect(/name="redirectTo" value="([^"]*)"/.exec(visitor.body)?.[1]?.replaceAll("&amp;", "&"), label).toBe(expected("/account"));

    // Signed in without a passkey: the second-factor page passes the target on to the passkeys page, made safe first.
    const secondFactor = await send({ port: PORT, path: `/sign-in/second-factor?${form({ redirectTo: target })}`, headers: { Cookie: cookie } });
    expect(secondFactor.status, label).toBe(303);
    const next = new URL(secondFactor.headers.location ?? "", PUBLIC);
    expect(next.origin, label).toBe(PUBLIC);
    expect(next.searchParams.get("redirectTo"), label).toBe(expected("/account"));

    const signedIn = await send({
      port: PORT,
      method: "POST",
      path: "/sign-in",
      headers: { "Content-Type": FORM, "X-Forwarded-For": ip },
      body: form({ email, password: TEST_PASSWORD, redirectTo: target }),
    });
    expect(signedIn.status, label).toBe(303);
    expect(signedIn.headers.location, label).toBe(expected("/account"));

    const saved = await send({
      port: PORT,
      method: "POST",
      path: "/account/saved",
      headers: { "Content-Type": FORM, Cookie: cookie },
      body: form({ intent: "save-search", query: "q=%E5%AE%A2%E6%9C%8D", name: "客服", redirectTo: target }),
    });
    expect(saved.status, label).toBe(303);
    expect(new URL(saved.headers.location ?? "", PUBLIC).origin, label).toBe(PUBLIC);
    expect(saved.headers.location ?? "", label).not.toContain("attacker");

    const signedOut = await send({ port: PORT, method: "POST", path: "/sign-out", headers: { "Content-Type": FORM }, body: form({ redirectTo: target }) });
    expect(signedOut.status, label).toBe(303);
    expect(signedOut.headers.location, label).toBe(expected("/"));
  }
});

test("adding a passkey and signing in with one never send the browser off-site, whatever redirectTo says (finding 3)", async ({ browser }) => {
  // WebAuthn refuses an IP address as a passkey's domain, so this test talks to the same server as "localhost".
  const origin = `http://localhost:${PORT}`;
  const context = await browser.newContext({ baseURL: origin, locale: "zh-CN" });
  const page = await context.newPage();
  const email = uniqueEmail("passkey-redirect");
  const signedUp = await page.request.post("/sign-up", { form: { displayName: "小周", email, password: TEST_PASSWORD }, maxRedirects: 0 });
  expect(signedUp.status()).toBe(303);
  // Confirm the address first: adding a passkey may need it.
  const confirm = (await emailedLinks(page, email)).find((link) => link.includes("/verify-email/"));
  await page.goto(new URL(confirm ?? "/", origin).pathname);
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  // The passkeys page goes on to its `redirectTo` once a passkey is added (the second-factor set-up does this).
  await page.goto(`/account/passkeys?${form({ redirectTo: "/\t/attacker.example" })}`);
  await waitForHydration(page);
  await page.getByLabel("名称（可选）").fill("测试手机");
  await page.getByRole("button", { name: "添加通行密钥" }).click();
  await expect(page).toHaveURL(`${origin}/account`);
  await page.goto("/account/passkeys");
  await expect(page.getByRole("list", { name: "你的通行密钥" }).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(`${origin}/`);

  // The page's script posts the target it was given; an attacker's script (or a tampered page) could post any.
  await page.route("**/passkeys/authenticate", async (route) => {
    const body = JSON.parse(route.request().postData() ?? "{}") as Record<string, unknown>;
    if (body.intent === "verify") body.redirectTo = "/\t/attacker.example";
    await route.continue({ postData: JSON.stringify(body) });
  });
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "使用通行密钥" }).click();
  await expect(page).toHaveURL(`${origin}/account`);
  await context.close();
});

test("a method the portal does not use gets 405, never 500 (finding 11)", async () => {
  for (const method of ["TRACE", "PROPFIND"]) {
    const response = await send({ port: PORT, method, path: "/" });
    expect(response.status, method).toBe(405);
    expect(response.headers.allow, method).toContain("GET");
    expect(response.body, method).not.toMatch(/at .*\(.*:\d+:\d+\)/);
  }
});

test("an import id that only looks like one (36 dashes) is 404, never 500 (finding 11)", async ({ page }) => {
  await signInByPost(page, "staff", "/staff");
  const dashes = `/staff/openings/import/${"-".repeat(36)}`;
  expect((await page.request.get(dashes)).status()).toBe(404);
  expect((await page.request.post(dashes, { form: { intent: "import" }, maxRedirects: 0 })).status()).toBe(404);
});

test("the session cookie is a __Host- cookie: Secure, for the whole site, bound to this host (finding 11)", async () => {
  const response = await send({
    port: PORT,
    method: "POST",
    path: "/sign-up",
    headers: { "Content-Type": FORM, "X-Forwarded-For": testIp() },
    body: form({ displayName: "小周", email: uniqueEmail("cookie"), password: TEST_PASSWORD }),
  });
  const session = setCookies(response).find((line) => /aw_session=/.test(line)) ?? "";
  expect(session).toMatch(/^__Host-aw_session=[^;]{20,};/);
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*Path=\/(;|$)/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).not.toMatch(/;\s*Domain=/i);
});

test("a CV is served with the extension of what it really is, whatever it was called (finding 11)", async ({ page }) => {
  const { cookie } = await freshSession();
  const opening = JSON.parse((await send({ port: PORT, path: "/api/openings?perPage=1" })).body) as { items: { id: number }[] };
  const id = opening.items[0]?.id;
  const body = new FormData();
  body.set("key", randomUUID());
  body.set("intent", "submit");
  body.set("contactName", "小周");
  body.set("contactPhone", "");
  body.set("experience", "");
  body.set("message", "您好，我想申请这个职位。");
  body.set("cv", new File([PDF], "cv.html", { type: "text/html" }));
  const request = new Request(`${PUBLIC}/openings/${id}/apply`, { method: "POST", body });
  const sent = await send({
    port: PORT,
    method: "POST",
    path: `/openings/${id}/apply`,
    headers: { Cookie: cookie, "Content-Type": request.headers.get("Content-Type") ?? "" },
    body: Buffer.from(await request.arrayBuffer()),
  });
  expect(sent.status, sent.body).toBe(303);
  const application = /^\/account\/applications\/(\d+)/.exec(sent.headers.location ?? "")?.[1];
  expect(application).toBeTruthy();
  const download = await send({ port: PORT, path: `/account/applications/${application}/cv`, headers: { Cookie: cookie } });
  expect(download.status).toBe(200);
  expect(download.headers["content-type"]).toBe("application/pdf");
  expect(download.headers["content-disposition"]).toContain('filename="cv.pdf"');
  expect(download.headers["content-disposition"]).not.toContain(".html");
  void page;
});

test("a form far larger than any form the portal has is refused before it is read, with a translated page (finding 6)", async () => {
  const big = `email=a%40b.example&password=${"a".repeat(2 * 1024 * 1024)}`;
  for (const [language, words] of [
    ["zh-CN", /<html lang="zh-CN"[\s\S]*太大/],
    ["en", /<html lang="en"[\s\S]*too large/i],
  ] as const) {
    const declared = await send({ port: PORT, method: "POST", path: "/sign-in", headers: { "Content-Type": FORM, "Accept-Language": language }, body: big });
    expect(declared.status, language).toBe(413);
    expect(declared.body, language).toMatch(words);
  }
  // Sent in chunks with no Content-Length, the size is only known as it arrives.
  async function* chunks() {
    yield Buffer.from("email=a%40b.example&password=");
    for (let i = 0; i < 64; i++) yield Buffer.alloc(64 * 1024, "a");
  }
  const chunked = await send({ port: PORT, method: "POST", path: "/sign-in", headers: { "Content-Type": FORM }, body: chunks() });
  expect(chunked.status).toBe(413);
  // Small, but with more fields than any form has.
  const many = Array.from({ length: 5000 }, (_, i) => `f${i}=1`).join("&");
  expect((await send({ port: PORT, method: "POST", path: "/sign-in", headers: { "Content-Type": FORM }, body: many })).status).toBe(413);
  // An ordinary sign-in still works.
  const ok = await send({ port: PORT, method: "POST", path: "/sign-in", headers: { "Content-Type": FORM, "X-Forwarded-For": testIp() }, body: form({ email: "nobody@example.org", password: "x" }) });
  expect(ok.status).toBe(400);
});

test("behind a trusted proxy, each client's own address counts for the per-address limits (finding 4)", async () => {
  // This server trusts the loopback address as its proxy (TRUST_PROXY=loopback), like nginx on the same machine.
  const ask = (ip: string) =>
    send({ port: PORT, method: "POST", path: "/forgot-password", headers: { "Content-Type": FORM, "X-Forwarded-For": ip }, body: form({ email: uniqueEmail("limit") }) });
  const first = testIp();
  for (let i = 0; i < 20; i++) expect((await ask(first)).status, `request ${i + 1}`).toBe(303);
  expect((await ask(first)).status).toBe(429);
  expect((await ask(testIp())).status).toBe(303);
});

test("demo mode says so at the top of every page, inside the banner, in both languages (finding 9)", async ({ page, setLocale }) => {
  for (const [locale, text] of [
    ["zh-CN", "演示站点"],
    ["en", "Demo site"],
  ] as const) {
    await setLocale(locale);
    for (const path of ["/", "/openings", "/sign-in"]) {
      await page.goto(path);
      const banner = page.getByRole("banner");
      await expect(banner.getByText(text), `${locale} ${path}`).toBeVisible();
      // It comes before the navigation, so it is read first after the skip link.
      const order = await banner.evaluate((el) => {
        const note = [...el.querySelectorAll("p")].find((p) => /演示站点|Demo site/.test(p.textContent ?? ""));
        const nav = el.querySelector("nav");
        return note && nav ? note.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order, `${locale} ${path}`).toBeTruthy();
    }
  }
});
