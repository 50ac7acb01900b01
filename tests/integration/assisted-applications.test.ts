import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  exportApplications,
  getOwnApplication,
  getOwnApplicationForOpening,
  listApplicationEvents,
  newApplicationKey,
  saveDraft,
  submitDraft,
  withdrawApplication,
  type ApplicationFields,
} from "~/models/application.server";
import {
  ASSIST_PURPOSE,
  getConsentingSeeker,
  grantAssistConsent,
  listConsentingSeekers,
  listOwnAssistConsents,
  submitAssistedApplication,
  withdrawAssistConsent,
} from "~/models/assisted-application.server";
import { databaseFileStore } from "~/models/stored-file.server";
import { createUser, upsertMembership } from "~/models/user.server";
import { noticeToOrganisation, noticeToSeeker } from "~/services/application-notices.server";
import { ASSIST_CONSENT_VERSION } from "~/validation/application";
import type { DatabaseHandle } from "../../db/client";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// Assisted applications (the seeker's permission for a named partner, and what its staff may do
// with it), reapplying after withdrawing, and the email that tells the organisation about a
// seeker's message.

let handle: DatabaseHandle;
let employerId: number;
let partnerId: number;
let otherPartnerId: number;
let counter = 0;
const store = databaseFileStore;

const fields = (overrides: Partial<ApplicationFields> = {}): ApplicationFields => ({
  contactName: "小李",
  contactPhone: "",
  experience: "",
  message: "您好，我想申请这个职位。",
  sharePassport: false,
  ...overrides,
});

async function newUser(locale: "zh-CN" | "en" = "zh-CN") {
  const user = await createUser(handle.db, { email: `assist-${++counter}-${Date.now()}@example.org`, passwordHash: "x", displayName: `用户${counter}`, preferredLocale: locale });
  if (!user) throw new Error("user not created");
  return user;
}

const newOpening = () => createOpening(handle.db, { employerId, partnerId });

beforeAll(async () => {
  handle = await createTestDatabase();
  employerId = (await createOrganisation(handle.db)).id;
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  otherPartnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
});
afterAll(async () => {
  await handle?.close();
});

