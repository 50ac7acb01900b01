import { sql, type Kysely } from "kysely";

// A partner can suspend an employer's verification with a public reason (issue 19, item 1): its
// openings leave the public list at once (only verified employers' openings are public), its
// public page says why, and the partner can reinstate it. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table organisation drop constraint organisation_verification_status_check`.execute(db);
  await sql`alter table organisation add constraint organisation_verification_status_check
    check (verification_status in ('unverified', 'pending', 'verified', 'rejected', 'suspended'))`.execute(db);
  await sql`alter table organisation add column suspended_at timestamptz, add column suspension_reason text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table organisation drop column suspended_at, drop column suspension_reason`.execute(db);
  await sql`alter table organisation drop constraint organisation_verification_status_check`.execute(db);
  await sql`alter table organisation add constraint organisation_verification_status_check
    check (verification_status in ('unverified', 'pending', 'verified', 'rejected'))`.execute(db);
}
