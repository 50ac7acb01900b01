import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { CertificateLevel } from "~/domain/certification";
import type { Thresholds } from "~/utils/certification-score";
import { recordAudit } from "./audit.server";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

const VERSION_COLUMNS = [
  "id",
  "label",
  "status",
  "validity_months",
  "threshold_committed",
  "threshold_accessible_employer",
  "threshold_inclusion_leader",
  "copied_from_id",
  "published_at",
  "created_at",
] as const;

const CRITERION_COLUMNS = [
  "id",
  "version_id",
  "area",
  "code",
  "level",
  "points",
  "evidence_required",
  "veto",
  "position",
  "text_zh",
  "text_en",
  "guidance_zh",
  "guidance_en",
] as const;

/** A version's thresholds keyed by level. */
export function thresholdsOf(version: { threshold_committed: number; threshold_accessible_employer: number; threshold_inclusion_leader: number }): Thresholds {
  return {
    committed: version.threshold_committed,
    accessible_employer: version.threshold_accessible_employer,
    inclusion_leader: version.threshold_inclusion_leader,
  } satisfies Record<CertificateLevel, number>;
}

/** Every criteria version, newest first, with how many criteria each has. */
export async function listCriteriaVersions(db: Db) {
  return db
    .selectFrom("criteria_version as v")
    .select(VERSION_COLUMNS.map((column) => `v.${column}` as const))
    .select((eb) =>
      eb.selectFrom("criterion as c").whereRef("c.version_id", "=", "v.id").select(eb.fn.countAll<number>().as("n")).as("criteria_count"),
    )
    .orderBy("v.id", "desc")
    .execute();
}

/** A version with its criteria in display order, or undefined. */
export async function getCriteriaVersion(db: Db, { id }: { id: number }) {
  const version = await db.selectFrom("criteria_version").select(VERSION_COLUMNS).where("id", "=", id).executeTakeFirst();
  if (!version) return undefined;
  const criteria = await db
    .selectFrom("criterion")
    .select(CRITERION_COLUMNS)
    .where("version_id", "=", id)
    .orderBy("position")
    .orderBy("id")
    .execute();
  return { ...version, criteria };
}

/** The published version new applications use, with its criteria, or undefined. */
export async function getPublishedVersion(db: Db) {
  const row = await db.selectFrom("criteria_version").select("id").where("status", "=", "published").executeTakeFirst();
  return row ? getCriteriaVersion(db, { id: row.id }) : undefined;
}

/** A criterion to create in a version. */
export type NewCriterion = {
  area: Database["criterion"]["area"];
  code: string;
  level: CertificateLevel;
  points: number;
  evidence_required: boolean;
  veto: boolean;
  text_zh: string;
  text_en: string;
  guidance_zh: string | null;
  guidance_en: string | null;
};

