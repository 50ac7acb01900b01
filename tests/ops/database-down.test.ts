// Issue 15, item 2: with the database stopped, the portal says so honestly. Pages answer 503 with
// Retry-After and a translated, accessible page (h1, lang, axe-clean, with or without JavaScript)
// that shows a form's safe values back; JSON and feeds answer 503; /healthz names the failure;
// pages the cache holds keep being served, marked stale; the log counts instead of repeating.
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "../support/own-server";
import { AXE_TAGS } from "../support/e2e/fixtures";
import { createOpsDatabase, ensureClusterRunning, leakIn, startProductionServer, stopCluster, waitForDatabase, type ProductionServer } from "../support/ops/ops-server";

let database: Awaited<ReturnType<typeof createOpsDatabase>>;
let server: ProductionServer;
let browser: Browser;

beforeAll(async () => {
  database = await createOpsDatabase("down");
  server = await startProductionServer(database.url, { PAGE_CACHE_SECONDS: "1", PAGE_CACHE_STALE_SECONDS: "300", JOBS_ENABLED: "false" });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
});

afterAll(async () => {
  await browser?.close();
  await ensureClusterRunning();
  await server?.stop();
  await database?.drop();
});

describe("while the database is down", () => {
  it("answers 503s that say so, keeps serving cached pages as stale, and counts failures in the log", async () => {
    const port = server.port;
    // The home page is rendered and cached while the database is up.
    expect((await send({ port, path: "/", headers: { "Accept-Language": "zh-CN" } })).status).toBe(200);
    await stopCluster();
    try {
      // The cached page's TTL (1 s) is over: it stands in for the 503.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const stale = await send({ port, path: "/", headers: { "Accept-Language": "zh-CN" } });
      expect(stale.status).toBe(200);
      expect(stale.headers["x-page-cache"]).toBe("stale");

      const zh = await send({ port, path: "/openings?q=x", headers: { "Accept-Language": "zh-CN" } });
      expect(zh.status).toBe(503);
      expect(zh.headers["retry-after"]).toBe("30");
      expect(zh.headers["cache-control"]).toBe("no-store");
      expect(zh.body).toContain('<html lang="zh-CN"');
      expect(zh.body).toContain("<h1>无碍就业暂时无法使用</h1>");
      expect(leakIn(zh.body)).toBeNull();
      const en = await send({ port, path: "/openings?q=x", headers: { "Accept-Language": "en" } });
      expect(en.status).toBe(503);
      expect(en.body).toContain('<html lang="en"');
      expect(en.body).toContain("<h1>AccessWork is briefly unavailable</h1>");
      expect(en.body).toContain("Nothing you typed was lost");

      const api = await send({ port, path: "/api/openings?q=x" });
      expect(api.status).toBe(503);
      expect(api.headers["content-type"]).toMatch(/application\/json/);
      expect(api.headers["retry-after"]).toBe("30");
      expect((JSON.parse(api.body) as { error: string }).error).toBe("unavailable");
      const feed = await send({ port, path: "/openings.atom?q=x" });
      expect(feed.status).toBe(503);
      expect(feed.headers["retry-after"]).toBe("30");
      expect(leakIn(feed.body)).toBeNull();
      const health = await send({ port, path: "/healthz" });
      expect(health.status).toBe(503);
      expect(health.body).toBe("database: unavailable (refused)");
      expect(health.headers["cache-control"]).toBe("no-store");

      // A form sent during the outage: what was typed comes back, the password never does.
      const form = new URLSearchParams({ email: "li.hua@example.org", password: "correct horse battery", next: "/account" }).toString();
      const posted = await send({
        port,
        method: "POST",
        path: "/sign-in",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "en", Origin: `http://127.0.0.1:${port}`, Host: `127.0.0.1:${port}` },
        body: form,
      });
      expect(posted.status).toBe(503);
      expect(posted.body).toContain("li.hua@example.org");
      expect(posted.body).not.toContain("correct horse battery");

      // In a browser, with and without JavaScript: one h1, the language, no axe violations.
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ locale: "en", javaScriptEnabled });
        context.setDefaultTimeout(20_000);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        const response = await page.goto(`http://127.0.0.1:${port}/openings?q=${javaScriptEnabled ? "js" : "nojs"}`);
        expect(response?.status()).toBe(503);
        if (javaScriptEnabled) await page.waitForLoadState("networkidle");
        expect(await page.locator("h1").allTextContents()).toEqual(["AccessWork is briefly unavailable"]);
        expect(await page.getAttribute("html", "lang")).toBe("en");
        expect(await page.title()).toMatch(/briefly unavailable/);
        // axe runs in the page, so only with JavaScript; without it the page is the same server HTML.
        if (javaScriptEnabled) {
          const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        }
        expect(errors).toEqual([]);
        await context.close();
      }

      // Many failures, a line or two in the log, and no stack traces.
      const logged = server.output().match(/database unavailable/g) ?? [];
      console.log(`[ops] database down: "database unavailable" logged ${logged.length} time(s) for the requests above`);
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.length).toBeLessThan(4);
      expect(server.output()).not.toMatch(/ECONNREFUSED[\s\S]{0,200}\n\s+at /);
    } finally {
      await ensureClusterRunning();
    }
    await waitForDatabase(database.url);
    expect(server.exitCode()).toBeNull();
  });
});
