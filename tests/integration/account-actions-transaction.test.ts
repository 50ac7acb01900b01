import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "~/models/audit.server";
import { createEmailCode } from "~/models/email-code.server";
import { getPassport } from "~/models/passport.server";
import { createSession, getSessionUserId, hashToken } from "~/models/session.server";
import { createUser } from "~/models/user.server";
import { endOtherSessions, endSession, passEmailCode, sendNewEmailCode } from "~/services/account-security.server";
import { deletePassportAndLog, grantAssistance, savePassportAndLog, withdrawAssistance } from "~/services/consents.server";
import { openPasswordSession, sendPasswordReset, signOut } from "~/services/sign-in.server";
import { PASSPORT_NEEDS } from "~/domain/application";
import { ASSIST_CONSENT_VERSION, PASSPORT_CONSENT_VERSION, type PassportContent } from "~/validation/application";
import type { DatabaseHandle } from "../../db/client";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// Each account action that writes more than one row is one transaction with its audit entry
// (docs/decisions/017): when the audit writer fails mid-way, nothing of the action is left behind.
// Follows tests/integration/sign-up-transaction.test.ts.

let handle: DatabaseHandle;
let partnerId: number;
let counter = 0;

const failingAudit: typeof recordAudit = async () => {
  throw new Error("audit failed");
};
const failing = { audit: failingAudit };

const PASSPORT: PassportContent = { needs: [PASSPORT_NEEDS[0]], details: "我使用读屏软件，需要文字版的培训材料。", disability: "" };

async function newUser() {
  const user = await createUser(handle.db, {
    email: `account-actions-${++counter}-${Date.now()}@example.org`,
    passwordHash: "x",
    displayName: `用户${counter}`,
    preferredLocale: "zh-CN",
  });
  if (!user) throw new Error("user not created");
  return user;
}

/** What the log says this person did, by action name. */
async function audited(userId: number, action: string) {
  const rows = await handle.db.selectFrom("audit_log").select("id").where("actor_user_id", "=", userId).where("action", "=", action).execute();
  return rows.length;
}

const sessionsOf = async (userId: number) =>
  (await handle.db.selectFrom("session").select("user_id").where("user_id", "=", userId).execute()).length;

const consentsOf = async (userId: number, purpose: string) =>
  handle.db.selectFrom("consent").select(["id", "withdrawn_at"]).where("user_id", "=", userId).where("purpose", "=", purpose).execute();

beforeAll(async () => {
  handle = await createTestDatabase();
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
});
afterAll(async () => {
  await handle?.close();
});

describe("signing in and out", () => {
  it("replaces the browser's session with a new one and logs it, together", async () => {
    const user = await newUser();
    const previousToken = await createSession(handle.db, { userId: user.id, userAgent: "test" });
    const token = await openPasswordSession(handle.db, { userId: user.id, userAgent: "test", previousToken });
    expect(await getSessionUserId(handle.db, { token: previousToken })).toBeFalsy();
    expect((await getSessionUserId(handle.db, { token }))?.user_id).toBe(user.id);
    expect(await audited(user.id, "auth.sign_in")).toBe(1);
  });

  it("keeps the old session and opens no new one when the log entry fails", async () => {
    const user = await newUser();
    const previousToken = await createSession(handle.db, { userId: user.id, userAgent: "test" });
    await expect(openPasswordSession(handle.db, { userId: user.id, userAgent: "test", previousToken }, failing)).rejects.toThrow("audit failed");
    expect((await getSessionUserId(handle.db, { token: previousToken }))?.user_id).toBe(user.id);
    expect(await sessionsOf(user.id)).toBe(1);
  });

  it("signing out ends the session and logs it; a failed log leaves the session as it was", async () => {
    const user = await newUser();
    const token = await createSession(handle.db, { userId: user.id, userAgent: "test" });
    await expect(signOut(handle.db, { token }, failing)).rejects.toThrow("audit failed");
    expect(await sessionsOf(user.id)).toBe(1);
    await signOut(handle.db, { token });
    expect(await sessionsOf(user.id)).toBe(0);
    expect(await audited(user.id, "auth.sign_out")).toBe(1);
  });
});

describe("asking for a password reset", () => {
  const resetRows = async (user: { id: number; email: string }) => ({
    tokens: (await handle.db.selectFrom("auth_token").select("user_id").where("user_id", "=", user.id).where("purpose", "=", "reset_password").execute()).length,
    emails: (await handle.db.selectFrom("outbox").select("id").where("to_address", "=", user.email).execute()).length,
    audit: await audited(user.id, "auth.password_reset_requested"),
  });

  it("writes the link, the email with it and the log entry together", async () => {
    const user = await newUser();
    await sendPasswordReset(handle.db, { user, origin: "http://localhost" });
    expect(await resetRows(user)).toEqual({ tokens: 1, emails: 1, audit: 1 });
    const email = await handle.db.selectFrom("outbox").select("body_text").where("to_address", "=", user.email).executeTakeFirstOrThrow();
    expect(email.body_text).toContain("http://localhost/reset-password/");
  });

  it("leaves no working link and no email when the log entry fails", async () => {
    const user = await newUser();
    await expect(sendPasswordReset(handle.db, { user, origin: "http://localhost" }, failing)).rejects.toThrow("audit failed");
    expect(await resetRows(user)).toEqual({ tokens: 0, emails: 0, audit: 0 });
  });
});

