import { sql, type Kysely } from "kysely";

// Frozen in time: this migration never imports application code.

// The outbox worker retries failed sends with a growing delay, and several app instances share
// the queue. `next_attempt_at` serves both: a row is due when it is unsent and its time has come,
// and claiming a row moves the time forward by a lease, so no other instance takes it meanwhile.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("outbox")
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.dropIndex("outbox_unsent_idx").execute();
  await db.schema
    .createIndex("outbox_due_idx")
    .on("outbox")
    .column("next_attempt_at")
    .where(sql.ref("sent_at"), "is", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("outbox_due_idx").execute();
  await db.schema.alterTable("outbox").dropColumn("next_attempt_at").execute();
  await db.schema
    .createIndex("outbox_unsent_idx")
    .on("outbox")
    .column("id")
    .where(sql.ref("sent_at"), "is", null)
    .execute();
}
