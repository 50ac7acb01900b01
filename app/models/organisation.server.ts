import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** Verified partner organisations, for the home page and /partners. */
export async function listPartners(db: Kysely<Database>) {
  return db
    .selectFrom("organisation")
    .select(["id", "slug", "partner_type", "name_zh", "name_en", "description_zh", "description_en", "province", "city"])
    .where("kind", "=", "partner")
    .where("verification_status", "=", "verified")
    .orderBy("id")
    .execute();
}
