import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { AssessmentArea, CertificateLevel, CertificationStatus } from "~/domain/certification";
import {
  areasMet,
  criteriaUpTo,
  levelRank,
  scoreApplication,
  type ScoredAnswer,
} from "~/utils/certification-score";
import { recordAudit } from "./audit.server";
import { chinaToday, countOutcomes } from "./check-back.server";
import { getCriteriaVersion, getPublishedVersion, thresholdsOf } from "./criteria.server";
import { saveFile, type FileStore } from "./stored-file.server";

type Db = Kysely<Database>;

// Employers' applications for certification, and their review by partner staff. Employers reach
// an application only through their own organisations; staff see it once it has been submitted.

/** Statuses in which the employer may still change their answers. */
export const EDITABLE_STATUSES: readonly CertificationStatus[] = ["draft", "changes_requested"];
/** Statuses a reviewer works on. */
const OPEN_STATUSES: readonly CertificationStatus[] = ["draft", "under_review", "changes_requested"];

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
async function loadApplication(db: Db, id: number) {
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

/** The employer's application, if it belongs to one of `employerIds`; otherwise undefined (answer 404). */
export async function getEmployerApplication(db: Db, { id, employerIds }: { id: number; employerIds: readonly number[] }) {
  if (employerIds.length === 0) return undefined;
  const owned = await db
    .selectFrom("certification_application")
    .select("id")
    .where("id", "=", id)
    .where("employer_id", "in", employerIds)
    .executeTakeFirst();
  return owned ? loadApplication(db, id) : undefined;
}

/** What deciding who may see an application needs of it. */
type AccessRow = {
  status: CertificationStatus;
  target_level: CertificateLevel | null;
  reviewing_partner_id: number | null;
  reviewer_user_id: number | null;
  reviewer_organisation_id: number | null;
  second_reviewer_user_id: number | null;
};

const ACCESS_COLUMNS = [
  "status",
  "target_level",
  "reviewing_partner_id",
  "reviewer_user_id",
  "reviewer_organisation_id",
  "second_reviewer_user_id",
] as const;

/** True while an Inclusion Leader application has its first reviewer and waits for a second. */
export function wantsSecondReview(row: AccessRow): boolean {
  return row.target_level === "inclusion_leader" && row.status === "under_review" && row.reviewer_user_id !== null && row.second_reviewer_user_id === null;
}

/**
 * Whether this staff member may see a submitted application (docs/decisions/012): staff of the
 * partner the employer sent it to; whoever reviewed it; and, while an Inclusion Leader application
 * waits for its second review, staff of any other partner. Drafts are the employer's alone.
 * Applications submitted before the employer chose a partner are open to every partner.
 */
export function mayReview(row: AccessRow, reviewer: Reviewer): boolean {
  if (row.status === "draft") return false;
  if (row.reviewer_user_id === reviewer.userId || row.second_reviewer_user_id === reviewer.userId) return true;
  if (row.reviewing_partner_id === null) return reviewer.partnerIds.length > 0;
  if (reviewer.partnerIds.includes(row.reviewing_partner_id)) return true;
  return wantsSecondReview(row) && reviewer.partnerIds.some((p) => p !== row.reviewer_organisation_id && p !== row.reviewing_partner_id);
}

/** A submitted application for a reviewer who may see it (`mayReview`); otherwise undefined (answer 404). */
export async function getApplicationForReview(db: Db, { id, reviewer }: { id: number; reviewer: Reviewer }) {
  const row = await db.selectFrom("certification_application").select(ACCESS_COLUMNS).where("id", "=", id).executeTakeFirst();
  if (!row || !mayReview(row, reviewer)) return undefined;
  return loadApplication(db, id);
}

/** The partner that reviewed the employer's last submitted application, to preselect on the next one. */
export async function previousReviewingPartner(db: Db, { employerId }: { employerId: number }): Promise<number | null> {
  const row = await db
    .selectFrom("certification_application")
    .select("reviewing_partner_id")
    .where("employer_id", "=", employerId)
    .where("reviewing_partner_id", "is not", null)
    .orderBy("id", "desc")
    .executeTakeFirst();
  return row?.reviewing_partner_id ?? null;
}

/** An employer's applications and certificates, newest first, for their certification page. */
export async function listEmployerCertification(db: Db, { employerId }: { employerId: number }) {
  const [applications, certificates] = await Promise.all([
    db
      .selectFrom("certification_application as a")
      .innerJoin("criteria_version as v", "v.id", "a.version_id")
      .select(["a.id", "a.status", "a.target_level", "a.decision_level", "a.updated_at", "a.submitted_at", "v.label as version_label"])
      .where("a.employer_id", "=", employerId)
      .orderBy("a.id", "desc")
      .execute(),
    db
      .selectFrom("certificate")
      .select(["number", "level", "status", "issued_on", "expires_on", "criteria_version", sql<boolean>`expires_on < current_date`.as("past_expiry")])
      .where("employer_id", "=", employerId)
      .orderBy("issued_on", "desc")
      .execute(),
  ]);
  return {
    applications,
    certificates: certificates.map(({ past_expiry, ...c }) => ({ ...c, status: c.status === "valid" && past_expiry ? ("expired" as const) : c.status })),
  };
}

/**
 * Starts an application for the employer on the published criteria, or returns the one already
 * open. A renewal (the employer has an approved application) starts from a copy of its answers
 * and evidence, matched by criterion code, so only what changed needs new work.
 */
export async function startApplication(
  db: Db,
  { employerId, actorUserId }: { employerId: number; actorUserId: number },
): Promise<{ ok: true; id: number; created: boolean } | { ok: false; error: "noCriteria" }> {
  return db.transaction().execute(async (trx) => {
    // One at a time per employer: lock the employer's row while deciding.
    await trx.selectFrom("organisation").select("id").where("id", "=", employerId).forUpdate().execute();
    const open = await trx
      .selectFrom("certification_application")
      .select("id")
      .where("employer_id", "=", employerId)
      .where("status", "in", OPEN_STATUSES)
      .orderBy("id", "desc")
      .executeTakeFirst();
    if (open) return { ok: true, id: open.id, created: false } as const;
    const version = await getPublishedVersion(trx);
    if (!version) return { ok: false, error: "noCriteria" } as const;
    const last = await trx
      .selectFrom("certification_application")
      .select(["id", "target_level", "version_id"])
      .where("employer_id", "=", employerId)
      .where("status", "=", "approved")
      .orderBy("decided_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst();
    const created = await trx
      .insertInto("certification_application")
      .values({ employer_id: employerId, version_id: version.id, target_level: last?.target_level ?? null, renewal_of_id: last?.id ?? null })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    if (last) {
      const previous = await trx
        .selectFrom("certification_answer as x")
        .innerJoin("criterion as c", "c.id", "x.criterion_id")
        .select(["c.code", "x.answer", "x.evidence_text", "x.evidence_url", "x.evidence_file_id"])
        .where("x.application_id", "=", last.id)
        .execute();
      const idByCode = new Map(version.criteria.map((c) => [c.code, c.id]));
      const rows = previous.flatMap((answer) => {
        const criterionId = idByCode.get(answer.code);
        return criterionId === undefined
          ? []
          : [
              {
                application_id: created.id,
                criterion_id: criterionId,
                answer: answer.answer,
                evidence_text: answer.evidence_text,
                evidence_url: answer.evidence_url,
                evidence_file_id: answer.evidence_file_id,
              },
            ];
      });
      if (rows.length > 0) await trx.insertInto("certification_answer").values(rows).execute();
    }
    await recordAudit(trx, {
      actorUserId,
      action: last ? "certification.renewal_started" : "certification.started",
      targetType: "certification_application",
      targetId: created.id,
      details: { version: version.label, ...(last ? { renewalOf: last.id } : {}) },
    });
    return { ok: true, id: created.id, created: true } as const;
  });
}

/** Why an employer's change was refused. */
export type EmployerError = "notFound" | "notEditable" | "incomplete" | "partnerRequired";

/** Sets the level an application aims for. Only while the employer may still edit it. */
export async function setTargetLevel(
  db: Db,
  { id, employerIds, level }: { id: number; employerIds: readonly number[]; level: CertificateLevel },
): Promise<{ ok: true } | { ok: false; error: EmployerError }> {
  if (employerIds.length === 0) return { ok: false, error: "notFound" };
  const updated = await db
    .updateTable("certification_application")
    .set({ target_level: level, updated_at: sql`now()` })
    .where("id", "=", id)
    .where("employer_id", "in", employerIds)
    .where("status", "in", EDITABLE_STATUSES)
    .returning(["id"])
    .executeTakeFirst();
  if (updated) return { ok: true };
  const exists = await db.selectFrom("certification_application").select("id").where("id", "=", id).where("employer_id", "in", employerIds).executeTakeFirst();
  return { ok: false, error: exists ? "notEditable" : "notFound" };
}

/** One criterion's answer as the employer gives it on a step. */
export type AnswerInput = {
  criterionId: number;
  answer: "yes" | "no" | null;
  evidenceText: string | null;
  evidenceUrl: string | null;
  employerResponse: string | null;
  /** A newly uploaded, already checked file; replaces any earlier one. */
  file?: { originalName: string; contentType: string; bytes: Uint8Array };
  removeFile?: boolean;
};

/**
 * Saves the answers given on one step, in one transaction. Criteria must belong to the
 * application's version; anything else is ignored.
 */
export async function saveAnswers(
  db: Db,
  store: FileStore,
  { id, employerIds, answers, actorUserId }: { id: number; employerIds: readonly number[]; answers: AnswerInput[]; actorUserId: number },
): Promise<{ ok: true } | { ok: false; error: EmployerError }> {
  if (employerIds.length === 0) return { ok: false, error: "notFound" };
  return db.transaction().execute(async (trx) => {
    const application = await trx
      .selectFrom("certification_application")
      .select(["id", "status", "version_id"])
      .where("id", "=", id)
      .where("employer_id", "in", employerIds)
      .forUpdate()
      .executeTakeFirst();
    if (!application) return { ok: false, error: "notFound" } as const;
    if (!EDITABLE_STATUSES.includes(application.status)) return { ok: false, error: "notEditable" } as const;
    const valid = new Set(
      (await trx.selectFrom("criterion").select("id").where("version_id", "=", application.version_id).execute()).map((c) => c.id),
    );
    for (const input of answers) {
      if (!valid.has(input.criterionId)) continue;
      let fileId: string | null | undefined;
      if (input.file) {
        const saved = await saveFile(trx, store, { purpose: "evidence", ...input.file, uploadedByUserId: actorUserId });
        fileId = saved.id;
      } else if (input.removeFile) {
        fileId = null;
      }
      const values = {
        answer: input.answer,
        evidence_text: input.evidenceText,
        evidence_url: input.evidenceUrl,
        employer_response: input.employerResponse,
        ...(fileId !== undefined ? { evidence_file_id: fileId } : {}),
      };
      await trx
        .insertInto("certification_answer")
        .values({ application_id: id, criterion_id: input.criterionId, ...values })
        .onConflict((oc) => oc.columns(["application_id", "criterion_id"]).doUpdateSet({ ...values, updated_at: sql`now()` }))
        .execute();
    }
    await trx.updateTable("certification_application").set({ updated_at: sql`now()` }).where("id", "=", id).execute();
    return { ok: true } as const;
  });
}

/**
 * Submits (or resubmits after changes were asked for) an application: every criterion answered,
 * with the evidence it needs, and a level chosen. It then waits in the partners' review queue.
 */
export async function submitApplication(
  db: Db,
  { id, employerIds, actorUserId, partnerId }: { id: number; employerIds: readonly number[]; actorUserId: number; partnerId?: number | null },
): Promise<{ ok: true } | { ok: false; error: EmployerError }> {
  if (employerIds.length === 0) return { ok: false, error: "notFound" };
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("certification_application")
      .select(["id", "status", "target_level", "reviewing_partner_id"])
      .where("id", "=", id)
      .where("employer_id", "in", employerIds)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return { ok: false, error: "notFound" } as const;
    if (!EDITABLE_STATUSES.includes(row.status)) return { ok: false, error: "notEditable" } as const;
    const detail = await loadApplication(trx, id);
    if (!detail || !row.target_level || detail.score.unanswered.length > 0 || detail.score.missingEvidence.length > 0) {
      return { ok: false, error: "incomplete" } as const;
    }
    const resubmitted = row.status === "changes_requested";
    // The partner is chosen on the first submission; a resubmission goes back to the same reviewer.
    let reviewingPartnerId = row.reviewing_partner_id;
    if (!resubmitted || reviewingPartnerId === null) {
      if (!partnerId) return { ok: false, error: "partnerRequired" } as const;
      const partner = await trx
        .selectFrom("organisation")
        .select("id")
        .where("id", "=", partnerId)
        .where("kind", "=", "partner")
        .where("verification_status", "=", "verified")
        .executeTakeFirst();
      // Nobody reviews their own organisation: an employer that is also a partner cannot choose itself.
      if (!partner || employerIds.includes(partner.id)) return { ok: false, error: "partnerRequired" } as const;
      reviewingPartnerId = partner.id;
    }
    await trx
      .updateTable("certification_application")
      .set({ status: "under_review", reviewing_partner_id: reviewingPartnerId, submitted_at: sql`now()`, updated_at: sql`now()` })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, {
      actorUserId,
      action: resubmitted ? "certification.resubmitted" : "certification.submitted",
      targetType: "certification_application",
      targetId: id,
      details: { level: row.target_level, score: detail.score.highestLevel, partner: reviewingPartnerId },
    });
    return { ok: true } as const;
  });
}