describe("the seeker's permission for a partner to apply for them", () => {
  it("is recorded with its text version, once, and lets that partner's staff apply; the application names who sent it", async () => {
    const seeker = await newUser();
    const staff = await newUser();
    const opening = await newOpening();
    const first = await grantAssistConsent(handle.db, { userId: seeker.id, partnerId, textVersion: ASSIST_CONSENT_VERSION });
    const again = await grantAssistConsent(handle.db, { userId: seeker.id, partnerId, textVersion: ASSIST_CONSENT_VERSION });
    expect(first).toMatchObject({ ok: true, created: true });
    expect(again).toMatchObject({ ok: true, created: false });
    const consents = await listOwnAssistConsents(handle.db, { userId: seeker.id });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ partner_id: partnerId, text_version: ASSIST_CONSENT_VERSION });
    expect((await listConsentingSeekers(handle.db, { partnerId })).map((s) => s.id)).toContain(seeker.id);

    const key = newApplicationKey();
    const input = { openingId: opening.id, seekerUserId: seeker.id, staffUserId: staff.id, partnerId, key, fields: { contactName: "小李", contactPhone: "", experience: "", message: "代为申请" } };
    const [a, b] = await Promise.all([submitAssistedApplication(handle.db, input), submitAssistedApplication(handle.db, input)]);
    // A double click: one application, the second request finds it.
    expect([a.outcome, b.outcome].sort()).toEqual(["already", "submitted"]);
    const id = a.outcome === "submitted" ? a.id : b.outcome === "submitted" ? b.id : 0;
    const application = await getOwnApplication(handle.db, { id, userId: seeker.id });
    expect(application).toMatchObject({ status: "submitted", submitted_by_user_id: staff.id, assisted_partner_id: partnerId, share_passport: false, helper_name: staff.display_name });
    expect(application?.reference).toMatch(/^AW-A-\d{4}-\d{6}$/);
    const events = await listApplicationEvents(handle.db, { applicationId: id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: "submitted", partner_id: partnerId, actor_name: staff.display_name });
    // The person's data download says who sent it for them.
    const exported = await exportApplications(handle.db, { userId: seeker.id });
    expect(exported.find((e) => e.reference === application?.reference)?.sentFor).toMatchObject({ by: staff.display_name });

    // The seeker hears about it, naming the staff member and the partner, in the portal and by email.
    await noticeToSeeker(handle.db, {
      application: { id, seeker_user_id: seeker.id, reference: application?.reference ?? "", title_zh: "测试职位", title_en: "Test opening", seeker_email: seeker.email, seeker_locale: "zh-CN" },
      kind: "assisted",
      origin: "http://test",
      helper: { name: staff.display_name, partner_zh: "测试合作机构", partner_en: "Test partner" },
    });
    const note = await handle.db.selectFrom("notification").select(["kind", "params"]).where("user_id", "=", seeker.id).executeTakeFirstOrThrow();
    expect(note).toMatchObject({ kind: "assisted", params: { helper: staff.display_name, partner_zh: "测试合作机构" } });
    const mail = await handle.db.selectFrom("outbox").select(["subject", "body_text"]).where("to_address", "=", seeker.email).executeTakeFirstOrThrow();
    expect(mail.body_text).toContain(`测试合作机构的${staff.display_name}`);
    expect(mail.body_text).toContain(`http://test/account/applications/${id}`);
  });

  it("refuses another partner's staff, and a partner that is not a verified partner organisation", async () => {
    const seeker = await newUser();
    const staff = await newUser();
    const opening = await newOpening();
    await grantAssistConsent(handle.db, { userId: seeker.id, partnerId, textVersion: ASSIST_CONSENT_VERSION });
    expect(await getConsentingSeeker(handle.db, { partnerId: otherPartnerId, seekerUserId: seeker.id })).toBeUndefined();
    expect((await listConsentingSeekers(handle.db, { partnerId: otherPartnerId })).map((s) => s.id)).not.toContain(seeker.id);
    const result = await submitAssistedApplication(handle.db, {
      openingId: opening.id,
      seekerUserId: seeker.id,
      staffUserId: staff.id,
      partnerId: otherPartnerId,
      key: newApplicationKey(),
      fields: { contactName: "x", contactPhone: "", experience: "", message: "x" },
    });
    expect(result.outcome).toBe("no_consent");
    expect(await getOwnApplicationForOpening(handle.db, { openingId: opening.id, userId: seeker.id })).toBeUndefined();
    // An employer is not a partner a seeker can name.
    expect(await grantAssistConsent(handle.db, { userId: seeker.id, partnerId: employerId, textVersion: ASSIST_CONSENT_VERSION })).toEqual({ ok: false });
  });

  it("ends at once when withdrawn: the partner's staff can no longer apply, and only the owner can withdraw it", async () => {
    const seeker = await newUser();
    const stranger = await newUser();
    const staff = await newUser();
    const opening = await newOpening();
    await grantAssistConsent(handle.db, { userId: seeker.id, partnerId, textVersion: ASSIST_CONSENT_VERSION });
    const [consent] = await listOwnAssistConsents(handle.db, { userId: seeker.id });
    if (!consent) throw new Error("no consent");
    expect(await withdrawAssistConsent(handle.db, { userId: stranger.id, consentId: consent.id })).toBeNull();
    expect(await withdrawAssistConsent(handle.db, { userId: seeker.id, consentId: consent.id })).toEqual({ partnerId });
    expect(await listOwnAssistConsents(handle.db, { userId: seeker.id })).toHaveLength(0);
    expect(await getConsentingSeeker(handle.db, { partnerId, seekerUserId: seeker.id })).toBeUndefined();
    const result = await submitAssistedApplication(handle.db, {
      openingId: opening.id,
      seekerUserId: seeker.id,
      staffUserId: staff.id,
      partnerId,
      key: newApplicationKey(),
      fields: { contactName: "x", contactPhone: "", experience: "", message: "x" },
    });
    expect(result.outcome).toBe("no_consent");
    // The withdrawn row stays, dated, for the record (and the data export); a new one can be given.
    const rows = await handle.db.selectFrom("consent").select(["withdrawn_at"]).where("user_id", "=", seeker.id).where("purpose", "=", ASSIST_PURPOSE).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.withdrawn_at).toBeInstanceOf(Date);
    expect(await grantAssistConsent(handle.db, { userId: seeker.id, partnerId, textVersion: ASSIST_CONSENT_VERSION })).toMatchObject({ ok: true, created: true });
  });

  it("never applies over the seeker's own application or draft", async () => {
    const seeker = await newUser();
    const staff = await newUser();
    const opening = await newOpening();
    await grantAssistConsent(handle.db, { userId: seeker.id, partnerId, textVersion: ASSIST_CONSENT_VERSION });
    await saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key: newApplicationKey(), fields: fields({ message: "我自己的草稿" }) });
    const result = await submitAssistedApplication(handle.db, {
      openingId: opening.id,
      seekerUserId: seeker.id,
      staffUserId: staff.id,
      partnerId,
      key: newApplicationKey(),
      fields: { contactName: "x", contactPhone: "", experience: "", message: "代为申请" },
    });
    expect(result.outcome).toBe("exists");
    expect((await getOwnApplicationForOpening(handle.db, { openingId: opening.id, userId: seeker.id }))?.message).toBe("我自己的草稿");
  });
});

