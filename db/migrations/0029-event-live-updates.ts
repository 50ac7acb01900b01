import { sql, type Kysely } from "kysely";

// The live room of an event (issue 20, item 3), text first: one append-only log per event of what
// viewers see change, in order: caption lines as the captioner sends them, and which opening is being
// presented (an opening, or none). Its ids are what server-sent events number their messages with, so
// a viewer who reconnects (Last-Event-ID) gets exactly what they missed. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table live_event_update (
    id bigserial primary key,
    event_id integer not null references live_event (id) on delete cascade,
    kind text not null check (kind in ('caption', 'pin')),
    body text check (char_length(body) <= 500),
    opening_id integer references opening (id) on delete set null,
    author_user_id integer references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    check ((kind = 'caption') = (body is not null))
  )`.execute(db);
  await sql`create index live_event_update_event_idx on live_event_update (event_id, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table live_event_update`.execute(db);
}