/**
 * The reviewer's queue, oldest first: applications under review sent to one of their partners
 * (`queue`), and Inclusion Leader applications of other partners waiting for a second reviewer
 * from another organisation (`secondReviews`).
 */
export async function listReviewQueue(db: Db, { reviewer }: { reviewer: Reviewer }) {
  if (reviewer.partnerIds.length === 0) return { queue: [], secondReviews: [] };
  const rows = await db
    .selectFrom("certification_application as a")
    .innerJoin("organisation as e", "e.id", "a.employer_id")
    .leftJoin("app_user as r", "r.id", "a.reviewer_user_id")
    .select([
      "a.id",
      "a.status",
      "a.target_level",
      "a.submitted_at",
      "a.employer_id",
      "a.reviewing_partner_id",
      "a.reviewer_user_id",
      "a.reviewer_organisation_id",
      "a.second_reviewer_user_id",
      "r.display_name as reviewer_name",
      "e.name_zh as employer_name_zh",
      "e.name_en as employer_name_en",
    ])
    .where("a.status", "in", ["under_review", "changes_requested"])
    .orderBy("a.submitted_at")
    .orderBy("a.id")
    .execute();
  const visible = rows.filter((row) => mayReview(row, reviewer) && !isOwnOrganisation(reviewer, row.employer_id));
  const ours = (row: (typeof rows)[number]) =>
    row.reviewing_partner_id === null || reviewer.partnerIds.includes(row.reviewing_partner_id) || row.reviewer_user_id === reviewer.userId;
  return { queue: visible.filter(ours), secondReviews: visible.filter((row) => !ours(row)) };
}

