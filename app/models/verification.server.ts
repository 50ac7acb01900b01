import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { VERIFYING_PARTNER_TYPES } from "~/domain/organisation";
import { recordAudit } from "./audit.server";
import { readFileContent, saveFile, type FileStore } from "./stored-file.server";
import { inTransaction } from "../../db/transaction";

// Employer verification. An employer asks one partner (of its choosing) to check its business
// licence; only that partner's staff see the request and the file, and decide it. The
// organisation's verification_status is the summary the rest of the portal reads (publishing
// needs "verified"); each request keeps its own decision and reason. See
// docs/decisions/008-employer-verification.md.

type Db = Kysely<Database>;

/** Why a request or a decision was refused; each is an i18n key under `verification.errors`. */
export type VerificationError = "notAllowed" | "unknownPartner" | "creditCodeTaken" | "alreadyDecided" | "notFound";

/**
 * A partner suspends the verification of an employer it verified, with a public reason, or
 * reinstates it, inside the caller's transaction; audit-logged. Only the partner whose approval
 * stands may do either. Suspended, the employer's openings stop being public (they need
 * "verified"). "notFound" when the partner never verified this employer; "notAllowed" when the
 * employer is not in the state the change needs.
 */
export async function changeVerificationSuspension(
  trx: Db,
  input: { employerId: number; partnerIds: readonly number[]; actorUserId: number; suspend: boolean; reason: string | null },
): Promise<{ ok: true } | { ok: false; error: VerificationError }> {
  if (input.partnerIds.length === 0) return { ok: false, error: "notFound" };
  const approved = await trx
    .selectFrom("employer_verification")
    .select(["id", "partner_id"])
    .where("employer_id", "=", input.employerId)
    .where("status", "=", "verified")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!approved || !input.partnerIds.includes(approved.partner_id)) return { ok: false, error: "notFound" };
  const employer = await trx
    .selectFrom("organisation")
    .select("verification_status")
    .where("id", "=", input.employerId)
    .forUpdate()
    .executeTakeFirst();
  if (employer?.verification_status !== (input.suspend ? "verified" : "suspended")) return { ok: false, error: "notAllowed" };
  if (input.suspend && !input.reason) return { ok: false, error: "notAllowed" };
  await trx
    .updateTable("organisation")
    .set(
      input.suspend
        ? { verification_status: "suspended", suspended_at: sql<Date>`now()`, suspension_reason: input.reason, updated_at: sql<Date>`now()` }
        : { verification_status: "verified", suspended_at: null, suspension_reason: null, updated_at: sql<Date>`now()` },
    )
    .where("id", "=", input.employerId)
    .execute();
  await recordAudit(trx, {
    actorUserId: input.actorUserId,
    action: input.suspend ? "verification.suspended" : "verification.reinstated",
    targetType: "organisation",
    targetId: input.employerId,
    details: { partner: approved.partner_id, ...(input.reason ? { reason: input.reason } : {}) },
  });
  return { ok: true };
}

/** Where an employer stands, and its latest request with the partner's answer. */
export async function getEmployerVerification(db: Db, { employerId }: { employerId: number }) {
  const employer = await db
    .selectFrom("organisation")
    .select(["id", "name_zh", "name_en", "verification_status", "verified_at", "credit_code", "claimed_credit_code", "requested_partner_id", "suspended_at", "suspension_reason"])
    .where("id", "=", employerId)
    .where("kind", "=", "employer")
    .executeTakeFirst();
  if (!employer) return undefined;
  const latest = await db
    .selectFrom("employer_verification as v")
    .innerJoin("organisation as p", "p.id", "v.partner_id")
    .innerJoin("stored_file as f", "f.id", "v.licence_file_id")
    .select([
      "v.id",
      "v.status",
      "v.credit_code",
      "v.submitted_at",
      "v.decided_at",
      "v.decision_reason",
      "p.name_zh as partner_name_zh",
      "p.name_en as partner_name_en",
      "f.original_name as file_name",
      "f.byte_size as file_size",
    ])
    .where("v.employer_id", "=", employerId)
    .orderBy("v.id", "desc")
    .limit(1)
    .executeTakeFirst();
  return { employer, latest: latest ?? null };
}

