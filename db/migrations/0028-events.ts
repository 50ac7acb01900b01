import { sql, type Kysely } from "kysely";

// Live recruitment events (issue 20, first part: the schedule and registration). A partner's staff
// create an event: its title and description in both languages, when it starts and ends, where it
// streams, the access it provides, and the verified employers and openings that take part. A job
// seeker registers, and may tell the organiser what they need to take part; that text is access data,
// so it is kept encrypted like the accommodation passport, only with its own consent (purpose
// "event_needs", naming the partner), and gone when the registration is cancelled. Frozen in time:
// plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table live_event (
    id serial primary key,
    partner_id integer not null references organisation (id) on delete cascade,
    title_zh text not null check (char_length(title_zh) between 1 and 120),
    title_en text check (char_length(title_en) <= 160),
    description_zh text not null check (char_length(description_zh) <= 4000),
    description_en text check (char_length(description_en) <= 6000),
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    stream_url text check (char_length(stream_url) <= 500),
    replay_url text check (char_length(replay_url) <= 500),
    provisions text[] not null default '{}',
    qa_moderation text not null default 'held' check (qa_moderation in ('held', 'open')),
    cancelled_at timestamptz,
    created_by integer references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (ends_at > starts_at)
  )`.execute(db);
  await sql`create index live_event_starts_idx on live_event (starts_at)`.execute(db);
  await sql`create index live_event_partner_idx on live_event (partner_id, starts_at)`.execute(db);
  await sql`create table live_event_employer (
    event_id integer not null references live_event (id) on delete cascade,
    employer_id integer not null references organisation (id) on delete cascade,
    primary key (event_id, employer_id)
  )`.execute(db);
  await sql`create table live_event_opening (
    event_id integer not null references live_event (id) on delete cascade,
    opening_id integer not null references opening (id) on delete cascade,
    primary key (event_id, opening_id)
  )`.execute(db);
  await sql`create table live_event_registration (
    id serial primary key,
    event_id integer not null references live_event (id) on delete cascade,
    user_id integer not null references app_user (id) on delete cascade,
    needs_key_id text,
    needs_iv bytea,
    needs_auth_tag bytea,
    needs_ciphertext bytea,
    registered_at timestamptz not null default now(),
    reminded_at timestamptz,
    unique (event_id, user_id)
  )`.execute(db);
  await sql`create index live_event_registration_user_idx on live_event_registration (user_id)`.execute(db);
  // The reminder job's work: registrations not yet reminded (see services/jobs/event-reminders).
  await sql`create index live_event_registration_remind_idx on live_event_registration (event_id) where reminded_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table live_event_registration`.execute(db);
  await sql`drop table live_event_opening`.execute(db);
  await sql`drop table live_event_employer`.execute(db);
  await sql`drop table live_event`.execute(db);
}