/** Who is reviewing: a partner staff member and the partner organisations they belong to. */
export type Reviewer = { userId: number; partnerIds: readonly number[]; memberOf: number[] };

/** Why a reviewer's action was refused. */
export type ReviewError =
  | "notFound"
  | "ownOrganisation"
  | "notAssigned"
  | "alreadyAssigned"
  | "wrongStatus"
  | "noChangeRequests"
  | "aboveCap"
  | "needsSecondReview"
  | "needsOutcomes"
  | "sameOrganisation";

/** True when this reviewer belongs to the employer being reviewed: nobody reviews their own organisation. */
export function isOwnOrganisation(reviewer: Reviewer, employerId: number): boolean {
  return reviewer.memberOf.includes(employerId);
}

type Locked = AccessRow & { id: number; employer_id: number };

/**
 * Locks an application for a reviewer's change and applies the rules every such change shares:
 * nobody reviews their own organisation, and only staff who may see it (`mayReview`) change it.
 */
async function lockForReviewer(trx: Db, id: number, reviewer: Reviewer): Promise<{ ok: true; row: Locked } | { ok: false; error: ReviewError }> {
  const row = await trx
    .selectFrom("certification_application")
    .select(["id", "employer_id", ...ACCESS_COLUMNS])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!row || row.status === "draft") return { ok: false, error: "notFound" };
  if (isOwnOrganisation(reviewer, row.employer_id)) return { ok: false, error: "ownOrganisation" };
  if (!mayReview(row, reviewer)) return { ok: false, error: "notFound" };
  return { ok: true, row };
}