/** True when the employer may send (or resend) its licence: never while one waits, nor once verified. */
export function canSubmitVerification(status: string): boolean {
  return status === "unverified" || status === "rejected";
}

/**
 * Records an employer's request with its licence, and marks the employer "pending". The file has
 * already been checked (type by magic bytes, size). The caller has checked the actor's membership.
 */
export async function submitVerification(
  db: Db,
  store: FileStore,
  input: {
    employerId: number;
    partnerId: number;
    actorUserId: number;
    creditCode: string;
    note: string | null;
    file: { name: string; contentType: string; bytes: Uint8Array };
  },
): Promise<{ ok: true; id: number } | { ok: false; error: VerificationError }> {
  return inTransaction(db, async (trx) => {
    const employer = await trx
      .selectFrom("organisation")
      .select(["id", "verification_status"])
      .where("id", "=", input.employerId)
      .where("kind", "=", "employer")
      .forUpdate()
      .executeTakeFirst();
    if (!employer || !canSubmitVerification(employer.verification_status)) return { ok: false, error: "notAllowed" } as const;
    const partner = await trx
      .selectFrom("organisation")
      .select("id")
      .where("id", "=", input.partnerId)
      .where("kind", "=", "partner")
      .where("verification_status", "=", "verified")
      // Only a federation or an employment centre checks licences, never a labour company.
      .where("partner_type", "in", [...VERIFYING_PARTNER_TYPES])
      .executeTakeFirst();
    if (!partner) return { ok: false, error: "unknownPartner" } as const;
    const taken = await trx
      .selectFrom("organisation")
      .select("id")
      .where("credit_code", "=", input.creditCode)
      .where("id", "!=", input.employerId)
      .executeTakeFirst();
    if (taken) return { ok: false, error: "creditCodeTaken" } as const;
    const file = await saveFile(trx, store, {
      purpose: "business_licence",
      originalName: input.file.name,
      contentType: input.file.contentType,
      bytes: input.file.bytes,
      uploadedByUserId: input.actorUserId,
    });
    const row = await trx
      .insertInto("employer_verification")
      .values({
        employer_id: input.employerId,
        partner_id: input.partnerId,
        licence_file_id: file.id,
        credit_code: input.creditCode,
        note: input.note,
        submitted_by_user_id: input.actorUserId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("organisation")
      .set({ verification_status: "pending", updated_at: sql<Date>`now()` })
      .where("id", "=", input.employerId)
      .execute();
    await recordAudit(trx, {
      actorUserId: input.actorUserId,
      action: "verification.submitted",
      targetType: "organisation",
      targetId: input.employerId,
      details: { request: row.id, partner: input.partnerId, file: file.id },
    });
    return { ok: true, id: row.id } as const;
  });
}

/** Requests waiting for one of these partners, oldest first: the staff workspace's queue. */
export async function listPendingVerifications(db: Db, { partnerId }: { partnerId: number }) {
  return db
    .selectFrom("employer_verification as v")
    .innerJoin("organisation as e", "e.id", "v.employer_id")
    .select(["v.id", "v.employer_id", "v.submitted_at", "e.name_zh", "e.name_en", "e.province", "e.city"])
    .where("v.partner_id", "=", partnerId)
    .where("v.status", "=", "pending")
    .orderBy("v.submitted_at")
    .orderBy("v.id")
    .execute();
}

/**
 * An employer as a reviewing partner sees it: its latest request addressed to one of `partnerIds`.
 * Undefined when it never asked these partners (the route answers 404).
 */
export async function getVerificationForReview(db: Db, { employerId, partnerIds }: { employerId: number; partnerIds: readonly number[] }) {
  if (partnerIds.length === 0) return undefined;
  return db
    .selectFrom("employer_verification as v")
    .innerJoin("organisation as e", "e.id", "v.employer_id")
    .innerJoin("organisation as p", "p.id", "v.partner_id")
    .innerJoin("stored_file as f", "f.id", "v.licence_file_id")
    .leftJoin("app_user as s", "s.id", "v.submitted_by_user_id")
    .leftJoin("app_user as d", "d.id", "v.decided_by_user_id")
    .select([
      "v.id",
      "v.status",
      "v.credit_code",
      "v.note",
      "v.submitted_at",
      "v.decided_at",
      "v.decision_reason",
      "e.id as employer_id",
      "e.name_zh",
      "e.name_en",
      "e.province",
      "e.city",
      "e.website",
      "e.verification_status",
      "e.suspended_at",
      "e.suspension_reason",
      "p.name_zh as partner_name_zh",
      "p.name_en as partner_name_en",
      "f.original_name as file_name",
      "f.content_type as file_type",
      "f.byte_size as file_size",
      "s.display_name as submitted_by_name",
      "d.display_name as decided_by_name",
    ])
    .where("v.employer_id", "=", employerId)
    .where("v.partner_id", "in", [...partnerIds])
    .orderBy("v.id", "desc")
    .limit(1)
    .executeTakeFirst();
}

/**
 * Records a partner's decision on a verification request inside the caller's transaction: the
 * request, the organisation's status and an audit entry. A rejection needs a reason; approving fails
 * when another organisation holds the credit code. Sends nothing (see app/services/verification.server.ts).
 */
export async function recordVerificationDecision(
  trx: Db,
  input: {
    requestId: number;
    partnerIds: readonly number[];
    actorUserId: number;
    decision: "approve" | "reject";
    reason: string | null;
  },
): Promise<{ ok: true; status: "verified" | "rejected"; employerId: number } | { ok: false; error: VerificationError }> {
  if (input.partnerIds.length === 0) return { ok: false, error: "notFound" };
  const request = await trx
    .selectFrom("employer_verification")
    .select(["id", "employer_id", "partner_id", "status", "credit_code"])
    .where("id", "=", input.requestId)
    .where("partner_id", "in", [...input.partnerIds])
    .forUpdate()
    .executeTakeFirst();
  if (!request) return { ok: false, error: "notFound" } as const;
  if (request.status !== "pending") return { ok: false, error: "alreadyDecided" } as const;
  if (input.decision === "reject" && !input.reason) return { ok: false, error: "notAllowed" } as const;
  const status = input.decision === "approve" ? ("verified" as const) : ("rejected" as const);
  if (status === "verified") {
    const taken = await trx
      .selectFrom("organisation")
      .select("id")
      .where("credit_code", "=", request.credit_code)
      .where("id", "!=", request.employer_id)
      .executeTakeFirst();
    if (taken) return { ok: false, error: "creditCodeTaken" } as const;
  }
  await trx
    .updateTable("employer_verification")
    .set({ status, decided_by_user_id: input.actorUserId, decided_at: sql<Date>`now()`, decision_reason: input.reason })
    .where("id", "=", request.id)
    .execute();
  await trx
    .updateTable("organisation")
    .set({
      verification_status: status,
      verified_at: status === "verified" ? sql<Date>`now()` : null,
      ...(status === "verified" ? { credit_code: request.credit_code } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where("id", "=", request.employer_id)
    .execute();
  await recordAudit(trx, {
    actorUserId: input.actorUserId,
    action: status === "verified" ? "verification.approved" : "verification.rejected",
    targetType: "organisation",
    targetId: request.employer_id,
    details: { request: request.id, partner: request.partner_id, ...(input.reason ? { reason: input.reason } : {}) },
  });
  return { ok: true, status, employerId: request.employer_id } as const;
}

/**
 * A request's licence, for a reader the caller has already narrowed: an employer's members pass
 * `employerIds`, a reviewing partner's staff pass `partnerIds`. Anyone else gets undefined (404).
 */
export async function readLicence(
  db: Db,
  store: FileStore,
  { requestId, employerIds = [], partnerIds = [] }: { requestId: number; employerIds?: readonly number[]; partnerIds?: readonly number[] },
) {
  if (employerIds.length === 0 && partnerIds.length === 0) return undefined;
  const request = await db
    .selectFrom("employer_verification")
    .select(["licence_file_id"])
    .where("id", "=", requestId)
    .where((eb) =>
      eb.or([
        ...(employerIds.length ? [eb("employer_id", "in", [...employerIds])] : []),
        ...(partnerIds.length ? [eb("partner_id", "in", [...partnerIds])] : []),
      ]),
    )
    .executeTakeFirst();
  if (!request) return undefined;
  return readFileContent(db, store, request.licence_file_id);
}