describe("ending sessions from the account page", () => {
  it("ending one session and ending all others are each undone when the log entry fails", async () => {
    const user = await newUser();
    const current = await createSession(handle.db, { userId: user.id, userAgent: "test" });
    const other = await createSession(handle.db, { userId: user.id, userAgent: "test" });
    await createSession(handle.db, { userId: user.id, userAgent: "test" });
    // The account page names a session by the start of its token's hash.
    const otherId = hashToken(other).slice(0, 12);

    await expect(endSession(handle.db, { userId: user.id, id: otherId }, failing)).rejects.toThrow("audit failed");
    await expect(endOtherSessions(handle.db, { userId: user.id, currentToken: current }, failing)).rejects.toThrow("audit failed");
    expect(await sessionsOf(user.id)).toBe(3);

    expect(await endSession(handle.db, { userId: user.id, id: otherId })).toBe(true);
    expect(await audited(user.id, "session.revoked")).toBe(1);
    expect(await endOtherSessions(handle.db, { userId: user.id, currentToken: current })).toBe(1);
    expect(await audited(user.id, "session.others_revoked")).toBe(1);
    expect((await getSessionUserId(handle.db, { token: current }))?.user_id).toBe(user.id);
    expect(await getSessionUserId(handle.db, { token: other })).toBeFalsy();
  });
});

describe("the emailed code step", () => {
  it("sending a code writes the code, the email and the log entry together, or none of them", async () => {
    const user = await newUser();
    await expect(sendNewEmailCode(handle.db, { user }, failing)).rejects.toThrow("audit failed");
    const codes = async () => (await handle.db.selectFrom("email_code").select("user_id").where("user_id", "=", user.id).execute()).length;
    const emails = async () => (await handle.db.selectFrom("outbox").select("id").where("to_address", "=", user.email).execute()).length;
    expect([await codes(), await emails()]).toEqual([0, 0]);
    await sendNewEmailCode(handle.db, { user });
    expect([await codes(), await emails(), await audited(user.id, "auth.email_code_sent")]).toEqual([1, 1, 1]);
  });

  it("a right code marks the session and is logged together; a failed log leaves the code unused", async () => {
    const user = await newUser();
    const sessionToken = await createSession(handle.db, { userId: user.id, userAgent: "test" });
    const code = await createEmailCode(handle.db, { userId: user.id });
    const marked = async () =>
      (await handle.db.selectFrom("session").select("email_code_at").where("user_id", "=", user.id).executeTakeFirstOrThrow()).email_code_at;

    await expect(passEmailCode(handle.db, { userId: user.id, code, sessionToken }, failing)).rejects.toThrow("audit failed");
    expect(await marked()).toBeNull();
    expect(await passEmailCode(handle.db, { userId: user.id, code, sessionToken })).toBe("ok");
    expect(await marked()).not.toBeNull();
    expect(await audited(user.id, "auth.email_code_passed")).toBe(1);
  });
});

describe("the accommodation passport", () => {
  it("saving writes the consent, the sealed passport and the log entry together, or none of them", async () => {
    const user = await newUser();
    const input = { userId: user.id, content: PASSPORT, consentVersion: PASSPORT_CONSENT_VERSION };
    await expect(savePassportAndLog(handle.db, input, failing)).rejects.toThrow("audit failed");
    expect(await getPassport(handle.db, { userId: user.id })).toBeNull();
    expect(await consentsOf(user.id, "accommodation_passport")).toHaveLength(0);

    await savePassportAndLog(handle.db, input);
    expect((await getPassport(handle.db, { userId: user.id }))?.content.details).toBe(PASSPORT.details);
    expect(await audited(user.id, "passport.saved")).toBe(1);
  });

  it("deleting is undone, passport and consent both, when the log entry fails", async () => {
    const user = await newUser();
    await savePassportAndLog(handle.db, { userId: user.id, content: PASSPORT, consentVersion: PASSPORT_CONSENT_VERSION });
    await expect(deletePassportAndLog(handle.db, { userId: user.id }, failing)).rejects.toThrow("audit failed");
    expect(await getPassport(handle.db, { userId: user.id })).not.toBeNull();
    expect((await consentsOf(user.id, "accommodation_passport")).filter((c) => c.withdrawn_at === null)).toHaveLength(1);

    await deletePassportAndLog(handle.db, { userId: user.id });
    expect(await getPassport(handle.db, { userId: user.id })).toBeNull();
    expect(await audited(user.id, "passport.deleted")).toBe(1);
  });
});

describe("permission for a partner to apply for me", () => {
  it("giving and withdrawing it are each undone when the log entry fails", async () => {
    const user = await newUser();
    const input = { userId: user.id, partnerId, textVersion: ASSIST_CONSENT_VERSION };
    await expect(grantAssistance(handle.db, input, failing)).rejects.toThrow("audit failed");
    expect(await consentsOf(user.id, "assisted_application")).toHaveLength(0);

    const granted = await grantAssistance(handle.db, input);
    expect(granted).toMatchObject({ ok: true, created: true });
    expect(await audited(user.id, "consent.assist_given")).toBe(1);
    const consent = (await consentsOf(user.id, "assisted_application"))[0];
    if (!consent) throw new Error("no consent recorded");

    await expect(withdrawAssistance(handle.db, { userId: user.id, consentId: consent.id }, failing)).rejects.toThrow("audit failed");
    expect((await consentsOf(user.id, "assisted_application"))[0]?.withdrawn_at).toBeNull();
    expect(await withdrawAssistance(handle.db, { userId: user.id, consentId: consent.id })).toEqual({ partnerId });
    expect((await consentsOf(user.id, "assisted_application"))[0]?.withdrawn_at).not.toBeNull();
    expect(await audited(user.id, "consent.assist_withdrawn")).toBe(1);
  });
});
