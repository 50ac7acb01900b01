// Prepares the benchmark database: migrate, demo seed, then bulk-generated openings up to the
// wanted total. The handle is closed before returning: PGlite is single-process, and the server
// opens the same folder next.
import { rmSync } from "node:fs";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import { listNewestOpenings, openingSearchVector } from "../../app/models/opening.server";
import { openDatabase } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import type { Database } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { seedOpenings, seedOrganisations } from "../../db/seed-data";
import type { BenchConfig } from "./config";
import { collectPlaces, generateOpening, seededRandom, type BenchOpening, type GeneratorContext, type OrganisationRef } from "./generate";

const ROWS_PER_INSERT = 1_000;
// PGlite's protocol parser reads a statement's parameter count as a signed 16-bit number, so one
// statement there may bind at most 32,767 values (PostgreSQL itself takes 65,535). In practice
// PGlite 0.4 fails even below that ("RangeError: Invalid array length" at 780 rows × 42 columns,
// 32,760 values, which stopped the quick trial in docs/benchmark.md), so a batch stays at about
// half.
const PGLITE_MAX_PARAMETERS = 16_000;
const PROGRESS_EVERY = 20_000;
const RANDOM_SEED = 20_260_101;

/** What the rest of the benchmark needs from the prepared database. */
export interface PreparedDatabase {
  driver: "pg" | "pglite";
  totalOpenings: number;
  publicOpenings: number;
  generated: number;
  /** A published opening that the detail page can show. */
  detailId: number;
}

type Db = Kysely<Database>;

async function countOpenings(db: Db): Promise<number> {
  const row = await db.selectFrom("opening").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  return row.n;
}

/** Every public opening, counted exactly (the app's own count stops at 1,000). */
async function countPublicExactly(db: Db): Promise<number> {
  const row = await db
    .selectFrom("opening as o")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("o.status", "=", "published")
    .where("e.verification_status", "=", "verified")
    .where((eb) => eb.or([eb("o.deadline", "is", null), eb("o.deadline", ">=", sql<string>`current_date`)]))
    .executeTakeFirstOrThrow();
  return row.n;
}

async function loadOrganisations(db: Db): Promise<OrganisationRef[]> {
  return db
    .selectFrom("organisation")
    .select(["id", "slug", "kind", "verification_status", "name_zh", "name_en", "province", "city"])
    .execute();
}

function generatorContext(organisations: OrganisationRef[], now: Date): GeneratorContext {
  const verifiedEmployers = organisations.filter((o) => o.kind === "employer" && o.verification_status === "verified");
  if (verifiedEmployers.length === 0) throw new Error("The demo seed has no verified employer to publish openings for");
  return {
    templates: seedOpenings,
    organisationsBySlug: new Map(organisations.map((o) => [o.slug, o])),
    verifiedEmployers,
    places: collectPlaces([...seedOrganisations, ...seedOpenings]),
    now,
    random: seededRandom(RANDOM_SEED),
  };
}

/** The row as inserted: the search vector is computed here in TypeScript, as upsertOpeningByRef does. */
function toRow(opening: BenchOpening, employers: ReadonlyMap<number, OrganisationRef>) {
  const employer = employers.get(opening.employer_id);
  if (!employer) throw new Error(`Unknown employer id ${opening.employer_id}`);
  return { ...opening, search_vector: sql<string>`${openingSearchVector(opening, employer)}::tsvector` };
}

/** Rows per INSERT: 1,000, or fewer on PGlite so that one statement stays within its parameter limit. */
function rowsPerInsert(driver: "pg" | "pglite", ctx: GeneratorContext): number {
  if (driver === "pg") return ROWS_PER_INSERT;
  const columns = Object.keys(generateOpening(1, { ...ctx, random: seededRandom(0) })).length + 1;
  return Math.min(ROWS_PER_INSERT, Math.floor(PGLITE_MAX_PARAMETERS / columns));
}

/** Inserts `count` generated openings, numbered from 1, in transactions of one multi-row INSERT each. */
async function insertGenerated(db: Db, count: number, ctx: GeneratorContext, batchSize: number): Promise<void> {
  const employers = new Map([...ctx.organisationsBySlug.values()].map((o) => [o.id, o]));
  // Build the next batch (tokenising is CPU-bound) while PostgreSQL is still writing the previous one.
  let writing: Promise<unknown> = Promise.resolve();
  for (let first = 1; first <= count; first += batchSize) {
    const last = Math.min(count, first + batchSize - 1);
    const rows: ReturnType<typeof toRow>[] = [];
    for (let n = first; n <= last; n++) rows.push(toRow(generateOpening(n, ctx), employers));
    await writing;
    writing = db.transaction().execute((trx) => trx.insertInto("opening").values(rows).execute());
    if (last % PROGRESS_EVERY < batchSize || last === count) console.log(`  ${last.toLocaleString("en")} / ${count.toLocaleString("en")}`);
  }
  await writing;
}

async function pickDetailId(db: Db): Promise<number> {
  const [newest] = await listNewestOpenings(db, { limit: 1 });
  if (!newest) throw new Error("No published opening to use for the detail page");
  return newest.id;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Opens the database the way the app would, fills it to `config.openings` openings, analyses it and closes it. */
export async function prepareDatabase(config: BenchConfig): Promise<PreparedDatabase> {
  const pgliteDir = path.join(config.root, config.pgliteDir);
  if (!config.databaseUrl) rmSync(pgliteDir, { recursive: true, force: true });
  // Loading 100k rows and VACUUM ANALYZE are maintenance: no statement limit (pages keep theirs).
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir, poolSize: 2, timeouts: { statementMs: 0, jobStatementMs: 0 } });
  const { db } = handle;
  try {
    let started = performance.now();
    await migrateToLatest(db);
    // A re-run on real PostgreSQL replaces the previous run's openings instead of adding to them.
    await db.deleteFrom("opening").where("external_ref", "like", "bench-%").execute();
    const seeded = await seedDemoData(db);
    console.log(`Migrated and seeded the demo data (${seeded.organisations} organisations, ${seeded.openings} openings) in ${seconds(started)}`);

    const generated = Math.max(0, config.openings - (await countOpenings(db)));
    started = performance.now();
    const ctx = generatorContext(await loadOrganisations(db), new Date());
    const batchSize = rowsPerInsert(handle.driver, ctx);
    console.log(`Generating ${generated.toLocaleString("en")} openings, ${batchSize} rows per INSERT:`);
    await insertGenerated(db, generated, ctx, batchSize);
    const insertSeconds = (performance.now() - started) / 1000;
    console.log(`Seeded ${generated.toLocaleString("en")} openings in ${insertSeconds.toFixed(1)} s (${Math.round(generated / Math.max(insertSeconds, 0.001)).toLocaleString("en")} rows/s)`);

    started = performance.now();
    // VACUUM as well as ANALYZE: otherwise autovacuum would start on the fresh rows in the middle of the load test.
    await sql`vacuum (analyze) opening`.execute(db);
    await sql`analyze organisation`.execute(db);
    console.log(`VACUUM ANALYZE in ${seconds(started)}`);

    return {
      driver: handle.driver,
      totalOpenings: await countOpenings(db),
      publicOpenings: await countPublicExactly(db),
      generated,
      detailId: await pickDetailId(db),
    };
  } finally {
    await handle.close();
  }
}
