import { sql, type Kysely } from "kysely";
import { containsPattern } from "../../db/like";
import type { Database } from "../../db/schema";
import type { AssessmentArea, CertificateLevel } from "~/domain/certification";
import { areasMet, levelRank } from "~/utils/certification-score";
import { recordAudit } from "./audit.server";
import { loadApplication } from "./certification.server";
import { ACCESS_COLUMNS, addMonths, isOwnOrganisation, mayReview, unexaminedEvidence, type AccessRow, type Reviewer } from "./certification-policy.server";
import { chinaToday, countOutcomes } from "./check-back.server";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

// The reviewer's side of certification: the queue, taking an application, scoring it criterion by
// criterion, asking for changes, Inclusion Leader's second review and outcomes, and the decision
// (approving issues the certificate). Staff see an application once it is submitted, and only as
// `mayReview` allows; nobody reviews their own organisation.

/** A submitted application for a reviewer who may see it (`mayReview`); otherwise undefined (answer 404). */
export async function getApplicationForReview(db: Db, { id, reviewer }: { id: number; reviewer: Reviewer }) {
  const row = await db.selectFrom("certification_application").select(ACCESS_COLUMNS).where("id", "=", id).executeTakeFirst();
  if (!row || !mayReview(row, reviewer)) return undefined;
  return loadApplication(db, id);
}

/**
 * The reviewer's queue, oldest first: applications under review sent to one of their partners
 * (`queue`), and Inclusion Leader applications of other partners waiting for a second reviewer
 * from another organisation (`secondReviews`). `words` keeps the employers whose name (either
 * language) contains each of them, and `level` the applications for that level.
 */
export async function listReviewQueue(
  db: Db,
  { reviewer, words = "", level = null }: { reviewer: Reviewer; words?: string; level?: CertificateLevel | null },
) {
  if (reviewer.partnerIds.length === 0) return { queue: [], secondReviews: [] };
  let query = db
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
    .where("a.status", "in", ["under_review", "changes_requested"]);
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const like = containsPattern(word);
    query = query.where((eb) => eb.or([eb("e.name_zh", "ilike", like), eb("e.name_en", "ilike", like)]));
  }
  if (level) query = query.where("a.target_level", "=", level);
  const rows = await query.orderBy("a.submitted_at").orderBy("a.id").execute();
  const visible = rows.filter((row) => mayReview(row, reviewer) && !isOwnOrganisation(reviewer, row.employer_id));
  const ours = (row: (typeof rows)[number]) =>
    row.reviewing_partner_id === null || reviewer.partnerIds.includes(row.reviewing_partner_id) || row.reviewer_user_id === reviewer.userId;
  return { queue: visible.filter(ours), secondReviews: visible.filter((row) => !ours(row)) };
}

/**
 * A reviewer opens one answer's evidence (its file or its link) through the portal: the first
 * opening is remembered on the answer, with who opened it, because an application cannot be
 * approved before every file and link was opened or commented on (`unexaminedEvidence`).
 * Undefined when this reviewer may not see the application (answer 404).
 */
export async function openEvidence(
  db: Db,
  { id, criterionId, reviewer }: { id: number; criterionId: number; reviewer: Reviewer },
): Promise<{ fileId: string | null; url: string | null } | undefined> {
  const row = await db
    .selectFrom("certification_answer as x")
    .innerJoin("certification_application as a", "a.id", "x.application_id")
    .select(["x.evidence_file_id", "x.evidence_url", "x.evidence_opened_at", "a.employer_id", ...ACCESS_COLUMNS.map((c) => `a.${c}` as const)])
    .where("x.application_id", "=", id)
    .where("x.criterion_id", "=", criterionId)
    .executeTakeFirst();
  if (!row || !mayReview(row, reviewer) || isOwnOrganisation(reviewer, row.employer_id)) return undefined;
  if (!row.evidence_file_id && !row.evidence_url) return { fileId: null, url: null };
  if (row.evidence_opened_at === null) {
    await db
      .updateTable("certification_answer")
      .set({ evidence_opened_at: sql`now()`, evidence_opened_by: reviewer.userId })
      .where("application_id", "=", id)
      .where("criterion_id", "=", criterionId)
      .where("evidence_opened_at", "is", null)
      .execute();
  }
  return { fileId: row.evidence_file_id, url: row.evidence_url };
}

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
  | "sameOrganisation"
  | "evidenceUnexamined";

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
  return inTransaction(db, async (trx) => {
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
  return inTransaction(db, (trx) => saveReviewIn(trx, { id, reviewer, items }));
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
  return inTransaction(db, (trx) => requestChangesIn(trx, { id, reviewer }));
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
  return inTransaction(db, async (trx) => {
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
  return inTransaction(db, async (trx) => {
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
  return inTransaction(db, async (trx) => {
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

/**
 * Approves at `level` and issues the certificate. Every evidence file and link must have been
 * opened or commented on first (`unexaminedEvidence`). The level may never be above what the reviewed
 * score allows; Inclusion Leader also needs the second review and at least one person hired
 * through the portal found still employed at a 6-month check-back (counted, and kept on the
 * application as it was on the day). The certificate gets the next AW-YYYY-NNNN number of its year.
 */
export async function approveApplication(
  db: Db,
  { id, reviewer, level, reason, now = new Date() }: { id: number; reviewer: Reviewer; level: CertificateLevel; reason: string | null; now?: Date },
): Promise<{ ok: true; number: string } | { ok: false; error: ReviewError }> {
  return inTransaction(db, async (trx) => {
    const locked = await lockForReviewer(trx, id, reviewer);
    if (!locked.ok) return locked;
    const { row } = locked;
    if (row.status !== "under_review") return { ok: false, error: "wrongStatus" } as const;
    if (row.reviewer_user_id !== reviewer.userId) return { ok: false, error: "notAssigned" } as const;
    const detail = await loadApplication(trx, id);
    if (!detail) return { ok: false, error: "notFound" } as const;
    // Nobody certifies an employer whose evidence nobody opened (docs/decisions/024).
    if (unexaminedEvidence(detail.criteria).length > 0) return { ok: false, error: "evidenceUnexamined" } as const;
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
    // The new certificate replaces the employer's earlier ones that are still valid (a renewal, or a
    // new level): each becomes "superseded", points at this one, and says so in its public history,
    // so that two valid certificates of one employer never stand side by side.
    const replaced = await trx
      .updateTable("certificate")
      .set({ status: "superseded", superseded_by_id: certificate.id, updated_at: sql`now()` })
      .where("employer_id", "=", row.employer_id)
      .where("id", "!=", certificate.id)
      .where("status", "=", "valid")
      .returning(["id", "number"])
      .execute();
    for (const old of replaced) {
      await trx.insertInto("certificate_event").values({ certificate_id: old.id, status: "superseded" }).execute();
      await recordAudit(trx, {
        actorUserId: reviewer.userId,
        action: "certificate.superseded",
        targetType: "certificate",
        targetId: old.number,
        details: { by: number },
      });
    }
    return { ok: true, number } as const;
  });
}

/** Rejects an application, with reasons the employer sees. */
export async function rejectApplication(
  db: Db,
  { id, reviewer, reason }: { id: number; reviewer: Reviewer; reason: string },
): Promise<{ ok: true } | { ok: false; error: ReviewError }> {
  return inTransaction(db, async (trx) => {
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
