// The production HTTP server. The classic compiler bundles this file with the app into
// build/index.js (see remix.config.js), so `npm run serve` is a single `node` process.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import * as build from "@remix-run/dev/server-build";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { isDatabaseUnavailable } from "../db/errors";
import { isDatabaseEmpty, seedDemoData } from "../db/seed";
import { startDatabase, stopDatabase } from "./utils/db.server";
import { getEnv } from "./utils/env.server";
import { stopLiveHub } from "./services/live-updates.server";
import { createDrainState, createGracefulShutdown, shutdownOnSignals } from "./utils/graceful-shutdown.server";
import { createPageCache } from "./utils/page-cache.server";
import { isSupervisor, stopWhenSupervisorGone, superviseWorkers } from "./utils/processes.server";
import { startJobs, type JobRunner } from "./services/jobs/jobs.server";
import {
  createSmtpTransport,
  createWebhookSmsSender,
  describeSmtpUrl,
  startOutboxWorker,
  startSmsWorker,
  type OutboxWorker,
} from "./services/jobs/outbox-worker.server";
import { reportDatabaseError, RETRY_AFTER_SECONDS } from "./utils/outage.server";
import { createRemixHandler } from "./utils/remix-handler.server";
import { crossSiteGuard, hostGuard, methodGuard } from "./utils/request-guards.server";
import { scheduledJobs } from "./services/jobs/scheduled-jobs.server";

// After the drain, stopping (requests in flight, background rounds, the pool) may take this long;
// with the default drain of 5 s a deploy's instance is gone within 10 s of SIGTERM.
const SHUTDOWN_STOP_MS = 4_500;

// A bad or missing setting stops the server here, with the message that names it and nothing else.
const env = (() => {
  try {
    return getEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
})();
const isDev = env.NODE_ENV === "development";

const nonceSource = (_req: unknown, res: unknown) => `'nonce-${(res as express.Response).locals.cspNonce as string}'`;

const app = express();
app.disable("x-powered-by");
// Before anything else: once a deploy has sent SIGTERM, /healthz says 503 and every response
// closes its connection (see utils/graceful-shutdown.server.ts).
const drain = createDrainState();
app.use(drain.middleware);
// The client's address (per-address limits) comes from X-Forwarded-For only when it is sent by a
// proxy named in TRUST_PROXY; by default nobody's (see docs/decisions/013-trust-boundary.md).
app.set("trust proxy", env.TRUST_PROXY);
// Server-sent events (an event's live room) go out as written: compression would hold them back.
app.use(compression({ filter: (req, res) => !String(res.getHeader("Content-Type") ?? "").startsWith("text/event-stream") && compression.filter(req, res) }));

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
        "connect-src": [...(isDev ? ["'self'", "ws:"] : ["'self'"]), ...env.STREAM_EMBED_ORIGINS],
        // Players of the streaming services the deployment allows (STREAM_EMBED_ORIGINS): their player
        // pages in a frame, and HLS streams in the page's own video player (blob: is its media source).
        "frame-src": ["'self'", ...env.STREAM_EMBED_ORIGINS],
        "media-src": ["'self'", "blob:", ...env.STREAM_EMBED_ORIGINS],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
      },
    },
    // Browsers keep to HTTPS for a year once they have seen the portal over it. Only when the
    // public address is https: the local demo is plain HTTP.
    strictTransportSecurity: env.publicUrl.startsWith("https:") ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  }),
);
app.use((_req, res, next) => {
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  next();
});

// Before anything else looks at a request: its method, the host it names (outside demo mode, only
// PUBLIC_URL's), and whether a browser sent it from another site. See utils/request-guards.server.ts.
app.use(methodGuard(env));
app.use(hostGuard(env));
app.use(crossSiteGuard(env));

// Public pages for visitors are reused for a few seconds; any successful write empties the cache.
// While the database is unavailable, pages it holds stand in for the 503 (stale-if-error).
const pageCache = createPageCache({ ttlMs: env.PAGE_CACHE_SECONDS * 1000, staleMs: env.PAGE_CACHE_STALE_SECONDS * 1000, maxBytes: env.PAGE_CACHE_MB * 1024 * 1024 });
app.use(pageCache.middleware);

// Fingerprinted build assets can be cached forever; other public files for an hour.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y", index: false }));
app.use(express.static("public", { maxAge: "1h", index: false }));

