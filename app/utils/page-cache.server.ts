// A short-lived in-memory cache of whole public pages for visitors who are not signed in (a
// "microcache"). Popular searches and openings are read far more often than they change, and
// rendering them costs 5–100 ms of CPU; a copy a few seconds old costs almost nothing.
//
// - Only the read-only public pages listed in `CACHEABLE_PATHS`, only GET, only without a session
//   cookie, and only 200 responses that set no cookie and do not say no-store/private.
// - The key is the Host, the URL, the Cookie header (language, display preferences) and
//   Accept-Language, so every variant a visitor can see is kept apart. (Pages take their absolute
//   links from PUBLIC_URL, never from Host, and outside demo mode other hosts are refused before
//   this; the Host is in the key so that no future page that reads it can be poisoned.)
// - Each response keeps its own CSP nonce: the stored page's nonce is swapped for this request's.
// - Any write (a non-GET request that succeeds) empties this instance's cache, so an instance
//   never shows its own users stale pages. Other instances catch up within the TTL.
// - When an entry goes stale, one request re-renders it while the others get the stale copy for
//   up to one more TTL, so a popular page never makes every connection render at once.
// - Stale-if-error: while the database is unavailable (the app answers 503, see outage.server.ts),
//   a page held here is served instead for up to `staleMs` after it went stale, marked
//   `X-Page-Cache: stale`. Entries are kept that long (the LRU's byte limit still bounds memory).
import type { NextFunction, Request, Response } from "express";
import { LRUCache } from "lru-cache";

const CACHEABLE_PATHS = [
  /^\/$/,
  /^\/openings$/,
  /^\/openings\/\d{1,9}$/,
  /^\/openings\.atom$/,
  /^\/api\/openings$/,
  /^\/certificates\/[A-Za-z0-9-]{1,40}$/,
  /^\/sitemap\.xml$/,
  /^\/robots\.txt$/,
  /^\/accessibility$/,
  /^\/help$/,
];

/** Headers a stored page is replayed with; everything else (CSP, security headers) is set afresh. */
const REPLAYED_HEADERS = ["content-type", "cache-control", "vary", "link", "content-language", "last-modified"];

/** The session cookie, with or without its __Host- prefix (see session.server.ts). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-)?aw_session=/;

type Entry = {
  body: Buffer;
  headers: [string, string][];
  nonce: string | null;
  storedAt: number;
};

export type PageCacheOptions = {
  /** How long a page is fresh; 0 turns the cache off. */
  ttlMs: number;
  /** How long after it went stale a page may still stand in for a 503 (database unavailable); 0: never. */
  staleMs?: number;
  /** Upper bound on the memory the stored pages may take. */
  maxBytes: number;
  /** Largest single page worth keeping. */
  maxPageBytes?: number;
  now?: () => number;
};

export function isCacheablePath(path: string): boolean {
  return CACHEABLE_PATHS.some((pattern) => pattern.test(path));
}

/** Creates the cache and its Express middleware. Mount it after compression and the CSP nonce. */
export function createPageCache({ ttlMs, staleMs = 0, maxBytes, maxPageBytes = 512 * 1024, now = Date.now }: PageCacheOptions) {
  const entries = new LRUCache<string, Entry>({
    maxSize: Math.max(1, maxBytes),
    sizeCalculation: (entry) => entry.body.length + 256,
    // Kept for two TTLs (the second is the grace period in which a stale copy may be served while
    // one request re-renders it), or longer to stand in for a page while the database is down.
    ttl: Math.max(1, ttlMs * 2, ttlMs + staleMs),
    ttlAutopurge: false,
    // The same clock as the freshness checks below (tests move it).
    perf: { now },
  });
  const refreshing = new Set<string>();
  const stats = { hits: 0, misses: 0, stale: 0, servedInOutage: 0 };

  function middleware(req: Request, res: Response, next: NextFunction) {
    if (ttlMs <= 0) return next();
    if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS") {
      res.on("finish", () => {
        if (res.statusCode < 400) entries.clear();
      });
      return next();
    }
    if (req.method !== "GET" || !isCacheablePath(req.path)) return next();
    const cookie = req.get("cookie") ?? "";
    if (SESSION_COOKIE.test(cookie)) return next();

    const key = `${req.get("host") ?? ""}\n${req.originalUrl}\n${cookie}\n${req.get("accept-language") ?? ""}`;
    const nonce = typeof res.locals.cspNonce === "string" ? res.locals.cspNonce : null;
    const entry = entries.get(key);
    const age = entry === undefined ? Number.POSITIVE_INFINITY : now() - entry.storedAt;
    const fresh = age < ttlMs;
    if (entry && (fresh || (refreshing.has(key) && age < ttlMs * 2))) {
      if (fresh) stats.hits += 1;
      else stats.stale += 1;
      replay(res, entry, nonce, "hit");
      return;
    }

    stats.misses += 1;
    refreshing.add(key);
    let servedStale = false;
    if (entry && age < ttlMs + staleMs) {
      // Called by the app's handler when it would answer 503 (utils/remix-handler.server.ts).
      res.locals.serveStale = () => {
        if (res.headersSent) return false;
        servedStale = true;
        stats.servedInOutage += 1;
        replay(res, entry, nonce, "stale");
        return true;
      };
    }
    capture(res, maxPageBytes, (body) => {
      refreshing.delete(key);
      if (servedStale || !body || res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined) return;
      const cacheControl = String(res.getHeader("cache-control") ?? "");
      if (/no-store|private/i.test(cacheControl)) return;
      const headers: [string, string][] = [];
      for (const name of REPLAYED_HEADERS) {
        const value = res.getHeader(name);
        if (value !== undefined) headers.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
      }
      entries.set(key, { body, headers, nonce, storedAt: now() });
    });
    res.setHeader("X-Page-Cache", "miss");
    next();
  }

  return {
    middleware,
    clear: () => entries.clear(),
    stats: () => ({ ...stats, entries: entries.size, bytes: entries.calculatedSize }),
  };
}

function replay(res: Response, entry: Entry, nonce: string | null, state: "hit" | "stale") {
  let body = entry.body;
  if (entry.nonce && nonce && entry.nonce !== nonce) {
    // Nonces are 128 random bits in base64: they never occur in a page by chance.
    body = Buffer.from(body.toString("utf8").replaceAll(entry.nonce, nonce), "utf8");
  }
  res.status(200);
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  res.setHeader("X-Page-Cache", state);
  res.setHeader("Content-Length", body.length);
  res.end(body);
}

/** Collects what the app writes to `res`, then calls `done` with the whole body (or null if it was too big or aborted). */
function capture(res: Response, maxBytes: number, done: (body: Buffer | null) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let finished = false;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    size += buffer.length;
    if (size > maxBytes) {
      overflow = true;
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };
  const finish = (body: Buffer | null) => {
    if (finished) return;
    finished = true;
    done(body);
  };

  const originalWrite = res.write.bind(res) as (...args: unknown[]) => boolean;
  const originalEnd = res.end.bind(res) as (...args: unknown[]) => Response;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return originalWrite(chunk, ...rest);
  }) as Response["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    const result = originalEnd(chunk, ...rest);
    finish(overflow ? null : Buffer.concat(chunks));
    return result;
  }) as Response["end"];
  // A client that goes away mid-response leaves a partial page: never store it.
  res.on("close", () => finish(null));
}
