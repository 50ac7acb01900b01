import { isIP } from "node:net";
import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** An optional text setting read by `parse`, which returns the value or a message saying what is wrong. */
function optionalParsed<T>(parse: (value: string | undefined) => T | string) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const parsed = parse(value);
      if (typeof parsed === "string") {
        ctx.addIssue({ code: "custom", message: parsed });
        return z.NEVER;
      }
      return parsed;
    });
}

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Read replicas of DATABASE_URL for public read-only pages (docs/decisions/020-read-replicas.md):
  // one or more postgres:// URLs separated by commas. Unset: every read goes to DATABASE_URL.
  DATABASE_READ_URL: optionalParsed(parseReadUrls),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // How long PostgreSQL work may take (docs/decisions/014-database-faults.md): opening a connection;
  // one statement of a page or API request; one statement of a background job or an import.
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  DB_JOB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(86_400_000).default(120_000),
  // Demo data, the demo inbox at /dev/outbox and the demo banner. Only when asked for: `npm start`
  // asks (the one-command demo); `npm run serve`, which deployments run, never turns it on by itself.
  DEMO_MODE: booleanString.optional(),
  // Which proxies may tell us the client's address and scheme (X-Forwarded-For/-Proto): off, a hop
  // count, or proxy addresses and CIDRs. Off by default: a client could otherwise pick its own
  // address and walk past every per-address limit.
  TRUST_PROXY: optionalParsed(parseTrustProxy),
  // Secure cookies need HTTPS. Set false only when production is served over plain HTTP on a
  // private network (for example the local demo with NODE_ENV=production).
  COOKIE_SECURE: booleanString.default(true),
  // Sign-ups allowed per IP address per hour. Offices that help many people share one address.
  // Seconds a public page rendered for visitors is reused (see app/utils/page-cache.server.ts); 0 turns it off.
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  // Seconds a cached public page is still served (marked X-Page-Cache: stale) while the database is
  // unavailable; 0 answers 503 at once.
  PAGE_CACHE_STALE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  // Memory the page cache may use, per app instance.
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  SIGN_UP_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(50),
  // Passkeys: the address people type (scheme, host and port, no path) and the domain passkeys are
  // bound to. Unset: PUBLIC_URL and its host.
  WEBAUTHN_ORIGIN: z
    .string()
    .refine(isOrigin, "WEBAUTHN_ORIGIN must be an origin such as https://jobs.example.org, with no path")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  WEBAUTHN_RP_ID: z
    .string()
    .regex(/^(localhost|([a-z0-9-]+\.)+[a-z]{2,}|([a-z0-9-]+\.)*xn--[a-z0-9-]+)$/, "WEBAUTHN_RP_ID must be a lower-case domain name such as example.org")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Staff, employer members and admins must confirm each sign-in with a passkey. Default: on,
  // except in demo mode.
  REQUIRE_SECOND_FACTOR: booleanString.optional(),
  // Outgoing mail. Unset: emails stay in the outbox table (shown at /dev/outbox in demo mode).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z
    .string()
    .regex(/@/, "MAIL_FROM must hold an email address, e.g. 无碍就业 <no-reply@example.org>")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Outgoing text messages: an HTTP gateway that takes {"to","text"} as JSON (outbox-worker.server.ts).
  // Unset: texts stay in the outbox table (shown at /dev/outbox in demo mode).
  SMS_WEBHOOK_URL: z
    .string()
    .regex(/^https?:\/\//, "SMS_WEBHOOK_URL must start with https:// (or http:// on a private network)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SMS_WEBHOOK_TOKEN: z
    .string()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // The portal's one public address: every absolute link (emails, feeds, sitemap, JSON-LD) is made
  // from it, never from a request's Host or X-Forwarded-* headers, and outside demo mode requests
  // for any other host are refused. Required outside demo mode; in the demo, http://localhost:PORT.
  PUBLIC_URL: z
    .string()
    .refine(isOrigin, "PUBLIC_URL must be an origin such as https://jobs.example.org, with no path")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // The portal's own contact addresses, shown on the help and accessibility pages. CONTACT_EMAIL is
  // required outside demo mode (people must be able to reach a person); ACCESSIBILITY_EMAIL, for
  // reports of barriers, defaults to it. In the demo: help@example.org and access@example.org.
  CONTACT_EMAIL: z
    .email("CONTACT_EMAIL must be an email address, e.g. help@jobs.example.org")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  ACCESSIBILITY_EMAIL: z
    .email("ACCESSIBILITY_EMAIL must be an email address, e.g. access@jobs.example.org")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Background jobs (digests, expiry, retention) run in every app instance unless turned off here.
  JOBS_ENABLED: booleanString.default(true),
  // Where uploaded files (licences, CVs, evidence) are kept: in PostgreSQL itself, or in a folder.
  // See docs/decisions/007-file-storage.md; an S3-compatible store fits the same interface.
  FILE_STORAGE: z.enum(["database", "disk"]).default("database"),
  FILE_STORAGE_DIR: z.string().min(1).default(".data/files"),
  // The largest upload accepted, in megabytes.
  UPLOAD_MAX_MB: z.coerce.number().min(0.1).max(100).default(10),
  // The accommodation passport's encryption key: 32 random bytes in base64 (`openssl rand -base64 32`).
  // Required outside demo mode. See docs/decisions/009-passport-encryption.md.
  PASSPORT_KEY: z
    .string()
    .refine(isKey, "PASSPORT_KEY must be 32 bytes in base64, e.g. from `openssl rand -base64 32`")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // A short name for PASSPORT_KEY, stored beside each passport so keys can be rotated.
  PASSPORT_KEY_ID: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, "PASSPORT_KEY_ID must be 1–32 letters, digits, - or _").default("1"),
  // Earlier keys still needed to read passports not yet re-encrypted: "id:base64,id:base64".
  PASSPORT_OLD_KEYS: z
    .string()
    .refine((v) => v.split(",").every((pair) => /^[A-Za-z0-9_-]{1,32}:/.test(pair) && isKey(pair.slice(pair.indexOf(":") + 1))), "PASSPORT_OLD_KEYS must be id:base64 pairs separated by commas")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Seconds an instance keeps serving after SIGTERM, with /healthz answering 503, so that a load
  // balancer stops sending to it before it stops accepting (docs/operations.md). 0 in tests.
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(60).default(5),
  // Processes serving the portal on this machine, sharing its port: 1, or the number of cores
  // (docs/decisions/021-one-process-per-core.md). More than 1 needs DATABASE_URL.
  WEB_CONCURRENCY: z.coerce.number().int().min(1, "WEB_CONCURRENCY must be a whole number from 1 to 64").max(64, "WEB_CONCURRENCY must be a whole number from 1 to 64").default(1),
  // Days an application to a closed or expired opening is kept after its last activity.
  APPLICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  // Streaming services whose players an event page may embed (docs/events.md): https origins
  // separated by commas, e.g. "https://player.live.example.cn". Each is allowed in the page's
  // Content-Security-Policy (frames, media, the HLS player's requests). Unset: no player is embedded,
  // and an event's page links to its stream instead.
  STREAM_EMBED_ORIGINS: optionalParsed(parseEmbedOrigins),
});

