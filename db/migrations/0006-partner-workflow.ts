import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// The partner workflow: employers submit openings for a partner's review, partners publish,
// return, close and reopen them; every change is kept as a revision; the public reports
// openings and partner staff moderate those reports.

export async function up(db: Kysely<any>): Promise<void> {
  // Why a partner sent an employer's opening back, shown to the employer until it is resubmitted.
  await db.schema
    .alterTable("opening")
    .addColumn("review_note", "text")
    .addColumn("submitted_at", "timestamptz")
    .execute();
  // The workspace lists a partner's openings by status.
  await db.schema.createIndex("opening_partner_status_idx").on("opening").columns(["partner_id", "status"]).execute();
  await db.schema.createIndex("opening_employer_status_idx").on("opening").columns(["employer_id", "status"]).execute();

  // Who changed what, and when: every save and every change of status. `changes` maps a column
  // to its old and new value ({"title_zh": {"from": "…", "to": "…"}}); `reason` is the reason a
  // partner gave for returning, closing or unpublishing.
  await db.schema
    .createTable("opening_revision")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("opening_id", "integer", (c) => c.notNull().references("opening.id").onDelete("cascade"))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("actor_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("action", "text", (c) =>
      c
        .notNull()
        .check(
          sql`action in ('created', 'edited', 'submitted', 'published', 'approved', 'returned', 'closed', 'reopened', 'unpublished', 'duplicated')`,
        ),
    )
    .addColumn("changes", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("reason", "text")
    .execute();
  await db.schema.createIndex("opening_revision_opening_idx").on("opening_revision").columns(["opening_id", "id"]).execute();

  // Reports from the public. The contact address is optional, used only to tell the reporter the
  // outcome, and erased once the report is settled (dismissed or the opening unpublished).
  await db.schema
    .createTable("opening_report")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("opening_id", "integer", (c) => c.notNull().references("opening.id").onDelete("cascade"))
    .addColumn("reason", "text", (c) =>
      c
        .notNull()
        .check(sql`reason in ('fake_job', 'asks_fees', 'certificate_renting', 'inaccurate_access', 'inaccessible_application', 'other')`),
    )
    .addColumn("details", "text")
    .addColumn("contact_email", "text")
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("zh-CN").check(sql`locale in ('zh-CN', 'en')`))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("open").check(sql`status in ('open', 'employer_asked', 'dismissed', 'unpublished')`),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("decided_at", "timestamptz")
    .addColumn("decided_by_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("decision_reason", "text")
    .execute();
  await db.schema.createIndex("opening_report_opening_idx").on("opening_report").columns(["opening_id", "status"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("opening_report").execute();
  await db.schema.dropTable("opening_revision").execute();
  await db.schema.dropIndex("opening_employer_status_idx").execute();
  await db.schema.dropIndex("opening_partner_status_idx").execute();
  await db.schema.alterTable("opening").dropColumn("submitted_at").dropColumn("review_note").execute();
}
