// The accounts half of issue 16, through the real routes' loaders and actions: passkeys only after
// the address is confirmed, access from before a proof of the inbox removed, the emailed code for a
// privileged account's first passkey, owners told of every passkey change, absolute session
// lifetimes, fresh proof, changing the password, the reset link's checks and refusals audited.
import type { AppLoadContext } from "@remix-run/node";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { listAudit } from "~/models/audit.server";
import { createAuthToken } from "~/models/auth-token.server";
import { checkEmailCode, createEmailCode, EMAIL_CODE_TRIES } from "~/models/email-code.server";
import { createEmailVerification } from "~/models/email-verification.server";
import { createInvitation } from "~/models/invitation.server";
import { createPasskey, listPasskeys } from "~/models/passkey.server";
import { createSession, getSessionUserId, markEmailCode } from "~/models/session.server";
import { createUser, upsertMembership } from "~/models/user.server";
import { action as clearPasskeysAction } from "~/routes/admin.organisations.$id.members.$userId";
import { action as confirmAction } from "~/routes/account.confirm";
import { action as deleteAccountAction, loader as deleteAccountLoader } from "~/routes/account.delete";
import { action as accountAction } from "~/routes/account._index";
import { action as codeAction } from "~/routes/account.passkeys.code";
import { loader as passkeysLoader } from "~/routes/account.passkeys._index";
import { action as removePasskeyAction } from "~/routes/account.passkeys.remove";
import { action as changePasswordAction } from "~/routes/account.password";
import { action as inviteAction } from "~/routes/invite.$token";
import { action as registerAction } from "~/routes/passkeys.register";
import { action as resetAction } from "~/routes/reset-password.$token";
import { loader as verifyEmailLoader } from "~/routes/verify-email.$token";
import { loader as rootLoader } from "~/root";
import { getUser, passkeyAddBlock, requireRole, requireUser } from "~/services/auth.server";
import * as passwords from "~/utils/password.server";
import { sessionCookieHeader } from "~/services/session.server";
import type { DatabaseHandle } from "../../db/client";
import type { Database } from "../../db/schema";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";
import { migrations } from "../../db/migrations";
import { routeResponse } from "../support/route-response";

const state = vi.hoisted(() => ({ db: null as Kysely<Database> | null }));
vi.mock("~/utils/db.server", () => ({
  getDb: () => {
    if (!state.db) throw new Error("test database not ready");
    return state.db;
  },
}));
vi.mock("~/utils/env.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("~/utils/env.server")>();
  const base = actual.parseEnv({ NODE_ENV: "test" });
  return { ...actual, getEnv: () => ({ ...base, requireSecondFactor: true }) };
});

let handle: DatabaseHandle;
let counter = 0;
const PASSWORD = "春天的雨下个不停";
let passwordHash: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  state.db = handle.db;
  passwordHash = await passwords.hashPassword(PASSWORD);
});

afterAll(async () => {
  state.db = null;
  await handle?.close();
});

beforeEach(() => {
  vi.restoreAllMocks();
});

async function newUser({ verified = true, admin = false, locale = "zh-CN" as "zh-CN" | "en" } = {}) {
  const user = await createUser(handle.db, {
    email: `security${++counter}-${Date.now()}@example.org`,
    passwordHash,
    displayName: "小安",
    preferredLocale: locale,
  });
  if (!user) throw new Error("user not created");
  await handle.db
    .updateTable("app_user")
    .set({ email_verified_at: verified ? sql`now()` : null, is_platform_admin: admin })
    .where("id", "=", user.id)
    .execute();
  return { ...user, email_verified_at: verified ? new Date() : null };
}

async function staffOf(userId: number) {
  const partner = await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" });
  await upsertMembership(handle.db, { userId, organisationId: partner.id, role: "staff" });
  return partner;
}

let credentials = 0;
async function addPasskey(userId: number, name = "我的手机") {
  const credentialId = `sec-cred-${++credentials}-${Date.now()}`;
  await createPasskey(handle.db, { userId, credentialId, publicKey: new Uint8Array([1, 2, 3]), counter: 0, transports: ["internal"], name });
  return credentialId;
}

const signIn = (userId: number, secondFactor = false) => createSession(handle.db, { userId, userAgent: "vitest", secondFactor });

