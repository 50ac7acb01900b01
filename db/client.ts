import { mkdirSync } from "node:fs";
import { Kysely, PostgresDialect, type Dialect } from "kysely";
import pg from "pg";
import { databaseUnavailableReason } from "./errors";
import { readReplicaPool, replicaLabel, type ReplicaEvent } from "./read-replicas";
import type { Database } from "./schema";

const DATE_OID = 1082;
const keepDateAsText = (value: string) => value;

/** A live database: the typed Kysely handle and a close() that flushes and releases it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  /**
   * The handle background jobs and imports use: on PostgreSQL a small pool of its own with a longer
   * statement timeout, so a long clean-up never counts against a page's 10 s; on PGlite the same as `db`.
   */
  jobsDb: Kysely<Database>;
  /**
   * The handle for public, read-only pages that may be a moment behind: the read replicas in turn
   * (falling back to the primary, see db/read-replicas.ts), or `db` itself when there are none.
   */
  readDb: Kysely<Database>;
  /** How many read replicas `readDb` uses (0: it is `db`). */
  readReplicas: number;
  driver: "pg" | "pglite";
  close: () => Promise<void>;
}

/** How long PostgreSQL work may take before it is given up; see docs/decisions/014-database-faults.md. */
export interface DatabaseTimeouts {
  /** Opening a connection (TCP, TLS, authentication). */
  connectMs?: number;
  /** One statement, for pages and API requests: PostgreSQL cancels it (57014); the client gives up a little later. 0: no limit. */
  statementMs?: number;
  /** One statement in background jobs and imports. */
  jobStatementMs?: number;
}

/** Options for {@link openDatabase}; with no URL the embedded PGlite in `pgliteDir` is used. */
export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  /** Read replicas of `databaseUrl` for public reads (DATABASE_READ_URL); only with `databaseUrl`. */
  readUrls?: readonly string[] | undefined;
  pgliteDir?: string | undefined;
  /** With `pgliteDir: "memory://"`: start from this dump of a data folder (PGlite's `dumpDataDir`) instead of an empty database. */
  pgliteDump?: Blob | undefined;
  poolSize?: number | undefined;
  timeouts?: DatabaseTimeouts | undefined;
  /**
   * Called for errors of connections nobody is using at that moment (PostgreSQL restarting, a
   * connection lost between queries), which must never crash the process.
   */
  onPoolError?: (error: Error) => void;
  /** Told when a read replica fails (its queries then go to the primary) and when it answers again. */
  onReplicaEvent?: (event: ReplicaEvent) => void;
}

export const DEFAULT_TIMEOUTS = { connectMs: 5_000, statementMs: 10_000, jobStatementMs: 120_000 } satisfies Required<DatabaseTimeouts>;

/**
 * The client gives up this long after PostgreSQL should have cancelled the statement: a hanging
 * network or host never answers the cancel, and the request must still end.
 */
const CLIENT_GRACE_MS = 2_000;

/** Opens PostgreSQL through `pg` when a URL is given, otherwise embedded PGlite. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const readUrls = options.readUrls ?? [];
  if (readUrls.length > 0 && !options.databaseUrl) throw new Error("Read replicas need a PostgreSQL primary (DATABASE_URL); the embedded database has none");
  if (options.databaseUrl) {
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    const onError = options.onPoolError ?? defaultPoolError;
    const pool = createPool(options.databaseUrl, { max: options.poolSize ?? 10, connectMs: timeouts.connectMs, statementMs: timeouts.statementMs }, onError);
    const jobsPool = createPool(options.databaseUrl, { max: 2, connectMs: timeouts.connectMs, statementMs: timeouts.jobStatementMs }, onError);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: discardingBrokenClients(pool) }) });
    const jobsDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: discardingBrokenClients(jobsPool) }) });
    // Each replica has a pool like the primary's (same size and limits); a replica's idle connection
    // failing is told as the replica's failure, not as the database's.
    const onReplicaEvent = options.onReplicaEvent ?? defaultReplicaEvent;
    const replicas = readUrls.map((url, index) => {
      const label = replicaLabel(url, index);
      const replicaPool = createPool(url, { max: options.poolSize ?? 10, connectMs: timeouts.connectMs, statementMs: timeouts.statementMs }, (error) =>
        onReplicaEvent({ kind: "down", label, error }),
      );
      return { pool: discardingBrokenClients(replicaPool), label };
    });
    // The fallback pool is the primary's own (wrapped again, never ended by the read handle).
    const readDb =
      replicas.length === 0 ? db : new Kysely<Database>({ dialect: new PostgresDialect({ pool: readReplicaPool(replicas, discardingBrokenClients(pool), { onEvent: onReplicaEvent }) }) });
    return {
      db,
      jobsDb,
      readDb,
      readReplicas: replicas.length,
      driver: "pg",
      close: async () => {
        await Promise.all([db.destroy(), jobsDb.destroy(), readDb === db ? undefined : readDb.destroy()]);
      },
    };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { PGliteDialect } = await import("kysely-pglite-dialect");
  let pglite;
  if (options.pgliteDir === "memory://") {
    pglite = new PGlite({ parsers: { [DATE_OID]: keepDateAsText }, ...(options.pgliteDump ? { loadDataDir: options.pgliteDump } : {}) });
  } else {
    const dir = options.pgliteDir ?? ".data/pglite";
    mkdirSync(dir, { recursive: true });
    pglite = new PGlite(dir, { parsers: { [DATE_OID]: keepDateAsText } });
  }
  await pglite.waitReady;
  const dialect: Dialect = new PGliteDialect(pglite);
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    jobsDb: db,
    readDb: db,
    readReplicas: 0,
    driver: "pglite",
    close: async () => {
      await db.destroy();
      // Kysely's destroy does not close PGlite; closing flushes its files to disk.
      if (!pglite.closed) await pglite.close();
    },
  };
}

/**
 * A Kysely handle over a small PostgreSQL pool of its own, built as the main pool is (the same
 * timeouts, date parsing, broken connections discarded, and `onError` for errors of idle connections,
 * which must never crash the process): for work that must not queue behind page requests for a
 * connection, such as the live hub's reads. `destroy()` closes it. `applicationName` names its
 * connections in `pg_stat_activity`.
 */
