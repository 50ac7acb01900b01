import { sql, type Kysely } from "kysely";

// An application records the live recruitment event it came from (issue 20, item 3: "applications
// record that they came from the event"): set when someone applies through an event's "apply" link
// to one of that event's openings, so the event's figures count what it really brought. Null for
// every other application. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table application add column source_event_id integer references live_event(id) on delete set null`.execute(db);
  await sql`create index application_source_event_idx on application (source_event_id) where source_event_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index application_source_event_idx`.execute(db);
  await sql`alter table application drop column source_event_id`.execute(db);
}