/** The reviewer takes an application from the queue. */
export async function assignToReviewer(db: Db, { id, reviewer }: { id: number; reviewer: Reviewer }): Promise<{ ok: true } | { ok: false; error: ReviewError }> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockForReviewer(trx, id, reviewer);
    if (!locked.ok) return locked;
    const { row } = locked;
    if (row.status !== "under_review" && row.status !== "changes_requested") return { ok: false, error: "wrongStatus" } as const;
    if (row.reviewer_user_id !== null && row.reviewer_user_id !== reviewer.userId) return { ok: false, error: "alreadyAssigned" } as const;
    // Only the chosen partner's staff take it (a second reviewer from elsewhere may see it, not take it).
    const organisationId = row.reviewing_partner_id ?? reviewer.partnerIds[0];
    if (organisationId === undefined || !reviewer.partnerIds.includes(organisationId)) return { ok: false, error: "notFound" } as const;
    await trx
      .updateTable("certification_application")
      .set({ reviewer_user_id: reviewer.userId, reviewer_organisation_id: organisationId, reviewing_partner_id: organisationId, updated_at: sql`now()` })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, { actorUserId: reviewer.userId, action: "certification.assigned", targetType: "certification_application", targetId: id });
    return { ok: true } as const;
  });
}

/** One criterion's review. */
export type ReviewInput = {
  criterionId: number;
  verdict: "agree" | "adjust";
  points: number | null;
  reason: string | null;
  changeRequest: string | null;
};

