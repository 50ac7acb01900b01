import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { ReportReason, ReportStatus } from "~/domain/opening";
import { recordAudit, type AuditAction } from "./audit.server";
import { inTransaction } from "../../db/transaction";

// Reports from the public and what partner staff decide about them. The reporter's contact
// address is used for one thing, telling them the outcome; it never enters the audit log, and it
// is erased once the report is settled.

type Db = Kysely<Database>;

/** Reports staff still have to settle: new ones, and ones waiting for the employer's answer. */
export const ACTIVE_REPORT_STATUSES: readonly ReportStatus[] = ["open", "employer_asked"];

/** Records a report on a public opening. The route has already checked that the opening is public. */
export async function createReport(
  db: Db,
  input: { openingId: number; reason: ReportReason; details: string | null; contactEmail: string | null; locale: "zh-CN" | "en" },
) {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto("opening_report")
      .values({
        opening_id: input.openingId,
        reason: input.reason,
        details: input.details,
        contact_email: input.contactEmail?.trim().toLowerCase() || null,
        locale: input.locale,
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    // Only the reason: neither the details (which may name people) nor the contact address.
    await recordAudit(trx, {
      actorUserId: null,
      action: "report.received",
      targetType: "opening_report",
      targetId: row.id,
      details: { opening: input.openingId, reason: input.reason },
    });
    return row;
  });
}

const reportColumns = [
  "r.id",
  "r.opening_id",
  "r.reason",
  "r.details",
  "r.locale",
  "r.status",
  "r.created_at",
  "r.decided_at",
  "r.decision_reason",
  sql<boolean>`r.contact_email is not null`.as("wants_outcome"),
  "o.title_zh",
  "o.title_en",
  "o.status as opening_status",
  "e.name_zh as employer_name_zh",
  "e.name_en as employer_name_en",
] as const;

/**
 * One page of the reports on a partner's openings, by status and reason (each optional): those
 * still to decide first, oldest first, with how many match in all.
 */
export async function searchPartnerReports(
  db: Db,
  { partnerId, status, reason, limit, offset }: { partnerId: number; status: ReportStatus | null; reason: ReportReason | null; limit: number; offset: number },
) {
  let query = db
    .selectFrom("opening_report as r")
    .innerJoin("opening as o", "o.id", "r.opening_id")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .where("o.partner_id", "=", partnerId);
  if (status) query = query.where("r.status", "=", status);
  if (reason) query = query.where("r.reason", "=", reason);
  const [rows, total] = await Promise.all([
    query
      .select([...reportColumns])
      .orderBy(sql`r.status in ('open', 'employer_asked')`, "desc")
      .orderBy("r.created_at", "asc")
      .orderBy("r.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** Reports on one opening (newest first); the caller has checked the opening is in the user's scope. */
export async function listOpeningReports(db: Db, { openingId }: { openingId: number }) {
  return db
    .selectFrom("opening_report as r")
    .innerJoin("opening as o", "o.id", "r.opening_id")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .select([...reportColumns])
    .where("r.opening_id", "=", openingId)
    .orderBy("r.id", "desc")
    .execute();
}

/** One report, if it is about an opening posted by one of the user's partners; otherwise undefined (404). */
export async function getScopedReport(db: Db, { id, partnerIds }: { id: number; partnerIds: readonly number[] }) {
  if (partnerIds.length === 0) return undefined;
  return db
    .selectFrom("opening_report as r")
    .innerJoin("opening as o", "o.id", "r.opening_id")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .leftJoin("app_user as u", "u.id", "r.decided_by_user_id")
    .select([...reportColumns, "o.partner_id", "o.employer_id", "u.display_name as decided_by_name"])
    .where("r.id", "=", id)
    .where("o.partner_id", "in", [...partnerIds])
    .executeTakeFirst();
}

/** What staff may decide about a report. */
export type ModerationDecision = "dismiss" | "ask_employer" | "unpublish";

const OUTCOME: Record<ModerationDecision, { status: ReportStatus; audit: AuditAction; settles: boolean }> = {
  dismiss: { status: "dismissed", audit: "report.dismissed", settles: true },
  ask_employer: { status: "employer_asked", audit: "report.employer_asked", settles: false },
  unpublish: { status: "unpublished", audit: "report.unpublished", settles: true },
};

/** The outcome of a moderation decision: the report's new status, or why it was refused. */
export type ModerationResult = { ok: true; status: ReportStatus } | { ok: false; error: "notFound" | "alreadySettled" | "notPublished" };

/** A report staff of `partnerIds` may decide, locked in the caller's transaction, with its opening's ids and title. */
export async function lockScopedReport(trx: Db, { id, partnerIds }: { id: number; partnerIds: readonly number[] }) {
  if (partnerIds.length === 0) return undefined;
  return trx
    .selectFrom("opening_report as r")
    .innerJoin("opening as o", "o.id", "r.opening_id")
    .select(["r.id", "r.status", "r.reason", "r.locale", "r.contact_email", "r.opening_id", "o.partner_id", "o.employer_id", "o.status as opening_status", "o.title_zh", "o.title_en"])
    .where("r.id", "=", id)
    .where("o.partner_id", "in", [...partnerIds])
    .forUpdate("r")
    .executeTakeFirst();
}

/** The other reports about an opening that are still open, so one decision settles them all. */
export async function listOtherActiveReportIds(trx: Db, { openingId, exceptId }: { openingId: number; exceptId: number }) {
  const rows = await trx
    .selectFrom("opening_report")
    .select("id")
    .where("opening_id", "=", openingId)
    .where("status", "in", [...ACTIVE_REPORT_STATUSES])
    .where("id", "!=", exceptId)
    .execute();
  return rows.map((row) => row.id);
}

/** The reporters among `ids` who left an address, with the language they wrote in. */
export async function listReporterContacts(trx: Db, { ids }: { ids: readonly number[] }) {
  const rows = await trx
    .selectFrom("opening_report")
    .select(["id", "contact_email", "locale"])
    .where("id", "in", [...ids])
    .where("contact_email", "is not", null)
    .execute();
  return rows.flatMap((row) => (row.contact_email ? [{ id: row.id, contactEmail: row.contact_email, locale: row.locale }] : []));
}

/**
 * Records the decision on `ids` (the decided report first, then those it settles with it): their
 * new status, who decided and why, one audit entry each. Once settled, the reporter's address is
 * erased (data minimisation: they have been told the final outcome). Returns the new status.
 */
export async function recordReportDecision(
  trx: Db,
  {
    ids,
    reportId,
    openingId,
    actorUserId,
    decision,
    reason,
  }: { ids: readonly number[]; reportId: number; openingId: number; actorUserId: number; decision: ModerationDecision; reason: string },
): Promise<ReportStatus> {
  const outcome = OUTCOME[decision];
  await trx
    .updateTable("opening_report")
    .set({
      status: outcome.status,
      decided_at: sql<Date>`now()`,
      decided_by_user_id: actorUserId,
      decision_reason: reason,
      ...(outcome.settles ? { contact_email: null } : {}),
    })
    .where("id", "in", [...ids])
    .execute();
  for (const settledId of ids) {
    await recordAudit(trx, {
      actorUserId,
      action: outcome.audit,
      targetType: "opening_report",
      targetId: settledId,
      details: { opening: openingId, reason, ...(settledId === reportId ? {} : { via_report: reportId }) },
    });
  }
  return outcome.status;
}
