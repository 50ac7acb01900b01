import { sql, type Kysely } from "kysely";
import type { CertificateStatus, Database } from "../../db/schema";

type Db = Kysely<Database>;

/**
 * A certificate as anyone may see it, with its dated history, or undefined. The status shown is
 * "expired" from the day after `expires_on`, even before the expiry job has written it.
 */
export async function getPublicCertificate(db: Db, { number }: { number: string }) {
  const certificate = await db
    .selectFrom("certificate as c")
    .innerJoin("organisation as e", "e.id", "c.employer_id")
    .leftJoin("organisation as r", "r.id", "c.reviewer_organisation_id")
    .select([
      "c.id",
      "c.number",
      "c.level",
      "c.status",
      "c.criteria_version",
      "c.areas_met",
      "c.issued_on",
      "c.expires_on",
      "e.name_zh as employer_name_zh",
      "e.name_en as employer_name_en",
      "e.province as employer_province",
      "e.city as employer_city",
      "r.name_zh as reviewer_name_zh",
      "r.name_en as reviewer_name_en",
      sql<boolean>`c.expires_on < current_date`.as("past_expiry"),
    ])
    .where("c.number", "=", number)
    .executeTakeFirst();
  if (!certificate) return undefined;

  const history = await db
    .selectFrom("certificate_event")
    .select(["id", "at", "status", "reason_zh", "reason_en"])
    .where("certificate_id", "=", certificate.id)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .execute();

  const { id: _id, past_expiry, ...rest } = certificate;
  const status: CertificateStatus = rest.status === "valid" && past_expiry ? "expired" : rest.status;
  // The reason for the current state, when it has one (suspension or revocation).
  const current = history.find((event) => event.status === status && (event.reason_zh || event.reason_en));
  return {
    ...rest,
    status,
    reason_zh: current?.reason_zh ?? null,
    reason_en: current?.reason_en ?? null,
    history,
  };
}
