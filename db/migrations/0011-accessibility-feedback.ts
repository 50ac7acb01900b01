import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.
//
// Barriers that people report from the accessibility statement. Anyone may send one, with no
// account; partner staff and platform admins read them. The contact address is optional and only
// used to answer the person.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("accessibility_feedback")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("page", "text")
    .addColumn("problem", "text", (c) => c.notNull())
    .addColumn("assistive_technology", "text")
    .addColumn("contact_email", "text")
    .addColumn("locale", "text", (c) => c.notNull().check(sql`locale in ('zh-CN', 'en')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("accessibility_feedback_created_at").on("accessibility_feedback").column("created_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("accessibility_feedback").execute();
}
