import { sql, type Kysely } from "kysely";

// An event's figures for its partner (issue 20, item 5): a registered person counts as attending
// when they open the event's page while it is on, signed in. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table live_event_registration add column attended_at timestamptz`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table live_event_registration drop column attended_at`.execute(db);
}