/** A request from a browser holding this session (or none). */
async function requestAs(token: string | null, path: string, init: { method?: string; form?: Record<string, string>; json?: unknown } = {}) {
  const headers = new Headers();
  if (token) headers.set("Cookie", (await sessionCookieHeader(token)).split(";")[0] ?? "");
  let body: BodyInit | undefined;
  if (init.form) body = new URLSearchParams(init.form);
  if (init.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(init.json);
  }
  return new Request(`http://localhost${path}`, { method: init.method ?? (body ? "POST" : "GET"), headers, body });
}

const context = () => ({ form: { hasErrors: false }, clientIp: `192.0.2.${++counter % 250}` }) as unknown as AppLoadContext;

const run = routeResponse;

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: context() });

/** Moves a session's start (and last proof) back in time, as if signed in `hours` ago. */
async function age(token: string, { signedIn, proved }: { signedIn?: number; proved?: number }) {
  const session = await getSessionUserId(handle.db, { token });
  if (!session) throw new Error("no session");
  const set: Record<string, unknown> = {};
  if (signedIn !== undefined) set.created_at = sql`now() - make_interval(secs => ${signedIn * 3600})`;
  if (proved !== undefined) set.proved_at = sql`now() - make_interval(secs => ${proved * 60})`;
  await handle.db.updateTable("session").set(set).where("id_hash", "=", session.id_hash).execute();
}

/** Why this session's person may not add a passkey now (null: they may). */
async function blockFor(token: string, path = "/") {
  const user = await getUser(await requestAs(token, path));
  if (!user) throw new Error("not signed in");
  return passkeyAddBlock(user);
}

const outboxTo = (email: string) =>
  handle.db.selectFrom("outbox").select(["subject", "body_text"]).where("to_address", "=", email).orderBy("id", "desc").execute();

describe("finding 7: passkeys need a confirmed address, and a proof of the inbox removes what came before", () => {
  it("refuses a passkey on an unconfirmed address, on the page and at the registration step", async () => {
    const user = await newUser({ verified: false });
    const token = await signIn(user.id);
    expect(await blockFor(token, "/account/passkeys")).toBe("unconfirmed");
    const page = await run(async () => passkeysLoader(args(await requestAs(token, "/account/passkeys"))));
    expect(page.body).toMatchObject({ block: "unconfirmed" });
    const options = await run(async () => registerAction(args(await requestAs(token, "/passkeys/register", { json: { intent: "options", passkeyName: "" } }))));
    expect(options).toMatchObject({ status: 403, body: { ok: false, error: "security.errors.unconfirmed" } });
    expect(await listPasskeys(handle.db, { userId: user.id })).toHaveLength(0);

    await handle.db.updateTable("app_user").set({ email_verified_at: sql`now()` }).where("id", "=", user.id).execute();
    const allowed = await run(async () => registerAction(args(await requestAs(token, "/passkeys/register", { json: { intent: "options", passkeyName: "" } }))));
    expect(allowed).toMatchObject({ status: 200, body: { ok: true } });
  });

  it("confirming the address removes passkeys and sessions from before, keeping the confirming browser's own session", async () => {
    const user = await newUser({ verified: false });
    // Someone who signed up with this address before its owner: a passkey and a session.
    await addPasskey(user.id, "别人的设备");
    const intruder = await signIn(user.id);
    const owner = await signIn(user.id);
    const link = await createEmailVerification(handle.db, { userId: user.id, email: user.email });

    const answer = await run(async () => verifyEmailLoader(args(await requestAs(owner, `/verify-email/${link}`), { token: link })));
    expect(answer).toMatchObject({ status: 303, location: "/verify-email?status=verified" });
    expect(await listPasskeys(handle.db, { userId: user.id })).toHaveLength(0);
    expect(await getSessionUserId(handle.db, { token: intruder })).toBeNull();
    expect(await getSessionUserId(handle.db, { token: owner })).not.toBeNull();
    const [email] = await outboxTo(user.email);
    expect(email?.subject).toBe("你的无碍就业账户的通行密钥都已删除");
  });

  it("a password reset removes every passkey and every session", async () => {
    const user = await newUser({ verified: false });
    await addPasskey(user.id);
    const session = await signIn(user.id, true);
    const link = await createAuthToken(handle.db, { purpose: "reset_password", userId: user.id, email: user.email, ttlMinutes: 60 });
    const answer = await run(async () => resetAction(args(await requestAs(null, `/reset-password/${link}`, { form: { password: "新的密码一直都很长" } }), { token: link })));
    expect(answer).toMatchObject({ status: 303, location: "/sign-in?reset" });
    expect(await listPasskeys(handle.db, { userId: user.id })).toHaveLength(0);
    expect(await getSessionUserId(handle.db, { token: session })).toBeNull();
    // The link reached the inbox: the address now counts as confirmed.
    const row = await handle.db.selectFrom("app_user").select("email_verified_at").where("id", "=", user.id).executeTakeFirstOrThrow();
    expect(row.email_verified_at).toBeInstanceOf(Date);
  });

  it("accepting an invitation removes passkeys and other sessions, keeping the one accepting", async () => {
    const admin = await newUser({ admin: true });
    const user = await newUser({ verified: false });
    await addPasskey(user.id);
    const other = await signIn(user.id, true);
    const current = await signIn(user.id);
    const partner = await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" });
    const link = await createInvitation(handle.db, { actorUserId: admin.id, organisationId: partner.id, email: user.email, role: "staff" });
    const answer = await run(async () => inviteAction(args(await requestAs(current, `/invite/${link}`, { form: { intent: "accept" } }), { token: link })));
    expect(answer.location).toBe(`/account?joined=${partner.id}`);
    expect(await listPasskeys(handle.db, { userId: user.id })).toHaveLength(0);
    expect(await getSessionUserId(handle.db, { token: other })).toBeNull();
    expect(await getSessionUserId(handle.db, { token: current })).not.toBeNull();
  });
});

