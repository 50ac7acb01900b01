import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "~/models/audit.server";
import { createAuthToken, getAuthTokenOwner, peekAuthToken } from "~/models/auth-token.server";
import { createEmailVerification, verifyEmailWithToken } from "~/models/email-verification.server";
import { createUser, getUserById } from "~/models/user.server";
import type { DatabaseHandle } from "../../db/client";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let counter = 0;

async function newUser() {
  const user = await createUser(handle.db, {
    email: `verify${++counter}-${Date.now()}@example.org`,
    passwordHash: "not-used-here",
    displayName: "小周",
    preferredLocale: "zh-CN",
  });
  if (!user) throw new Error("user not created");
  return user;
}

beforeAll(async () => {
  handle = await createTestDatabase();
});

afterAll(async () => {
  await handle?.close();
});

describe("email verification", () => {
  it("confirms the address once, and logs both the sending and the confirming", async () => {
    const user = await newUser();
    expect(user.email_verified_at).toBeNull();
    const token = await createEmailVerification(handle.db, { userId: user.id, email: user.email });
    // The stored token is a hash: the link's token itself is nowhere in the table.
    const stored = await handle.db.selectFrom("auth_token").select("token_hash").where("user_id", "=", user.id).execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    expect(await verifyEmailWithToken(handle.db, { token })).toBe(user.id);
    expect((await getUserById(handle.db, { id: user.id }))?.email_verified_at).toBeInstanceOf(Date);

    // Single use: the same link does nothing the second time.
    expect(await verifyEmailWithToken(handle.db, { token })).toBeNull();
    // …but we still know whose it was, so the page can say "already confirmed".
    expect(await getAuthTokenOwner(handle.db, { token, purpose: "verify_email" })).toEqual({ user_id: user.id, email: user.email });

    const actions = (await listAudit(handle.db, { targetId: user.id })).map((e) => e.action);
    expect(actions).toEqual(["email.verified", "email.verification_sent"]);
  });

  it("refuses an expired link and leaves the address unconfirmed", async () => {
    const user = await newUser();
    const token = await createEmailVerification(handle.db, { userId: user.id, email: user.email });
    await handle.db.updateTable("auth_token").set({ expires_at: sql`now() - interval '1 minute'` }).where("user_id", "=", user.id).execute();
    expect(await peekAuthToken(handle.db, { token, purpose: "verify_email" })).toBeUndefined();
    expect(await verifyEmailWithToken(handle.db, { token })).toBeNull();
    expect((await getUserById(handle.db, { id: user.id }))?.email_verified_at).toBeNull();
    expect((await listAudit(handle.db, { targetId: user.id, action: "email.verified" })).length).toBe(0);
  });

  it("keeps the links valid for 48 hours", async () => {
    const user = await newUser();
    await createEmailVerification(handle.db, { userId: user.id, email: user.email });
    const row = await handle.db
      .selectFrom("auth_token")
      .select(sql<number>`round(extract(epoch from expires_at - created_at) / 3600)::int`.as("hours"))
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.hours).toBe(48);
  });

  it("does not confirm an address the account no longer has", async () => {
    const user = await newUser();
    const token = await createEmailVerification(handle.db, { userId: user.id, email: user.email });
    await handle.db.updateTable("app_user").set({ email: `changed-${user.email}` }).where("id", "=", user.id).execute();
    expect(await verifyEmailWithToken(handle.db, { token })).toBeNull();
    expect((await getUserById(handle.db, { id: user.id }))?.email_verified_at).toBeNull();
  });

  it("is not fooled by a token made for another purpose", async () => {
    const user = await newUser();
    const reset = await createAuthToken(handle.db, { purpose: "reset_password", userId: user.id, email: user.email, ttlMinutes: 60 });
    expect(await verifyEmailWithToken(handle.db, { token: reset })).toBeNull();
    expect(await verifyEmailWithToken(handle.db, { token: "made-up-token" })).toBeNull();
  });
});
