import type { Kysely } from "kysely";
import { addMessage, changeStatus, markViewed, withdrawApplication } from "~/models/application.server";
import { recordAudit } from "~/models/audit.server";
import type { Database } from "../../db/schema";
import type { ApplicationStatus } from "~/domain/application";
import { noticeToOrganisation, noticeToSeeker, type NoticeSubject } from "./application-notices.server";

// What happens to a sent application after applying, each user action in one transaction: the
// change (status or message, with its event row), its audit entry, and the notification and email
// it sends. A failure anywhere leaves none of them: no status change the seeker is never told of,
// no email about a message that was not kept. (Applying itself is app/services/apply.server.ts.)

type Db = Kysely<Database>;

/** The writers these actions call after the change; a test may pass its own to fail mid-way. */
export type UpdateWriters = { audit?: typeof recordAudit; notice?: typeof noticeToSeeker; noticeOrganisation?: typeof noticeToOrganisation };

/** The organisation changes the status (with an optional message). False when it could not (withdrawn meanwhile). */
export async function changeApplicationStatus(
  db: Db,
  input: { application: NoticeSubject; actorUserId: number; status: ApplicationStatus; message: string | null; origin: string },
  { audit = recordAudit, notice = noticeToSeeker }: UpdateWriters = {},
): Promise<boolean> {
  const { application, actorUserId, status, message, origin } = input;
  return db.transaction().execute(async (trx) => {
    if (!(await changeStatus(trx, { id: application.id, actorUserId, status, message }))) return false;
    await audit(trx, { actorUserId, action: "application.status_changed", targetType: "application", targetId: application.id, details: { status } });
    await notice(trx, { application, kind: "status", status, origin });
    return true;
  });
}

/** The first time someone at the organisation opens a sent application: "viewed", and the seeker is told. */
export async function markApplicationViewed(
  db: Db,
  input: { application: NoticeSubject; actorUserId: number; origin: string },
  { notice = noticeToSeeker }: UpdateWriters = {},
): Promise<boolean> {
  const { application, actorUserId, origin } = input;
  return db.transaction().execute(async (trx) => {
    if (!(await markViewed(trx, { id: application.id, actorUserId }))) return false;
    await notice(trx, { application, kind: "status", status: "viewed", origin });
    return true;
  });
}

/** The organisation writes to the seeker: the message, and the seeker's notification and email. */
export async function sendOrganisationMessage(
  db: Db,
  input: { application: NoticeSubject; actorUserId: number; message: string; origin: string },
  { notice = noticeToSeeker }: UpdateWriters = {},
): Promise<void> {
  const { application, actorUserId, message, origin } = input;
  await db.transaction().execute(async (trx) => {
    await addMessage(trx, { applicationId: application.id, actorUserId, side: "organisation", message });
    await notice(trx, { application, kind: "message", origin });
  });
}

/** The seeker writes to the organisation: the message, and an email to each of its inbox readers. */
export async function sendSeekerMessage(
  db: Db,
  input: { application: Parameters<typeof noticeToOrganisation>[1]["application"]; actorUserId: number; message: string; origin: string },
  { noticeOrganisation = noticeToOrganisation }: UpdateWriters = {},
): Promise<void> {
  const { application, actorUserId, message, origin } = input;
  await db.transaction().execute(async (trx) => {
    await addMessage(trx, { applicationId: application.id, actorUserId, side: "seeker", message });
    await noticeOrganisation(trx, { application, origin });
  });
}

/** The seeker withdraws a sent application: the status, its audit entry and the seeker's notice. False when already closed. */
export async function withdrawOwnApplication(
  db: Db,
  input: { application: NoticeSubject; userId: number; origin: string },
  { audit = recordAudit, notice = noticeToSeeker }: UpdateWriters = {},
): Promise<boolean> {
  const { application, userId, origin } = input;
  return db.transaction().execute(async (trx) => {
    if (!(await withdrawApplication(trx, { id: application.id, userId }))) return false;
    await audit(trx, { actorUserId: userId, action: "application.withdrawn", targetType: "application", targetId: application.id });
    await notice(trx, { application, kind: "withdrawn", origin });
    return true;
  });
}
