import type { Kysely } from "kysely";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import type { Database } from "../../db/schema";
import { getEnv } from "./env.server";
import { reportDatabaseError, reportReadReplicaEvent } from "./outage.server";

let handle: DatabaseHandle | undefined;

/** A connection's error outside any query (PostgreSQL restarting): counted in the outage log, never fatal. */
function reportPoolError(error: Error) {
  reportDatabaseError(error, "[db] connection error");
}

/**
 * Opens the configured database and migrates it. Call once at start. It only hands out the handle:
 * the demo seed runs from the server's start (app/server.ts), so this module imports no model.
 */
export async function startDatabase(): Promise<DatabaseHandle> {
  if (handle) return handle;
  const env = getEnv();
  const opened = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    readUrls: env.DATABASE_READ_URL,
    pgliteDir: env.PGLITE_DIR,
    poolSize: env.DB_POOL_SIZE,
    timeouts: { connectMs: env.DB_CONNECT_TIMEOUT_MS, statementMs: env.DB_STATEMENT_TIMEOUT_MS, jobStatementMs: env.DB_JOB_STATEMENT_TIMEOUT_MS },
    onPoolError: reportPoolError,
    onReplicaEvent: reportReadReplicaEvent,
  });
  // Migrations are long work: each statement gets the jobs' limit, not a page's. One that needs
  // longer still (an index on a very large table) is run first with `npm run db:migrate`, which has none.
  await migrateToLatest(opened.jobsDb);
  handle = opened;
  return opened;
}

/** The shared Kysely handle for loaders and actions. */
export function getDb(): Kysely<Database> {
  if (!handle) throw new Error("Database not started: call startDatabase() before serving requests");
  return handle.db;
}

/**
 * The handle for public, read-only pages: search, the home page, an opening's public part, feeds,
 * the JSON API and the sitemap. With DATABASE_READ_URL it reads from the replicas in turn, which may
 * be a moment behind the primary, and falls back to the primary by itself when one is down
 * (db/read-replicas.ts); without, it is getDb(). Never for a write (a replica refuses it), and never
 * for what a signed-in person must see of their own doing (their applications, saved openings,
 * sessions, anything staff or an employer just edited): those read getDb().
 */
export function getPublicReadDb(): Kysely<Database> {
  if (!handle) throw new Error("Database not started: call startDatabase() before serving requests");
  return handle.readDb;
}

/** The handle for long work inside a request (imports): statements may take DB_JOB_STATEMENT_TIMEOUT_MS. */
export function getJobsDb(): Kysely<Database> {
  if (!handle) throw new Error("Database not started: call startDatabase() before serving requests");
  return handle.jobsDb;
}

/** Closes the database (PGlite flushes its files); safe to call twice. */
export async function stopDatabase(): Promise<void> {
  const current = handle;
  handle = undefined;
  if (current) await current.close();
}
