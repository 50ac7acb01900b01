import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// The certification scheme as data: versions of the criteria (immutable once published), the
// criteria themselves, employers' applications with an answer and evidence per criterion, the
// reviewers' scores and change requests, and the links from a certificate back to what it was
// judged on. Certificates issued before this migration keep their text `criteria_version`.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("criteria_version")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("label", "text", (c) => c.notNull().unique())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft").check(sql`status in ('draft', 'published', 'retired')`))
    .addColumn("validity_months", "integer", (c) => c.notNull().defaultTo(24).check(sql`validity_months between 1 and 60`))
    // Pass thresholds as a percentage of the points available up to that level.
    .addColumn("threshold_committed", "integer", (c) => c.notNull().defaultTo(60).check(sql`threshold_committed between 0 and 100`))
    .addColumn("threshold_accessible_employer", "integer", (c) =>
      c.notNull().defaultTo(70).check(sql`threshold_accessible_employer between 0 and 100`),
    )
    .addColumn("threshold_inclusion_leader", "integer", (c) =>
      c.notNull().defaultTo(80).check(sql`threshold_inclusion_leader between 0 and 100`),
    )
    .addColumn("copied_from_id", "integer", (c) => c.references("criteria_version.id").onDelete("set null"))
    .addColumn("published_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // At most one version is the one new applications use.
  await sql`create unique index criteria_version_one_published on criteria_version ((true)) where status = 'published'`.execute(db);

  await db.schema
    .createTable("criterion")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("version_id", "integer", (c) => c.notNull().references("criteria_version.id").onDelete("cascade"))
    .addColumn("area", "text", (c) =>
      c
        .notNull()
        .check(sql`area in ('recruitment', 'accommodations', 'digital_tools', 'flexible_work', 'labour_rights', 'training_progression')`),
    )
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull().check(sql`level in ('committed', 'accessible_employer', 'inclusion_leader')`))
    .addColumn("points", "integer", (c) => c.notNull().check(sql`points between 0 and 100`))
    .addColumn("evidence_required", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("veto", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("text_zh", "text", (c) => c.notNull())
    .addColumn("text_en", "text", (c) => c.notNull())
    .addColumn("guidance_zh", "text")
    .addColumn("guidance_en", "text")
    .addUniqueConstraint("criterion_version_code_key", ["version_id", "code"])
    .execute();

  await db.schema
    .createTable("certification_application")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("employer_id", "integer", (c) => c.notNull().references("organisation.id").onDelete("cascade"))
    .addColumn("version_id", "integer", (c) => c.notNull().references("criteria_version.id"))
    .addColumn("target_level", "text", (c) => c.check(sql`target_level in ('committed', 'accessible_employer', 'inclusion_leader')`))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft', 'under_review', 'changes_requested', 'approved', 'rejected')`),
    )
    .addColumn("renewal_of_id", "integer", (c) => c.references("certification_application.id").onDelete("set null"))
    .addColumn("reviewer_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("reviewer_organisation_id", "integer", (c) => c.references("organisation.id").onDelete("set null"))
    .addColumn("second_reviewer_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("second_reviewer_organisation_id", "integer", (c) => c.references("organisation.id").onDelete("set null"))
    .addColumn("second_reviewed_at", "timestamptz")
    // Inclusion Leader's outcomes, as the partner found them when checking back after 6 months.
    .addColumn("outcomes_still_employed", "integer", (c) => c.check(sql`outcomes_still_employed >= 0`))
    .addColumn("outcomes_checked_on", "date")
    .addColumn("outcomes_note", "text")
    .addColumn("decision_level", "text", (c) => c.check(sql`decision_level in ('committed', 'accessible_employer', 'inclusion_leader')`))
    .addColumn("decision_reason", "text")
    .addColumn("submitted_at", "timestamptz")
    .addColumn("decided_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("certification_application_employer_idx").on("certification_application").column("employer_id").execute();
  await db.schema.createIndex("certification_application_status_idx").on("certification_application").column("status").execute();

  await db.schema
    .createTable("certification_answer")
    .addColumn("application_id", "integer", (c) => c.notNull().references("certification_application.id").onDelete("cascade"))
    .addColumn("criterion_id", "integer", (c) => c.notNull().references("criterion.id"))
    .addColumn("answer", "text", (c) => c.check(sql`answer in ('yes', 'no')`))
    .addColumn("evidence_text", "text")
    .addColumn("evidence_url", "text")
    .addColumn("evidence_file_id", "uuid", (c) => c.references("stored_file.id").onDelete("set null"))
    .addColumn("employer_response", "text")
    .addColumn("review_verdict", "text", (c) => c.check(sql`review_verdict in ('agree', 'adjust')`))
    .addColumn("review_points", "integer", (c) => c.check(sql`review_points >= 0`))
    .addColumn("review_reason", "text")
    .addColumn("change_request", "text")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("certification_answer_pkey", ["application_id", "criterion_id"])
    .execute();

  await db.schema
    .alterTable("certificate")
    .addColumn("application_id", "integer", (c) => c.references("certification_application.id").onDelete("set null"))
    .execute();
  await db.schema
    .alterTable("certificate")
    .addColumn("criteria_version_id", "integer", (c) => c.references("criteria_version.id").onDelete("set null"))
    .execute();
  await db.schema.alterTable("certificate").addColumn("reminder_60_sent_at", "timestamptz").execute();
  await db.schema.alterTable("certificate").addColumn("reminder_14_sent_at", "timestamptz").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["reminder_14_sent_at", "reminder_60_sent_at", "criteria_version_id", "application_id"]) {
    await db.schema.alterTable("certificate").dropColumn(column).execute();
  }
  await db.schema.dropTable("certification_answer").execute();
  await db.schema.dropTable("certification_application").execute();
  await db.schema.dropTable("criterion").execute();
  await db.schema.dropTable("criteria_version").execute();
}
