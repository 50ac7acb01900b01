import { sql, type Kysely } from "kysely";

// Supervision by the audience and the moderators (issue 20, item 3): a signed-in viewer flags a
// published question or answer for the moderators (once each); a moderator hides an answer as they
// can hide a question, and mutes a participant for the rest of the event (they can no longer ask).
// Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table live_event_flag (
    id serial primary key,
    event_id integer not null references live_event (id) on delete cascade,
    question_id integer references live_event_question (id) on delete cascade,
    answer_id integer references live_event_answer (id) on delete cascade,
    user_id integer not null references app_user (id) on delete cascade,
    created_at timestamptz not null default now(),
    check ((question_id is null) <> (answer_id is null))
  )`.execute(db);
  await sql`create unique index live_event_flag_question_once on live_event_flag (question_id, user_id) where question_id is not null`.execute(db);
  await sql`create unique index live_event_flag_answer_once on live_event_flag (answer_id, user_id) where answer_id is not null`.execute(db);
  await sql`create index live_event_flag_event_idx on live_event_flag (event_id)`.execute(db);
  await sql`alter table live_event_answer add column hidden_at timestamptz`.execute(db);
  await sql`create table live_event_mute (
    event_id integer not null references live_event (id) on delete cascade,
    user_id integer not null references app_user (id) on delete cascade,
    muted_by integer references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    primary key (event_id, user_id)
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table live_event_mute`.execute(db);
  await sql`alter table live_event_answer drop column hidden_at`.execute(db);
  await sql`drop table live_event_flag`.execute(db);
}
