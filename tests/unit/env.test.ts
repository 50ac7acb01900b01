import { describe, expect, it } from "vitest";
import { embedAllowed, streamKind } from "~/domain/event";
import { parseEmbedOrigins, parseEnv, parseTrustProxy } from "~/utils/env.server";

/** A production-shaped key for settings that are not the demo. */
const PASSPORT_KEY = Buffer.alloc(32, 7).toString("base64");
/** What a production server needs at least. */
const PRODUCTION = { DATABASE_URL: "postgres://u@h/db", PASSPORT_KEY, PUBLIC_URL: "https://jobs.example.org", CONTACT_EMAIL: "help@jobs.example.org" };
/** The one-command demo, as `npm start` runs it. */
const DEMO = { DEMO_MODE: "true" };

describe("parseEnv", () => {
  it("runs the demo on the embedded database on port 3000 when asked", () => {
    const env = parseEnv(DEMO);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.demoMode).toBe(true);
  });

  it("is never in demo mode unless DEMO_MODE says so (issue 16, finding 9)", () => {
    expect(parseEnv(PRODUCTION).demoMode).toBe(false);
    expect(parseEnv({ ...PRODUCTION, DEMO_MODE: "true" }).demoMode).toBe(true);
    // Explicitly off on the embedded database: a trial or a test server, not the demo.
    expect(parseEnv({ DEMO_MODE: "false", PASSPORT_KEY, PUBLIC_URL: "http://127.0.0.1:3400", CONTACT_EMAIL: "help@example.org" }).demoMode).toBe(false);
    expect(parseEnv({ NODE_ENV: "test" }).demoMode).toBe(false);
  });

  it("stops a production server that has no DATABASE_URL and no explicit DEMO_MODE, saying what to set", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL[\s\S]*DEMO_MODE=true/);
    expect(() => parseEnv({ NODE_ENV: "production", PASSPORT_KEY, PUBLIC_URL: "https://jobs.example.org" })).toThrow(/DEMO_MODE=true/);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ ...DEMO, DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("reads DATABASE_READ_URL as a list of PostgreSQL replicas, only beside DATABASE_URL (issue 18, item 4)", () => {
    expect(parseEnv(PRODUCTION).DATABASE_READ_URL).toEqual([]);
    expect(parseEnv({ ...PRODUCTION, DATABASE_READ_URL: "" }).DATABASE_READ_URL).toEqual([]);
    expect(parseEnv({ ...PRODUCTION, DATABASE_READ_URL: "postgres://u@replica-1/db" }).DATABASE_READ_URL).toEqual(["postgres://u@replica-1/db"]);
    // Spaces around entries and a trailing comma are forgiven.
    expect(parseEnv({ ...PRODUCTION, DATABASE_READ_URL: " postgres://u@replica-1/db, postgresql://u:secret@replica-2:5433/db," }).DATABASE_READ_URL).toEqual([
      "postgres://u@replica-1/db",
      "postgresql://u:secret@replica-2:5433/db",
    ]);
    // Each entry is checked like DATABASE_URL, and the message names the entry, never its text (a password).
    const bad = () => parseEnv({ ...PRODUCTION, DATABASE_READ_URL: "postgres://u@replica-1/db,mysql://u:hunter2@replica-2/db" });
    expect(bad).toThrow(/DATABASE_READ_URL: entry 2 of 2 must start with postgres:\/\//);
    expect(bad).not.toThrow(/hunter2/);
    // With the embedded database there is nothing to replicate: a clear stop at start.
    expect(() => parseEnv({ ...DEMO, DATABASE_READ_URL: "postgres://u@replica-1/db" })).toThrow(/DATABASE_READ_URL: needs DATABASE_URL[\s\S]*PGlite/);
    expect(() => parseEnv({ NODE_ENV: "test", DATABASE_READ_URL: "postgres://u@replica-1/db" })).toThrow(/DATABASE_READ_URL: needs DATABASE_URL/);
  });

  it("names every bad variable in one error", () => {
    expect(() => parseEnv({ PORT: "http", DATABASE_URL: "mysql://x" })).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
  });

  it("requires a second factor for staff, employer and admin accounts in production, not in the demo", () => {
    expect(parseEnv(PRODUCTION).requireSecondFactor).toBe(true);
    expect(parseEnv(DEMO).requireSecondFactor).toBe(false);
    expect(parseEnv({ ...PRODUCTION, DEMO_MODE: "true" }).requireSecondFactor).toBe(false);
    expect(parseEnv({ ...DEMO, REQUIRE_SECOND_FACTOR: "true" }).requireSecondFactor).toBe(true);
    expect(parseEnv({ ...PRODUCTION, REQUIRE_SECOND_FACTOR: "false" }).requireSecondFactor).toBe(false);
    expect(() => parseEnv({ ...DEMO, REQUIRE_SECOND_FACTOR: "sometimes" })).toThrow(/REQUIRE_SECOND_FACTOR/);
  });

  it("takes the passkey origin from the settings, by default the public address, checking the domain fits", () => {
    const env = parseEnv({ ...DEMO, WEBAUTHN_ORIGIN: "https://jobs.example.org/", WEBAUTHN_RP_ID: "example.org" });
    expect(env.WEBAUTHN_ORIGIN).toBe("https://jobs.example.org");
    expect(env.WEBAUTHN_RP_ID).toBe("example.org");
    expect(parseEnv(DEMO).WEBAUTHN_ORIGIN).toBe("http://localhost:3000");
    expect(parseEnv({ ...DEMO, WEBAUTHN_ORIGIN: "" }).WEBAUTHN_ORIGIN).toBe("http://localhost:3000");
    expect(parseEnv(PRODUCTION).WEBAUTHN_ORIGIN).toBe("https://jobs.example.org");
    expect(parseEnv({ ...PRODUCTION, WEBAUTHN_RP_ID: "example.org" }).WEBAUTHN_RP_ID).toBe("example.org");
    expect(() => parseEnv({ ...DEMO, WEBAUTHN_ORIGIN: "https://jobs.example.org/login" })).toThrow(/WEBAUTHN_ORIGIN/);
    expect(() => parseEnv({ ...DEMO, WEBAUTHN_ORIGIN: "jobs.example.org" })).toThrow(/WEBAUTHN_ORIGIN/);
    expect(() => parseEnv({ ...DEMO, WEBAUTHN_RP_ID: "https://example.org" })).toThrow(/WEBAUTHN_RP_ID/);
    expect(() => parseEnv({ ...DEMO, WEBAUTHN_ORIGIN: "https://jobs.example.org", WEBAUTHN_RP_ID: "other.org" })).toThrow(/WEBAUTHN_RP_ID/);
    expect(() => parseEnv({ ...DEMO, WEBAUTHN_ORIGIN: "https://badexample.org", WEBAUTHN_RP_ID: "example.org" })).toThrow(/WEBAUTHN_RP_ID/);
    expect(() => parseEnv({ ...PRODUCTION, WEBAUTHN_RP_ID: "other.org" })).toThrow(/WEBAUTHN_RP_ID[\s\S]*PUBLIC_URL/);
  });

  it("sends mail only when SMTP_URL is set, and then needs a sender", () => {
    expect(parseEnv(DEMO).SMTP_URL).toBeUndefined();
    expect(parseEnv({ ...DEMO, SMTP_URL: "" }).SMTP_URL).toBeUndefined();
    const env = parseEnv({ ...DEMO, SMTP_URL: "smtps://user:pass@mail.example.org:465", MAIL_FROM: "无碍就业 <no-reply@example.org>" });
    expect(env.SMTP_URL).toBe("smtps://user:pass@mail.example.org:465");
    expect(env.MAIL_FROM).toBe("无碍就业 <no-reply@example.org>");
    expect(() => parseEnv({ ...DEMO, SMTP_URL: "smtp://127.0.0.1:25" })).toThrow(/MAIL_FROM/);
    expect(() => parseEnv({ ...DEMO, SMTP_URL: "http://mail.example.org", MAIL_FROM: "a@b.example" })).toThrow(/SMTP_URL/);
  });

  it("gives the portal's own contact addresses from configuration: CONTACT_EMAIL required outside demo mode (issue 19)", () => {
    expect(parseEnv(PRODUCTION)).toMatchObject({ CONTACT_EMAIL: "help@jobs.example.org", ACCESSIBILITY_EMAIL: "help@jobs.example.org" });
    expect(parseEnv({ ...PRODUCTION, ACCESSIBILITY_EMAIL: "access@jobs.example.org" }).ACCESSIBILITY_EMAIL).toBe("access@jobs.example.org");
    expect(() => parseEnv({ ...PRODUCTION, CONTACT_EMAIL: undefined })).toThrow(/CONTACT_EMAIL: required outside demo mode/);
    expect(() => parseEnv({ ...PRODUCTION, CONTACT_EMAIL: "not an address" })).toThrow(/CONTACT_EMAIL must be an email address/);
    // The demo needs no setting: its example addresses.
    expect(parseEnv(DEMO)).toMatchObject({ CONTACT_EMAIL: "help@example.org", ACCESSIBILITY_EMAIL: "access@example.org" });
  });

  it("has one public address: PUBLIC_URL, required outside demo mode, http://localhost:PORT in the demo (finding 1)", () => {
    expect(parseEnv(DEMO).publicUrl).toBe("http://localhost:3000");
    expect(parseEnv({ ...DEMO, PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    // The passkey origin no longer stands in for it.
    expect(parseEnv({ ...DEMO, WEBAUTHN_ORIGIN: "https://jobs.example.org" }).publicUrl).toBe("http://localhost:3000");
    expect(parseEnv({ ...PRODUCTION, PUBLIC_URL: "https://work.example.org/" }).publicUrl).toBe("https://work.example.org");
    expect(() => parseEnv({ ...PRODUCTION, PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL: required outside demo mode/);
    expect(() => parseEnv({ ...PRODUCTION, PUBLIC_URL: "https://work.example.org/jobs" })).toThrow(/PUBLIC_URL/);
    expect(() => parseEnv({ ...PRODUCTION, PUBLIC_URL: "ftp://work.example.org" })).toThrow(/PUBLIC_URL/);
  });

  it("checks file storage and job settings", () => {
    expect(parseEnv(DEMO)).toMatchObject({ FILE_STORAGE: "database", UPLOAD_MAX_MB: 10, JOBS_ENABLED: true });
    expect(parseEnv({ ...DEMO, FILE_STORAGE: "disk", FILE_STORAGE_DIR: "/srv/files", JOBS_ENABLED: "false" })).toMatchObject({
      FILE_STORAGE: "disk",
      FILE_STORAGE_DIR: "/srv/files",
      JOBS_ENABLED: false,
    });
    expect(() => parseEnv({ ...DEMO, FILE_STORAGE: "ftp" })).toThrow(/FILE_STORAGE/);
  });

  it("drains for 5 s after SIGTERM unless told otherwise (0 in tests), and refuses a drain beyond a minute (issue 15)", () => {
    expect(parseEnv(DEMO).SHUTDOWN_DRAIN_SECONDS).toBe(5);
    expect(parseEnv({ ...DEMO, SHUTDOWN_DRAIN_SECONDS: "0" }).SHUTDOWN_DRAIN_SECONDS).toBe(0);
    expect(parseEnv({ ...DEMO, SHUTDOWN_DRAIN_SECONDS: "12.5" }).SHUTDOWN_DRAIN_SECONDS).toBe(12.5);
    expect(() => parseEnv({ ...DEMO, SHUTDOWN_DRAIN_SECONDS: "-1" })).toThrow(/SHUTDOWN_DRAIN_SECONDS/);
    expect(() => parseEnv({ ...DEMO, SHUTDOWN_DRAIN_SECONDS: "61" })).toThrow(/SHUTDOWN_DRAIN_SECONDS/);
    expect(() => parseEnv({ ...DEMO, SHUTDOWN_DRAIN_SECONDS: "soon" })).toThrow(/SHUTDOWN_DRAIN_SECONDS/);
  });

  it("runs one process unless WEB_CONCURRENCY says more, and more only on PostgreSQL (issue 18)", () => {
    expect(parseEnv(DEMO).WEB_CONCURRENCY).toBe(1);
    expect(parseEnv({ ...PRODUCTION, WEB_CONCURRENCY: "2" }).WEB_CONCURRENCY).toBe(2);
    // The embedded database lives inside one process: the message says what to set instead.
    expect(() => parseEnv({ ...DEMO, WEB_CONCURRENCY: "2" })).toThrow(/WEB_CONCURRENCY: above 1 needs DATABASE_URL/);
    expect(parseEnv({ ...DEMO, WEB_CONCURRENCY: "1" }).WEB_CONCURRENCY).toBe(1);
    for (const bad of ["0", "1.5", "65", "all"]) expect(() => parseEnv({ ...PRODUCTION, WEB_CONCURRENCY: bad }), bad).toThrow(/WEB_CONCURRENCY/);
  });

  it("keeps the per-address sign-up and sign-in limits, which only a test server raises", () => {
    expect(parseEnv(DEMO)).toMatchObject({ SIGN_UP_LIMIT_PER_IP: 30, SIGN_IN_LIMIT_PER_IP: 50 });
    expect(parseEnv({ ...DEMO, SIGN_IN_LIMIT_PER_IP: "100000" }).SIGN_IN_LIMIT_PER_IP).toBe(100_000);
    expect(() => parseEnv({ ...DEMO, SIGN_IN_LIMIT_PER_IP: "0" })).toThrow(/SIGN_IN_LIMIT_PER_IP/);
  });

  it("requires a valid passport key outside demo mode, and keeps the retention period", () => {
    expect(() => parseEnv({ ...PRODUCTION, PASSPORT_KEY: undefined })).toThrow(/PASSPORT_KEY/);
    expect(() => parseEnv({ ...DEMO, PASSPORT_KEY: "c2hvcnQ=" })).toThrow(/PASSPORT_KEY/);
    expect(() => parseEnv({ ...DEMO, PASSPORT_OLD_KEYS: "old:c2hvcnQ=" })).toThrow(/PASSPORT_OLD_KEYS/);
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db", NODE_ENV: "test" }).demoMode).toBe(false);
    expect(parseEnv({ ...DEMO, PASSPORT_KEY, PASSPORT_OLD_KEYS: `old:${PASSPORT_KEY}` }).PASSPORT_KEY_ID).toBe("1");
    expect(parseEnv(DEMO).APPLICATION_RETENTION_DAYS).toBe(365);
    expect(() => parseEnv({ ...DEMO, APPLICATION_RETENTION_DAYS: "0" })).toThrow(/APPLICATION_RETENTION_DAYS/);
  });

  it("trusts no proxy unless TRUST_PROXY names it (finding 4)", () => {
    expect(parseEnv(PRODUCTION).TRUST_PROXY).toBe(false);
    expect(parseEnv({ ...PRODUCTION, TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ ...PRODUCTION, TRUST_PROXY: "10.0.0.5, 10.1.0.0/16" }).TRUST_PROXY).toEqual(["10.0.0.5", "10.1.0.0/16"]);
    expect(() => parseEnv({ ...PRODUCTION, TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ ...PRODUCTION, TRUST_PROXY: "proxy.example.org" })).toThrow(/TRUST_PROXY: "proxy.example.org"/);
  });
});

describe("parseTrustProxy", () => {
  it("reads off, a hop count, or addresses, CIDRs and named ranges", () => {
    for (const off of [undefined, "", "off", "false", "no", "0", " OFF "]) expect(parseTrustProxy(off), String(off)).toBe(false);
    expect(parseTrustProxy("2")).toBe(2);
    expect(parseTrustProxy("loopback")).toEqual(["loopback"]);
    expect(parseTrustProxy("127.0.0.1,::1,fd00::/8,uniquelocal,linklocal")).toEqual(["127.0.0.1", "::1", "fd00::/8", "uniquelocal", "linklocal"]);
  });

  it("refuses anything that would trust every client, or that is not an address", () => {
    for (const bad of ["true", "all", "*", "11", "10.0.0.0/33", "::/129", "10.0.0.1/8/1", "nginx", "10.0.0.256", "loopback,,"]) {
      expect(typeof parseTrustProxy(bad), bad).toBe("string");
    }
  });
});

describe("STREAM_EMBED_ORIGINS and the players it allows", () => {
  it("reads https origins separated by commas, and refuses anything else", () => {
    expect(parseEmbedOrigins(undefined)).toEqual([]);
    expect(parseEmbedOrigins(" https://player.live.example.cn/ , https://v.example.com:8443 ,")).toEqual(["https://player.live.example.cn", "https://v.example.com:8443"]);
    for (const bad of ["http://player.example.cn", "https://player.example.cn/live", "player.example.cn", "https://"]) expect(typeof parseEmbedOrigins(bad), bad).toBe("string");
    expect(() => parseEnv({ NODE_ENV: "test", STREAM_EMBED_ORIGINS: "http://insecure.example" })).toThrow(/STREAM_EMBED_ORIGINS/);
    expect(parseEnv({ NODE_ENV: "test" }).STREAM_EMBED_ORIGINS).toEqual([]);
  });

  it("allows a player only on an allowed origin, over https, and tells HLS from a player page", () => {
    const allowed = ["https://player.live.example.cn"];
    expect(embedAllowed("https://player.live.example.cn/a/index.m3u8", allowed)).toBe(true);
    expect(embedAllowed("https://player.live.example.cn.evil.example/a", allowed)).toBe(false);
    expect(embedAllowed("https://other.example.cn/a", allowed)).toBe(false);
    expect(embedAllowed("not a url", allowed)).toBe(false);
    expect(embedAllowed("https://player.live.example.cn/a", [])).toBe(false);
    expect(streamKind("https://player.live.example.cn/a/INDEX.M3U8?token=1")).toBe("hls");
    expect(streamKind("https://player.live.example.cn/embed/8")).toBe("page");
  });
});

describe("reading the environment", () => {
  it("happens when a setting is used, never when a module loads: the e2e tests import the seed with a production-shaped environment", async () => {
    const { spawnSync } = await import("node:child_process");
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "", NODE_ENV: "production", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" };
    const run = spawnSync(process.execPath, ["--import", "tsx", "-e", "await import('./db/seed.ts'); await import('./app/services/rate-limits.server.ts')"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/Invalid environment/);
    expect(run.status).toBe(0);
  }, 60_000);
});
