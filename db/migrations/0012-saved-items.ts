import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// Saved openings and saved searches. A saved search keeps the search's query string, sends new
// matches as a daily digest, and has two random capability tokens: one for its personal Atom feed
// (readable without signing in, so feed readers can use it), one for one-click unsubscribe links.
// The outbox gains extra headers, for List-Unsubscribe (RFC 2369) and one-click (RFC 8058).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("saved_opening")
    .addColumn("user_id", "integer", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("opening_id", "integer", (c) => c.notNull().references("opening.id").onDelete("cascade"))
    .addColumn("saved_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("saved_opening_pk", ["user_id", "opening_id"])
    .execute();

  await db.schema
    .createTable("saved_search")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("user_id", "integer", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("query", "text", (c) => c.notNull())
    .addColumn("digest", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("feed_token", "text", (c) => c.notNull().unique())
    .addColumn("unsubscribe_token", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // Openings published after this are "new" for the next digest.
    .addColumn("last_digest_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("saved_search_user_query", ["user_id", "query"])
    .execute();
  await db.schema.createIndex("saved_search_digest_idx").on("saved_search").columns(["digest", "last_digest_at"]).execute();

  await db.schema
    .alterTable("outbox")
    .addColumn("headers", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("outbox").dropColumn("headers").execute();
  await db.schema.dropTable("saved_search").execute();
  await db.schema.dropTable("saved_opening").execute();
}
