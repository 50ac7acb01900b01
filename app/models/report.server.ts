import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { ReportReason, ReportStatus } from "~/domain/opening";
import { emailT } from "~/utils/emails.server";
import { recordAudit, type AuditAction } from "./audit.server";
import { emailEmployerMembers, transition, type OpeningScope } from "./opening-workflow.server";
import { enqueueEmail } from "./outbox.server";

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
  return db.transaction().execute(async (trx) => {
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

/** Reports on the openings a partner posted; active ones first, oldest first so none waits forever. */
export async function listPartnerReports(db: Db, { partnerId, active }: { partnerId: number; active?: boolean }) {
  let query = db
    .selectFrom("opening_report as r")
    .innerJoin("opening as o", "o.id", "r.opening_id")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .select([...reportColumns])
    .where("o.partner_id", "=", partnerId);
  if (active !== undefined) {
    query = query.where("r.status", active ? "in" : "not in", [...ACTIVE_REPORT_STATUSES]);
  }
  return query.orderBy(sql`r.status in ('open', 'employer_asked')`, "desc").orderBy("r.created_at", "asc").orderBy("r.id").execute();
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

/**
 * Records staff's decision on a report, with their reason, in one transaction:
 * - dismiss: nothing wrong was found;
 * - ask the employer: every member of the employer is emailed the concern (never the reporter's details);
 * - unpublish: the opening is taken down (closed, with a revision) and every open report on it is settled.
 * The reporter, if they left an address, is emailed the outcome; once settled, the address is erased.
 */
export async function decideReport(
  db: Db,
  {
    id,
    partnerIds,
    actorUserId,
    decision,
    reason,
    origin = "",
  }: { id: number; partnerIds: readonly number[]; actorUserId: number; decision: ModerationDecision; reason: string; origin?: string },
): Promise<ModerationResult> {
  return db.transaction().execute(async (trx) => {
    if (partnerIds.length === 0) return { ok: false, error: "notFound" } as const;
    const report = await trx
      .selectFrom("opening_report as r")
      .innerJoin("opening as o", "o.id", "r.opening_id")
      .select(["r.id", "r.status", "r.reason", "r.locale", "r.contact_email", "r.opening_id", "o.partner_id", "o.employer_id", "o.status as opening_status", "o.title_zh", "o.title_en"])
      .where("r.id", "=", id)
      .where("o.partner_id", "in", [...partnerIds])
      .forUpdate("r")
      .executeTakeFirst();
    if (!report) return { ok: false, error: "notFound" } as const;
    if (!ACTIVE_REPORT_STATUSES.includes(report.status)) return { ok: false, error: "alreadySettled" } as const;

    const outcome = OUTCOME[decision];
    const title = report.title_zh ?? report.title_en ?? "";
    let settledIds = [report.id];
    if (decision === "unpublish") {
      const scope: OpeningScope = { kind: "partner", organisationIds: [report.partner_id] };
      const result = await transition(trx, { id: report.opening_id, scope, actorUserId, action: "unpublish", reason, origin });
      if (!result.ok) return { ok: false, error: "notPublished" } as const;
      // Other people's reports about the same opening are settled by the same decision.
      const others = await trx
        .selectFrom("opening_report")
        .select("id")
        .where("opening_id", "=", report.opening_id)
        .where("status", "in", [...ACTIVE_REPORT_STATUSES])
        .where("id", "!=", report.id)
        .execute();
      settledIds = [report.id, ...others.map((row) => row.id)];
    }
    if (decision === "ask_employer") {
      await emailEmployerMembers(trx, {
        employerId: report.employer_id,
        compose: (t) => ({
          subject: t("moderation.email.employerSubject"),
          bodyText: t("moderation.email.employerBody", {
            title,
            concern: t(`report.reasons.${report.reason}`),
            reason,
            link: `${origin}/employer/openings/${report.opening_id}`,
          }),
        }),
      });
    }

    // Tell every reporter who asked, each in the language they wrote in.
    const reporters = await trx
      .selectFrom("opening_report")
      .select(["id", "contact_email", "locale"])
      .where("id", "in", settledIds)
      .where("contact_email", "is not", null)
      .execute();
    for (const reporter of reporters) {
      if (!reporter.contact_email) continue;
      const t = emailT(reporter.locale);
      await enqueueEmail(trx, {
        to: reporter.contact_email,
        subject: t("moderation.email.reporterSubject"),
        bodyText: t(`moderation.email.reporterBody_${decision}`, { title, link: `${origin}/openings/${report.opening_id}` }),
      });
    }

    await trx
      .updateTable("opening_report")
      .set({
        status: outcome.status,
        decided_at: sql<Date>`now()`,
        decided_by_user_id: actorUserId,
        decision_reason: reason,
        // Data minimisation: once the reporter has been told the final outcome, we forget how to reach them.
        ...(outcome.settles ? { contact_email: null } : {}),
      })
      .where("id", "in", settledIds)
      .execute();
    for (const settledId of settledIds) {
      await recordAudit(trx, {
        actorUserId,
        action: outcome.audit,
        targetType: "opening_report",
        targetId: settledId,
        details: { opening: report.opening_id, reason, ...(settledId === report.id ? {} : { via_report: report.id }) },
      });
    }
    return { ok: true, status: outcome.status } as const;
  });
}
