import { sql, type Kysely } from "kysely";

// Offline seekers (issue 19, item 5). Partner staff open an account for someone who came to the
// office or phoned: it has their mobile number and no password, and records which partner opened it
// (`registered_by_partner_id`); the person claims it later by signing up with that number (the texted
// code proves it), which sets their password (`claimed_at`). A consent can now be recorded by staff
// from paper, a phone call or in person: who recorded it, how, and a note (where the paper is kept).
// `caseload_note` holds staff notes and next steps for a seeker, seen only by that partner's staff.
// Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table app_user
    add column registered_by_partner_id integer references organisation (id) on delete set null,
    add column claimed_at timestamptz`.execute(db);
  await sql`alter table consent
    add column recorded_how text not null default 'online' check (recorded_how in ('online', 'paper', 'phone', 'in_person')),
    add column recorded_by integer references app_user (id) on delete set null,
    add column recorded_note text`.execute(db);
  await sql`create table caseload_note (
    id serial primary key,
    partner_id integer not null references organisation (id) on delete cascade,
    seeker_user_id integer not null references app_user (id) on delete cascade,
    author_user_id integer references app_user (id) on delete set null,
    body text not null,
    next_step text,
    next_step_due date,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index caseload_note_seeker_idx on caseload_note (partner_id, seeker_user_id, id)`.execute(db);
  await sql`create index app_user_registered_by_idx on app_user (registered_by_partner_id) where registered_by_partner_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table caseload_note`.execute(db);
  await sql`alter table consent drop column recorded_how, drop column recorded_by, drop column recorded_note`.execute(db);
  await sql`alter table app_user drop column registered_by_partner_id, drop column claimed_at`.execute(db);
}