/** Express's `trust proxy` value: false (off), a hop count, or a list of addresses, CIDRs and named ranges. */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = ["loopback", "linklocal", "uniquelocal"];

/** Reads TRUST_PROXY; a string result is the reason it is refused. */
export function parseTrustProxy(value: string | undefined): TrustProxy | string {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "" || text === "off" || text === "false" || text === "no" || text === "0") return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? hops : "TRUST_PROXY: a hop count must be 10 or fewer";
  }
  if (text === "true" || text === "on" || text === "yes" || text === "all" || text === "*") {
    return "TRUST_PROXY: trusting every address would let any client choose its own; give a hop count or the proxies' addresses";
  }
  const entries = text.split(",").map((entry) => entry.trim());
  for (const entry of entries) {
    if (NAMED_RANGES.includes(entry)) continue;
    const [address = "", prefix, extra] = entry.split("/");
    const version = isIP(address);
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 6 ? 128 : 32));
    if (version === 0 || !prefixOk || extra !== undefined) {
      return `TRUST_PROXY: "${entry}" is not an address, a CIDR (10.0.0.0/8) or one of ${NAMED_RANGES.join(", ")}`;
    }
  }
  return entries;
}

/**
 * Reads DATABASE_READ_URL: the replicas' URLs, separated by commas (spaces around them and empty
 * entries are ignored); a string result is the reason it is refused. The message never repeats a
 * URL, which may hold a password.
 */
export function parseReadUrls(value: string | undefined): string[] | string {
  const urls = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const bad = urls.findIndex((url) => !/^postgres(ql)?:\/\//.test(url));
  if (bad >= 0) return `DATABASE_READ_URL: entry ${bad + 1} of ${urls.length} must start with postgres:// or postgresql:// (separate several with commas)`;
  return urls;
}

/** Reads STREAM_EMBED_ORIGINS: https origins separated by commas; a string result is the reason it is refused. */
export function parseEmbedOrigins(value: string | undefined): string[] | string {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim().replace(/\/$/, ""))
    .filter((entry) => entry !== "");
  const bad = entries.find((entry) => !isOrigin(entry) || !entry.startsWith("https://"));
  return bad === undefined ? entries : `STREAM_EMBED_ORIGINS: "${bad}" is not an https origin (such as https://player.example.cn, with no path); separate several with commas`;
}

/** True for a base64 string that decodes to exactly 32 bytes (an AES-256 key). */
function isKey(value: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(value.trim()) && Buffer.from(value.trim(), "base64").byteLength === 32;
}

