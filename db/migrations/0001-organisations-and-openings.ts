import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organisation")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('partner', 'employer')`))
    .addColumn("partner_type", "text", (c) =>
      c.check(
        sql`partner_type is null or partner_type in ('federation', 'employment_centre', 'labour_company', 'digital_park', 'social_enterprise', 'training_centre')`,
      ),
    )
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name_zh", "text")
    .addColumn("name_en", "text")
    .addColumn("description_zh", "text")
    .addColumn("description_en", "text")
    .addColumn("province", "text")
    .addColumn("city", "text")
    .addColumn("website", "text")
    .addColumn("verification_status", "text", (c) =>
      c
        .notNull()
        .defaultTo("unverified")
        .check(sql`verification_status in ('unverified', 'pending', 'verified', 'rejected')`),
    )
    .addColumn("verified_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("organisation_has_name", sql`name_zh is not null or name_en is not null`)
    .execute();

  await db.schema
    .createTable("opening")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    // A stable key lets the seed (and later CSV import) stay idempotent.
    .addColumn("external_ref", "text", (c) => c.unique())
    .addColumn("employer_id", "integer", (c) => c.notNull().references("organisation.id").onDelete("restrict"))
    .addColumn("partner_id", "integer", (c) => c.notNull().references("organisation.id").onDelete("restrict"))
    .addColumn("title_zh", "text")
    .addColumn("title_en", "text")
    .addColumn("summary_zh", "text")
    .addColumn("summary_en", "text")
    .addColumn("description_zh", "text")
    .addColumn("description_en", "text")
    .addColumn("how_to_apply_zh", "text")
    .addColumn("how_to_apply_en", "text")
    // How you work
    .addColumn("work_arrangement", "text", (c) =>
      c.notNull().check(sql`work_arrangement in ('remote', 'hybrid', 'on_site')`),
    )
    .addColumn("remote_anywhere", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("province", "text")
    .addColumn("city", "text")
    .addColumn("employment_form", "text", (c) =>
      c
        .notNull()
        .check(sql`employment_form in ('flexible', 'full_time', 'self_employment', 'piecework', 'training')`),
    )
    .addColumn("hours_min", "smallint", (c) => c.notNull().check(sql`hours_min between 0 and 60`))
    .addColumn("hours_max", "smallint", (c) => c.notNull().check(sql`hours_max between 1 and 60`))
    .addColumn("schedule", "text", (c) =>
      c.notNull().check(sql`schedule in ('flexible', 'fixed', 'asynchronous')`),
    )
    // How you communicate
    .addColumn("text_only_possible", "boolean", (c) => c.notNull())
    .addColumn("phone_required", "boolean", (c) => c.notNull())
    .addColumn("camera_required", "boolean", (c) => c.notNull())
    .addColumn("sign_language_support", "boolean", (c) => c.notNull())
    .addColumn("captioned_meetings", "boolean", (c) => c.notNull())
    // Tools and workplace
    .addColumn("screen_reader_tested", "boolean", (c) => c.notNull())
    .addColumn("screen_reader_tools", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("assistive_devices_provided", "boolean", (c) => c.notNull())
    .addColumn("step_free_workplace", "boolean", (c) => c.notNull())
    .addColumn("quiet_space", "boolean", (c) => c.notNull())
    // Support
    .addColumn("training_provided", "boolean", (c) => c.notNull())
    .addColumn("mentor_support", "boolean", (c) => c.notNull())
    .addColumn("trial_period", "boolean", (c) => c.notNull())
    // Pay, in minor units (fen) so per-piece rates below one yuan stay exact.
    .addColumn("pay_min_minor", "integer", (c) => c.notNull().check(sql`pay_min_minor >= 0`))
    .addColumn("pay_max_minor", "integer", (c) => c.notNull())
    .addColumn("pay_unit", "text", (c) => c.notNull().check(sql`pay_unit in ('hour', 'month', 'piece')`))
    .addColumn("pay_currency", "text", (c) => c.notNull().defaultTo("CNY"))
    // Protection
    .addColumn("social_insurance", "boolean", (c) => c.notNull())
    .addColumn("medical_insurance", "boolean", (c) => c.notNull())
    .addColumn("housing_fund", "boolean", (c) => c.notNull())
    // Lifecycle
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("draft")
        .check(sql`status in ('draft', 'pending_review', 'published', 'closed')`),
    )
    .addColumn("deadline", "date")
    .addColumn("published_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // Han text is stored as overlapping bigrams (tokenised in TypeScript) so that
    // 2-character words match inside longer ones on plain PostgreSQL and PGlite.
    .addColumn("search_vector", sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
    .addCheckConstraint("opening_has_title", sql`title_zh is not null or title_en is not null`)
    .addCheckConstraint("opening_hours_order", sql`hours_min <= hours_max`)
    .addCheckConstraint("opening_pay_order", sql`pay_min_minor <= pay_max_minor`)
    .addCheckConstraint(
      "opening_location",
      sql`work_arrangement = 'remote' or province is not null`,
    )
    .execute();

  await db.schema.createIndex("opening_search_idx").on("opening").using("gin").column("search_vector").execute();
  await db.schema
    .createIndex("opening_published_idx")
    .on("opening")
    .columns(["published_at desc", "id desc"])
    .where(sql.ref("status"), "=", "published")
    .execute();
  await db.schema.createIndex("opening_employer_idx").on("opening").column("employer_id").execute();
  await db.schema.createIndex("opening_partner_idx").on("opening").column("partner_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("opening").execute();
  await db.schema.dropTable("organisation").execute();
}