/** Saves the assigned reviewer's scores and comments, criterion by criterion. */
export async function saveReview(
  db: Db,
  { id, reviewer, items }: { id: number; reviewer: Reviewer; items: ReviewInput[] },
): Promise<{ ok: true } | { ok: false; error: ReviewError }> {
  return db.transaction().execute((trx) => saveReviewIn(trx, { id, reviewer, items }));
}

/** {@link saveReview} inside the caller's transaction. */
async function saveReviewIn(
  trx: Db,
  { id, reviewer, items }: { id: number; reviewer: Reviewer; items: ReviewInput[] },
): Promise<{ ok: true } | { ok: false; error: ReviewError }> {
  const locked = await lockForReviewer(trx, id, reviewer);
  if (!locked.ok) return locked;
  if (locked.row.status !== "under_review") return { ok: false, error: "wrongStatus" } as const;
  if (locked.row.reviewer_user_id !== reviewer.userId) return { ok: false, error: "notAssigned" } as const;
  for (const item of items) {
    const values = {
      review_verdict: item.verdict,
      review_points: item.verdict === "adjust" ? item.points : null,
      review_reason: item.verdict === "adjust" ? item.reason : null,
      change_request: item.changeRequest,
    };
    await trx
      .insertInto("certification_answer")
      .values({ application_id: id, criterion_id: item.criterionId, ...values })
      .onConflict((oc) => oc.columns(["application_id", "criterion_id"]).doUpdateSet(values))
      .execute();
  }
  return { ok: true } as const;
}

/** Sends the application back to the employer with the saved per-criterion comments. */
export async function requestChanges(db: Db, { id, reviewer }: { id: number; reviewer: Reviewer }): Promise<{ ok: true } | { ok: false; error: ReviewError }> {
  return db.transaction().execute((trx) => requestChangesIn(trx, { id, reviewer }));
}

/**
 * The reviewer's "Request changes" button: saves the scores and comments on the form and sends the
 * application back, in one transaction. A refusal (say, no change requests) still keeps the saved
 * review, as saving alone would; a failure rolls both back. `audit` is for tests that fail mid-way.
 */
export async function saveReviewAndRequestChanges(
  db: Db,
  { id, reviewer, items }: { id: number; reviewer: Reviewer; items: ReviewInput[] },
  { audit = recordAudit }: { audit?: typeof recordAudit } = {},
): Promise<{ ok: true } | { ok: false; error: ReviewError }> {
  return db.transaction().execute(async (trx) => {
    const saved = await saveReviewIn(trx, { id, reviewer, items });
    if (!saved.ok) return saved;
    return requestChangesIn(trx, { id, reviewer }, audit);
  });
}