describe("finding 8: a privileged account's first passkey needs an emailed code; owners are told; admins can clear", () => {
  it("codes are 6 digits, stored only as a hash, one use, with limited tries", async () => {
    const user = await newUser();
    const code = await createEmailCode(handle.db, { userId: user.id });
    expect(code).toMatch(/^\d{6}$/);
    const stored = await handle.db.selectFrom("email_code").selectAll().where("user_id", "=", user.id).executeTakeFirstOrThrow();
    expect(stored.code_hash).not.toContain(code);
    // At least 15 minutes of life.
    expect(new Date(stored.expires_at).getTime() - Date.now()).toBeGreaterThan(15 * 60_000);
    const wrong = code === "000000" ? "000001" : "000000";
    expect(await checkEmailCode(handle.db, { userId: user.id, code: wrong })).toBe("wrong");
    expect(await checkEmailCode(handle.db, { userId: user.id, code })).toBe("ok");
    expect(await checkEmailCode(handle.db, { userId: user.id, code })).toBe("none");

    const again = await createEmailCode(handle.db, { userId: user.id });
    const miss = again === "000000" ? "000001" : "000000";
    for (let i = 0; i < EMAIL_CODE_TRIES; i++) expect(await checkEmailCode(handle.db, { userId: user.id, code: miss })).toBe("wrong");
    // Out of tries: even the right code no longer works.
    expect(await checkEmailCode(handle.db, { userId: user.id, code: again })).toBe("used-up");
  });

  it("refuses a staff account's first passkey on the password alone, and allows it after the emailed code", async () => {
    const user = await newUser();
    await staffOf(user.id);
    const token = await signIn(user.id);
    const options = () => run(async () => registerAction(args(await requestAs(token, "/passkeys/register", { json: { intent: "options", passkeyName: "" } }))));
    expect(await options()).toMatchObject({ status: 403, body: { error: "security.errors.codeNeeded" } });

    // The code page sends the code to the confirmed address, in the person's language…
    const sent = await run(async () => codeAction(args(await requestAs(token, "/account/passkeys/code", { form: { intent: "send" } }))));
    expect(sent).toMatchObject({ status: 303, location: "/account/passkeys/code?sent=" });
    const [email] = await outboxTo(user.email);
    const code = /\b(\d{6})\b/.exec(email?.body_text ?? "")?.[1] ?? "";
    expect(email?.subject).toBe(`你的无碍就业验证码：${code}`);

    // …a wrong code is an error on the field, the right one (typed with full-width digits) opens the step.
    const wrong = await run(async () => codeAction(args(await requestAs(token, "/account/passkeys/code", { form: { intent: "check", code: code === "123456" ? "654321" : "123456" } }))));
    expect(wrong).toMatchObject({ status: 400, body: { errors: { code: "security.code.wrong" } } });
    const fullWidth = code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const right = await run(async () => codeAction(args(await requestAs(token, "/account/passkeys/code", { form: { intent: "check", code: fullWidth } }))));
    expect(right).toMatchObject({ status: 303, location: "/account/passkeys" });
    expect(await options()).toMatchObject({ status: 200, body: { ok: true } });

    // A seeker needs no code.
    const seeker = await newUser();
    const seekerToken = await signIn(seeker.id);
    expect(await blockFor(seekerToken, "/")).toBeNull();
  });

  it("an emailed code is good only for a short while after it is typed", async () => {
    const user = await newUser({ admin: true });
    const token = await signIn(user.id);
    await markEmailCode(handle.db, { token });
    expect(await blockFor(token, "/")).toBeNull();
    await handle.db.updateTable("session").set({ email_code_at: sql`now() - interval '31 minutes'` }).where("user_id", "=", user.id).execute();
    expect(await blockFor(token, "/")).toBe("code");
  });

  it("emails the owner, in their language, when a passkey is removed", async () => {
    const user = await newUser({ locale: "en" });
    const id = await addPasskey(user.id, "Work phone");
    const token = await signIn(user.id);
    const answer = await run(async () => removePasskeyAction(args(await requestAs(token, "/account/passkeys/remove", { form: { id } }))));
    expect(answer).toMatchObject({ status: 303, location: "/account/passkeys?removed" });
    const [email] = await outboxTo(user.email);
    expect(email?.subject).toBe("A passkey was removed from your AccessWork account");
    expect(email?.body_text).toContain("“Work phone”".replace(/[“”]/g, '"'));
  });

  it("lets an admin clear a staff member's passkeys and sessions, audited, and the person is emailed", async () => {
    const admin = await newUser({ admin: true });
    const adminToken = await signIn(admin.id, true);
    const member = await newUser();
    const partner = await staffOf(member.id);
    await addPasskey(member.id);
    const memberSession = await signIn(member.id, true);
    const answer = await run(async () =>
      clearPasskeysAction(
        args(await requestAs(adminToken, `/admin/organisations/${partner.id}/members/${member.id}`, { form: { intent: "clear-passkeys" } }), {
          id: String(partner.id),
          userId: String(member.id),
        }),
      ),
    );
    expect(answer).toMatchObject({ status: 303, location: `/admin/organisations/${partner.id}/members/${member.id}?passkeys-cleared` });
    expect(await listPasskeys(handle.db, { userId: member.id })).toHaveLength(0);
    expect(await getSessionUserId(handle.db, { token: memberSession })).toBeNull();
    const entry = (await listAudit(handle.db, { limit: 20 })).find((e) => e.action === "passkey.cleared" && e.target_id === String(member.id));
    expect(entry?.actor_user_id).toBe(admin.id);
    expect((await outboxTo(member.email))[0]?.subject).toBe("你的无碍就业账户的通行密钥都已删除");
  });
});

