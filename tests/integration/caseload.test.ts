import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMobileCode } from "~/models/mobile-code.server";
import { getCaseloadSeeker, getConsentScanFileId, searchCaseload } from "~/models/caseload.server";
import { databaseFileStore, readFileContent } from "~/models/stored-file.server";
import { noteOnSeeker, registerOfflineSeeker } from "~/services/caseload.server";
import { finishMobileSignUp } from "~/services/sign-up.server";
import type { DatabaseHandle } from "../../db/client";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// Issue 19, item 5: staff register job seekers who come to the office or phone, with the permission
// they gave on paper or by phone, keep notes, and the person later claims the account with their number.

let handle: DatabaseHandle;
let partnerId: number;
let otherPartnerId: number;
let staffId: number;
let counter = 0;
const nextMobile = () => `137${String(Date.now() % 10_000).padStart(4, "0")}${String(++counter).padStart(4, "0")}`;
const register = (mobile: string, name = "张桂兰", partner = partnerId) =>
  registerOfflineSeeker(handle.db, databaseFileStore, { partnerId: partner, staffUserId: staffId, displayName: name, mobile, preferredWork: "居家客服", how: "paper", note: "档案柜 2026-031 号", textVersion: "assist-2026-11" });

beforeAll(async () => {
  handle = await createTestDatabase();
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "employment_centre" })).id;
  otherPartnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  staffId = (await handle.db.insertInto("app_user").values({ email: `staff-${Date.now()}@example.org`, password_hash: "x", display_name: "王明" }).returning("id").executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await handle?.close();
});

