import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { CertificateLevel } from "~/domain/certification";
import { VERIFYING_PARTNER_TYPES } from "~/domain/organisation";
import type { AreaAnswer } from "~/validation/certification";
import { recordAudit } from "./audit.server";
import { loadApplication } from "./certification.server";
import { EDITABLE_STATUSES, OPEN_STATUSES } from "./certification-policy.server";
import { getPublishedVersion } from "./criteria.server";
import { saveFile, type FileStore } from "./stored-file.server";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

// The employer's side of certification: starting (or renewing) an application, choosing its level,
// answering step by step, and submitting it to a partner. Employers reach an application only
// through their own organisations (`employerIds`).

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
  return inTransaction(db, async (trx) => {
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

/**
 * Saves the answers given on one step, in one transaction. Criteria must belong to the
 * application's version; anything else is ignored.
 */
export async function saveAnswers(
  db: Db,
  store: FileStore,
  { id, employerIds, answers, actorUserId }: { id: number; employerIds: readonly number[]; answers: AreaAnswer[]; actorUserId: number },
): Promise<{ ok: true } | { ok: false; error: EmployerError }> {
  if (employerIds.length === 0) return { ok: false, error: "notFound" };
  return inTransaction(db, async (trx) => {
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
      // A new file or link has not been opened by any reviewer yet, whatever the old one had.
      const changed =
        fileId !== undefined
          ? sql<boolean>`certification_answer.evidence_file_id is distinct from excluded.evidence_file_id or certification_answer.evidence_url is distinct from excluded.evidence_url`
          : sql<boolean>`certification_answer.evidence_url is distinct from excluded.evidence_url`;
      await trx
        .insertInto("certification_answer")
        .values({ application_id: id, criterion_id: input.criterionId, ...values })
        .onConflict((oc) =>
          oc.columns(["application_id", "criterion_id"]).doUpdateSet({
            ...values,
            evidence_opened_at: sql`case when ${changed} then null else certification_answer.evidence_opened_at end`,
            evidence_opened_by: sql`case when ${changed} then null else certification_answer.evidence_opened_by end`,
            updated_at: sql`now()`,
          }),
        )
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
  return inTransaction(db, async (trx) => {
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
        // Only a federation or an employment service centre reviews certification, never a labour company.
        .where("partner_type", "in", [...VERIFYING_PARTNER_TYPES])
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
