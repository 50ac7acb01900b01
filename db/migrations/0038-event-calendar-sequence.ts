import { sql, type Kysely } from "kysely";

// An event's calendar file is one event (same UID) that changes: each change people must act on (a
// new day or time, a cancellation) raises its SEQUENCE, so a calendar that imported an earlier file
// takes the new one instead of ignoring it as older (RFC 5545, 3.8.7.4). Events cancelled before
// this start at 1, which is what their file already said. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table live_event add column calendar_sequence integer not null default 0 check (calendar_sequence >= 0)`.execute(db);
  await sql`update live_event set calendar_sequence = 1 where cancelled_at is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table live_event drop column calendar_sequence`.execute(db);
}
