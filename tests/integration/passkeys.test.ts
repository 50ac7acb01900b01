import type { Kysely } from "kysely";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { consumeChallenge, saveChallenge } from "~/models/auth-token.server";
import {
  createPasskey,
  deletePasskey,
  getPasskeyForVerification,
  getUserPasskey,
  hasPasskey,
  listPasskeys,
  recordPasskeyUse,
} from "~/models/passkey.server";
import { createSession, getSessionUserId, markSecondFactor } from "~/models/session.server";
import { createUser, exportUserData, upsertMembership } from "~/models/user.server";
import {
  needsSecondFactor,
  passwordSignInDestination,
  requireOrgMember,
  requireRole,
  requireUser,
  requireUserToManagePasskeys,
} from "~/services/auth.server";
import { sessionCookieHeader } from "~/services/session.server";
import type { DatabaseHandle } from "../../db/client";
import type { Database } from "../../db/schema";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// The guards read the shared database handle and the process environment; here they get this
// file's test database and a REQUIRE_SECOND_FACTOR switch the tests can flip.
const state = vi.hoisted(() => ({ db: null as Kysely<Database> | null, requireSecondFactor: true }));
vi.mock("~/utils/db.server", () => ({
  getDb: () => {
    if (!state.db) throw new Error("test database not ready");
    return state.db;
  },
}));
vi.mock("~/utils/env.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("~/utils/env.server")>();
  const base = actual.parseEnv({ NODE_ENV: "test" });
  return { ...actual, getEnv: () => ({ ...base, requireSecondFactor: state.requireSecondFactor }) };
});

let handle: DatabaseHandle;
let counter = 0;

beforeAll(async () => {
  handle = await createTestDatabase();
  state.db = handle.db;
});

afterAll(async () => {
  state.db = null;
  await handle?.close();
});

beforeEach(() => {
  state.requireSecondFactor = true;
});

async function newUser({ admin = false } = {}) {
  const user = await createUser(handle.db, {
    email: `passkey${++counter}-${Date.now()}@example.org`,
    passwordHash: "not used here",
    displayName: "测试",
    preferredLocale: "zh-CN",
  });
  if (!user) throw new Error("user not created");
  if (admin) await handle.db.updateTable("app_user").set({ is_platform_admin: true }).where("id", "=", user.id).execute();
  return user;
}

let credentialCounter = 0;
async function addPasskey(userId: number, name: string | null = "我的手机") {
  const credentialId = `cred-${++credentialCounter}-${Date.now()}`;
  await createPasskey(handle.db, { userId, credentialId, publicKey: new Uint8Array([1, 2, 3, 250]), counter: 0, transports: ["internal"], name });
  return credentialId;
}

/** A request from a browser holding this session token (or none), for `path`. */
async function requestAs(token: string | null, path = "/staff/openings?page=2") {
  const headers = new Headers();
  if (token) headers.set("Cookie", (await sessionCookieHeader(token)).split(";")[0] ?? "");
  return new Request(`http://localhost${path}`, { headers });
}

/** What a guard did: let the request through (200), or the status and Location it threw. */
async function outcome(guard: Promise<unknown>) {
  try {
    await guard;
    return { status: 200, location: null };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get("Location") };
    throw thrown;
  }
}

const signIn = (userId: number) => createSession(handle.db, { userId, userAgent: "vitest" });
const back = encodeURIComponent("/staff/openings?page=2");

describe("needsSecondFactor", () => {
  const seeker = { is_platform_admin: false, memberships: [], secondFactorAt: null };
  const staff = { is_platform_admin: false, memberships: [{ kind: "partner" }], secondFactorAt: null } as unknown as Parameters<typeof needsSecondFactor>[0];
  const admin = { is_platform_admin: true, memberships: [], secondFactorAt: null };

  it("is needed by staff, employer members and admins when required, until the session passes it", () => {
    expect(needsSecondFactor(staff, true)).toBe(true);
    expect(needsSecondFactor(admin, true)).toBe(true);
    expect(needsSecondFactor({ ...staff, secondFactorAt: new Date() }, true)).toBe(false);
  });

  it("is never needed by job seekers, nor by anyone when the setting is off", () => {
    expect(needsSecondFactor(seeker, true)).toBe(false);
    expect(needsSecondFactor(staff, false)).toBe(false);
    expect(needsSecondFactor(admin, false)).toBe(false);
  });
});

