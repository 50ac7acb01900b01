import { sql, type Kysely } from "kysely";

// Outcomes by disability category (issue 19, item 6). Federations count placements by the seven
// categories of the disability certificate; the portal may count a seeker only if they chose to say
// their category for that purpose, with its own consent (purpose 'disability_statistics'). One row
// per person who said it; withdrawing the consent deletes the row, and deleting the account deletes
// it too. Nobody reads a row one by one: only counts of groups of 5 or more leave the server.
// Frozen in time: plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table disability_category (
    user_id integer primary key references app_user (id) on delete cascade,
    category text not null check (category in ('visual', 'hearing', 'speech', 'physical', 'intellectual', 'psychosocial', 'multiple')),
    recorded_at timestamptz not null default now()
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table disability_category`.execute(db);
}
