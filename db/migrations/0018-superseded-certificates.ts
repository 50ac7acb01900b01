import { sql, type Kysely } from "kysely";

// A renewal's certificate replaces the employer's earlier one (issue 19): the earlier certificate
// becomes "superseded", pointing at its successor, instead of staying valid beside it until it
// expires. Frozen in time: plain SQL, no application code.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ["certificate", "certificate_event"]) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_status_check`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_status_check`)}
      check (status in ('valid', 'suspended', 'expired', 'revoked', 'superseded'))`.execute(db);
  }
  await sql`alter table certificate add column superseded_by_id integer references certificate(id) on delete set null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table certificate drop column superseded_by_id`.execute(db);
  for (const table of ["certificate", "certificate_event"]) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_status_check`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_status_check`)}
      check (status in ('valid', 'suspended', 'expired', 'revoked'))`.execute(db);
  }
}