describe("the guards and the second factor", () => {
  it("send visitors to sign in, whatever the setting", async () => {
    expect(await outcome(requireRole(await requestAs(null), "staff"))).toEqual({ status: 303, location: `/sign-in?redirectTo=${back}` });
  });

  it("send partner staff who have a passkey to the passkey step, keeping redirectTo", async () => {
    const user = await newUser();
    const partner = await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" });
    await upsertMembership(handle.db, { userId: user.id, organisationId: partner.id, role: "staff" });
    await addPasskey(user.id);
    const token = await signIn(user.id);

    expect(await outcome(requireRole(await requestAs(token), "staff"))).toEqual({
      status: 303,
      location: `/sign-in/second-factor?redirectTo=${back}`,
    });
    // requireUser alone (the account pages) does not ask: only staff, employer and admin access does.
    expect(await outcome(requireUser(await requestAs(token)))).toEqual({ status: 200, location: null });

    await markSecondFactor(handle.db, { token });
    expect(await outcome(requireRole(await requestAs(token), "staff"))).toEqual({ status: 200, location: null });
  });

  it("send staff with no passkey yet to add one, keeping redirectTo", async () => {
    const user = await newUser();
    const partner = await createOrganisation(handle.db, { kind: "partner", partner_type: "employment_centre" });
    await upsertMembership(handle.db, { userId: user.id, organisationId: partner.id, role: "manager" });
    const token = await signIn(user.id);
    expect(await outcome(requireRole(await requestAs(token), "staff"))).toEqual({ status: 303, location: `/account/passkeys?redirectTo=${back}` });
  });

  it("check the role first: the wrong role is 403 and a stranger's organisation 404, before any passkey step", async () => {
    const user = await newUser();
    const employer = await createOrganisation(handle.db);
    const other = await createOrganisation(handle.db);
    await upsertMembership(handle.db, { userId: user.id, organisationId: employer.id, role: "owner" });
    await addPasskey(user.id);
    const token = await signIn(user.id);

    expect((await outcome(requireRole(await requestAs(token), "staff"))).status).toBe(403);
    expect((await outcome(requireRole(await requestAs(token), "admin"))).status).toBe(403);
    expect((await outcome(requireOrgMember(await requestAs(token), other.id))).status).toBe(404);
    expect(await outcome(requireOrgMember(await requestAs(token), employer.id))).toEqual({
      status: 303,
      location: `/sign-in/second-factor?redirectTo=${back}`,
    });
    expect((await outcome(requireRole(await requestAs(token), "employer"))).status).toBe(303);
  });

  it("let employer members and admins through after a passkey sign-in, which counts as the second factor", async () => {
    const admin = await newUser({ admin: true });
    await addPasskey(admin.id);
    const password = await signIn(admin.id);
    const passkey = await createSession(handle.db, { userId: admin.id, userAgent: "vitest", secondFactor: true });
    expect((await outcome(requireRole(await requestAs(password), "admin"))).status).toBe(303);
    expect((await outcome(requireRole(await requestAs(passkey), "admin"))).status).toBe(200);

    const member = await newUser();
    const employer = await createOrganisation(handle.db);
    await upsertMembership(handle.db, { userId: member.id, organisationId: employer.id, role: "member" });
    const session = await createSession(handle.db, { userId: member.id, userAgent: "vitest", secondFactor: true });
    const allowed = await requireOrgMember(await requestAs(session), employer.id, ["member", "owner"]);
    expect(allowed.membership.organisation_id).toBe(employer.id);
  });

  it("never ask job seekers: they keep their pages, and staff pages stay 403", async () => {
    const seeker = await newUser();
    await addPasskey(seeker.id);
    const token = await signIn(seeker.id);
    expect((await outcome(requireUser(await requestAs(token)))).status).toBe(200);
    expect((await outcome(requireUserToManagePasskeys(await requestAs(token, "/account/passkeys")))).status).toBe(200);
    expect((await outcome(requireRole(await requestAs(token), "staff"))).status).toBe(403);
  });

  it("ask nobody when REQUIRE_SECOND_FACTOR is off (the demo)", async () => {
    state.requireSecondFactor = false;
    const admin = await newUser({ admin: true });
    await addPasskey(admin.id);
    const token = await signIn(admin.id);
    expect((await outcome(requireRole(await requestAs(token), "admin"))).status).toBe(200);
    expect(await passwordSignInDestination(admin.id, "/admin")).toBe("/admin");
  });

  it("on the passkey pages: with a passkey, use it before adding or removing one; with none, add the first", async () => {
    const admin = await newUser({ admin: true });
    const token = await signIn(admin.id);
    const page = "/account/passkeys";
    expect((await outcome(requireUserToManagePasskeys(await requestAs(token, page)))).status).toBe(200);
    await addPasskey(admin.id);
    expect(await outcome(requireUserToManagePasskeys(await requestAs(token, page)))).toEqual({
      status: 303,
      location: `/sign-in/second-factor?redirectTo=${encodeURIComponent(page)}`,
    });
  });

  it("send staff straight from the password to the passkey step; others to where they were going", async () => {
    const staff = await newUser();
    const partner = await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" });
    await upsertMembership(handle.db, { userId: staff.id, organisationId: partner.id, role: "staff" });
    expect(await passwordSignInDestination(staff.id, "/account")).toBe("/account/passkeys?redirectTo=%2Faccount");
    await addPasskey(staff.id);
    expect(await passwordSignInDestination(staff.id, "/account")).toBe("/sign-in/second-factor?redirectTo=%2Faccount");
    const seeker = await newUser();
    expect(await passwordSignInDestination(seeker.id, "/account")).toBe("/account");
  });
});

