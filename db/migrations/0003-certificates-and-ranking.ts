import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  // Accessibility certificates. The public status page, the badge on openings and the
  // "certified employers only" filter all read this table. Applications, criteria and reviews
  // come with the certification work; a certificate names the criteria version it was judged on.
  await db.schema
    .createTable("certificate")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    // The public number, e.g. AW-2026-0007: printed on the badge and used in /certificates/:number.
    .addColumn("number", "text", (c) => c.notNull().unique())
    .addColumn("employer_id", "integer", (c) => c.notNull().references("organisation.id").onDelete("cascade"))
    .addColumn("level", "text", (c) =>
      c.notNull().check(sql`level in ('committed', 'accessible_employer', 'inclusion_leader')`),
    )
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("valid").check(sql`status in ('valid', 'suspended', 'expired', 'revoked')`),
    )
    .addColumn("criteria_version", "text", (c) => c.notNull())
    // Which of the six assessment areas were met, as their keys.
    .addColumn("areas_met", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("reviewer_organisation_id", "integer", (c) => c.references("organisation.id").onDelete("set null"))
    .addColumn("issued_on", "date", (c) => c.notNull())
    .addColumn("expires_on", "date", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("certificate_dates_chk", sql`expires_on > issued_on`)
    .execute();
  await db.schema.createIndex("certificate_employer_idx").on("certificate").column("employer_id").execute();

  // The dated public history of a certificate: issued, suspended, reinstated, expired, revoked.
  // Reasons are public (they are shown on the status page), so they never hold personal data.
  await db.schema
    .createTable("certificate_event")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("certificate_id", "integer", (c) => c.notNull().references("certificate.id").onDelete("cascade"))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('valid', 'suspended', 'expired', 'revoked')`))
    .addColumn("reason_zh", "text")
    .addColumn("reason_en", "text")
    .execute();
  await db.schema.createIndex("certificate_event_cert_idx").on("certificate_event").columns(["certificate_id", "at"]).execute();

  // Ranking reads only the title, employer and summary lexemes (weights A–C). ts_rank over the whole
  // vector had to read each matching opening's full description; this small copy is about an eighth
  // of the size, and the database keeps it in step by itself.
  await sql`alter table opening add column rank_vector tsvector generated always as (ts_filter(search_vector, '{a,b,c}')) stored`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table opening drop column rank_vector`.execute(db);
  await db.schema.dropTable("certificate_event").execute();
  await db.schema.dropTable("certificate").execute();
}