/** True for "https://host[:port]" (or http) with nothing after it. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value.replace(/\/$/, "");
  } catch {
    return false;
  }
}

/** Validated configuration; read once at start so a bad setting fails fast with a clear message. */
export type Env = Omit<z.infer<typeof envSchema>, "WEBAUTHN_ORIGIN" | "TRUST_PROXY" | "CONTACT_EMAIL" | "ACCESSIBILITY_EMAIL"> & {
  demoMode: boolean;
  requireSecondFactor: boolean;
  /** The public origin, e.g. https://jobs.example.org (no trailing slash). */
  publicUrl: string;
  /** The passkeys' origin: WEBAUTHN_ORIGIN, else publicUrl. */
  WEBAUTHN_ORIGIN: string;
  TRUST_PROXY: TrustProxy;
  /** Where people write to the portal (help page). */
  CONTACT_EMAIL: string;
  /** Where people report an accessibility barrier (accessibility page). */
  ACCESSIBILITY_EMAIL: string;
};

/** Parses and validates the environment, throwing a readable error listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => (issue.message.startsWith(`${issue.path.join(".")}:`) ? `  ${issue.message}` : `  ${issue.path.join(".")}: ${issue.message}`));
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  const parsed = result.data;
  const production = parsed.NODE_ENV === "production";
  // A deployment that forgot DATABASE_URL must not quietly become a demo (with its public inbox)
  // or keep real data in a local folder: it stops and says what to set.
  if (production && !parsed.DATABASE_URL && parsed.DEMO_MODE === undefined) {
    throw new Error(
      "Invalid environment:\n  DATABASE_URL: not set. Set DATABASE_URL to your PostgreSQL database, or DEMO_MODE=true for the demo on the embedded database (`npm start` does this for you).",
    );
  }
  // Replicas copy a PostgreSQL server; the embedded database has none, and it would be a mistake to
  // send public pages to another database than the one the portal writes.
  if (parsed.DATABASE_READ_URL.length > 0 && !parsed.DATABASE_URL) {
    throw new Error(
      "Invalid environment:\n  DATABASE_READ_URL: needs DATABASE_URL. Read replicas are copies of the PostgreSQL server in DATABASE_URL; the embedded database (PGlite) has none. Set DATABASE_URL, or unset DATABASE_READ_URL.",
    );
  }
  // The embedded database lives inside one process: a second process could not open its folder.
  if (parsed.WEB_CONCURRENCY > 1 && !parsed.DATABASE_URL) {
    throw new Error(
      "Invalid environment:\n  WEB_CONCURRENCY: above 1 needs DATABASE_URL. The embedded database (PGlite) lives inside one process, so several processes need PostgreSQL. Set DATABASE_URL, or WEB_CONCURRENCY=1.",
    );
  }
  const demoMode = parsed.DEMO_MODE ?? false;
  const strict = !demoMode && parsed.NODE_ENV !== "test";
  // Outside the demo (and tests), sensitive data is never encrypted with a key anyone can read in our source.
  if (strict && !parsed.PASSPORT_KEY) {
    throw new Error("Invalid environment:\n  PASSPORT_KEY: required outside demo mode (32 bytes in base64, e.g. from `openssl rand -base64 32`)");
  }
  if (strict && !parsed.PUBLIC_URL) {
    throw new Error("Invalid environment:\n  PUBLIC_URL: required outside demo mode: the address people use, e.g. https://jobs.example.org (links in emails and feeds are made from it, and requests for other hosts are refused)");
  }
  if (strict && !parsed.CONTACT_EMAIL) {
    throw new Error("Invalid environment:\n  CONTACT_EMAIL: required outside demo mode: the address the help page gives people to write to, e.g. help@jobs.example.org");
  }
  const publicUrl = parsed.PUBLIC_URL?.replace(/\/$/, "") ?? `http://localhost:${parsed.PORT}`;
  const origin = parsed.WEBAUTHN_ORIGIN?.replace(/\/$/, "") ?? publicUrl;
  const host = new URL(origin).hostname;
  // A passkey's domain must be the site's own host or a parent domain of it (WebAuthn's rule).
  if (parsed.WEBAUTHN_RP_ID && host !== parsed.WEBAUTHN_RP_ID && !host.endsWith(`.${parsed.WEBAUTHN_RP_ID}`)) {
    throw new Error(`Invalid environment:\n  WEBAUTHN_RP_ID: must be ${host} or a parent domain of it (from ${parsed.WEBAUTHN_ORIGIN ? "WEBAUTHN_ORIGIN" : "PUBLIC_URL"})`);
  }
  if (parsed.SMTP_URL && !parsed.MAIL_FROM) {
    throw new Error("Invalid environment:\n  MAIL_FROM: required when SMTP_URL is set (the sender of every email)");
  }
  return {
    ...parsed,
    WEBAUTHN_ORIGIN: origin,
    TRUST_PROXY: parsed.TRUST_PROXY,
    demoMode,
    requireSecondFactor: parsed.REQUIRE_SECOND_FACTOR ?? !demoMode,
    publicUrl,
    CONTACT_EMAIL: parsed.CONTACT_EMAIL ?? "help@example.org",
    ACCESSIBILITY_EMAIL: parsed.ACCESSIBILITY_EMAIL ?? parsed.CONTACT_EMAIL ?? "access@example.org",
  };
}

let cached: Env | undefined;

/** The process's validated environment. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
