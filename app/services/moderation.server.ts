import type { Kysely } from "kysely";
import { transition } from "~/models/opening-workflow.server";
import { enqueueEmail } from "~/models/outbox.server";
import {
  ACTIVE_REPORT_STATUSES,
  listOtherActiveReportIds,
  listReporterContacts,
  lockScopedReport,
  recordReportDecision,
  type ModerationDecision,
  type ModerationResult,
} from "~/models/report.server";
import type { Database } from "../../db/schema";
import { emailEmployerMembers, emailT } from "./emails.server";

type Db = Kysely<Database>;

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
    const report = await lockScopedReport(trx, { id, partnerIds });
    if (!report) return { ok: false, error: "notFound" } as const;
    if (!ACTIVE_REPORT_STATUSES.includes(report.status)) return { ok: false, error: "alreadySettled" } as const;

    const title = report.title_zh ?? report.title_en ?? "";
    let settledIds = [report.id];
    if (decision === "unpublish") {
      const scope = { kind: "partner", organisationIds: [report.partner_id] } as const;
      const result = await transition(trx, { id: report.opening_id, scope, actorUserId, action: "unpublish", reason });
      if (!result.ok) return { ok: false, error: "notPublished" } as const;
      // Other people's reports about the same opening are settled by the same decision.
      settledIds = [report.id, ...(await listOtherActiveReportIds(trx, { openingId: report.opening_id, exceptId: report.id }))];
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
    for (const reporter of await listReporterContacts(trx, { ids: settledIds })) {
      const t = emailT(reporter.locale);
      await enqueueEmail(trx, {
        to: reporter.contactEmail,
        subject: t("moderation.email.reporterSubject"),
        bodyText: t(`moderation.email.reporterBody_${decision}`, { title, link: `${origin}/openings/${report.opening_id}` }),
      });
    }

    const status = await recordReportDecision(trx, { ids: settledIds, reportId: report.id, openingId: report.opening_id, actorUserId, decision, reason });
    return { ok: true, status } as const;
  });
}
