import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  changeStatus,
  deleteApplicationFiles,
  exportApplications,
  getOwnApplication,
  listApplicationEvents,
  listOpeningApplications,
  markViewed,
  newApplicationKey,
  readSharedPassport,
  saveDraft,
  setPassportSharing,
  submitDraft,
  withdrawApplication,
} from "~/models/application.server";
import { listAudit } from "~/models/audit.server";
import { deletePassport, getActiveConsent, getPassport, listConsents, PASSPORT_PURPOSE, reencryptPassports, savePassport } from "~/models/passport.server";
import { databaseFileStore, getFileInfo, saveFile } from "~/models/stored-file.server";
import { createUser, deleteUser } from "~/models/user.server";
import { keyRingFromEnv, open, seal } from "~/utils/passport-crypto.server";
import { runRetention } from "~/services/jobs/retention-job.server";
import { PASSPORT_CONSENT_VERSION, type PassportContent } from "~/validation/application";
import type { DatabaseHandle } from "../../db/client";
import { seedDemoData } from "../../db/seed";
import { DEMO } from "../support/demo-accounts";
import { applicationFields, createOpening, createOrganisation } from "../support/factories";
import { PDF } from "../support/files";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let employerId: number;
let partnerId: number;
let counter = 0;

const store = databaseFileStore;
const PASSPORT: PassportContent = {
  needs: ["text_only_interview", "screen_reader_tests"],
  details: "我用读屏软件NVDA，面试请用文字聊天。",
  disability: "视力残疾二级",
};
const fields = applicationFields;

async function newUser() {
  const user = await createUser(handle.db, { email: `apply-${++counter}-${Date.now()}@example.org`, passwordHash: "x", displayName: `申请人${counter}`, preferredLocale: "zh-CN" });
  if (!user) throw new Error("user not created");
  return user;
}

async function newOpening(overrides: Parameters<typeof createOpening>[1] extends infer T ? Partial<T> : never = {}) {
  return createOpening(handle.db, { employerId, partnerId, ...overrides });
}

/** A sent application from a fresh seeker to a fresh opening. */
async function sentApplication({ share = false, openingOverrides = {} }: { share?: boolean; openingOverrides?: Record<string, unknown> } = {}) {
  const seeker = await newUser();
  const opening = await newOpening(openingOverrides);
  if (share) await savePassport(handle.db, { userId: seeker.id, content: PASSPORT, consentVersion: PASSPORT_CONSENT_VERSION });
  const draft = await saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key: newApplicationKey(), fields: fields({ sharePassport: share }) });
  if (!draft) throw new Error("no draft");
  const sent = await submitDraft(handle.db, { applicationId: draft.id, userId: seeker.id });
  return { seeker, opening, id: sent.id };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  employerId = (await createOrganisation(handle.db)).id;
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
});
afterAll(async () => {
  await handle?.close();
});

