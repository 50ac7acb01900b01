import { sql, type Kysely } from "kysely";

// A certification cannot be approved before the reviewer has looked at the evidence (issue 19,
// item 8): each answer remembers when its evidence file or link was first opened through the
// portal, and by whom. The employer changing the file or link clears it. Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table certification_answer
    add column evidence_opened_at timestamptz,
    add column evidence_opened_by integer references app_user (id) on delete set null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table certification_answer drop column evidence_opened_at, drop column evidence_opened_by`.execute(db);
}
