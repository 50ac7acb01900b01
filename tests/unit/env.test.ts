import { describe, expect, it } from "vitest";
import { parseEnv } from "~/utils/env.server";

/** A production-shaped key for settings that are not the demo. */
const PASSPORT_KEY = Buffer.alloc(32, 7).toString("base64");

describe("parseEnv", () => {
  it("defaults to the embedded database in demo mode on port 3000", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.demoMode).toBe(true);
  });

  it("treats a real PostgreSQL as production unless DEMO_MODE says otherwise", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db", PASSPORT_KEY }).demoMode).toBe(false);
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db", DEMO_MODE: "true" }).demoMode).toBe(true);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable in one error", () => {
    expect(() => parseEnv({ PORT: "http", DATABASE_URL: "mysql://x" })).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
  });

  it("requires a second factor for staff, employer and admin accounts in production, not in the demo", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db", PASSPORT_KEY }).requireSecondFactor).toBe(true);
    expect(parseEnv({}).requireSecondFactor).toBe(false);
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db", DEMO_MODE: "true" }).requireSecondFactor).toBe(false);
    expect(parseEnv({ REQUIRE_SECOND_FACTOR: "true" }).requireSecondFactor).toBe(true);
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db", PASSPORT_KEY, REQUIRE_SECOND_FACTOR: "false" }).requireSecondFactor).toBe(false);
    expect(() => parseEnv({ REQUIRE_SECOND_FACTOR: "sometimes" })).toThrow(/REQUIRE_SECOND_FACTOR/);
  });

  it("takes the passkey origin and domain from the settings, checking they fit together", () => {
    const env = parseEnv({ WEBAUTHN_ORIGIN: "https://jobs.example.org/", WEBAUTHN_RP_ID: "example.org" });
    expect(env.WEBAUTHN_ORIGIN).toBe("https://jobs.example.org");
    expect(env.WEBAUTHN_RP_ID).toBe("example.org");
    expect(parseEnv({}).WEBAUTHN_ORIGIN).toBeUndefined();
    expect(parseEnv({ WEBAUTHN_ORIGIN: "" }).WEBAUTHN_ORIGIN).toBeUndefined();
    expect(() => parseEnv({ WEBAUTHN_ORIGIN: "https://jobs.example.org/login" })).toThrow(/WEBAUTHN_ORIGIN/);
    expect(() => parseEnv({ WEBAUTHN_ORIGIN: "jobs.example.org" })).toThrow(/WEBAUTHN_ORIGIN/);
    expect(() => parseEnv({ WEBAUTHN_RP_ID: "https://example.org" })).toThrow(/WEBAUTHN_RP_ID/);
    expect(() => parseEnv({ WEBAUTHN_ORIGIN: "https://jobs.example.org", WEBAUTHN_RP_ID: "other.org" })).toThrow(/WEBAUTHN_RP_ID/);
    expect(() => parseEnv({ WEBAUTHN_ORIGIN: "https://badexample.org", WEBAUTHN_RP_ID: "example.org" })).toThrow(/WEBAUTHN_RP_ID/);
  });

  it("sends mail only when SMTP_URL is set, and then needs a sender", () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(parseEnv({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
    const env = parseEnv({ SMTP_URL: "smtps://user:pass@mail.example.org:465", MAIL_FROM: "无碍就业 <no-reply@example.org>" });
    expect(env.SMTP_URL).toBe("smtps://user:pass@mail.example.org:465");
    expect(env.MAIL_FROM).toBe("无碍就业 <no-reply@example.org>");
    expect(() => parseEnv({ SMTP_URL: "smtp://127.0.0.1:25" })).toThrow(/MAIL_FROM/);
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.org", MAIL_FROM: "a@b.example" })).toThrow(/SMTP_URL/);
  });

  it("knows its public address for links in emails sent by jobs", () => {
    expect(parseEnv({}).publicUrl).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    expect(parseEnv({ WEBAUTHN_ORIGIN: "https://jobs.example.org" }).publicUrl).toBe("https://jobs.example.org");
    expect(parseEnv({ PUBLIC_URL: "https://work.example.org/", WEBAUTHN_ORIGIN: "https://jobs.example.org" }).publicUrl).toBe("https://work.example.org");
    expect(() => parseEnv({ PUBLIC_URL: "https://work.example.org/jobs" })).toThrow(/PUBLIC_URL/);
  });

  it("checks file storage and job settings", () => {
    expect(parseEnv({})).toMatchObject({ FILE_STORAGE: "database", UPLOAD_MAX_MB: 10, JOBS_ENABLED: true });
    expect(parseEnv({ FILE_STORAGE: "disk", FILE_STORAGE_DIR: "/srv/files", JOBS_ENABLED: "false" })).toMatchObject({
      FILE_STORAGE: "disk",
      FILE_STORAGE_DIR: "/srv/files",
      JOBS_ENABLED: false,
    });
    expect(() => parseEnv({ FILE_STORAGE: "ftp" })).toThrow(/FILE_STORAGE/);
  });

  it("keeps the per-address sign-up and sign-in limits, which only a test server raises", () => {
    expect(parseEnv({})).toMatchObject({ SIGN_UP_LIMIT_PER_IP: 30, SIGN_IN_LIMIT_PER_IP: 50 });
    expect(parseEnv({ SIGN_IN_LIMIT_PER_IP: "100000" }).SIGN_IN_LIMIT_PER_IP).toBe(100_000);
    expect(() => parseEnv({ SIGN_IN_LIMIT_PER_IP: "0" })).toThrow(/SIGN_IN_LIMIT_PER_IP/);
  });

  it("requires a valid passport key outside demo mode, and keeps the retention period", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgres://u@h/db" })).toThrow(/PASSPORT_KEY/);
    expect(() => parseEnv({ PASSPORT_KEY: "c2hvcnQ=" })).toThrow(/PASSPORT_KEY/);
    expect(() => parseEnv({ PASSPORT_OLD_KEYS: "old:c2hvcnQ=" })).toThrow(/PASSPORT_OLD_KEYS/);
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db", NODE_ENV: "test" }).demoMode).toBe(false);
    expect(parseEnv({ PASSPORT_KEY, PASSPORT_OLD_KEYS: `old:${PASSPORT_KEY}` }).PASSPORT_KEY_ID).toBe("1");
    expect(parseEnv({}).APPLICATION_RETENTION_DAYS).toBe(365);
    expect(() => parseEnv({ APPLICATION_RETENTION_DAYS: "0" })).toThrow(/APPLICATION_RETENTION_DAYS/);
  });
});

describe("reading the environment", () => {
  it("happens when a setting is used, never when a module loads: the e2e tests import the seed with a production-shaped environment", async () => {
    const { spawnSync } = await import("node:child_process");
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "", NODE_ENV: "production", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" };
    const run = spawnSync(process.execPath, ["--import", "tsx", "-e", "await import('./db/seed.ts'); await import('./app/utils/rate-limits.server.ts')"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/Invalid environment/);
    expect(run.status).toBe(0);
  }, 60_000);
});