describe("applying", () => {
  it("keeps a draft across saves, then sends it once even when submitted twice at the same moment", async () => {
    const seeker = await newUser();
    const opening = await newOpening();
    const key = newApplicationKey();
    await saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key, fields: fields({ message: "第一稿" }) });
    const draft = await saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key: newApplicationKey(), fields: fields({ message: "第二稿" }) });
    expect(draft).toMatchObject({ status: "draft", message: "第二稿", idempotency_key: key, reference: null });
    if (!draft) return;
    const [a, b] = await Promise.all([
      submitDraft(handle.db, { applicationId: draft.id, userId: seeker.id }),
      submitDraft(handle.db, { applicationId: draft.id, userId: seeker.id }),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(["already", "submitted"]);
    const rows = await handle.db.selectFrom("application").select(["id", "reference", "status"]).where("opening_id", "=", opening.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.reference).toMatch(/^AW-A-\d{4}-\d{6}$/);
    const events = await listApplicationEvents(handle.db, { applicationId: draft.id });
    expect(events.filter((e) => e.status === "submitted")).toHaveLength(1);
    // A draft saved again after sending changes nothing.
    const after = await saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key, fields: fields({ message: "改过的" }) });
    expect(after?.message).toBe("第二稿");
  });

  it("lets only one application per person per opening exist, whatever keys the forms carry", async () => {
    const seeker = await newUser();
    const opening = await newOpening();
    await Promise.all([
      saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key: newApplicationKey(), fields: fields() }),
      saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key: newApplicationKey(), fields: fields() }),
    ]).catch(() => undefined);
    const count = await handle.db.selectFrom("application").select("id").where("opening_id", "=", opening.id).execute();
    expect(count).toHaveLength(1);
  });

  it("replaces a draft's CV and deletes the old file", async () => {
    const seeker = await newUser();
    const opening = await newOpening();
    const first = await saveFile(handle.db, store, { purpose: "cv", originalName: "简历.pdf", contentType: "application/pdf", bytes: PDF, uploadedByUserId: seeker.id });
    const second = await saveFile(handle.db, store, { purpose: "cv", originalName: "简历2.pdf", contentType: "application/pdf", bytes: PDF, uploadedByUserId: seeker.id });
    const key = newApplicationKey();
    await saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key, fields: fields(), cvFileId: first.id });
    const draft = await saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key, fields: fields(), cvFileId: second.id });
    expect(draft?.cv_file_id).toBe(second.id);
    expect(await getFileInfo(handle.db, first.id)).toBeUndefined();
  });

  it("moves through viewed and the organisation's statuses, and a withdrawn application cannot be changed", async () => {
    const { seeker, id } = await sentApplication();
    const staff = await newUser();
    expect(await markViewed(handle.db, { id, actorUserId: staff.id })).toBe(true);
    expect(await markViewed(handle.db, { id, actorUserId: staff.id })).toBe(false);
    expect(await changeStatus(handle.db, { id, actorUserId: staff.id, status: "interview", message: "请下周二文字面试。" })).toBe(true);
    expect(await withdrawApplication(handle.db, { id, userId: seeker.id })).toBe(true);
    expect(await changeStatus(handle.db, { id, actorUserId: staff.id, status: "offer", message: null })).toBe(false);
    const events = await listApplicationEvents(handle.db, { applicationId: id });
    expect(events.map((e) => e.status)).toEqual(["submitted", "viewed", "interview", "withdrawn"]);
    expect(events[2]?.message).toBe("请下周二文字面试。");
  });

  it("never lists drafts in the organisation's inbox", async () => {
    const seeker = await newUser();
    const opening = await newOpening();
    await saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key: newApplicationKey(), fields: fields() });
    expect(await listOpeningApplications(handle.db, { openingId: opening.id })).toEqual([]);
  });
});

