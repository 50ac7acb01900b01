import { sql, type Kysely } from "kysely";

// Verified recruiters (issue 19): an employer member who talks to job seekers may choose to be listed
// by name and job title on the employer's public page, so a seeker contacted on WeChat or by phone
// can check that the person is real. Listing is each person's own choice, off by default. A report
// may now say that someone claimed to recruit for an employer. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table membership
    add column listed_as_recruiter boolean not null default false,
    add column recruiter_title text check (char_length(recruiter_title) <= 40)`.execute(db);
  await sql`create index membership_listed_recruiter_idx on membership (organisation_id) where listed_as_recruiter`.execute(db);
  await sql`alter table opening_report drop constraint opening_report_reason_check`.execute(db);
  await sql`alter table opening_report add constraint opening_report_reason_check
    check (reason in ('fake_job', 'asks_fees', 'certificate_renting', 'impersonation', 'inaccurate_access', 'inaccessible_application', 'other'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table opening_report drop constraint opening_report_reason_check`.execute(db);
  await sql`alter table opening_report add constraint opening_report_reason_check
    check (reason in ('fake_job', 'asks_fees', 'certificate_renting', 'inaccurate_access', 'inaccessible_application', 'other'))`.execute(db);
  await sql`drop index membership_listed_recruiter_idx`.execute(db);
  await sql`alter table membership drop column listed_as_recruiter, drop column recruiter_title`.execute(db);
}