/** {@link requestChanges} inside the caller's transaction. */
async function requestChangesIn(
  trx: Db,
  { id, reviewer }: { id: number; reviewer: Reviewer },
  audit: typeof recordAudit = recordAudit,
): Promise<{ ok: true } | { ok: false; error: ReviewError }> {
  const locked = await lockForReviewer(trx, id, reviewer);
  if (!locked.ok) return locked;
  if (locked.row.status !== "under_review") return { ok: false, error: "wrongStatus" } as const;
  if (locked.row.reviewer_user_id !== reviewer.userId) return { ok: false, error: "notAssigned" } as const;
  const requests = await trx
    .selectFrom("certification_answer as x")
    .innerJoin("criterion as c", "c.id", "x.criterion_id")
    .select(["c.code", "x.change_request"])
    .where("x.application_id", "=", id)
    .where("x.change_request", "is not", null)
    .where("x.change_request", "!=", "")
    .execute();
  if (requests.length === 0) return { ok: false, error: "noChangeRequests" } as const;
  await trx.updateTable("certification_application").set({ status: "changes_requested", updated_at: sql`now()` }).where("id", "=", id).execute();
  await audit(trx, {
    actorUserId: reviewer.userId,
    action: "certification.changes_requested",
    targetType: "certification_application",
    targetId: id,
    details: { criteria: requests.map((r) => r.code) },
  });
  return { ok: true } as const;
}

/**
 * The second review Inclusion Leader needs: by someone from a partner organisation other than the
 * first reviewer's, who has checked the first review and agrees with it.
 */
export async function recordSecondReview(db: Db, { id, reviewer }: { id: number; reviewer: Reviewer }): Promise<{ ok: true } | { ok: false; error: ReviewError }> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockForReviewer(trx, id, reviewer);
    if (!locked.ok) return locked;
    const { row } = locked;
    if (row.status !== "under_review") return { ok: false, error: "wrongStatus" } as const;
    if (row.reviewer_user_id === null) return { ok: false, error: "notAssigned" } as const;
    const organisationId = reviewer.partnerIds.find((partnerId) => partnerId !== row.reviewer_organisation_id && partnerId !== row.reviewing_partner_id);
    if (row.reviewer_user_id === reviewer.userId || organisationId === undefined) return { ok: false, error: "sameOrganisation" } as const;
    await trx
      .updateTable("certification_application")
      .set({ second_reviewer_user_id: reviewer.userId, second_reviewer_organisation_id: organisationId, second_reviewed_at: sql`now()`, updated_at: sql`now()` })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, { actorUserId: reviewer.userId, action: "certification.second_review", targetType: "certification_application", targetId: id });
    return { ok: true } as const;
  });
}

/**
 * The reviewer's comment on Inclusion Leader's outcomes. The figures themselves are counted from
 * the partners' 6-month check-backs (`countOutcomes`); the audit entry keeps the figures the
 * reviewer saw when commenting.
 */
export async function commentOnOutcomes(
  db: Db,
  { id, reviewer, note, today }: { id: number; reviewer: Reviewer; note: string | null; today?: string },
): Promise<{ ok: true } | { ok: false; error: ReviewError }> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockForReviewer(trx, id, reviewer);
    if (!locked.ok) return locked;
    if (locked.row.status !== "under_review") return { ok: false, error: "wrongStatus" } as const;
    if (locked.row.reviewer_user_id !== reviewer.userId) return { ok: false, error: "notAssigned" } as const;
    const figures = await countOutcomes(trx, { employerId: locked.row.employer_id, today: today ?? chinaToday() });
    await trx.updateTable("certification_application").set({ outcomes_note: note, updated_at: sql`now()` }).where("id", "=", id).execute();
    await recordAudit(trx, {
      actorUserId: reviewer.userId,
      action: "certification.outcomes_commented",
      targetType: "certification_application",
      targetId: id,
      details: { ...figures, ...(note ? { note } : {}) },
    });
    return { ok: true } as const;
  });
}

/** The date `months` after `isoDate`, as YYYY-MM-DD (the last day of a shorter month when needed). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Approves at `level` and issues the certificate. The level may never be above what the reviewed
 * score allows; Inclusion Leader also needs the second review and at least one person hired
 * through the portal found still employed at a 6-month check-back (counted, and kept on the
 * application as it was on the day). The certificate gets the next AW-YYYY-NNNN number of its year.
 */