// The app itself, with a URL built on PUBLIC_URL and a body within its limit (413 otherwise).
app.all(
  "*",
  createRemixHandler({
    build,
    mode: build.mode,
    env,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      form: { hasErrors: false },
      clientIp: req.ip ?? "unknown",
    }),
  }),
);

// Last resort: never show a stack trace.
app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  if (isDatabaseUnavailable(error)) {
    reportDatabaseError(error, "[server]");
    if (!res.headersSent) res.status(503).set("Retry-After", String(RETRY_AFTER_SECONDS)).set("Cache-Control", "no-store").type("text/plain; charset=utf-8").send("503 Service Unavailable / 网站暂时无法使用，请稍后再试");
    return;
  }
  console.error(error);
  if (!res.headersSent) res.status(500).type("text/plain; charset=utf-8").send("500 Internal Server Error / 服务器内部错误");
});

async function main() {
  if (env.demoMode) {
    console.warn("Demo mode (DEMO_MODE=true): demo data, the demo inbox at /dev/outbox and the demo banner are on. Never use it for real people.");
  } else if (!env.DATABASE_URL) {
    console.warn("DEMO_MODE=false on the embedded database: fine for trials and tests, but set DATABASE_URL for real use.");
  }
  const db = await startDatabase();
  // The demo fills an empty database with its organisations and openings, and never touches a used one.
  if (env.demoMode && (await isDatabaseEmpty(db.db))) {
    const counts = await seedDemoData(db.db);
    console.log(`[db] seeded demo data: ${counts.organisations} organisations, ${counts.openings} openings`);
  }
  const server: Server = app.listen(env.PORT, env.HOST, () => {
    const where = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST;
    const replicas = db.readReplicas > 0 ? `, public reads on ${db.readReplicas} read replica${db.readReplicas === 1 ? "" : "s"}` : "";
    console.log(`AccessWork is running at http://${where}:${env.PORT} (database: ${db.driver}${replicas})`);
  });
  // Slow clients on poor networks are normal for our users; only idle sockets are trimmed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  // Email leaves through the outbox: with SMTP configured, this process helps send it.
  let outboxWorker: OutboxWorker | undefined;
  if (env.SMTP_URL && env.MAIL_FROM) {
    outboxWorker = startOutboxWorker(db.jobsDb, { transport: createSmtpTransport(env.SMTP_URL), from: env.MAIL_FROM });
    console.log(`Sending email through ${describeSmtpUrl(env.SMTP_URL)}`);
  } else if (!env.demoMode) {
    console.warn("SMTP_URL is not set: emails are queued in the outbox table but not sent");
  }
  // Text messages (mobile sign-up codes, and notices for those who chose them) likewise.
  let smsWorker: OutboxWorker | undefined;
  if (env.SMS_WEBHOOK_URL) {
    smsWorker = startSmsWorker(db.jobsDb, { sender: createWebhookSmsSender(env.SMS_WEBHOOK_URL, env.SMS_WEBHOOK_TOKEN) });
    console.log(`Sending text messages through ${new URL(env.SMS_WEBHOOK_URL).host}`);
  } else if (!env.demoMode) {
    console.warn("SMS_WEBHOOK_URL is not set: text messages are queued in the outbox table but not sent");
  }

  // Digests, expiry and clean-up run in every instance; each job is safe to run side by side.
  const jobs: JobRunner | undefined = env.JOBS_ENABLED ? startJobs(db.jobsDb, scheduledJobs(env, { onOpeningsClosed: () => pageCache.clear() })) : undefined;

  const { shutdown } = createGracefulShutdown(server, drain, {
    drainMs: env.SHUTDOWN_DRAIN_SECONDS * 1000,
    stopMs: SHUTDOWN_STOP_MS,
    // The worker takes no new emails and finishes the one it is sending; jobs finish their round.
    stopBackground: () => [
      { name: "the outbox worker", done: outboxWorker?.stop() },
      { name: "the text-message worker", done: smsWorker?.stop() },
      { name: "the background jobs", done: jobs?.stop() },
      { name: "the live events' streams", done: stopLiveHub() },
    ],
    closeDatabase: stopDatabase,
  });
  shutdownOnSignals(shutdown);
  stopWhenSupervisorGone(() => void shutdown("the supervisor is gone", 0));
}

// With WEB_CONCURRENCY above 1 this process only starts and watches that many workers, each of
// which runs main() (docs/decisions/021-one-process-per-core.md).
if (isSupervisor(env.WEB_CONCURRENCY)) {
  superviseWorkers(env.WEB_CONCURRENCY);
} else {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
