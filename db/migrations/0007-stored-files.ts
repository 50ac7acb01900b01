import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// Uploaded files: business licences, CVs and certification evidence. The row holds what the
// portal knows about a file (its checked type, size and hash). The bytes live in `data` when the
// store is the database, or on disk (or, later, an object store) under `storage_key`.
// A file row carries no permissions of its own: the record that points at it (a licence, an
// application, a piece of evidence) decides who may read it.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("stored_file")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("purpose", "text", (c) => c.notNull().check(sql`purpose in ('business_licence', 'cv', 'evidence')`))
    .addColumn("backend", "text", (c) => c.notNull().check(sql`backend in ('database', 'disk', 's3')`))
    .addColumn("original_name", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("byte_size", "integer", (c) => c.notNull().check(sql`byte_size > 0`))
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("data", "bytea")
    .addColumn("storage_key", "text")
    .addColumn("uploaded_by_user_id", "integer", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("stored_file_has_bytes", sql`(backend = 'database') = (data is not null)`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("stored_file").execute();
}
