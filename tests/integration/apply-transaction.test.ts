import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOwnApplicationForOpening, newApplicationKey } from "~/models/application.server";
import { recordAudit } from "~/models/audit.server";
import { databaseFileStore, diskFileStore, type FileStore } from "~/models/stored-file.server";
import { createUser } from "~/models/user.server";
import { submitApplication } from "~/services/apply.server";
import { noticeToSeeker } from "~/services/application-notices.server";
import type { DatabaseHandle } from "../../db/client";
import { applicationFields, createOpening, createOrganisation } from "../support/factories";
import { PDF } from "../support/files";
import { createTestDatabase } from "../support/test-db";

// Applying is one transaction: a failure after the submission (its audit entry, its notice and
// queued email) leaves no application, no stored file, no audit row and no email behind.

let handle: DatabaseHandle;
let employerId: number;
let partnerId: number;
let diskRoot: string;
let counter = 0;

const fields = applicationFields;

async function setting() {
  const user = await createUser(handle.db, { email: `tx-${++counter}-${Date.now()}@example.org`, passwordHash: "x", displayName: `申请人${counter}`, preferredLocale: "zh-CN" });
  if (!user) throw new Error("user not created");
  const opening = await createOpening(handle.db, { employerId, partnerId });
  return { user, opening };
}

function input(user: { id: number; email: string }, opening: { id: number }, more: Partial<Parameters<typeof submitApplication>[2]> = {}) {
  return {
    openingId: opening.id,
    userId: user.id,
    key: newApplicationKey(),
    draft: fields(),
    cv: { name: "简历.pdf", contentType: "application/pdf", bytes: PDF },
    submit: fields(),
    opening: { title_zh: "客服专员", title_en: "Customer service" },
    seeker: { email: user.email, locale: "zh-CN" },
    origin: "http://localhost",
    ...more,
  };
}

/** Everything applying writes for this person and opening. */
async function written(userId: number, openingId: number, email: string) {
  const db = handle.db;
  const application = await getOwnApplicationForOpening(db, { openingId, userId });
  const files = await db.selectFrom("stored_file").select(["id"]).where("uploaded_by_user_id", "=", userId).execute();
  const audit = await db.selectFrom("audit_log").select(["id"]).where("action", "=", "application.submitted").where("actor_user_id", "=", userId).execute();
  const emails = await db.selectFrom("outbox").select(["id"]).where("to_address", "=", email).execute();
  const notices = await db.selectFrom("notification").select(["id"]).where("user_id", "=", userId).execute();
  const events = await db
    .selectFrom("application_event as ev")
    .innerJoin("application as a", "a.id", "ev.application_id")
    .select(["ev.id"])
    .where("a.seeker_user_id", "=", userId)
    .execute();
  return { application, files: files.length, audit: audit.length, emails: emails.length, notices: notices.length, events: events.length };
}

/** A notice writer that writes its notification and email, then fails (the last step of applying). */
const failingNotice: typeof noticeToSeeker = async (db, args) => {
  await noticeToSeeker(db, args);
  throw new Error("notice failed");
};

beforeAll(async () => {
  handle = await createTestDatabase();
  employerId = (await createOrganisation(handle.db)).id;
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  diskRoot = await mkdtemp(path.join(tmpdir(), "aw-apply-tx-"));
});
afterAll(async () => {
  await handle?.close();
  if (diskRoot) await rm(diskRoot, { recursive: true, force: true });
});

describe("applying in one transaction", () => {
  it("writes the file, the application, its audit entry, notification and email together", async () => {
    const { user, opening } = await setting();
    const result = await submitApplication(handle.db, databaseFileStore, input(user, opening));
    expect(result.outcome).toBe("submitted");
    const after = await written(user.id, opening.id, user.email);
    expect(after.application?.status).toBe("submitted");
    expect(after.application?.cv_file_id).toBeTruthy();
    expect(after).toMatchObject({ files: 1, audit: 1, emails: 1, notices: 1, events: 1 });
  });

  it("leaves nothing written when the notice fails after everything else", async () => {
    const { user, opening } = await setting();
    await expect(submitApplication(handle.db, databaseFileStore, input(user, opening), { notice: failingNotice })).rejects.toThrow("notice failed");
    expect(await written(user.id, opening.id, user.email)).toEqual({ application: undefined, files: 0, audit: 0, emails: 0, notices: 0, events: 0 });
  });

  it("leaves nothing written when the audit entry fails", async () => {
    const { user, opening } = await setting();
    const failingAudit: typeof recordAudit = async () => {
      throw new Error("audit failed");
    };
    await expect(submitApplication(handle.db, databaseFileStore, input(user, opening), { audit: failingAudit })).rejects.toThrow("audit failed");
    expect(await written(user.id, opening.id, user.email)).toEqual({ application: undefined, files: 0, audit: 0, emails: 0, notices: 0, events: 0 });
  });

  it("keeps the earlier draft and its CV (bytes too) when sending with a new CV fails", async () => {
    const { user, opening } = await setting();
    const store: FileStore = diskFileStore(diskRoot);
    const key = newApplicationKey();
    const first = await submitApplication(handle.db, store, input(user, opening, { key, draft: fields({ message: "第一稿" }), submit: undefined }));
    expect(first.outcome).toBe("saved");
    const draft = await getOwnApplicationForOpening(handle.db, { openingId: opening.id, userId: user.id });
    const filesOnDisk = async () => (await readdir(diskRoot, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    expect(await filesOnDisk()).toEqual([draft?.cv_file_id]);

    await expect(
      submitApplication(handle.db, store, input(user, opening, { key, draft: fields({ message: "第二稿" }), submit: fields({ message: "第二稿" }) }), { notice: failingNotice }),
    ).rejects.toThrow("notice failed");

    const after = await written(user.id, opening.id, user.email);
    expect(after.application).toMatchObject({ status: "draft", message: "第一稿", cv_file_id: draft?.cv_file_id });
    expect(after).toMatchObject({ files: 1, audit: 0, emails: 0, notices: 0, events: 0 });
    // The old CV's bytes are still there to read, and the new CV's bytes did not stay behind.
    expect(await filesOnDisk()).toEqual([draft?.cv_file_id]);
  });
});