describe("finding 10: sessions have an absolute lifetime", () => {
  it("ends a staff session 12 hours after sign-in however active, and a seeker's after 30 days", async () => {
    const staff = await newUser();
    await staffOf(staff.id);
    const staffToken = await signIn(staff.id, true);
    await age(staffToken, { signedIn: 11.9 });
    expect(await getUser(await requestAs(staffToken, "/"))).not.toBeNull();
    await age(staffToken, { signedIn: 12.1 });
    expect(await getUser(await requestAs(staffToken, "/"))).toBeNull();
    // Ended on the server too, not just refused.
    expect(await handle.db.selectFrom("session").select("user_id").where("user_id", "=", staff.id).execute()).toHaveLength(0);

    const seeker = await newUser();
    const seekerToken = await signIn(seeker.id);
    await age(seekerToken, { signedIn: 13 });
    expect(await getUser(await requestAs(seekerToken, "/"))).not.toBeNull();
    await age(seekerToken, { signedIn: 30 * 24 + 0.1 });
    expect(await getUser(await requestAs(seekerToken, "/"))).toBeNull();
  });

  it("warns on every page in the session's last 30 minutes, not before", async () => {
    const staff = await newUser();
    await staffOf(staff.id);
    const token = await signIn(staff.id, true);
    const page = async () => (await run(async () => rootLoader(args(await requestAs(token, "/staff"))))).body as { sessionEndsAt: string | null };
    await age(token, { signedIn: 11 });
    expect((await page()).sessionEndsAt).toBeNull();
    await age(token, { signedIn: 11.6 });
    const endsAt = (await page()).sessionEndsAt;
    expect(endsAt).not.toBeNull();
    expect(new Date(endsAt ?? 0).getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
  });

  it("says when the session ends", async () => {
    const user = await newUser({ admin: true });
    const token = await signIn(user.id, true);
    const signedIn = await getUser(await requestAs(token, "/"));
    const hours = ((signedIn?.sessionEndsAt.getTime() ?? 0) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
  });
});

describe("finding 11: fresh proof, changing the password, the reset link, refusals audited", () => {
  it("asks for the password again before deleting the account when the last proof is old, then comes back", async () => {
    const user = await newUser();
    const token = await signIn(user.id);
    await age(token, { proved: 11 });
    const page = await run(async () => deleteAccountLoader(args(await requestAs(token, "/account/delete"))));
    expect(page).toMatchObject({ status: 303, location: "/account/confirm?redirectTo=%2Faccount%2Fdelete" });

    const wrong = await run(async () => confirmAction(args(await requestAs(token, "/account/confirm", { form: { password: "不对的密码呀呀呀", redirectTo: "/account/delete" } }))));
    expect(wrong).toMatchObject({ status: 400, body: { errors: { password: "security.confirm.wrong" } } });
    const right = await run(async () => confirmAction(args(await requestAs(token, "/account/confirm", { form: { password: PASSWORD, redirectTo: "/account/delete" } }))));
    expect(right).toMatchObject({ status: 303, location: "/account/delete" });
    expect((await run(async () => deleteAccountLoader(args(await requestAs(token, "/account/delete"))))).status).toBe(200);
  });

  it("lets a form opened after a proof be sent up to 30 minutes later, not after", async () => {
    const user = await newUser();
    const token = await signIn(user.id);
    await age(token, { proved: 25 });
    const slow = await run(async () => deleteAccountAction(args(await requestAs(token, "/account/delete", { form: {} }))));
    // Not sent away: the form's own error (the box was not ticked).
    expect(slow.status).toBe(400);
    await age(token, { proved: 31 });
    const late = await run(async () => deleteAccountAction(args(await requestAs(token, "/account/delete", { form: { confirm: "yes" } }))));
    expect(late.location).toBe("/account/confirm?redirectTo=%2Faccount%2Fdelete");
  });

  it("asks for fresh proof before removing a passkey and ending other sessions; ends every other session in one go", async () => {
    const user = await newUser();
    const id = await addPasskey(user.id);
    const token = await signIn(user.id);
    const other = await signIn(user.id);
    await age(token, { proved: 40 });
    const remove = await run(async () => removePasskeyAction(args(await requestAs(token, "/account/passkeys/remove", { form: { id } }))));
    expect(remove.location).toMatch(/^\/account\/confirm\?redirectTo=/);
    const end = await run(async () => accountAction(args(await requestAs(token, "/account", { form: { intent: "end-others" } }))));
    expect(end.location).toBe("/account/confirm?redirectTo=%2Faccount");
    expect(await getSessionUserId(handle.db, { token: other })).not.toBeNull();

    await age(token, { proved: 1 });
    const ended = await run(async () => accountAction(args(await requestAs(token, "/account", { form: { intent: "end-others" } }))));
    expect(ended.location).toBe("/account?others-ended");
    expect(await getSessionUserId(handle.db, { token: other })).toBeNull();
    expect(await getSessionUserId(handle.db, { token })).not.toBeNull();
  });

  it("changes the password with the current one, checks the new one as at sign-up, ends other sessions and emails the owner", async () => {
    const user = await newUser();
    const token = await signIn(user.id);
    const other = await signIn(user.id);
    const change = (form: Record<string, string>) => run(async () => changePasswordAction(args(await requestAs(token, "/account/password", { form }))));
    expect(await change({ currentPassword: "错的密码错的密码", newPassword: "另一个很长的密码" })).toMatchObject({
      status: 400,
      body: { errors: { currentPassword: "security.password.wrong" } },
    });
    expect(await change({ currentPassword: PASSWORD, newPassword: "password" })).toMatchObject({ status: 400, body: { errors: { newPassword: "forms.passwordCommon" } } });
    expect(await change({ currentPassword: PASSWORD, newPassword: "短" })).toMatchObject({ status: 400, body: { errors: { newPassword: "forms.passwordTooShort" } } });
    expect(await change({ currentPassword: PASSWORD, newPassword: "另一个很长的密码" })).toMatchObject({ status: 303, location: "/account?password-changed" });
    expect(await getSessionUserId(handle.db, { token: other })).toBeNull();
    expect(await getSessionUserId(handle.db, { token })).not.toBeNull();
    const stored = await handle.db.selectFrom("app_user").select("password_hash").where("id", "=", user.id).executeTakeFirstOrThrow();
    expect(await passwords.verifyPassword(stored.password_hash, "另一个很长的密码")).toBe(true);
    expect((await outboxTo(user.email))[0]?.subject).toBe("你的无碍就业密码已经修改");
  });

  it("checks the reset link before hashing the new password, and limits tries per link", async () => {
    const hashing = vi.spyOn(passwords, "hashPassword");
    const made = "not-a-real-link-but-long-enough-to-look-like-one";
    const first = await run(async () => resetAction(args(await requestAs(null, `/reset-password/${made}`, { form: { password: "新的密码一直都很长" } }), { token: made })));
    expect(first).toMatchObject({ status: 303, location: `/reset-password/${made}` });
    expect(hashing).not.toHaveBeenCalled();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await run(async () => resetAction(args(await requestAs(null, `/reset-password/${made}`, { form: { password: "x" } }), { token: made })))).status);
    }
    expect(statuses.slice(0, 9).every((s) => s === 303)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("writes a guard's refusal to the audit log, and not without end", async () => {
    const seeker = await newUser();
    const token = await signIn(seeker.id);
    for (let i = 0; i < 35; i++) expect((await run(async () => requireRole(await requestAs(token, `/staff/openings?try=${i}`), "staff"))).status).toBe(403);
    const refusals = (await listAudit(handle.db, { limit: 200 })).filter((e) => e.action === "auth.refused" && e.actor_user_id === seeker.id);
    expect(refusals).toHaveLength(30);
    expect(refusals[0]?.details).toMatchObject({ guard: "role:staff", status: 403, path: "/staff/openings" });
    // A signed-in person's own pages are not refusals.
    expect((await requireUser(await requestAs(token, "/account"))).id).toBe(seeker.id);
  });
});

describe("migration 0015", () => {
  it("removes the passkeys of accounts whose address was never confirmed, and keeps the others", async () => {
    const own = await createTestDatabase();
    try {
      const make = async (email: string, verified: boolean) => {
        const user = await createUser(own.db, { email, passwordHash: "x", displayName: "迁移", preferredLocale: "zh-CN" });
        if (!user) throw new Error("user not created");
        if (verified) await own.db.updateTable("app_user").set({ email_verified_at: sql`now()` }).where("id", "=", user.id).execute();
        await createPasskey(own.db, { userId: user.id, credentialId: `m-${email}`, publicKey: new Uint8Array([1]), counter: 0, transports: [], name: null });
        return user.id;
      };
      const unconfirmed = await make("never-confirmed@example.org", false);
      const confirmed = await make("confirmed@example.org", true);
      const migration = migrations["0015-account-proofs"];
      if (!migration?.down) throw new Error("no migration 0015");
      await migration.down(own.db);
      await migration.up(own.db);
      expect(await listPasskeys(own.db, { userId: unconfirmed })).toHaveLength(0);
      expect(await listPasskeys(own.db, { userId: confirmed })).toHaveLength(1);
    } finally {
      await own.close();
    }
  });
});
