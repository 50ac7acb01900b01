// Prepares the benchmark database: migrate, demo seed, then bulk-generated openings up to the
// wanted total, growing it size by size for the growth table; and samples what the load needs
// from it (public openings' ids, a common and a rare keyword). The handle is closed after each
// step: PGlite is single-process, and the server opens the same folder next.
import { rmSync } from "node:fs";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import { openingSearchVector, publicOpenings } from "../../app/models/opening.server";
import { toTsqueryLiteral } from "../../app/utils/search-tokens";
import { openDatabase } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import type { Database } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { seedOpenings, seedOrganisations } from "../../db/seed-data";
import { DETAIL_ADDRESS_COUNT } from "./addresses";
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
/** The common keyword is the candidate whose share of public openings is nearest this. */
const COMMON_SHARE = 0.25;
const COMMON_CANDIDATES = ["远程", "remote", "在家", "文字", "培训", "客服", "兼职", "part-time", "online"];

/** The database's size after a fill. */
export interface DatabaseFigures {
  driver: "pg" | "pglite";
  totalOpenings: number;
  publicOpenings: number;
  /** Generated openings in the database in all (numbered bench-000001 on). */
  generated: number;
}

/** A keyword and how many public openings it finds (an exact count, matched as the app matches). */
export interface KeywordShare {
  q: string;
  matches: number;
  /** Share of all public openings, 0–1. */
  share: number;
}

/** What the main run samples from the database before the server opens it. */
export interface MainRunSample {
  /** Ids of public openings (published, verified employer, deadline today or later), for detail pages. */
  publicIds: number[];
  /** A keyword found in about a quarter of the public openings. */
  common: KeywordShare;
  /** A keyword found in very few (under 0.5% at 100k openings). */
  rare: KeywordShare;
}

type Db = Kysely<Database>;

