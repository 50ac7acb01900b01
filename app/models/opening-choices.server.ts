import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { VERIFYING_PARTNER_TYPES } from "~/domain/organisation";

// The organisations an opening's editor offers: employers for staff, reviewing partners for employers.

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

/** Every employer organisation, for the staff editor's employer choice (verified ones first). */
export async function listEmployerChoices(db: Db) {
  return db
    .selectFrom("organisation")
    .select(["id", "name_zh", "name_en", "verification_status"])
    .where("kind", "=", "employer")
    .orderBy(sql`verification_status = 'verified'`, "desc")
    .orderBy("id")
    .execute();
}

/** Verified partners to choose from: who reviews an opening, a verification or a certification, or who may apply for a seeker. */
export async function listPartnerChoices(db: Db) {
  return db
    .selectFrom("organisation")
    .select(["id", "name_zh", "name_en"])
    .where("kind", "=", "partner")
    .where("verification_status", "=", "verified")
    .orderBy("id")
    .execute();
}

/**
 * The partners an employer may ask to check its licence (federations and employment centres, see
 * VERIFYING_PARTNER_TYPES), with where they are, so it can choose the nearest.
 */
export async function listVerifyingPartners(db: Db) {
  return db
    .selectFrom("organisation")
    .select(["id", "name_zh", "name_en", "province", "city"])
    .where("kind", "=", "partner")
    .where("verification_status", "=", "verified")
    .where("partner_type", "in", [...VERIFYING_PARTNER_TYPES])
    .orderBy("province")
    .orderBy("id")
    .execute();
}

/** The partner an employer last worked with, to preselect in its editor. */
export async function lastPartnerOf(db: Db, { employerId }: { employerId: number }) {
  const row = await db
    .selectFrom("opening")
    .select("partner_id")
    .where("employer_id", "=", employerId)
    .orderBy("updated_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.partner_id ?? null;
}

/** The organisation if it exists and is of this kind (an editor's choice is checked against it). */
export async function organisationOfKind(db: Db | Trx, id: number, kind: "partner" | "employer") {
  return db
    .selectFrom("organisation")
    .select(["id", "name_zh", "name_en", "verification_status"])
    .where("id", "=", id)
    .where("kind", "=", kind)
    .executeTakeFirst();
}
