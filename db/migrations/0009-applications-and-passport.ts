import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// Applications, their history and messages, the accommodation passport (encrypted by the app,
// so the database only ever sees ciphertext), consents to process sensitive data, and in-app
// notifications. Everything personal cascades from app_user, so deleting an account deletes it.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("application")
    .addColumn("id", "serial", (c) => c.primaryKey())
    // Given when the application is sent: AW-A-2026-000123. Drafts have none.
    .addColumn("reference", "text", (c) => c.unique())
    .addColumn("opening_id", "integer", (c) => c.notNull().references("opening.id").onDelete("cascade"))
    .addColumn("seeker_user_id", "integer", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft', 'submitted', 'viewed', 'interview', 'offer', 'hired', 'not_selected', 'withdrawn')`),
    )
    .addColumn("contact_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("contact_phone", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("experience", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("message", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("cv_file_id", "uuid", (c) => c.references("stored_file.id").onDelete("set null"))
    .addColumn("share_passport", "boolean", (c) => c.notNull().defaultTo(false))
    // The form's hidden key: a resent or double-clicked POST finds the application it already made.
    .addColumn("idempotency_key", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("submitted_at", "timestamptz")
    // One application (or draft) per person per opening.
    .addUniqueConstraint("application_one_per_opening", ["opening_id", "seeker_user_id"])
    .execute();
  await db.schema.createIndex("application_seeker_idx").on("application").columns(["seeker_user_id", "updated_at"]).execute();

  await db.schema
    .createTable("application_event")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("application_id", "integer", (c) => c.notNull().references("application.id").onDelete("cascade"))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("actor_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("side", "text", (c) => c.notNull().check(sql`side in ('seeker', 'organisation')`))
    // A change of status, a message, or both (a status change with a note).
    .addColumn("status", "text")
    .addColumn("message", "text")
    // passport_shared / passport_withdrawn: the seeker's choices, shown in the history.
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("status").check(sql`kind in ('status', 'message', 'passport_shared', 'passport_withdrawn')`))
    .execute();
  await db.schema.createIndex("application_event_application_idx").on("application_event").columns(["application_id", "id"]).execute();

  await db.schema
    .createTable("accommodation_passport")
    .addColumn("user_id", "integer", (c) => c.primaryKey().references("app_user.id").onDelete("cascade"))
    // Which key encrypted this row, so keys can be rotated without a flag day.
    .addColumn("key_id", "text", (c) => c.notNull())
    .addColumn("iv", "bytea", (c) => c.notNull())
    .addColumn("auth_tag", "bytea", (c) => c.notNull())
    .addColumn("ciphertext", "bytea", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("consent")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("text_version", "text", (c) => c.notNull())
    .addColumn("given_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("withdrawn_at", "timestamptz")
    .execute();
  await db.schema.createIndex("consent_user_idx").on("consent").columns(["user_id", "purpose"]).execute();

  await db.schema
    .createTable("notification")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("application_id", "integer", (c) => c.references("application.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("params", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("read_at", "timestamptz")
    .execute();
  await db.schema.createIndex("notification_user_idx").on("notification").columns(["user_id", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["notification", "consent", "accommodation_passport", "application_event", "application"]) {
    await db.schema.dropTable(table).execute();
  }
}