async function countOpenings(db: Db): Promise<number> {
  const row = await db.selectFrom("opening").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
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

/** Inserts the generated openings numbered `first` to `last`, in transactions of one multi-row INSERT each. */
async function insertGenerated(db: Db, { first, last }: { first: number; last: number }, ctx: GeneratorContext, batchSize: number): Promise<void> {
  const employers = new Map([...ctx.organisationsBySlug.values()].map((o) => [o.id, o]));
  // Build the next batch (tokenising is CPU-bound) while PostgreSQL is still writing the previous one.
  let writing: Promise<unknown> = Promise.resolve();
  for (let from = first; from <= last; from += batchSize) {
    const to = Math.min(last, from + batchSize - 1);
    const rows: ReturnType<typeof toRow>[] = [];
    for (let n = from; n <= to; n++) rows.push(toRow(generateOpening(n, ctx), employers));
    await writing;
    writing = db.transaction().execute((trx) => trx.insertInto("opening").values(rows).execute());
    const done = to - first + 1;
    if (done % PROGRESS_EVERY < batchSize || to === last) console.log(`  ${done.toLocaleString("en")} / ${(last - first + 1).toLocaleString("en")}`);
  }
  await writing;
}


/**
 * How many public openings there are, or how many the keywords find: an exact count (the app's
 * own counts stop at a cap), matched as the app matches, with its tokeniser on the title, employer
 * and summary vector (match_vector, since migration 0016).
 */
async function countPublic(db: Db, q?: string): Promise<number> {
  let query = publicOpenings(db);
  if (q !== undefined) {
    const tsquery = toTsqueryLiteral(q);
    if (tsquery === null) return 0;
    query = query.where(sql<boolean>`o.match_vector @@ ${tsquery}::tsquery`);
  }
  const row = await query.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  return row.n;
}

/** A deterministic sample of public openings' ids, in an order that does not follow the ids. */
async function samplePublicIds(db: Db, limit: number): Promise<number[]> {
  const rows = await publicOpenings(db).select("o.id").orderBy(sql`md5(o.id::text)`).limit(limit).execute();
  return rows.map((row) => row.id);
}

/** How many public openings each keyword finds. */
async function keywordShares(db: Db, candidates: readonly string[], publicCount: number): Promise<KeywordShare[]> {
  const shares: KeywordShare[] = [];
  for (const q of new Set(candidates)) {
    const matches = await countPublic(db, q);
    shares.push({ q, matches, share: matches / Math.max(1, publicCount) });
  }
  return shares;
}

/** The candidate nearest a quarter of the public openings. */
function commonKeyword(shares: readonly KeywordShare[]): KeywordShare {
  const [nearest] = [...shares].sort((a, b) => Math.abs(a.share - COMMON_SHARE) - Math.abs(b.share - COMMON_SHARE));
  if (!nearest) throw new Error("No common keyword to choose from");
  return nearest;
}

/** The candidate that finds the fewest openings but some (or, in a database too small for any, the first). */
function rareKeyword(shares: readonly KeywordShare[]): KeywordShare {
  const [fewest] = shares.filter((s) => s.matches > 0).sort((a, b) => a.matches - b.matches);
  const chosen = fewest ?? shares[0];
  if (!chosen) throw new Error("No rare keyword to choose from");
  return chosen;
}

/**
 * Rare keywords: batch numbers. Every generated title names its batch ("第640批", "round 640"), one
 * batch per pass through the seed's openings, so a batch number is in about as many titles as the
 * seed has openings, and numbers from the later half are unlikely elsewhere in the texts. The seed
 * has no rarer words: every generated opening is a variation of one of its few dozen openings.
 */
function rareCandidates(generated: number, templates: number): string[] {
  const batches = Math.ceil(generated / Math.max(1, templates));
  return [batches - 1, Math.floor(batches * 0.75), Math.floor(batches / 2)].map((n) => String(Math.max(1, n)));
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/**
 * The benchmark database. The first fill starts from scratch (a fresh PGlite folder, or on
 * PostgreSQL without the previous run's generated openings); each later fill only adds the next
 * generated openings up to the new total, with the same random sequence, so growing to a size gives
 * the same rows as seeding it at once. Each call opens the database and closes it again: PGlite is
 * single-process, and the server opens the same folder next.
 */
export class BenchDatabase {
  private ctx: GeneratorContext | undefined;
  private generated = 0;

  constructor(private readonly config: BenchConfig) {}

  private async open() {
    // Loading rows and VACUUM ANALYZE are maintenance: no statement limit (pages keep theirs).
    return openDatabase({ databaseUrl: this.config.databaseUrl, pgliteDir: this.pgliteDir(), poolSize: 2, timeouts: { statementMs: 0, jobStatementMs: 0 } });
  }

  private pgliteDir(): string {
    return path.join(this.config.root, this.config.pgliteDir);
  }

  /** Migrates, removes a previous run's generated openings and writes the demo seed; returns the generator's context. */
  private async start(db: Db): Promise<GeneratorContext> {
    const started = performance.now();
    await migrateToLatest(db);
    // A re-run on real PostgreSQL replaces the previous run's openings instead of adding to them.
    await db.deleteFrom("opening").where("external_ref", "like", "bench-%").execute();
    const seeded = await seedDemoData(db);
    console.log(`Migrated and seeded the demo data (${seeded.organisations} organisations, ${seeded.openings} openings) in ${seconds(started)}`);
    return generatorContext(await loadOrganisations(db), new Date());
  }

  /** Adds generated openings until there are `total` openings in all (never removes any), then VACUUM ANALYZE. */
  async fillTo(total: number): Promise<DatabaseFigures> {
    if (!this.ctx && !this.config.databaseUrl) rmSync(this.pgliteDir(), { recursive: true, force: true });
    const handle = await this.open();
    const { db } = handle;
    try {
      const ctx = this.ctx ?? (this.ctx = await this.start(db));
      const adding = Math.max(0, total - (await countOpenings(db)));
      let started = performance.now();
      const batchSize = rowsPerInsert(handle.driver, ctx);
      console.log(`Generating ${adding.toLocaleString("en")} openings (bench-${this.generated + 1} on), ${batchSize} rows per INSERT:`);
      await insertGenerated(db, { first: this.generated + 1, last: this.generated + adding }, ctx, batchSize);
      this.generated += adding;
      const insertSeconds = (performance.now() - started) / 1000;
      console.log(`Seeded ${adding.toLocaleString("en")} openings in ${insertSeconds.toFixed(1)} s (${Math.round(adding / Math.max(insertSeconds, 0.001)).toLocaleString("en")} rows/s)`);

      started = performance.now();
      // VACUUM as well as ANALYZE: otherwise autovacuum would start on the fresh rows in the middle of the load test.
      await sql`vacuum (analyze) opening`.execute(db);
      await sql`analyze organisation`.execute(db);
      console.log(`VACUUM ANALYZE in ${seconds(started)}`);
      return { driver: handle.driver, totalOpenings: await countOpenings(db), publicOpenings: await countPublic(db), generated: this.generated };
    } finally {
      await handle.close();
    }
  }

  /** The detail pages' ids and the common and rare keywords, sampled from the database as it is now. */
  async sampleMainRun(): Promise<MainRunSample> {
    const handle = await this.open();
    try {
      const { db } = handle;
      const publicCount = await countPublic(db);
      const templates = this.ctx?.templates.length ?? 1;
      return {
        publicIds: await samplePublicIds(db, DETAIL_ADDRESS_COUNT),
        common: commonKeyword(await keywordShares(db, COMMON_CANDIDATES, publicCount)),
        rare: rareKeyword(await keywordShares(db, rareCandidates(this.generated, templates), publicCount)),
      };
    } finally {
      await handle.close();
    }
  }
}