describe("sessions and the second factor", () => {
  it("start without it after a password, with it after a passkey, and can be marked", async () => {
    const user = await newUser();
    const token = await signIn(user.id);
    expect((await getSessionUserId(handle.db, { token }))?.second_factor_at).toBeNull();
    await markSecondFactor(handle.db, { token });
    expect((await getSessionUserId(handle.db, { token }))?.second_factor_at).toBeInstanceOf(Date);
    const passkey = await createSession(handle.db, { userId: user.id, userAgent: null, secondFactor: true });
    expect((await getSessionUserId(handle.db, { token: passkey }))?.second_factor_at).toBeInstanceOf(Date);
  });
});

describe("passkeys", () => {
  it("are listed, looked up and removed only for their owner", async () => {
    const owner = await newUser();
    const other = await newUser();
    const id = await addPasskey(owner.id, "工作电脑");
    expect(await hasPasskey(handle.db, { userId: owner.id })).toBe(true);
    expect(await hasPasskey(handle.db, { userId: other.id })).toBe(false);
    expect((await listPasskeys(handle.db, { userId: owner.id })).map((p) => p.name)).toEqual(["工作电脑"]);
    expect(Object.keys((await listPasskeys(handle.db, { userId: owner.id }))[0] ?? {})).not.toContain("public_key");
    expect(await getUserPasskey(handle.db, { userId: other.id, credentialId: id })).toBeUndefined();

    expect(await deletePasskey(handle.db, { userId: other.id, credentialId: id })).toBe(false);
    expect(await hasPasskey(handle.db, { userId: owner.id })).toBe(true);
    expect(await deletePasskey(handle.db, { userId: owner.id, credentialId: id })).toBe(true);
    expect(await hasPasskey(handle.db, { userId: owner.id })).toBe(false);
  });

  it("keep the public key byte for byte, refuse a credential registered twice, and record each use", async () => {
    const user = await newUser();
    const id = await addPasskey(user.id);
    expect(await createPasskey(handle.db, { userId: user.id, credentialId: id, publicKey: new Uint8Array([9]), counter: 0, transports: [], name: null })).toBe(
      false,
    );
    const stored = await getPasskeyForVerification(handle.db, { credentialId: id });
    expect(stored && Array.from(stored.public_key)).toEqual([1, 2, 3, 250]);
    expect(stored?.counter).toBe(0);
    expect(stored?.transports).toEqual(["internal"]);

    await recordPasskeyUse(handle.db, { credentialId: id, counter: 7 });
    expect((await getPasskeyForVerification(handle.db, { credentialId: id }))?.counter).toBe(7);
    expect((await listPasskeys(handle.db, { userId: user.id }))[0]?.last_used_at).toBeInstanceOf(Date);
  });

  it("appear in the person's data download by name and dates, without key material", async () => {
    const user = await newUser();
    await addPasskey(user.id, "平板");
    const data = await exportUserData(handle.db, { id: user.id });
    expect(data?.passkeys.map((p) => p.name)).toEqual(["平板"]);
    expect(JSON.stringify(data)).not.toMatch(/public_key|cred-/);
  });
});

describe("WebAuthn challenges", () => {
  it("are single-use and bound to their purpose", async () => {
    const user = await newUser();
    await saveChallenge(handle.db, { challenge: "challenge-one", purpose: "passkey_registration", userId: user.id, payload: { name: "手机" }, ttlMinutes: 15 });
    expect(await consumeChallenge(handle.db, { challenge: "challenge-one", purpose: "passkey_authentication" })).toBeUndefined();
    expect(await consumeChallenge(handle.db, { challenge: "challenge-one", purpose: "passkey_registration" })).toEqual({
      user_id: user.id,
      payload: { name: "手机" },
    });
    expect(await consumeChallenge(handle.db, { challenge: "challenge-one", purpose: "passkey_registration" })).toBeUndefined();
    // Only the hash is stored.
    const raw = await handle.db.selectFrom("auth_token").select("token_hash").where("token_hash", "=", "challenge-one").execute();
    expect(raw).toEqual([]);
  });

  it("expire, and old ones are swept when new ones are issued", async () => {
    await saveChallenge(handle.db, { challenge: "challenge-old", purpose: "passkey_authentication", userId: null, ttlMinutes: 15 });
    await handle.db
      .updateTable("auth_token")
      .set({ expires_at: sql`now() - interval '2 hours'` })
      .where("purpose", "=", "passkey_authentication")
      .execute();
    expect(await consumeChallenge(handle.db, { challenge: "challenge-old", purpose: "passkey_authentication" })).toBeUndefined();
    await saveChallenge(handle.db, { challenge: "challenge-new", purpose: "passkey_authentication", userId: null, ttlMinutes: 15 });
    const left = await handle.db.selectFrom("auth_token").select("purpose").where("purpose", "=", "passkey_authentication").execute();
    expect(left).toHaveLength(1);
  });

  it("cannot be stored under a purpose the table does not know", async () => {
    await expect(
      sql`insert into auth_token (token_hash, purpose, expires_at) values ('x', 'something_else', now())`.execute(handle.db),
    ).rejects.toThrow();
  });
});
