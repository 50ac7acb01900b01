import { describe, expect, it } from "vitest";
import { parseEnv } from "~/utils/env.server";

describe("parseEnv", () => {
  it("defaults to the embedded database in demo mode on port 3000", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.demoMode).toBe(true);
  });

  it("treats a real PostgreSQL as production unless DEMO_MODE says otherwise", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db" }).demoMode).toBe(false);
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db", DEMO_MODE: "true" }).demoMode).toBe(true);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable in one error", () => {
    expect(() => parseEnv({ PORT: "http", DATABASE_URL: "mysql://x" })).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
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
});
