import { sql, type Kysely } from "kysely";

// Search at 100,000 openings and more (docs/decisions/019-search-at-scale.md).
//
// - Matching moves from the whole search vector (title, employer, summary and description, about
//   4 KB an opening, stored out of line in TOAST) to the small title–employer–summary vector that
//   ranking already used. It is renamed for what it now does, kept in the row itself (storage MAIN:
//   compressed if need be, moved out of line only as a last resort), and gets its own GIN index. The
//   GIN index on the whole vector stays, for the one search that still uses it: words that no
//   title, employer or summary has are looked for in the descriptions.
// - The newest-first index of published openings also carries the employer and the deadline, so
//   "how many public openings" and the first candidates of a search are read from the index alone.
//
// Migrations are frozen in time: plain SQL, no application code.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table opening rename column rank_vector to match_vector`.execute(db);
  await sql`alter table opening alter column match_vector set storage main`.execute(db);
  // Storage applies to rows as they are written: rewrite each row once so that existing vectors move
  // into the row (a stored generated column is recomputed on any update).
  await sql`update opening set search_vector = search_vector`.execute(db);
  await sql`create index opening_match_idx on opening using gin (match_vector)`.execute(db);
  await sql`drop index opening_published_idx`.execute(db);
  await sql`create index opening_published_idx on opening (published_at desc, id desc) include (employer_id, deadline) where status = 'published'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index opening_published_idx`.execute(db);
  await sql`create index opening_published_idx on opening (published_at desc, id desc) where status = 'published'`.execute(db);
  await sql`drop index opening_match_idx`.execute(db);
  await sql`alter table opening alter column match_vector set storage extended`.execute(db);
  await sql`alter table opening rename column match_vector to rank_vector`.execute(db);
}