export async function approveApplication(
  db: Db,
  { id, reviewer, level, reason, now = new Date() }: { id: number; reviewer: Reviewer; level: CertificateLevel; reason: string | null; now?: Date },
): Promise<{ ok: true; number: string } | { ok: false; error: ReviewError }> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockForReviewer(trx, id, reviewer);
    if (!locked.ok) return locked;
    const { row } = locked;
    if (row.status !== "under_review") return { ok: false, error: "wrongStatus" } as const;
    if (row.reviewer_user_id !== reviewer.userId) return { ok: false, error: "notAssigned" } as const;
    const detail = await loadApplication(trx, id);
    if (!detail) return { ok: false, error: "notFound" } as const;
    const cap = detail.reviewedScore.highestLevel;
    if (!cap || levelRank(level) > levelRank(cap)) return { ok: false, error: "aboveCap" } as const;
    const issuedOn = chinaToday(now);
    if (level === "inclusion_leader") {
      if (!detail.application.second_reviewer_user_id) return { ok: false, error: "needsSecondReview" } as const;
      const figures = await countOutcomes(trx, { employerId: row.employer_id, today: issuedOn });
      if (figures.stillEmployed < 1) return { ok: false, error: "needsOutcomes" } as const;
      await trx
        .updateTable("certification_application")
        .set({ outcomes_still_employed: figures.stillEmployed, outcomes_checked_on: issuedOn })
        .where("id", "=", id)
        .execute();
    }
    const year = issuedOn.slice(0, 4);
    // Serialise numbering within a year across instances: a transaction-scoped advisory lock.
    await sql`select pg_advisory_xact_lock(hashtext(${`certificate-number-${year}`}))`.execute(trx);
    const last = await trx
      .selectFrom("certificate")
      .select(sql<number>`coalesce(max(substring(number from 9)::int), 0)`.as("n"))
      .where("number", "like", `AW-${year}-%`)
      .executeTakeFirstOrThrow();
    const number = `AW-${year}-${String(last.n + 1).padStart(4, "0")}`;
    const met: AssessmentArea[] = areasMet(detail.allCriteria, detail.scored, detail.version.thresholds, level);
    const certificate = await trx
      .insertInto("certificate")
      .values({
        number,
        employer_id: row.employer_id,
        level,
        criteria_version: detail.version.label,
        criteria_version_id: detail.version.id,
        application_id: id,
        areas_met: met,
        reviewer_organisation_id: row.reviewer_organisation_id,
        issued_on: issuedOn,
        expires_on: addMonths(issuedOn, detail.version.validity_months),
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    await trx.insertInto("certificate_event").values({ certificate_id: certificate.id, status: "valid" }).execute();
    await trx
      .updateTable("certification_application")
      .set({ status: "approved", decision_level: level, decision_reason: reason, decided_at: sql`now()`, updated_at: sql`now()` })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, {
      actorUserId: reviewer.userId,
      action: "certification.approved",
      targetType: "certification_application",
      targetId: id,
      details: { level, certificate: number, ...(reason ? { reason } : {}) },
    });
    await recordAudit(trx, {
      actorUserId: reviewer.userId,
      action: "certificate.issued",
      targetType: "certificate",
      targetId: number,
      details: { level, application: id },
    });
    return { ok: true, number } as const;
  });
}

/** Rejects an application, with reasons the employer sees. */
export async function rejectApplication(
  db: Db,
  { id, reviewer, reason }: { id: number; reviewer: Reviewer; reason: string },
): Promise<{ ok: true } | { ok: false; error: ReviewError }> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockForReviewer(trx, id, reviewer);
    if (!locked.ok) return locked;
    if (locked.row.status !== "under_review") return { ok: false, error: "wrongStatus" } as const;
    if (locked.row.reviewer_user_id !== reviewer.userId) return { ok: false, error: "notAssigned" } as const;
    await trx
      .updateTable("certification_application")
      .set({ status: "rejected", decision_reason: reason, decided_at: sql`now()`, updated_at: sql`now()` })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, { actorUserId: reviewer.userId, action: "certification.rejected", targetType: "certification_application", targetId: id, details: { reason } });
    return { ok: true } as const;
  });
}

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
