// The production HTTP server. The classic compiler bundles this file with the app into
// build/index.js (see remix.config.js), so `npm run serve` is a single `node` process.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import { createRequestHandler } from "@remix-run/express";
import * as build from "@remix-run/dev/server-build";
import closeWithGrace from "close-with-grace";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { startDatabase, stopDatabase } from "./utils/db.server";
import { getEnv } from "./utils/env.server";
import { createPageCache } from "./utils/page-cache.server";
import { startJobs, type JobRunner } from "./utils/jobs.server";
import { createSmtpTransport, describeSmtpUrl, startOutboxWorker, type OutboxWorker } from "./utils/outbox-worker.server";
import { scheduledJobs } from "./utils/scheduled-jobs.server";

const SHUTDOWN_DEADLINE_MS = 9_000;

const env = getEnv();
const isDev = env.NODE_ENV === "development";

const nonceSource = (_req: unknown, res: unknown) => `'nonce-${(res as express.Response).locals.cspNonce as string}'`;

const app = express();
app.disable("x-powered-by");
// Behind a load balancer, trust its X-Forwarded-* headers (one hop).
app.set("trust proxy", 1);
app.use(compression());

app.use((_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
});
app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", nonceSource],
        // React Aria injects one <style> element; it carries the nonce from <meta name="csp-nonce">.
        "style-src": ["'self'", nonceSource],
        // React Aria sets a few inline style attributes (e.g. visually hidden inputs).
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": isDev ? ["'self'", "ws:"] : ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
      },
    },
    // Served over plain HTTP in the local demo; HSTS belongs on the TLS-terminating proxy.
    strictTransportSecurity: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  }),
);
app.use((_req, res, next) => {
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  next();
});

// Cross-site request forgery: refuse state-changing requests that a browser says came from
// another site. Browsers always send Origin (or Sec-Fetch-Site) with a cross-site POST.
app.use((req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const origin = req.get("origin");
  const fetchSite = req.get("sec-fetch-site");
  const expected = `${req.protocol}://${req.get("host") ?? ""}`;
  if ((origin && origin !== expected) || fetchSite === "cross-site") {
    res.status(403).type("text/plain; charset=utf-8").send("403: 请求来自其他网站，已拒绝。 / This request came from another site and was refused.");
    return;
  }
  next();
});

// Public pages for visitors are reused for a few seconds; any successful write empties the cache.
const pageCache = createPageCache({ ttlMs: env.PAGE_CACHE_SECONDS * 1000, maxBytes: env.PAGE_CACHE_MB * 1024 * 1024 });
app.use(pageCache.middleware);

// Fingerprinted build assets can be cached forever; other public files for an hour.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y", index: false }));
app.use(express.static("public", { maxAge: "1h", index: false }));

app.all(
  "*",
  createRequestHandler({
    build,
    mode: build.mode,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      form: { hasErrors: false },
      clientIp: req.ip ?? "unknown",
    }),
  }),
);

// Last resort: never show a stack trace.
app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  console.error(error);
  if (!res.headersSent) res.status(500).type("text/plain; charset=utf-8").send("500 Internal Server Error / 服务器内部错误");
});

async function main() {
  if (!env.demoMode && !env.WEBAUTHN_ORIGIN) {
    // Passkeys then trust each request's own address, as the Origin check does (see ADR 005).
    console.warn("WEBAUTHN_ORIGIN is not set: passkeys use the address of each request. Set WEBAUTHN_ORIGIN in production.");
  }
  const db = await startDatabase();
  const server: Server = app.listen(env.PORT, env.HOST, () => {
    const where = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST;
    console.log(`AccessWork is running at http://${where}:${env.PORT} (database: ${db.driver})`);
  });
  // Slow clients on poor networks are normal for our users; only idle sockets are trimmed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  // Email leaves through the outbox: with SMTP configured, this process helps send it.
  let outboxWorker: OutboxWorker | undefined;
  if (env.SMTP_URL && env.MAIL_FROM) {
    outboxWorker = startOutboxWorker(db.db, { transport: createSmtpTransport(env.SMTP_URL), from: env.MAIL_FROM });
    console.log(`Sending email through ${describeSmtpUrl(env.SMTP_URL)}`);
  } else if (!env.demoMode) {
    console.warn("SMTP_URL is not set: emails are queued in the outbox table but not sent");
  }

  // Digests, expiry and clean-up run in every instance; each job is safe to run side by side.
  const jobs: JobRunner | undefined = env.JOBS_ENABLED ? startJobs(db.db, scheduledJobs(env, { onOpeningsClosed: () => pageCache.clear() })) : undefined;

  closeWithGrace({ delay: SHUTDOWN_DEADLINE_MS }, async ({ signal, err }) => {
    if (err) console.error(err);
    console.log(`Shutting down (${signal ?? "error"}): finishing requests in flight`);
    // The worker takes no new emails and finishes the one it is sending, while requests drain.
    const workerStopped = outboxWorker?.stop();
    const jobsStopped = jobs?.stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Idle keep-alive sockets would hold close() open until they time out.
      server.closeIdleConnections();
    });
    await workerStopped;
    await jobsStopped;
    await stopDatabase();
    console.log("Stopped cleanly");
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
