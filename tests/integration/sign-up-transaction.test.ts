import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "~/models/audit.server";
import { sendVerificationEmail } from "~/services/emails.server";
import { signUp } from "~/services/sign-up.server";
import type { DatabaseHandle } from "../../db/client";
import { createTestDatabase } from "../support/test-db";

// Signing up is one transaction: the account, its first session, the audit entry and the
// confirmation email. A failure after the account leaves no account (the address stays free), no
// session, no audit row and no email. Follows tests/integration/apply-transaction.test.ts.

let handle: DatabaseHandle;
let counter = 0;

const input = () => ({
  login: { email: `sign-up-${++counter}-${Date.now()}@example.org` },
  passwordHash: "x",
  displayName: `新用户${counter}`,
  preferredLocale: "zh-CN" as const,
  userAgent: "test",
  origin: "http://localhost",
});

/** Everything signing up writes for this address. */
async function written(email: string) {
  const db = handle.db;
  const users = await db.selectFrom("app_user").select(["id"]).where("email", "=", email).execute();
  const ids = users.map((u) => u.id);
  const sessions = ids.length ? await db.selectFrom("session").select(["user_id"]).where("user_id", "in", ids).execute() : [];
  const audit = ids.length ? await db.selectFrom("audit_log").select(["id"]).where("action", "=", "auth.sign_up").where("actor_user_id", "in", ids).execute() : [];
  const emails = await db.selectFrom("outbox").select(["id"]).where("to_address", "=", email).execute();
  return { users: users.length, sessions: sessions.length, audit: audit.length, emails: emails.length };
}

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("signing up in one transaction", () => {
  it("writes the account, session, audit entry and confirmation email together", async () => {
    const account = input();
    const opened = await signUp(handle.db, account);
    expect(opened?.token).toBeTruthy();
    expect(await written(account.login.email)).toEqual({ users: 1, sessions: 1, audit: 1, emails: 1 });
    expect(await signUp(handle.db, account)).toBeNull();
  });

  it("leaves no account when the confirmation email fails, so the address can sign up again", async () => {
    const account = input();
    const failingVerify: typeof sendVerificationEmail = async (db, args) => {
      await sendVerificationEmail(db, args);
      throw new Error("email failed");
    };
    await expect(signUp(handle.db, account, { verify: failingVerify })).rejects.toThrow("email failed");
    expect(await written(account.login.email)).toEqual({ users: 0, sessions: 0, audit: 0, emails: 0 });
    expect(await signUp(handle.db, account)).not.toBeNull();
  });

  it("leaves no account when the audit entry fails", async () => {
    const account = input();
    const failingAudit: typeof recordAudit = async () => {
      throw new Error("audit failed");
    };
    await expect(signUp(handle.db, account, { audit: failingAudit })).rejects.toThrow("audit failed");
    expect(await written(account.login.email)).toEqual({ users: 0, sessions: 0, audit: 0, emails: 0 });
  });
});
