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
  SIGN_UP_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
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
});

/** Validated configuration; read once at start so a bad setting fails fast with a clear message. */
export type Env = z.infer<typeof envSchema> & { demoMode: boolean };

/** Parses and validates the environment, throwing a readable error listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  const parsed = result.data;
  if (parsed.SMTP_URL && !parsed.MAIL_FROM) {
    throw new Error("Invalid environment:\n  MAIL_FROM: required when SMTP_URL is set (the sender of every email)");
  }
  // The embedded database is the demo; a real PostgreSQL is production unless told otherwise.
  return { ...parsed, demoMode: parsed.DEMO_MODE ?? !parsed.DATABASE_URL };
}

let cached: Env | undefined;

/** The process's validated environment. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
