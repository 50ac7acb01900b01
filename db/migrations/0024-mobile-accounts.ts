import { sql, type Kysely } from "kysely";

// Mobile numbers (issue 19, item 4). Most people this portal serves in China use a mobile number,
// not email, so an account may have either or both: `email` may now be empty when `mobile` is set.
// A number is proven by a one-time code before any account holds it (`mobile_code`, which also
// keeps the sign-up form's data, with the password already hashed, until the code is typed).
// Text messages go through the same outbox as emails, told apart by `channel`.
// Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table app_user
    alter column email drop not null,
    add column mobile text unique,
    add column mobile_verified_at timestamptz,
    add column notify_by_sms boolean not null default false,
    add constraint app_user_email_or_mobile check (email is not null or mobile is not null)`.execute(db);
  await sql`alter table outbox
    add column channel text not null default 'email' check (channel in ('email', 'sms'))`.execute(db);
  await sql`create table mobile_code (
    ref_hash text primary key,
    mobile text not null,
    purpose text not null check (purpose in ('sign_up')),
    code_hash text not null,
    attempts integer not null default 0,
    sends integer not null default 1,
    payload jsonb not null,
    last_sent_at timestamptz not null default now(),
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index mobile_code_mobile_idx on mobile_code (mobile)`.execute(db);
  await sql`create index mobile_code_expires_idx on mobile_code (expires_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table mobile_code`.execute(db);
  await sql`alter table outbox drop column channel`.execute(db);
  await sql`delete from app_user where email is null`.execute(db);
  await sql`alter table app_user
    drop constraint app_user_email_or_mobile,
    drop column notify_by_sms,
    drop column mobile_verified_at,
    drop column mobile,
    alter column email set not null`.execute(db);
}
