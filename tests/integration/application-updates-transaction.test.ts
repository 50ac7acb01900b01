import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getApplicationForInbox, newApplicationKey } from "~/models/application.server";
import { grantAssistConsent } from "~/models/assisted-application.server";
import { recordAudit } from "~/models/audit.server";
import { databaseFileStore } from "~/models/stored-file.server";
import { createUser, upsertMembership } from "~/models/user.server";
import { noticeToOrganisation, noticeToSeeker } from "~/services/application-notices.server";
import {
  changeApplicationStatus,
  markApplicationViewed,
  sendOrganisationMessage,
  sendSeekerMessage,
  withdrawOwnApplication,
} from "~/services/application-updates.server";
import { submitApplication } from "~/services/apply.server";
import { sendAssistedApplication } from "~/services/assisted-apply.server";
import { ASSIST_CONSENT_VERSION } from "~/validation/application";
import type { DatabaseHandle } from "../../db/client";
import { applicationFields, createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// Each action on a sent application is one transaction (the change, its event row, its audit entry,
// the notification and the email): a failure after the change leaves the application as it was and
// nothing else written. Follows tests/integration/apply-transaction.test.ts.

let handle: DatabaseHandle;
let employerId: number;
let partnerId: number;
let staffUserId: number;
let counter = 0;

/** A sent application of a new seeker, as the inbox reads it. */
async function sentApplication() {
  const db = handle.db;
  const user = await createUser(db, { email: `upd-${++counter}-${Date.now()}@example.org`, passwordHash: "x", displayName: `申请人${counter}`, preferredLocale: "zh-CN" });
  if (!user) throw new Error("user not created");
  const opening = await createOpening(db, { employerId, partnerId });
  const sent = await submitApplication(db, databaseFileStore, {
    openingId: opening.id,
    userId: user.id,
    key: newApplicationKey(),
    draft: applicationFields(),
    submit: applicationFields(),
    opening: { title_zh: "客服专员", title_en: "Customer service" },
    seeker: { email: user.email, locale: "zh-CN" },
    origin: "http://localhost",
  });
  const application = await getApplicationForInbox(db, { id: sent.id });
  if (!application) throw new Error("application not found");
  return { user, application };
}

/** Everything an update may write about this application. */
async function written(applicationId: number, seekerUserId: number) {
  const db = handle.db;
  const row = await db.selectFrom("application").select(["status"]).where("id", "=", applicationId).executeTakeFirstOrThrow();
  const events = await db.selectFrom("application_event").select(["id"]).where("application_id", "=", applicationId).execute();
  const audit = await db.selectFrom("audit_log").select(["id"]).where("target_type", "=", "application").where("target_id", "=", String(applicationId)).execute();
  const notices = await db.selectFrom("notification").select(["id"]).where("user_id", "=", seekerUserId).execute();
  const emails = await db.selectFrom("outbox").select(["id"]).execute();
  return { status: row.status, events: events.length, audit: audit.length, notices: notices.length, emails: emails.length };
}

const failingNotice: typeof noticeToSeeker = async (db, args) => {
  await noticeToSeeker(db, args);
  throw new Error("notice failed");
};
const failingOrganisationNotice: typeof noticeToOrganisation = async (db, args) => {
  await noticeToOrganisation(db, args);
  throw new Error("notice failed");
};
const failingAudit: typeof recordAudit = async () => {
  throw new Error("audit failed");
};

beforeAll(async () => {
  handle = await createTestDatabase();
  employerId = (await createOrganisation(handle.db)).id;
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  // Someone reads the inbox, so the seeker's message queues an email the test can see disappear.
  const staff = await createUser(handle.db, { email: `upd-staff-${Date.now()}@example.org`, passwordHash: "x", displayName: "职员", preferredLocale: "zh-CN" });
  if (!staff) throw new Error("staff not created");
  staffUserId = staff.id;
  await upsertMembership(handle.db, { userId: staffUserId, organisationId: partnerId, role: "owner" });
});
afterAll(async () => {
  await handle?.close();
});

describe("updating a sent application in one transaction", () => {
  it("changes the status with its event, audit entry, notification and email together", async () => {
    const { user, application } = await sentApplication();
    const before = await written(application.id, user.id);
    expect(await changeApplicationStatus(handle.db, { application, actorUserId: staffUserId, status: "interview", message: null, origin: "http://localhost" })).toBe(true);
    expect(await written(application.id, user.id)).toEqual({
      status: "interview",
      events: before.events + 1,
      audit: before.audit + 1,
      notices: before.notices + 1,
      emails: before.emails + 1,
    });
  });

  it("leaves the status as it was when the notice fails after the change", async () => {
    const { user, application } = await sentApplication();
    const before = await written(application.id, user.id);
    const change = { application, actorUserId: staffUserId, status: "interview" as const, message: "请来面试", origin: "http://localhost" };
    await expect(changeApplicationStatus(handle.db, change, { notice: failingNotice })).rejects.toThrow("notice failed");
    expect(await written(application.id, user.id)).toEqual(before);
  });

  it("leaves the status as it was when the audit entry fails", async () => {
    const { user, application } = await sentApplication();
    const before = await written(application.id, user.id);
    const change = { application, actorUserId: staffUserId, status: "interview" as const, message: null, origin: "http://localhost" };
    await expect(changeApplicationStatus(handle.db, change, { audit: failingAudit })).rejects.toThrow("audit failed");
    expect(await written(application.id, user.id)).toEqual(before);
  });

  it("does not mark it viewed when telling the seeker fails", async () => {
    const { user, application } = await sentApplication();
    const before = await written(application.id, user.id);
    await expect(markApplicationViewed(handle.db, { application, actorUserId: staffUserId, origin: "http://localhost" }, { notice: failingNotice })).rejects.toThrow(
      "notice failed",
    );
    expect(await written(application.id, user.id)).toEqual(before);
    expect(before.status).toBe("submitted");
  });

  it("keeps no organisation message when its notice fails", async () => {
    const { user, application } = await sentApplication();
    const before = await written(application.id, user.id);
    await expect(
      sendOrganisationMessage(handle.db, { application, actorUserId: staffUserId, message: "你好", origin: "http://localhost" }, { notice: failingNotice }),
    ).rejects.toThrow("notice failed");
    expect(await written(application.id, user.id)).toEqual(before);
  });

  it("keeps no seeker message when the emails to the organisation fail", async () => {
    const { user, application } = await sentApplication();
    const before = await written(application.id, user.id);
    await expect(
      sendSeekerMessage(handle.db, { application, actorUserId: user.id, message: "谢谢", origin: "http://localhost" }, { noticeOrganisation: failingOrganisationNotice }),
    ).rejects.toThrow("notice failed");
    expect(await written(application.id, user.id)).toEqual(before);
    // The same message goes through, with its email to the inbox reader, when nothing fails.
    await sendSeekerMessage(handle.db, { application, actorUserId: user.id, message: "谢谢", origin: "http://localhost" });
    expect(await written(application.id, user.id)).toMatchObject({ events: before.events + 1, emails: before.emails + 1 });
  });

  it("does not withdraw when the audit entry or the notice fails", async () => {
    const { user, application } = await sentApplication();
    const before = await written(application.id, user.id);
    const withdraw = { application, userId: user.id, origin: "http://localhost" };
    await expect(withdrawOwnApplication(handle.db, withdraw, { audit: failingAudit })).rejects.toThrow("audit failed");
    await expect(withdrawOwnApplication(handle.db, withdraw, { notice: failingNotice })).rejects.toThrow("notice failed");
    expect(await written(application.id, user.id)).toEqual(before);
    expect(await withdrawOwnApplication(handle.db, withdraw)).toBe(true);
    expect(await written(application.id, user.id)).toMatchObject({ status: "withdrawn", audit: before.audit + 1, notices: before.notices + 1 });
  });
});

describe("sending an assisted application in one transaction", () => {
  async function assisted() {
    const db = handle.db;
    const seeker = await createUser(db, { email: `assist-${++counter}-${Date.now()}@example.org`, passwordHash: "x", displayName: `求职者${counter}`, preferredLocale: "en" });
    if (!seeker) throw new Error("seeker not created");
    await grantAssistConsent(db, { userId: seeker.id, partnerId, textVersion: ASSIST_CONSENT_VERSION });
    const opening = await createOpening(db, { employerId, partnerId });
    const partner = await db.selectFrom("organisation").select(["id", "name_zh", "name_en"]).where("id", "=", partnerId).executeTakeFirstOrThrow();
    const input = {
      openingId: opening.id,
      seeker: { id: seeker.id, email: seeker.email, preferred_locale: "en", display_name: `求职者${counter}` },
      staff: { id: staffUserId, display_name: "职员" },
      partner,
      opening: { title_zh: "客服专员", title_en: "Customer service" },
      key: newApplicationKey(),
      fields: { contactName: "求职者", contactPhone: "", experience: "", message: "代为申请" },
      origin: "http://localhost",
    };
    /** What sending writes: the seeker's applications, the audit entries about them, notifications, emails. */
    const count = async () => {
      const applications = await db.selectFrom("application").select(["id"]).where("seeker_user_id", "=", seeker.id).execute();
      const audit = await db.selectFrom("audit_log").select(["id"]).where("action", "=", "application.assisted").where("actor_user_id", "=", staffUserId).execute();
      const notices = await db.selectFrom("notification").select(["id"]).where("user_id", "=", seeker.id).execute();
      const emails = await db.selectFrom("outbox").select(["id"]).where("to_address", "=", seeker.email).execute();
      return { applications: applications.length, audit: audit.length, notices: notices.length, emails: emails.length };
    };
    return { input, count };
  }

  it("leaves no application when the seeker's notice fails, and sends all of it when nothing fails", async () => {
    const { input, count } = await assisted();
    const before = await count();
    await expect(sendAssistedApplication(handle.db, input, { notice: failingNotice })).rejects.toThrow("notice failed");
    expect(await count()).toEqual(before);
    expect((await sendAssistedApplication(handle.db, input)).outcome).toBe("submitted");
    expect(await count()).toEqual({ applications: before.applications + 1, audit: before.audit + 1, notices: before.notices + 1, emails: before.emails + 1 });
  });

  it("leaves no application when the audit entry fails", async () => {
    const { input, count } = await assisted();
    const before = await count();
    await expect(sendAssistedApplication(handle.db, input, { audit: failingAudit })).rejects.toThrow("audit failed");
    expect(await count()).toEqual(before);
  });
});
