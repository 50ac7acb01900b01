import { sql, type Kysely } from "kysely";

// Employers join on their own (issue 19, item 1): at sign-up an employer gives its unified social
// credit code and chooses its nearest federation partner. Both are only what it claims until a
// partner checks the business licence (the verified code stays in `credit_code`); the verification
// page starts from them. Frozen in time: plain SQL, no application code.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table organisation
    add column requested_partner_id integer references organisation(id) on delete set null,
    add column claimed_credit_code text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table organisation drop column requested_partner_id, drop column claimed_credit_code`.execute(db);
}
