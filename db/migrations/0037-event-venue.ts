import { sql, type Kysely } from "kysely";

// Events in person and online at once (issue 20, item 1: eventAttendanceMode "mixed"): where the
// venue is, and what its access is like (step-free entrance, lifts, accessible toilets, the nearest
// accessible bus or metro stop). An online event has no venue. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table live_event
      add column attendance text not null default 'online' check (attendance in ('online', 'mixed')),
      add column venue_name_zh text,
      add column venue_name_en text,
      add column venue_address_zh text,
      add column venue_address_en text,
      add column venue_access_zh text,
      add column venue_access_en text,
      add constraint live_event_venue_given check (attendance = 'online' or (venue_name_zh is not null and venue_address_zh is not null))
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table live_event
      drop constraint live_event_venue_given,
      drop column attendance,
      drop column venue_name_zh,
      drop column venue_name_en,
      drop column venue_address_zh,
      drop column venue_address_en,
      drop column venue_access_zh,
      drop column venue_access_en
  `.execute(db);
}