describe("the accommodation passport", () => {
  it("is stored encrypted: the row holds no plaintext, and it decrypts only for its owner's id", async () => {
    const seeker = await newUser();
    await savePassport(handle.db, { userId: seeker.id, content: PASSPORT, consentVersion: PASSPORT_CONSENT_VERSION });
    const row = await handle.db.selectFrom("accommodation_passport").select(["key_id", "iv", "auth_tag", "ciphertext"]).where("user_id", "=", seeker.id).executeTakeFirstOrThrow();
    const stored = Buffer.concat([Buffer.from(row.iv), Buffer.from(row.auth_tag), Buffer.from(row.ciphertext)]);
    for (const plain of ["NVDA", "视力残疾", "text_only_interview", "读屏软件"]) {
      expect(stored.includes(Buffer.from(plain, "utf8")), plain).toBe(false);
    }
    expect(row.iv.byteLength).toBe(12);
    expect(row.auth_tag.byteLength).toBe(16);
    expect((await getPassport(handle.db, { userId: seeker.id }))?.content).toEqual(PASSPORT);
    // Copied onto another account, the row does not decrypt (the owner's id is authenticated data).
    expect(() => open(row, `passport:${seeker.id + 1}`)).toThrow();
  });

  it("records the consent once, with the version of its text; deleting withdraws it and stops every share", async () => {
    const { seeker, id } = await sentApplication({ share: true });
    await savePassport(handle.db, { userId: seeker.id, content: { ...PASSPORT, details: "更新" }, consentVersion: PASSPORT_CONSENT_VERSION });
    const consents = await listConsents(handle.db, { userId: seeker.id });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ purpose: PASSPORT_PURPOSE, text_version: PASSPORT_CONSENT_VERSION, withdrawn_at: null });
    await deletePassport(handle.db, { userId: seeker.id });
    expect(await getPassport(handle.db, { userId: seeker.id })).toBeNull();
    expect(await getActiveConsent(handle.db, { userId: seeker.id, purpose: PASSPORT_PURPOSE })).toBeUndefined();
    expect((await getOwnApplication(handle.db, { id, userId: seeker.id }))?.share_passport).toBe(false);
  });

  it("is shown to the organisation only while shared, and every read is audit-logged without its content", async () => {
    const { seeker, id } = await sentApplication({ share: true });
    const reader = await newUser();
    const first = await readSharedPassport(handle.db, { applicationId: id, readerUserId: reader.id });
    expect(first?.content).toEqual(PASSPORT);
    await readSharedPassport(handle.db, { applicationId: id, readerUserId: reader.id });
    const reads = (await listAudit(handle.db, { action: "passport.read", targetId: id })).filter((e) => e.actor_user_id === reader.id);
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ target_type: "application", target_id: String(id) });
    expect(JSON.stringify(reads[0]?.details)).not.toMatch(/NVDA|视力|text_only/);

    expect(await setPassportSharing(handle.db, { id, userId: seeker.id, share: false })).toBe(true);
    expect(await readSharedPassport(handle.db, { applicationId: id, readerUserId: reader.id })).toBeNull();
    // No access, no read: the log has no third entry.
    expect((await listAudit(handle.db, { action: "passport.read", targetId: id })).filter((e) => e.actor_user_id === reader.id)).toHaveLength(2);
    const kinds = (await listApplicationEvents(handle.db, { applicationId: id })).map((e) => e.kind);
    expect(kinds).toEqual(["status", "passport_shared", "passport_withdrawn"]);
  });

  it("is never shown for an application that does not share it", async () => {
    const { seeker, id } = await sentApplication();
    await savePassport(handle.db, { userId: seeker.id, content: PASSPORT, consentVersion: PASSPORT_CONSENT_VERSION });
    const reader = await newUser();
    expect(await readSharedPassport(handle.db, { applicationId: id, readerUserId: reader.id })).toBeNull();
    expect(await listAudit(handle.db, { action: "passport.read", targetId: id })).toEqual([]);
  });

  it("rotates keys: old rows stay readable with the old key listed, and are re-encrypted with the new one", async () => {
    const oldKey = Buffer.alloc(32, 1).toString("base64");
    const newKey = Buffer.alloc(32, 2).toString("base64");
    const before = keyRingFromEnv({ PASSPORT_KEY: oldKey, PASSPORT_KEY_ID: "2025", PASSPORT_OLD_KEYS: undefined });
    const after = keyRingFromEnv({ PASSPORT_KEY: newKey, PASSPORT_KEY_ID: "2026", PASSPORT_OLD_KEYS: `2025:${oldKey}` });
    const seeker = await newUser();
    await savePassport(handle.db, { userId: seeker.id, content: PASSPORT, consentVersion: PASSPORT_CONSENT_VERSION }, before);
    expect((await getPassport(handle.db, { userId: seeker.id }, after))?.content).toEqual(PASSPORT);
    const rotated = await reencryptPassports(handle.db, after);
    expect(rotated.reencrypted).toBe(1);
    // The other tests' passports used the demo key, which a real key ring no longer trusts.
    expect(rotated.unreadable).toBeGreaterThan(0);
    const row = await handle.db.selectFrom("accommodation_passport").select("key_id").where("user_id", "=", seeker.id).executeTakeFirstOrThrow();
    expect(row.key_id).toBe("2026");
    const onlyNew = keyRingFromEnv({ PASSPORT_KEY: newKey, PASSPORT_KEY_ID: "2026", PASSPORT_OLD_KEYS: undefined });
    expect((await getPassport(handle.db, { userId: seeker.id }, onlyNew))?.content).toEqual(PASSPORT);
    // Without the right key nothing decrypts, and a tampered ciphertext is refused.
    const sealed = seal("秘密", "passport:1", before);
    expect(() => open(sealed, "passport:1", onlyNew)).toThrow(/not configured/);
    const tampered = { ...sealed, ciphertext: Uint8Array.from(sealed.ciphertext, (b, i) => (i === 0 ? b ^ 1 : b)) };
    expect(() => open(tampered, "passport:1", before)).toThrow();
  });
});

