import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit, recordAudit } from "~/models/audit.server";
import { hitRateLimit } from "~/models/rate-limit.server";
import {
  createSession,
  deleteOtherSessions,
  deleteSession,
  deleteSessionById,
  getSessionUserId,
  hashToken,
  listSessions,
} from "~/models/session.server";
import { createUser, deleteUser, getUserByEmail, getUserCredentials, listMemberships, upsertMembership } from "~/models/user.server";
import { isCommonPassword } from "~/utils/common-passwords";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import type { DatabaseHandle } from "../../db/client";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let counter = 0;
const email = () => `person${++counter}-${Date.now()}@example.org`;

async function newUser() {
  const user = await createUser(handle.db, {
    email: email(),
    passwordHash: await hashPassword("a long enough passphrase"),
    displayName: "测试用户",
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

describe("passwords", () => {
  it("hashes with argon2id and verifies any script, including a 64-character Chinese password", async () => {
    const chinese = "我的密码是一句很长的中文句子用来测试任何文字都可以作为密码使用而且不需要特殊符号数字或者大写字母真的可以放心使用吧朋友们再见了啊";
    expect(Array.from(chinese)).toHaveLength(64);
    const stored = await hashPassword(chinese);
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(stored).not.toContain(chinese);
    expect(await verifyPassword(stored, chinese)).toBe(true);
    expect(await verifyPassword(stored, `${chinese}!`)).toBe(false);
  });

  it("fails closed for a missing account or a corrupt hash", async () => {
    expect(await verifyPassword(null, "anything at all")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything at all")).toBe(false);
  });

  it("knows common breached passwords, case-insensitively", () => {
    expect(isCommonPassword("Password123")).toBe(true);
    expect(isCommonPassword("woaini1314")).toBe(true);
    expect(isCommonPassword("correct horse battery staple")).toBe(false);
  });
});

describe("users", () => {
  it("stores emails lower-cased and refuses a second account for the same address", async () => {
    const address = email();
    const first = await createUser(handle.db, { email: `  ${address.toUpperCase()} `, passwordHash: "x", displayName: "A", preferredLocale: null });
    expect(first?.email).toBe(address);
    expect(await createUser(handle.db, { email: address, passwordHash: "y", displayName: "B", preferredLocale: null })).toBeNull();
    expect((await getUserCredentials(handle.db, { login: address.toUpperCase() }))?.id).toBe(first?.id);
  });

  it("never returns the password hash from ordinary reads", async () => {
    const user = await newUser();
    const read = await getUserByEmail(handle.db, { email: user.email });
    expect(read).toBeDefined();
    expect(Object.keys(read ?? {})).not.toContain("password_hash");
  });

  it("deletes personal data and keeps only anonymised audit entries", async () => {
    const user = await newUser();
    const org = await createOrganisation(handle.db);
    await upsertMembership(handle.db, { userId: user.id, organisationId: org.id, role: "member" });
    await createSession(handle.db, { userId: user.id, userAgent: "test" });
    await recordAudit(handle.db, { actorUserId: user.id, action: "auth.sign_in", targetType: "user", targetId: user.id });

    await deleteUser(handle.db, { id: user.id });

    expect(await getUserByEmail(handle.db, { email: user.email })).toBeUndefined();
    expect(await listMemberships(handle.db, { userId: user.id })).toEqual([]);
    const sessions = await handle.db.selectFrom("session").select("id_hash").where("user_id", "=", user.id).execute();
    expect(sessions).toEqual([]);
    const entries = await handle.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "action"])
      .where("target_id", "=", String(user.id))
      .where("target_type", "=", "user")
      .execute();
    expect(entries).toEqual([{ actor_user_id: null, action: "auth.sign_in" }]);
  });
});

describe("sessions", () => {
  it("stores only a hash of the token, and each sign-in gets a new token", async () => {
    const user = await newUser();
    const first = await createSession(handle.db, { userId: user.id, userAgent: null });
    const second = await createSession(handle.db, { userId: user.id, userAgent: null });
    expect(first).not.toBe(second);
    expect(Buffer.from(first, "base64url")).toHaveLength(32);
    const stored = await handle.db.selectFrom("session").select("id_hash").where("user_id", "=", user.id).execute();
    expect(stored.map((s) => s.id_hash).sort()).toEqual([hashToken(first), hashToken(second)].sort());
    expect(stored.map((s) => s.id_hash)).not.toContain(first);
  });

  it("ends a session on the server: its token stops working", async () => {
    const user = await newUser();
    const token = await createSession(handle.db, { userId: user.id, userAgent: null });
    expect((await getSessionUserId(handle.db, { token }))?.user_id).toBe(user.id);
    await deleteSession(handle.db, { token });
    expect(await getSessionUserId(handle.db, { token })).toBeNull();
  });

  it("refuses expired sessions, and slides the expiry of live ones at most every few minutes", async () => {
    const user = await newUser();
    const token = await createSession(handle.db, { userId: user.id, userAgent: null });
    await handle.db.updateTable("session").set({ expires_at: sql`now() - interval '1 minute'` }).where("id_hash", "=", hashToken(token)).execute();
    expect(await getSessionUserId(handle.db, { token })).toBeNull();

    const live = await createSession(handle.db, { userId: user.id, userAgent: null });
    const secondsLeft = async () =>
      (
        await handle.db
          .selectFrom("session")
          .select(sql<number>`extract(epoch from expires_at - now())::int`.as("left"))
          .where("id_hash", "=", hashToken(live))
          .executeTakeFirstOrThrow()
      ).left;
    // Seen 50 minutes ago: within the hour, so the session is read, not rewritten.
    await handle.db
      .updateTable("session")
      .set({ expires_at: sql`now() + interval '1 day'`, last_seen_at: sql`now() - interval '50 minutes'` })
      .where("id_hash", "=", hashToken(live))
      .execute();
    expect((await getSessionUserId(handle.db, { token: live }))?.user_id).toBe(user.id);
    expect(await secondsLeft()).toBeLessThan(86_401);
    // Seen 61 minutes ago: the expiry slides forward to the full 30 days.
    await handle.db.updateTable("session").set({ last_seen_at: sql`now() - interval '61 minutes'` }).where("id_hash", "=", hashToken(live)).execute();
    expect((await getSessionUserId(handle.db, { token: live }))?.user_id).toBe(user.id);
    expect(await secondsLeft()).toBeGreaterThan(29 * 86_400);
  });

  it("lists a user's sessions and lets them end the others, never someone else's", async () => {
    const user = await newUser();
    const other = await newUser();
    const current = await createSession(handle.db, { userId: user.id, userAgent: "Firefox" });
    const phone = await createSession(handle.db, { userId: user.id, userAgent: "Phone" });
    const theirs = await createSession(handle.db, { userId: other.id, userAgent: "Theirs" });

    const sessions = await listSessions(handle.db, { userId: user.id, currentToken: current });
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);

    const theirId = hashToken(theirs).slice(0, 12);
    expect(await deleteSessionById(handle.db, { userId: user.id, id: theirId })).toBe(false);
    expect(await getSessionUserId(handle.db, { token: theirs })).not.toBeNull();

    const phoneId = sessions.find((s) => !s.current)?.id ?? "";
    expect(await deleteSessionById(handle.db, { userId: user.id, id: phoneId })).toBe(true);
    expect(await getSessionUserId(handle.db, { token: phone })).toBeNull();

    await createSession(handle.db, { userId: user.id, userAgent: "Tablet" });
    await deleteOtherSessions(handle.db, { userId: user.id, currentToken: current });
    expect(await listSessions(handle.db, { userId: user.id, currentToken: current })).toHaveLength(1);
  });
});

describe("rate limits", () => {
  it("allow 10 hits in a window and refuse the 11th, with a retry time", async () => {
    const key = `sign-in:test-${Date.now()}`;
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await hitRateLimit(handle.db, { key, limit: 10, windowSeconds: 60 }));
    expect(results.slice(0, 10).every((r) => r.allowed)).toBe(true);
    expect(results[10]?.allowed).toBe(false);
    expect(results[10]?.retryAfterSeconds).toBeGreaterThan(0);
    expect(results[10]?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("still refuse a burst that straddles the edge of a window", async () => {
    // 5 tries in the last second of one minute and 6 in the first of the next: a fixed window
    // would count 5 and 6 and let all 11 through.
    const key = `sign-in:edge-${Date.now()}`;
    const hit = (at: string) => hitRateLimit(handle.db, { key, limit: 10, windowSeconds: 60, at: new Date(at) });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await hit("2026-03-02T08:14:59.200Z"));
    for (let i = 0; i < 6; i++) results.push(await hit("2026-03-02T08:15:00.400Z"));
    expect(results.slice(0, 10).every((r) => r.allowed)).toBe(true);
    expect(results[10]?.allowed).toBe(false);
    expect(results[10]?.retryAfterSeconds).toBe(60);
  });

  it("let the previous window's hits fade as the window slides past them", async () => {
    const key = `sign-in:fade-${Date.now()}`;
    const hit = (at: string) => hitRateLimit(handle.db, { key, limit: 10, windowSeconds: 60, at: new Date(at) });
    for (let i = 0; i < 10; i++) await hit("2026-03-02T08:20:30.000Z");
    // 15 s into the next minute, three quarters of those 10 still count: 7.5 + 3 new hits is over 10.
    const early = [await hit("2026-03-02T08:21:15.000Z"), await hit("2026-03-02T08:21:15.000Z"), await hit("2026-03-02T08:21:15.000Z")];
    expect(early.map((r) => r.allowed)).toEqual([true, true, false]);
    // 45 s in, a quarter of them count: 2.5 + 4 is well under 10.
    expect((await hit("2026-03-02T08:21:45.000Z")).allowed).toBe(true);
    // Two minutes later nothing from the first minute counts.
    expect((await hit("2026-03-02T08:22:50.000Z")).allowed).toBe(true);
  });

  it("count each key separately", async () => {
    const a = await hitRateLimit(handle.db, { key: `a-${Date.now()}`, limit: 1, windowSeconds: 60 });
    const b = await hitRateLimit(handle.db, { key: `b-${Date.now()}`, limit: 1, windowSeconds: 60 });
    expect(a.allowed && b.allowed).toBe(true);
  });
});

describe("audit log", () => {
  it("records who did what, newest first", async () => {
    const user = await newUser();
    await recordAudit(handle.db, { actorUserId: user.id, action: "auth.sign_in_failed", details: { reason: "bad_password" } });
    const [latest] = await listAudit(handle.db, { limit: 1 });
    expect(latest).toMatchObject({ actor_user_id: user.id, action: "auth.sign_in_failed", details: { reason: "bad_password" } });
  });
});
