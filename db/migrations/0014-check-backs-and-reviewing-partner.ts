import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// Two things certification needed:
// - the partner each certification application is sent to, chosen by the employer when it submits
//   (docs/decisions/012-who-reviews-certification.md). Applications already assigned keep their
//   reviewer's partner; any others submitted before this migration stay open to every partner;
// - the 6-month check-back on a hire made through the portal: partner staff of the opening's
//   partner ask the person whether they are still employed, and record the answer. Inclusion
//   Leader's outcomes are counted from these rows, not typed by a reviewer.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("certification_application")
    .addColumn("reviewing_partner_id", "integer", (c) => c.references("organisation.id").onDelete("set null"))
    .execute();
  await sql`update certification_application set reviewing_partner_id = reviewer_organisation_id where reviewer_organisation_id is not null`.execute(db);
  await db.schema
    .createIndex("certification_application_reviewing_partner_idx")
    .on("certification_application")
    .column("reviewing_partner_id")
    .execute();

  await db.schema
    .createTable("employment_check_back")
    // One check-back per hire; asking again (after "could not reach") replaces it, and the audit log keeps each one.
    .addColumn("application_id", "integer", (c) => c.primaryKey().references("application.id").onDelete("cascade"))
    .addColumn("outcome", "text", (c) => c.notNull().check(sql`outcome in ('employed', 'not_employed', 'unreachable')`))
    .addColumn("checked_on", "date", (c) => c.notNull())
    .addColumn("partner_id", "integer", (c) => c.references("organisation.id").onDelete("set null"))
    .addColumn("recorded_by_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("employment_check_back").execute();
  await db.schema.dropIndex("certification_application_reviewing_partner_idx").execute();
  await db.schema.alterTable("certification_application").dropColumn("reviewing_partner_id").execute();
}
