import { expect, test } from "../support/e2e/fixtures";

test("security headers and an enforced nonce-based CSP", async ({ request }) => {
  // /help is hydrated, so it has inline scripts that must carry the nonce.
  const response = await request.get("/help");
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["content-security-policy-report-only"]).toBeUndefined();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();

  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  const html = await response.text();
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
  expect(inlineScripts.length).toBeGreaterThan(0);
  for (const [, attributes] of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
});

test("each response gets a fresh nonce", async ({ request }) => {
  const nonceOf = async () => /'nonce-([^']+)'/.exec((await request.get("/")).headers()["content-security-policy"] ?? "")?.[1];
  expect(await nonceOf()).not.toBe(await nonceOf());
});

test("a hydrated page works under its CSP: no violations reported, client-side navigation runs", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/help");
  await page.getByRole("contentinfo").getByRole("link", { name: "无障碍声明" }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  // Client-side navigation happened, so the route announcer (JavaScript) ran.
  await expect(page.locator("#route-announcer")).toHaveText(/无障碍声明/);
  expect(violations).toEqual([]);
});

test("read-only public pages ship no JavaScript; interactive pages do", async ({ request }) => {
  const detail = /href="(\/openings\/\d+)"/.exec(await (await request.get("/openings")).text())?.[1] ?? "";
  expect(detail).not.toBe("");
  for (const path of ["/", "/openings", "/openings?q=客服", detail]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<script\b(?![^>]*application\/ld\+json)/);
    expect(html, path).not.toContain("modulepreload");
  }
  expect(await (await request.get("/help")).text()).toContain("<script");
});

test("unknown pages answer 404 with the translated page and no stack trace", async ({ request }) => {
  const zh = await request.get("/no/such/page");
  expect(zh.status()).toBe(404);
  const zhHtml = await zh.text();
  expect(zhHtml).toContain("找不到这个页面");
  expect(zhHtml).not.toMatch(/at .*\(.*:\d+:\d+\)/);

  const en = await request.get("/no/such/page", { headers: { "Accept-Language": "en" } });
  expect(await en.text()).toContain("Page not found");
});

test("openings that are not public answer 404", async ({ request }) => {
  for (const path of ["/openings/999999999", "/openings/abc", "/openings/-1", "/openings/1e3"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("bad query strings never cause a server error", async ({ request }) => {
  for (const query of ["page=-3", "page=abc", "page=99999999999", "perPage=7", "q=%27%3B%20drop%20table", "q=" + "字".repeat(500)]) {
    const response = await request.get(`/openings?${query}`);
    expect(response.status(), query).toBe(200);
  }
});

test("language: cookie beats ?lng=, which beats Accept-Language", async ({ request, baseURL }) => {
  const lang = async (path: string, headers: Record<string, string> = {}) =>
    /<html lang="([^"]+)"/.exec(await (await request.get(path, { headers })).text())?.[1];
  expect(await lang("/")).toBe("zh-CN");
  expect(await lang("/", { "Accept-Language": "en-US,en;q=0.9" })).toBe("en");
  expect(await lang("/?lng=zh-CN", { "Accept-Language": "en" })).toBe("zh-CN");

  const switched = await request.get("/language?lng=en&next=/help", { maxRedirects: 0 });
  expect(switched.status()).toBe(303);
  expect(switched.headers()["location"]).toBe("/help");
  expect(switched.headers()["set-cookie"]).toMatch(/^lng=/);
  expect(await lang("/?lng=zh-CN")).toBe("en");
  expect(baseURL).toBeTruthy();
});

test("the language switch never redirects off-site", async ({ request }) => {
  for (const next of ["//evil.example", "https://evil.example", "/\\evil.example"]) {
    const response = await request.get(`/language?lng=en&next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
    expect(response.headers()["location"], next).toBe("/");
  }
});

test("health check reports the database", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("ok");
});

test("pages contain no stray control bytes, even long Chinese ones", async ({ request }) => {
  // React 18's stream writer once put NUL bytes where a 3-byte character met its 2048-byte buffer.
  for (const path of ["/", "/openings?perPage=50", "/openings?q=客服", "/help", "/accessibility"]) {
    const body = Buffer.from(await (await request.get(path)).body());
    expect(body.length, path).toBeGreaterThan(4096);
    expect([...body].filter((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20)), path).toEqual([]);
  }
});