export function openSidePool(
  connectionString: string,
  { max, timeouts, applicationName, onError = defaultPoolError }: { max: number; timeouts?: DatabaseTimeouts; applicationName?: string; onError?: (error: Error) => void },
): Kysely<Database> {
  const { connectMs, statementMs } = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const pool = createPool(connectionString, { max, connectMs, statementMs, applicationName }, onError);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: discardingBrokenClients(pool) }) });
}

function defaultPoolError(error: Error) {
  console.error("[db] connection error (the next query reconnects):", error.message);
}

function defaultReplicaEvent(event: ReplicaEvent) {
  if (event.kind === "up") console.log(`[db] ${event.label} answers again`);
  else console.error(`[db] ${event.label} unavailable, reading from the primary:`, event.error instanceof Error ? event.error.message : event.error);
}

function createPool(
  connectionString: string,
  { max, connectMs, statementMs, applicationName }: { max: number; connectMs: number; statementMs: number; applicationName?: string | undefined },
  onError: (error: Error) => void,
) {
  const pool = new pg.Pool({
    connectionString,
    max,
    ...(applicationName ? { application_name: applicationName } : {}),
    connectionTimeoutMillis: connectMs,
    idleTimeoutMillis: 30_000,
    // PostgreSQL cancels a statement that runs too long; if the server or the network hangs, no
    // answer comes at all, so the client stops waiting a little later and the request ends.
    // 0: no limit, for maintenance (the db: commands, the benchmark's loading).
    statement_timeout: statementMs,
    query_timeout: statementMs > 0 ? statementMs + CLIENT_GRACE_MS : undefined,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === DATE_OID ? keepDateAsText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // Without these listeners an 'error' on a connection (PostgreSQL restarting, a failover) is an
  // uncaught exception that ends the process. pg-pool listens only while a connection is idle; a
  // connection handed out to a request has nobody listening unless we do, for its whole life.
  pool.on("error", (error) => onError(error));
  pool.on("connect", (client) => {
    client.on("error", (error) => onError(error));
  });
  return pool;
}

/** True when the connection that saw `error` must not be used again. */
function breaksConnection(error: unknown): boolean {
  const reason = databaseUnavailableReason(error);
  // A statement PostgreSQL cancelled (57014) leaves a healthy connection; a client-side timeout does not.
  if (reason === "timeout") return error instanceof Error && /Query read timeout/i.test(error.message);
  return reason !== null;
}

/**
 * A pool whose connections are closed, not reused, after a query failed because the connection
 * broke or timed out: such a connection may still be waiting for an answer that never comes (a
 * client-side timeout leaves the statement in flight), and every later query on it would wait too.
 */
function discardingBrokenClients(pool: pg.Pool) {
  return {
    connect: async () => {
      const client = await pool.connect();
      let broken: Error | undefined;
      return {
        query: ((...args: unknown[]) => {
          const result = (client.query as (...a: unknown[]) => unknown)(...args);
          // A cursor (streaming) is returned as it is; a query's promise is watched for a broken connection.
          if (!(result instanceof Promise)) return result;
          return result.catch((error: unknown) => {
            if (breaksConnection(error)) broken = error as Error;
            throw error;
          });
        }) as pg.PoolClient["query"],
        // Closed, not reused, when it broke, or when the caller says so (Kysely after a failed rollback).
        release: (destroy?: boolean) => client.release(broken ?? (destroy === true ? true : undefined)),
      };
    },
    end: () => pool.end(),
  };
}