describe("an offline job seeker", () => {
  it("gets an account without a password and a permission recorded with how and by whom, audited", async () => {
    const mobile = nextMobile();
    const registered = await register(mobile);
    if (!registered.ok) throw new Error(registered.error);
    const user = await handle.db.selectFrom("app_user").selectAll().where("id", "=", registered.id).executeTakeFirstOrThrow();
    expect(user).toMatchObject({ mobile, email: null, password_hash: null, mobile_verified_at: null, registered_by_partner_id: partnerId, claimed_at: null });
    const found = await getCaseloadSeeker(handle.db, { partnerId, seekerUserId: registered.id });
    expect(found?.consents).toEqual([
      expect.objectContaining({ recorded_how: "paper", recorded_by_name: "王明", recorded_note: "档案柜 2026-031 号", withdrawn_at: null }),
    ]);
    const audit = await handle.db.selectFrom("audit_log").select(["action", "actor_user_id"]).where("target_id", "=", String(registered.id)).where("action", "=", "caseload.seeker_registered").execute();
    expect(audit).toEqual([{ action: "caseload.seeker_registered", actor_user_id: staffId }]);
    // A number that has an account already is refused: staff cannot attach a permission to it.
    expect(await register(mobile, "别人")).toEqual({ ok: false, error: "mobileTaken" });
  });

  it("keeps a scan of the signed paper form, which only that partner's staff and the person can open", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n% 授权书扫描件\n%%EOF\n");
    const registered = await registerOfflineSeeker(handle.db, databaseFileStore, {
      partnerId,
      staffUserId: staffId,
      displayName: "李秀珍",
      mobile: nextMobile(),
      preferredWork: null,
      how: "paper",
      note: "档案柜 2026-040 号",
      textVersion: "assist-2026-11",
      scan: { name: "授权书.pdf", contentType: "application/pdf", bytes: pdf },
    });
    if (!registered.ok) throw new Error("not registered");
    const seeker = await getCaseloadSeeker(handle.db, { partnerId, seekerUserId: registered.id });
    const consent = seeker?.consents[0];
    expect(consent).toMatchObject({ recorded_how: "paper", has_scan: true });
    if (!consent) throw new Error("no consent");
    const staffRead = await getConsentScanFileId(handle.db, { consentId: consent.id, seekerUserId: registered.id, reader: { partnerIds: [partnerId] } });
    expect(staffRead).toBeTruthy();
    const file = await readFileContent(handle.db, databaseFileStore, staffRead ?? "");
    expect(file?.info).toMatchObject({ purpose: "consent_scan", contentType: "application/pdf", originalName: "授权书.pdf" });
    expect(Buffer.from(file?.bytes ?? new Uint8Array()).equals(Buffer.from(pdf))).toBe(true);
    // The person themselves, yes; another partner's staff, another person, or the wrong seeker id, no.
    expect(await getConsentScanFileId(handle.db, { consentId: consent.id, seekerUserId: registered.id, reader: { ownerUserId: registered.id } })).toBe(staffRead);
    expect(await getConsentScanFileId(handle.db, { consentId: consent.id, seekerUserId: registered.id, reader: { partnerIds: [otherPartnerId] } })).toBeUndefined();
    expect(await getConsentScanFileId(handle.db, { consentId: consent.id, seekerUserId: registered.id, reader: { ownerUserId: staffId } })).toBeUndefined();
    expect(await getConsentScanFileId(handle.db, { consentId: consent.id, seekerUserId: staffId, reader: { partnerIds: [partnerId] } })).toBeUndefined();
    // Registered without a scan: nothing to open.
    const plain = await register(nextMobile(), "王建华");
    if (!plain.ok) throw new Error("not registered");
    const plainConsent = (await getCaseloadSeeker(handle.db, { partnerId, seekerUserId: plain.id }))?.consents[0];
    expect(plainConsent?.has_scan).toBe(false);
    expect(await getConsentScanFileId(handle.db, { consentId: plainConsent?.id ?? 0, seekerUserId: plain.id, reader: { partnerIds: [partnerId] } })).toBeUndefined();
  });

  it("is in their partner's caseload only, found by name or number, with the next step of the newest note", async () => {
    const mobile = nextMobile();
    const registered = await register(mobile, "李春花");
    if (!registered.ok) throw new Error(registered.error);
    await noteOnSeeker(handle.db, { partnerId, seekerUserId: registered.id, authorUserId: staffId, body: "来电咨询", nextStep: "周五回电", nextStepDue: "2026-12-11" });
    const byName = await searchCaseload(handle.db, { partnerId, words: ["春花"], page: 1 });
    expect(byName.seekers.map((s) => [s.display_name, s.next_step, s.next_step_due, s.hasPassword])).toEqual([["李春花", "周五回电", "2026-12-11", false]]);
    // Part of the number: its last eight digits, which hold this file's counter. Six digits taken from
    // the middle once matched another test's number too (the same time digits across positions).
    expect((await searchCaseload(handle.db, { partnerId, words: [mobile.slice(3)], page: 1 })).seekers.map((s) => s.id)).toEqual([registered.id]);
    expect(await getCaseloadSeeker(handle.db, { partnerId: otherPartnerId, seekerUserId: registered.id })).toBeUndefined();
    expect((await searchCaseload(handle.db, { partnerId: otherPartnerId, words: ["春花"], page: 1 })).total).toBe(0);
  });

  it("claims the account by signing up with the number: their password, and what staff recorded stays", async () => {
    const mobile = nextMobile();
    const registered = await register(mobile, "张桂兰");
    if (!registered.ok) throw new Error(registered.error);
    const { ref, code } = await createMobileCode(handle.db, { mobile, payload: { kind: "seeker", displayName: "张桂兰", passwordHash: "new-hash", preferredLocale: "zh-CN" } });
    expect(await finishMobileSignUp(handle.db, { ref, code, userAgent: "test", origin: "http://localhost" })).toMatchObject({ ok: true, kind: "seeker" });
    const user = await handle.db.selectFrom("app_user").selectAll().where("mobile", "=", mobile).executeTakeFirstOrThrow();
    expect(user.id).toBe(registered.id);
    expect(user.password_hash).toBe("new-hash");
    expect(user.claimed_at).not.toBeNull();
    expect(user.mobile_verified_at).not.toBeNull();
    expect((await getCaseloadSeeker(handle.db, { partnerId, seekerUserId: registered.id }))?.consents).toHaveLength(1);
    // Claimed once: a second sign-up with the number is refused as taken.
    const again = await createMobileCode(handle.db, { mobile, payload: { kind: "seeker", displayName: "冒名者", passwordHash: "x", preferredLocale: "zh-CN" } });
    expect(await finishMobileSignUp(handle.db, { ref: again.ref, code: again.code, userAgent: "test", origin: "http://localhost" })).toEqual({ ok: false, error: "mobileTaken" });
  });
});
