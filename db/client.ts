import { mkdirSync } from "node:fs";
import { Kysely, PostgresDialect, type Dialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema";

const DATE_OID = 1082;
const keepDateAsText = (value: string) => value;

/** A live database: the typed Kysely handle and a close() that flushes and releases it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  driver: "pg" | "pglite";
  close: () => Promise<void>;
}

/** Options for {@link openDatabase}; with no URL the embedded PGlite in `pgliteDir` is used. */
export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  pgliteDir?: string | undefined;
  poolSize?: number | undefined;
  /** Called for idle-client errors (e.g. PostgreSQL restarting), which must never crash the process. */
  onPoolError?: (error: Error) => void;
}

/** Opens PostgreSQL through `pg` when a URL is given, otherwise embedded PGlite. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") =>
          oid === DATE_OID ? keepDateAsText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // Without this listener a dropped idle connection emits an unhandled 'error' and kills Node.
    pool.on("error", (error) => (options.onPoolError ?? defaultPoolError)(error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, driver: "pg", close: () => db.destroy() };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { PGliteDialect } = await import("kysely-pglite-dialect");
  let pglite;
  if (options.pgliteDir === "memory://") {
    pglite = new PGlite({ parsers: { [DATE_OID]: keepDateAsText } });
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
    driver: "pglite",
    close: async () => {
      await db.destroy();
      // Kysely's destroy does not close PGlite; closing flushes its files to disk.
      if (!pglite.closed) await pglite.close();
    },
  };
}

function defaultPoolError(error: Error) {
  console.error("[db] idle client error (will reconnect on next query):", error.message);
}
