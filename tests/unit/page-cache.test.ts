import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { request as httpRequest, type Server } from "node:http";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache, isCacheablePath } from "~/utils/page-cache.server";

type Handler = (req: express.Request, res: express.Response) => void | Promise<void>;

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** An Express app shaped like app/server.ts: a nonce per request, the cache, then the "app". */
async function start(handler: Handler, options: { ttlMs?: number; staleMs?: number; now?: () => number } = {}) {
  const cache = createPageCache({ ttlMs: options.ttlMs ?? 10_000, staleMs: options.staleMs, maxBytes: 1024 * 1024, now: options.now });
  const app = express();
  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
  app.use(cache.middleware);
  app.all("*", (req, res, next) => {
    Promise.resolve(handler(req, res)).catch(next);
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server?.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${path}`, { headers });
  const post = (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { method: "POST" });
  return { cache, get, post, port };
}

/** A page that counts its renders and prints its nonce, like a real page's <meta name="csp-nonce">. */
function countingPage() {
  const calls = { n: 0 };
  const handler: Handler = (_req, res) => {
    calls.n += 1;
    res.type("html");
    res.write(`<meta nonce="${res.locals.cspNonce as string}">`);
    res.end(`<p>render ${calls.n}</p>`);
  };
  return { calls, handler };
}

describe("isCacheablePath", () => {
  it("covers the read-only public pages and nothing else", () => {
    for (const path of ["/", "/openings", "/openings/12", "/openings.atom", "/api/openings", "/certificates/AW-2025-0003", "/help"]) {
      expect(isCacheablePath(path), path).toBe(true);
    }
    for (const path of ["/account", "/sign-in", "/preferences", "/openings/12/apply", "/staff", "/dev/outbox", "/healthz"]) {
      expect(isCacheablePath(path), path).toBe(false);
    }
  });
});

describe("page cache", () => {
  it("serves a second visitor the stored page, with that visitor's own nonce", async () => {
    const page = countingPage();
    const { get } = await start(page.handler);
    const first = await get("/openings?q=客服");
    const firstBody = await first.text();
    expect(first.headers.get("x-page-cache")).toBe("miss");

    const second = await get("/openings?q=客服");
    const secondBody = await second.text();
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(page.calls.n).toBe(1);
    expect(secondBody).toContain("render 1");
    const nonceOf = (body: string) => /nonce="([^"]+)"/.exec(body)?.[1];
    expect(nonceOf(secondBody)).toBeDefined();
    expect(nonceOf(secondBody)).not.toBe(nonceOf(firstBody));
    expect(second.headers.get("content-type")).toMatch(/text\/html/);
  });

  it("keeps query strings, languages and display preferences apart", async () => {
    const page = countingPage();
    const { get } = await start(page.handler);
    await get("/openings?q=a");
    await get("/openings?q=b");
    await get("/openings?q=a", { "accept-language": "en" });
    await get("/openings?q=a", { cookie: "lng=en" });
    await get("/openings?q=a", { cookie: "prefs=large" });
    expect(page.calls.n).toBe(5);
    await get("/openings?q=a", { cookie: "lng=en" });
    expect(page.calls.n).toBe(5);
  });

  it("never serves or stores pages for signed-in people", async () => {
    const page = countingPage();
    const { get } = await start(page.handler);
    await get("/openings");
    const signedIn = await get("/openings", { cookie: "lng=en; aw_session=abc" });
    expect(signedIn.headers.get("x-page-cache")).toBeNull();
    expect(await signedIn.text()).toContain("render 2");
    // The cookie's name when it is Secure (see session.server.ts).
    const prefixed = await get("/openings", { cookie: "lng=en; __Host-aw_session=abc" });
    expect(prefixed.headers.get("x-page-cache")).toBeNull();
    expect(await prefixed.text()).toContain("render 3");
  });

  it("keeps each Host's pages apart, so one forged Host never reaches other visitors", async () => {
    const { port } = await start((req, res) => {
      res.type("text");
      res.end(`Sitemap: http://${req.get("host") ?? ""}/sitemap.xml`);
    });
    const getAs = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, path: "/robots.txt", headers: { Host: host } }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => resolve(body));
        });
        req.on("error", reject);
        req.end();
      });
    expect(await getAs("attacker.example")).toContain("attacker.example");
    expect(await getAs("jobs.example.org")).toContain("jobs.example.org");
  });

  it("leaves other paths alone", async () => {
    const page = countingPage();
    const { get } = await start(page.handler);
    await get("/account");
    await get("/account");
    expect(page.calls.n).toBe(2);
  });

  it("does not store errors, responses that set cookies, or no-store responses", async () => {
    let mode: "error" | "cookie" | "no-store" = "error";
    let calls = 0;
    const { get } = await start((_req, res) => {
      calls += 1;
      if (mode === "error") res.status(404);
      if (mode === "cookie") res.setHeader("Set-Cookie", "lng=en");
      if (mode === "no-store") res.setHeader("Cache-Control", "no-store");
      res.send("page");
    });
    for (const next of ["error", "cookie", "no-store"] as const) {
      mode = next;
      await get(`/openings?mode=${next}`);
      await get(`/openings?mode=${next}`);
    }
    expect(calls).toBe(6);
  });

  it("empties itself after a successful write, but not after a refused one", async () => {
    const page = countingPage();
    let postStatus = 400;
    const { get, post } = await start((req, res) => {
      if (req.method === "POST") {
        res.status(postStatus).send("posted");
        return;
      }
      return page.handler(req, res);
    });
    await get("/");
    await post("/sign-in");
    await get("/");
    expect(page.calls.n).toBe(1);
    postStatus = 303;
    await post("/staff/openings/new");
    await get("/");
    expect(page.calls.n).toBe(2);
  });

  it("after the TTL, one request re-renders while others still get the stale copy", async () => {
    let clock = 1_000_000;
    let release: () => void = () => undefined;
    let calls = 0;
    const { get } = await start(
      async (_req, res) => {
        calls += 1;
        if (calls === 2) await new Promise<void>((resolve) => (release = resolve));
        res.send(`render ${calls}`);
      },
      { ttlMs: 1_000, now: () => clock },
    );
    expect(await (await get("/help")).text()).toBe("render 1");
    clock += 1_500;
    const refreshing = get("/help");
    // Wait until the refresh is under way, then ask again: the stale copy answers at once.
    while (calls < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const meanwhile = await get("/help");
    expect(await meanwhile.text()).toBe("render 1");
    expect(meanwhile.headers.get("x-page-cache")).toBe("hit");
    release();
    expect(await (await refreshing).text()).toBe("render 2");
    expect(await (await get("/help")).text()).toBe("render 2");
  });

  it("is off with a TTL of 0", async () => {
    const page = countingPage();
    const { get } = await start(page.handler, { ttlMs: 0 });
    await get("/");
    const second = await get("/");
    expect(second.headers.get("x-page-cache")).toBeNull();
    expect(page.calls.n).toBe(2);
  });

  describe("while the database is unavailable (stale-if-error)", () => {
    /** A page like the app's: it renders while the database is up; when it is down, it answers 503 unless the cache stands in (as utils/remix-handler.server.ts does). */
    function pageWithDatabase() {
      const state = { up: true, renders: 0 };
      const handler: Handler = (_req, res) => {
        if (!state.up) {
          const serveStale = res.locals.serveStale as (() => boolean) | undefined;
          if (serveStale?.()) return;
          res.status(503).set("Retry-After", "30").send("briefly unavailable");
          return;
        }
        state.renders += 1;
        res.type("html");
        res.write(`<meta nonce="${res.locals.cspNonce as string}">`);
        res.end(`<p>render ${state.renders}</p>`);
      };
      return { state, handler };
    }

    it("serves a page it holds, marked stale, long after its TTL, with this request's nonce", async () => {
      let clock = 1_000_000;
      const page = pageWithDatabase();
      const { get } = await start(page.handler, { ttlMs: 10_000, staleMs: 300_000, now: () => clock });
      expect((await get("/openings?q=x")).status).toBe(200);
      page.state.up = false;
      clock += 200_000;
      const stale = await get("/openings?q=x");
      expect(stale.status).toBe(200);
      expect(stale.headers.get("x-page-cache")).toBe("stale");
      const html = await stale.text();
      expect(html).toContain("render 1");
      expect(html).not.toMatch(/nonce="([^"]+)"[\s\S]*nonce="\1"/);
      // A page it does not hold is a 503.
      expect((await get("/openings?q=y")).status).toBe(503);
      // Once the database is back, the page is rendered afresh; the stale copy was not stored as new.
      page.state.up = true;
      const fresh = await get("/openings?q=x");
      expect(await fresh.text()).toContain("render 2");
      expect(fresh.headers.get("x-page-cache")).toBe("miss");
    });

    it("stops standing in once the stale time is over", async () => {
      let clock = 1_000_000;
      const page = pageWithDatabase();
      const { get } = await start(page.handler, { ttlMs: 10_000, staleMs: 60_000, now: () => clock });
      await get("/help");
      page.state.up = false;
      clock += 10_000 + 60_000 + 1;
      const late = await get("/help");
      expect(late.status).toBe(503);
      expect(late.headers.get("retry-after")).toBe("30");
    });

    it("never stands in with a stale time of 0", async () => {
      let clock = 1_000_000;
      const other = pageWithDatabase();
      const off = await start(other.handler, { ttlMs: 10_000, staleMs: 0, now: () => clock });
      await off.get("/help");
      other.state.up = false;
      clock += 10_001;
      expect((await off.get("/help")).status).toBe(503);
    });
  });
});
