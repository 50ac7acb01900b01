import { sql, type Kysely } from "kysely";

// Text Q&A in the live room (issue 20, item 3): signed-in people ask in writing, optionally anonymous
// to other viewers; a question is held for a moderator or published at once, by the event's setting;
// the organiser's staff and verified recruiters of the employers taking part answer, each answer
// saying which of the two gave it. Publishing, hiding and answering are also written to the event's
// log ('qa'), so viewers' pages update in place. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table live_event_question (
    id serial primary key,
    event_id integer not null references live_event (id) on delete cascade,
    user_id integer not null references app_user (id) on delete cascade,
    body text not null check (char_length(body) between 1 and 500),
    anonymous boolean not null default false,
    status text not null check (status in ('held', 'published', 'hidden')),
    moderated_by integer references app_user (id) on delete set null,
    moderated_at timestamptz,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index live_event_question_event_idx on live_event_question (event_id, status, id)`.execute(db);
  await sql`create table live_event_answer (
    id serial primary key,
    question_id integer not null references live_event_question (id) on delete cascade,
    user_id integer references app_user (id) on delete set null,
    employer_id integer references organisation (id) on delete set null,
    body text not null check (char_length(body) between 1 and 1000),
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index live_event_answer_question_idx on live_event_answer (question_id, id)`.execute(db);
  await sql`alter table live_event_update drop constraint live_event_update_kind_check`.execute(db);
  await sql`alter table live_event_update add constraint live_event_update_kind_check check (kind in ('caption', 'pin', 'qa'))`.execute(db);
  await sql`alter table live_event_update add column question_id integer references live_event_question (id) on delete set null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from live_event_update where kind = 'qa'`.execute(db);
  await sql`alter table live_event_update drop column question_id`.execute(db);
  await sql`alter table live_event_update drop constraint live_event_update_kind_check`.execute(db);
  await sql`alter table live_event_update add constraint live_event_update_kind_check check (kind in ('caption', 'pin'))`.execute(db);
  await sql`drop table live_event_answer`.execute(db);
  await sql`drop table live_event_question`.execute(db);
}
