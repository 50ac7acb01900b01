import { sql, type Kysely } from "kysely";

// A consent given on paper can keep a scan or a photo of the signed form (issue 19, item 5): the
// file is a stored_file of purpose 'consent_scan', linked from the consent it proves. Only the
// person and the staff of the partner the consent names can open it, and every opening by staff is
// audit-logged. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table stored_file drop constraint stored_file_purpose_check`.execute(db);
  await sql`alter table stored_file add constraint stored_file_purpose_check check (purpose in ('business_licence', 'cv', 'evidence', 'consent_scan'))`.execute(db);
  await sql`alter table consent add column scan_file_id uuid references stored_file (id) on delete set null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table consent drop column scan_file_id`.execute(db);
  await sql`delete from stored_file where purpose = 'consent_scan'`.execute(db);
  await sql`alter table stored_file drop constraint stored_file_purpose_check`.execute(db);
  await sql`alter table stored_file add constraint stored_file_purpose_check check (purpose in ('business_licence', 'cv', 'evidence'))`.execute(db);
}