describe("privacy", () => {
  it("exports the person's applications with their history", async () => {
    const { seeker } = await sentApplication({ share: true });
    const exported = await exportApplications(handle.db, { userId: seeker.id });
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ status: "submitted", message: "您好，我想申请这个职位。", sharesPassport: true });
    expect(exported[0]?.history.map((h) => h.kind)).toEqual(["status", "passport_shared"]);
  });

  it("deletes applications, the passport, consents and CV files with the account", async () => {
    const seeker = await newUser();
    const opening = await newOpening();
    const cv = await saveFile(handle.db, store, { purpose: "cv", originalName: "cv.pdf", contentType: "application/pdf", bytes: PDF, uploadedByUserId: seeker.id });
    await savePassport(handle.db, { userId: seeker.id, content: PASSPORT, consentVersion: PASSPORT_CONSENT_VERSION });
    await saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key: newApplicationKey(), fields: fields(), cvFileId: cv.id });
    await handle.db.transaction().execute(async (trx) => {
      await deleteApplicationFiles(trx, store, { userId: seeker.id });
      await deleteUser(trx, { id: seeker.id });
    });
    expect(await getFileInfo(handle.db, cv.id)).toBeUndefined();
    for (const table of ["application", "consent", "notification"] as const) {
      const rows = await handle.db.selectFrom(table).select("id").where(table === "application" ? "seeker_user_id" : "user_id", "=", seeker.id).execute();
      expect(rows, table).toEqual([]);
    }
    expect(await handle.db.selectFrom("accommodation_passport").select("user_id").where("user_id", "=", seeker.id).execute()).toEqual([]);
  });

  it("purges applications to closed or expired openings after the retention period, with their CVs, and keeps the rest", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 400 * 86_400_000);
    const closed = await sentApplication({ openingOverrides: { status: "closed" } });
    const expired = await sentApplication({ openingOverrides: { deadline: old.toISOString().slice(0, 10) } });
    const recentClosed = await sentApplication({ openingOverrides: { status: "closed" } });
    const open_ = await sentApplication();
    const cv = await saveFile(handle.db, store, { purpose: "cv", originalName: "cv.pdf", contentType: "application/pdf", bytes: PDF, uploadedByUserId: closed.seeker.id });
    await handle.db.updateTable("application").set({ cv_file_id: cv.id }).where("id", "=", closed.id).execute();
    // Nothing has happened on these two, or their openings, for 400 days.
    for (const a of [closed, expired, open_]) {
      await handle.db.updateTable("application").set({ updated_at: old }).where("id", "=", a.id).execute();
      await handle.db.updateTable("opening").set({ updated_at: old }).where("id", "=", a.opening.id).execute();
    }
    const purged = await runRetention(handle.db, store, { retentionDays: 365, now });
    expect(purged).toBe(2);
    const left = (await handle.db.selectFrom("application").select("id").where("id", "in", [closed.id, expired.id, recentClosed.id, open_.id]).execute()).map((r) => r.id);
    expect(left.sort()).toEqual([recentClosed.id, open_.id].sort());
    expect(await getFileInfo(handle.db, cv.id)).toBeUndefined();
    const audit = await listAudit(handle.db, { action: "application.purged" });
    expect(audit[0]?.details).toMatchObject({ count: 2, retentionDays: 365 });
    // Run again: nothing more to do.
    expect(await runRetention(handle.db, store, { retentionDays: 365, now })).toBe(0);
  });
});

describe("demo data", () => {
  it("gives the demo seeker a passport and applications in several states, the employer an inbox, and never duplicates them", async () => {
    await seedDemoData(handle.db);
    await seedDemoData(handle.db);
    const seeker = await handle.db.selectFrom("app_user").select("id").where("email", "=", DEMO.seeker.email).executeTakeFirstOrThrow();
    expect((await getPassport(handle.db, { userId: seeker.id }))?.content.needs).toContain("text_only_interview");
    expect(await getActiveConsent(handle.db, { userId: seeker.id, purpose: PASSPORT_PURPOSE })).toBeDefined();
    const mine = await handle.db.selectFrom("application").select(["status", "reference"]).where("seeker_user_id", "=", seeker.id).execute();
    expect(mine.map((a) => a.status).sort()).toEqual(["interview", "not_selected", "viewed"]);
    for (const a of mine) expect(a.reference).toMatch(/^AW-A-\d{4}-\d{6}$/);
    const employer = await handle.db.selectFrom("organisation").select("id").where("slug", "=", "brightline-annotation").executeTakeFirstOrThrow();
    const inbox = await handle.db
      .selectFrom("application as a")
      .innerJoin("opening as o", "o.id", "a.opening_id")
      .select(["a.status", "a.share_passport"])
      .where("o.employer_id", "=", employer.id)
      .execute();
    expect(inbox.filter((a) => a.status === "submitted")).toHaveLength(2);
    expect(inbox.some((a) => a.status === "submitted" && a.share_passport)).toBe(true);
  });
});
