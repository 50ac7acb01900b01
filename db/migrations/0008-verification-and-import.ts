import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// Employer verification, CSV bulk import and automatic expiry (issue 5).
// - An employer asks one partner to check its business licence; every request is kept, with the
//   partner's decision and reason, so the employer and the partner see the history.
// - An employer's unified social credit code (统一社会信用代码) is kept once a partner has verified
//   it, so staff can name the employer by it in a spreadsheet.
// - A CSV upload is parsed and checked first, and kept (owned by the partner) until staff choose
//   to import its valid rows; an imported row's key makes importing it again a no-op.
// - Openings past their deadline are closed by a background job, recorded as "expired"; imported
//   openings are recorded as "imported".

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("organisation").addColumn("credit_code", "text").execute();
  await db.schema
    .createIndex("organisation_credit_code_idx")
    .unique()
    .on("organisation")
    .column("credit_code")
    .where(sql.ref("credit_code"), "is not", null)
    .execute();

  await db.schema
    .createTable("employer_verification")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("employer_id", "integer", (c) => c.notNull().references("organisation.id").onDelete("cascade"))
    .addColumn("partner_id", "integer", (c) => c.notNull().references("organisation.id").onDelete("cascade"))
    .addColumn("licence_file_id", "uuid", (c) => c.notNull().references("stored_file.id"))
    .addColumn("credit_code", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending").check(sql`status in ('pending', 'verified', 'rejected')`))
    .addColumn("submitted_by_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("decided_by_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("decided_at", "timestamptz")
    .addColumn("decision_reason", "text")
    .execute();
  await db.schema.createIndex("employer_verification_employer_idx").on("employer_verification").columns(["employer_id", "id"]).execute();
  await db.schema.createIndex("employer_verification_partner_idx").on("employer_verification").columns(["partner_id", "status"]).execute();

  await db.schema
    .createTable("opening_import")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("partner_id", "integer", (c) => c.notNull().references("organisation.id").onDelete("cascade"))
    .addColumn("created_by_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("rows", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("imported_at", "timestamptz")
    .addColumn("imported_count", "integer")
    .execute();

  await db.schema.alterTable("opening").addColumn("import_key", "text").execute();
  await db.schema
    .createIndex("opening_import_key_idx")
    .unique()
    .on("opening")
    .columns(["partner_id", "import_key"])
    .where(sql.ref("import_key"), "is not", null)
    .execute();
  // The expiry job looks for published openings by deadline.
  await db.schema.createIndex("opening_published_deadline_idx").on("opening").column("deadline").where(sql.ref("status"), "=", "published").execute();

  await sql`alter table opening_revision drop constraint opening_revision_action_check`.execute(db);
  await sql`alter table opening_revision add constraint opening_revision_action_check check (action in ('created', 'edited', 'submitted', 'published', 'approved', 'returned', 'closed', 'reopened', 'unpublished', 'duplicated', 'expired', 'imported'))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from opening_revision where action in ('expired', 'imported')`.execute(db);
  await sql`alter table opening_revision drop constraint opening_revision_action_check`.execute(db);
  await sql`alter table opening_revision add constraint opening_revision_action_check check (action in ('created', 'edited', 'submitted', 'published', 'approved', 'returned', 'closed', 'reopened', 'unpublished', 'duplicated'))`.execute(
    db,
  );
  await db.schema.dropIndex("opening_published_deadline_idx").execute();
  await db.schema.dropIndex("opening_import_key_idx").execute();
  await db.schema.alterTable("opening").dropColumn("import_key").execute();
  await db.schema.dropTable("opening_import").execute();
  await db.schema.dropTable("employer_verification").execute();
  await db.schema.dropIndex("organisation_credit_code_idx").execute();
  await db.schema.alterTable("organisation").dropColumn("credit_code").execute();
}
