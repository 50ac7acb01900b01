import { type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { criteriaUpTo, scoreApplication, type ScoredAnswer } from "~/utils/certification-score";
import { ACCESS_COLUMNS, isOwnOrganisation, mayReview, type Reviewer } from "./certification-policy.server";
import { getCriteriaVersion, thresholdsOf } from "./criteria.server";

type Db = Kysely<Database>;

// Employers' applications for certification, read as both sides' pages show them: one application
// with its criteria, answers and scores, its history, and who may open an answer's evidence. The
// employer's changes are in certification-employer.server.ts, the reviewer's in
// certification-review.server.ts, and the rules both follow in certification-policy.server.ts.

const APPLICATION_COLUMNS = [
  "a.id",
  "a.employer_id",
  "a.version_id",
  "a.target_level",
  "a.status",
  "a.renewal_of_id",
  "a.reviewing_partner_id",
  "a.reviewer_user_id",
  "a.reviewer_organisation_id",
  "a.second_reviewer_user_id",
  "a.second_reviewer_organisation_id",
  "a.second_reviewed_at",
  "a.outcomes_still_employed",
  "a.outcomes_checked_on",
  "a.outcomes_note",
  "a.decision_level",
  "a.decision_reason",
  "a.submitted_at",
  "a.decided_at",
  "a.created_at",
  "a.updated_at",
] as const;

/** One application with everything its pages show: version, criteria, answers, score, names. */
export async function loadApplication(db: Db, id: number) {
  const application = await db
    .selectFrom("certification_application as a")
    .innerJoin("organisation as e", "e.id", "a.employer_id")
    .innerJoin("criteria_version as v", "v.id", "a.version_id")
    .leftJoin("organisation as rp", "rp.id", "a.reviewing_partner_id")
    .leftJoin("app_user as r", "r.id", "a.reviewer_user_id")
    .leftJoin("organisation as ro", "ro.id", "a.reviewer_organisation_id")
    .leftJoin("app_user as r2", "r2.id", "a.second_reviewer_user_id")
    .leftJoin("organisation as ro2", "ro2.id", "a.second_reviewer_organisation_id")
    .leftJoin("certificate as cert", "cert.application_id", "a.id")
    .select(APPLICATION_COLUMNS)
    .select([
      "e.name_zh as employer_name_zh",
      "e.name_en as employer_name_en",
      "v.label as version_label",
      "rp.name_zh as reviewing_partner_zh",
      "rp.name_en as reviewing_partner_en",
      "r.display_name as reviewer_name",
      "ro.name_zh as reviewer_org_zh",
      "ro.name_en as reviewer_org_en",
      "r2.display_name as second_reviewer_name",
      "ro2.name_zh as second_reviewer_org_zh",
      "ro2.name_en as second_reviewer_org_en",
      "cert.number as certificate_number",
    ])
    .where("a.id", "=", id)
    .executeTakeFirst();
  if (!application) return undefined;
  const version = await getCriteriaVersion(db, { id: application.version_id });
  if (!version) return undefined;
  const answers = await db
    .selectFrom("certification_answer as x")
    .leftJoin("stored_file as f", "f.id", "x.evidence_file_id")
    .leftJoin("app_user as opener", "opener.id", "x.evidence_opened_by")
    .select([
      "x.criterion_id",
      "x.answer",
      "x.evidence_text",
      "x.evidence_url",
      "x.evidence_file_id",
      "x.employer_response",
      "x.review_verdict",
      "x.review_points",
      "x.review_reason",
      "x.change_request",
      "x.evidence_opened_at",
      "opener.display_name as evidence_opened_by_name",
      "f.original_name as file_name",
      "f.byte_size as file_size",
    ])
    .where("x.application_id", "=", id)
    .execute();
  const target = application.target_level ?? "committed";
  const criteria = criteriaUpTo(version.criteria, target);
  const byCriterion = new Map(answers.map((answer) => [answer.criterion_id, answer]));
  const scored = new Map<number, ScoredAnswer>(
    answers.map((answer) => [
      answer.criterion_id,
      {
        answer: answer.answer,
        hasEvidence: Boolean(answer.evidence_file_id || answer.evidence_text?.trim() || answer.evidence_url?.trim()),
        review_verdict: answer.review_verdict,
        review_points: answer.review_points,
      },
    ]),
  );
  const thresholds = thresholdsOf(version);
  const score = scoreApplication(version.criteria, scored, thresholds, { target });
  const reviewedScore = scoreApplication(version.criteria, scored, thresholds, { target, reviewed: true });
  return {
    application,
    version: { id: version.id, label: version.label, validity_months: version.validity_months, thresholds },
    criteria: criteria.map((criterion) => ({ ...criterion, answer: byCriterion.get(criterion.id) ?? null })),
    score,
    reviewedScore,
    scored,
    allCriteria: version.criteria,
  };
}

/** An application as its pages receive it. */
export type ApplicationDetail = NonNullable<Awaited<ReturnType<typeof loadApplication>>>;

/** The application's dated history from the audit log: who did what, and why. */
export async function listApplicationHistory(db: Db, { id }: { id: number }) {
  return db
    .selectFrom("audit_log as l")
    .leftJoin("app_user as u", "u.id", "l.actor_user_id")
    .select(["l.id", "l.at", "l.action", "l.details", "u.display_name as actor_name"])
    .where("l.target_type", "=", "certification_application")
    .where("l.target_id", "=", String(id))
    .orderBy("l.id", "desc")
    .execute();
}

/**
 * The evidence file of one answer, if the reader may see it: `employerIds` for the employer's
 * members (any status), or a `reviewer` who may see the application (`mayReview`) and is not
 * from the employer.
 */
export async function getEvidenceFileId(
  db: Db,
  { id, criterionId, employerIds, reviewer }: { id: number; criterionId: number; employerIds?: readonly number[]; reviewer?: Reviewer },
): Promise<string | undefined> {
  const row = await db
    .selectFrom("certification_answer as x")
    .innerJoin("certification_application as a", "a.id", "x.application_id")
    .select(["x.evidence_file_id", "a.employer_id", ...ACCESS_COLUMNS.map((c) => `a.${c}` as const)])
    .where("x.application_id", "=", id)
    .where("x.criterion_id", "=", criterionId)
    .executeTakeFirst();
  if (!row) return undefined;
  if (reviewer) {
    if (!mayReview(row, reviewer) || isOwnOrganisation(reviewer, row.employer_id)) return undefined;
  } else if (!employerIds || !employerIds.includes(row.employer_id)) {
    return undefined;
  }
  return row.evidence_file_id ?? undefined;
}