describe("reapplying after withdrawing", () => {
  it("lets a withdrawn application be followed by a new one, while a second current one stays impossible", async () => {
    const seeker = await newUser();
    const opening = await newOpening();
    const first = await saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key: newApplicationKey(), fields: fields({ message: "第一次" }) });
    if (!first) throw new Error("no draft");
    await submitDraft(handle.db, { applicationId: first.id, userId: seeker.id });
    expect(await withdrawApplication(handle.db, { id: first.id, userId: seeker.id })).toBe(true);
    expect(await getOwnApplicationForOpening(handle.db, { openingId: opening.id, userId: seeker.id })).toBeUndefined();

    // Two forms sent at the same moment with different keys still make one new draft.
    await Promise.all([
      saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key: newApplicationKey(), fields: fields({ message: "第二次" }) }),
      saveDraft(handle.db, store, { openingId: opening.id, userId: seeker.id, key: newApplicationKey(), fields: fields({ message: "第二次" }) }),
    ]).catch(() => undefined);
    const second = await getOwnApplicationForOpening(handle.db, { openingId: opening.id, userId: seeker.id });
    expect(second).toMatchObject({ status: "draft", message: "第二次" });
    if (!second) return;
    expect(second.id).not.toBe(first.id);
    const [a, b] = await Promise.all([
      submitDraft(handle.db, { applicationId: second.id, userId: seeker.id }),
      submitDraft(handle.db, { applicationId: second.id, userId: seeker.id }),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(["already", "submitted"]);
    const rows = await handle.db.selectFrom("application").select(["status"]).where("opening_id", "=", opening.id).where("seeker_user_id", "=", seeker.id).orderBy("id").execute();
    expect(rows.map((r) => r.status)).toEqual(["withdrawn", "submitted"]);
    // The database itself refuses a second current application.
    await expect(
      handle.db
        .insertInto("application")
        .values({ opening_id: opening.id, seeker_user_id: seeker.id, idempotency_key: newApplicationKey() })
        .execute(),
    ).rejects.toThrow();
  });
});

describe("a seeker's message reaches the organisation", () => {
  it("emails each member of the employer and the posting partner once, in their own language, with a link and without the message", async () => {
    const employer = await createOrganisation(handle.db);
    const partner = await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" });
    const english = await newUser("en");
    const chinese = await newUser("zh-CN");
    const both = await newUser("en");
    const outsider = await newUser("zh-CN");
    await upsertMembership(handle.db, { userId: english.id, organisationId: employer.id, role: "owner" });
    await upsertMembership(handle.db, { userId: chinese.id, organisationId: partner.id, role: "staff" });
    await upsertMembership(handle.db, { userId: both.id, organisationId: employer.id, role: "member" });
    await upsertMembership(handle.db, { userId: both.id, organisationId: partner.id, role: "staff" });
    await noticeToOrganisation(handle.db, {
      application: { id: 4242, reference: "AW-A-2026-004242", title_zh: "在线文字客服", title_en: "Online text support", employer_id: employer.id, partner_id: partner.id },
      origin: "http://test",
    });
    const mails = await handle.db
      .selectFrom("outbox")
      .select(["to_address", "subject", "body_text"])
      .where("to_address", "in", [english.email, chinese.email, both.email, outsider.email])
      .execute();
    expect(mails.map((m) => m.to_address).sort()).toEqual([english.email, chinese.email, both.email].sort());
    const to = (email: string) => mails.find((m) => m.to_address === email);
    expect(to(english.email)?.subject).toBe("AccessWork: a message from an applicant (AW-A-2026-004242)");
    expect(to(english.email)?.body_text).toContain("“Online text support”");
    expect(to(chinese.email)?.subject).toBe("无碍就业：申请人发来一条消息（AW-A-2026-004242）");
    expect(to(chinese.email)?.body_text).toContain("“在线文字客服”");
    for (const mail of mails) expect(mail.body_text).toContain("http://test/inbox/applications/4242");
  });
});