/** Creates a draft version with these criteria (the seed and tests use it). */
export async function createCriteriaVersion(
  db: Db,
  { label, criteria, validityMonths = 24, thresholds }: { label: string; criteria: NewCriterion[]; validityMonths?: number; thresholds?: Thresholds },
) {
  return inTransaction(db, async (trx) => {
    const version = await trx
      .insertInto("criteria_version")
      .values({
        label,
        validity_months: validityMonths,
        ...(thresholds
          ? {
              threshold_committed: thresholds.committed,
              threshold_accessible_employer: thresholds.accessible_employer,
              threshold_inclusion_leader: thresholds.inclusion_leader,
            }
          : {}),
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    if (criteria.length > 0) {
      await trx
        .insertInto("criterion")
        .values(criteria.map((criterion, index) => ({ ...criterion, version_id: version.id, position: index })))
        .execute();
    }
    return version;
  });
}

/** Why a change to a version was refused. */
export type VersionError = "notFound" | "notDraft" | "labelTaken";

/**
 * Copies a version, criteria and all, into a new draft: the only way to change criteria once
 * published, so every certificate keeps the exact rules it was judged on.
 */
export async function copyCriteriaVersion(
  db: Db,
  { fromId, label, actorUserId }: { fromId: number; label: string; actorUserId: number },
): Promise<{ ok: true; id: number } | { ok: false; error: VersionError }> {
  return inTransaction(db, async (trx) => {
    const from = await getCriteriaVersion(trx, { id: fromId });
    if (!from) return { ok: false, error: "notFound" } as const;
    const taken = await trx.selectFrom("criteria_version").select("id").where("label", "=", label).executeTakeFirst();
    if (taken) return { ok: false, error: "labelTaken" } as const;
    const version = await trx
      .insertInto("criteria_version")
      .values({
        label,
        validity_months: from.validity_months,
        threshold_committed: from.threshold_committed,
        threshold_accessible_employer: from.threshold_accessible_employer,
        threshold_inclusion_leader: from.threshold_inclusion_leader,
        copied_from_id: from.id,
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    if (from.criteria.length > 0) {
      await trx
        .insertInto("criterion")
        .values(from.criteria.map(({ id: _id, version_id: _v, ...criterion }) => ({ ...criterion, version_id: version.id })))
        .execute();
    }
    await recordAudit(trx, {
      actorUserId,
      action: "criteria.version_copied",
      targetType: "criteria_version",
      targetId: version.id,
      details: { from: from.label, label },
    });
    return { ok: true, id: version.id } as const;
  });
}

/** Publishes a draft: it becomes the version new applications use, and the one before is retired. */
export async function publishCriteriaVersion(
  db: Db,
  { id, actorUserId }: { id: number; actorUserId: number },
): Promise<{ ok: true } | { ok: false; error: VersionError }> {
  return inTransaction(db, async (trx) => {
    const version = await trx.selectFrom("criteria_version").select(["id", "status", "label"]).where("id", "=", id).forUpdate().executeTakeFirst();
    if (!version) return { ok: false, error: "notFound" } as const;
    if (version.status !== "draft") return { ok: false, error: "notDraft" } as const;
    await trx.updateTable("criteria_version").set({ status: "retired" }).where("status", "=", "published").execute();
    await trx.updateTable("criteria_version").set({ status: "published", published_at: new Date() }).where("id", "=", id).execute();
    await recordAudit(trx, { actorUserId, action: "criteria.version_published", targetType: "criteria_version", targetId: id, details: { label: version.label } });
    return { ok: true } as const;
  });
}

/** Changes a draft version's validity and thresholds. Published and retired versions never change. */
export async function updateDraftVersion(
  db: Db,
  { id, validityMonths, thresholds, actorUserId }: { id: number; validityMonths: number; thresholds: Thresholds; actorUserId: number },
): Promise<{ ok: true } | { ok: false; error: VersionError }> {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("criteria_version")
      .set({
        validity_months: validityMonths,
        threshold_committed: thresholds.committed,
        threshold_accessible_employer: thresholds.accessible_employer,
        threshold_inclusion_leader: thresholds.inclusion_leader,
      })
      .where("id", "=", id)
      .where("status", "=", "draft")
      .returning(["id"])
      .executeTakeFirst();
    if (!updated) {
      const exists = await trx.selectFrom("criteria_version").select("id").where("id", "=", id).executeTakeFirst();
      return { ok: false, error: exists ? "notDraft" : "notFound" } as const;
    }
    await recordAudit(trx, { actorUserId, action: "criteria.version_edited", targetType: "criteria_version", targetId: id, details: { validityMonths, thresholds } });
    return { ok: true } as const;
  });
}

/** The editable fields of a criterion in a draft. */
export type CriterionEdit = {
  level: CertificateLevel;
  points: number;
  evidence_required: boolean;
  veto: boolean;
  text_zh: string;
  text_en: string;
  guidance_zh: string | null;
  guidance_en: string | null;
};

/** Changes one criterion of a draft version; refused once the version is published. */
export async function updateDraftCriterion(
  db: Db,
  { versionId, criterionId, fields, actorUserId }: { versionId: number; criterionId: number; fields: CriterionEdit; actorUserId: number },
): Promise<{ ok: true } | { ok: false; error: VersionError }> {
  return inTransaction(db, async (trx) => {
    const version = await trx.selectFrom("criteria_version").select(["status"]).where("id", "=", versionId).forUpdate().executeTakeFirst();
    if (!version) return { ok: false, error: "notFound" } as const;
    if (version.status !== "draft") return { ok: false, error: "notDraft" } as const;
    const updated = await trx
      .updateTable("criterion")
      .set(fields)
      .where("id", "=", criterionId)
      .where("version_id", "=", versionId)
      .returning(["code"])
      .executeTakeFirst();
    if (!updated) return { ok: false, error: "notFound" } as const;
    await recordAudit(trx, {
      actorUserId,
      action: "criteria.version_edited",
      targetType: "criteria_version",
      targetId: versionId,
      details: { criterion: updated.code },
    });
    return { ok: true } as const;
  });
}
