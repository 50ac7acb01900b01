import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DEMO_MODE: booleanString.optional(),
  // Secure cookies need HTTPS. Set false only when production is served over plain HTTP on a
  // private network (for example the local demo with NODE_ENV=production).
  COOKIE_SECURE: booleanString.default(true),
  // Sign-ups allowed per IP address per hour. Offices that help many people share one address.
  // Seconds a public page rendered for visitors is reused (see app/utils/page-cache.server.ts); 0 turns it off.
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  // Memory the page cache may use, per app instance.
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  SIGN_UP_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(50),
  // Passkeys: the address people type (scheme, host and port, no path) and the domain passkeys are
  // bound to. Unset: both come from each request's own address, which is right for the demo.
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
  // The portal's public address, for links in emails sent by background jobs (no request to ask).
  // Unset: WEBAUTHN_ORIGIN, or http://localhost:PORT.
  PUBLIC_URL: z
    .string()
    .refine(isOrigin, "PUBLIC_URL must be an origin such as https://jobs.example.org, with no path")
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
  // Days an application to a closed or expired opening is kept after its last activity.
  APPLICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
});

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
export type Env = z.infer<typeof envSchema> & { demoMode: boolean; requireSecondFactor: boolean; publicUrl: string };

/** Parses and validates the environment, throwing a readable error listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  const parsed = result.data;
  const origin = parsed.WEBAUTHN_ORIGIN?.replace(/\/$/, "");
  const host = origin ? new URL(origin).hostname : undefined;
  // A passkey's domain must be the site's own host or a parent domain of it (WebAuthn's rule).
  if (host && parsed.WEBAUTHN_RP_ID && host !== parsed.WEBAUTHN_RP_ID && !host.endsWith(`.${parsed.WEBAUTHN_RP_ID}`)) {
    throw new Error(`Invalid environment:\n  WEBAUTHN_RP_ID: must be ${host} or a parent domain of it (from WEBAUTHN_ORIGIN)`);
  }
  if (parsed.SMTP_URL && !parsed.MAIL_FROM) {
    throw new Error("Invalid environment:\n  MAIL_FROM: required when SMTP_URL is set (the sender of every email)");
  }
  // The embedded database is the demo; a real PostgreSQL is production unless told otherwise.
  const demoMode = parsed.DEMO_MODE ?? !parsed.DATABASE_URL;
  // Outside the demo (and tests), sensitive data is never encrypted with a key anyone can read in our source.
  if (!demoMode && parsed.NODE_ENV !== "test" && !parsed.PASSPORT_KEY) {
    throw new Error("Invalid environment:\n  PASSPORT_KEY: required outside demo mode (32 bytes in base64, e.g. from `openssl rand -base64 32`)");
  }
  const publicUrl = parsed.PUBLIC_URL?.replace(/\/$/, "") ?? origin ?? `http://localhost:${parsed.PORT}`;
  return { ...parsed, WEBAUTHN_ORIGIN: origin, demoMode, requireSecondFactor: parsed.REQUIRE_SECOND_FACTOR ?? !demoMode, publicUrl };
}

let cached: Env | undefined;

/** The process's validated environment. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
