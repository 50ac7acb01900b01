import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import type { ReplicaEvent } from "../../db/read-replicas";
import { migrateToLatest } from "../../db/migrate";
import { createTestDatabase } from "../support/test-db";

describe("migrations", () => {
  it("run to the latest version and a second run changes nothing", async () => {
    // From an empty database, not from the run's migrated template.
    const handle = await createTestDatabase({ fromTemplate: false });
    try {
      const again = await migrateToLatest(handle.db);
      expect(again.results).toEqual([]);
      const tables = await handle.db.introspection.getTables();
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["organisation", "opening"]));
    } finally {
      await handle.close();
    }
  });

  it("return date columns as YYYY-MM-DD text on every driver", async () => {
    const handle = await createTestDatabase();
    try {
      const row = await sql<{ d: unknown }>`select date '2026-12-31' as d`.execute(handle.db);
      expect(row.rows[0]?.d).toBe("2026-12-31");
    } finally {
      await handle.close();
    }
  });
});

describe("the pg pool", () => {
  it("gives up connecting to an unreachable server after its connect timeout instead of hanging", async () => {
    // Port 9 (discard) on loopback: nothing listens, so the connection is refused or times out.
    const handle = await openDatabase({ databaseUrl: "postgres://postgres@127.0.0.1:9/none", poolSize: 1 });
    const started = Date.now();
    await expect(sql`select 1`.execute(handle.db)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
    await handle.close();
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("limits each statement for requests and jobs, and not at all for maintenance (0)", async () => {
    const url = process.env.TEST_DATABASE_URL ?? "";
    const limited = await openDatabase({ databaseUrl: url, poolSize: 1, timeouts: { statementMs: 1_500, jobStatementMs: 4_000 } });
    const unlimited = await openDatabase({ databaseUrl: url, poolSize: 1, timeouts: { statementMs: 0, jobStatementMs: 0 } });
    try {
      const shown = async (db: typeof limited.db) => (await sql<{ statement_timeout: string }>`show statement_timeout`.execute(db)).rows[0]?.statement_timeout;
      expect(await shown(limited.db)).toBe("1500ms");
      expect(await shown(limited.jobsDb)).toBe("4s");
      expect(await shown(unlimited.db)).toBe("0");
      expect(await shown(unlimited.jobsDb)).toBe("0");
      // A statement longer than the request limit is cancelled by PostgreSQL; without a limit it finishes.
      await expect(sql`select pg_sleep(2)`.execute(limited.db)).rejects.toThrow(/statement timeout/);
      await expect(sql`select pg_sleep(3)`.execute(unlimited.db)).resolves.toBeDefined();
    } finally {
      await limited.close();
      await unlimited.close();
    }
  });

  // Needs a PostgreSQL server (CI sets TEST_DATABASE_URL); PGlite has no pool and no server to restart.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("survives PostgreSQL dropping its idle connections, and reconnects", async () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? "";
    const errors: Error[] = [];
    const handle = await openDatabase({ databaseUrl: serverUrl, poolSize: 2, onPoolError: (e) => errors.push(e) });
    try {
      await sql`select 1`.execute(handle.db);
      const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db)).rows[0]?.pid;
      // Another client kills our idle backend, as a PostgreSQL restart would.
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query("select pg_terminate_backend($1)", [pid]);
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errors.length).toBeGreaterThan(0);
      const row = await sql<{ ok: number }>`select 1 as ok`.execute(handle.db);
      expect(row.rows[0]?.ok).toBe(1);
    } finally {
      await handle.close();
    }
  });

  // The crash of issue 15: pg-pool listens for 'error' only on idle connections, so a connection a
  // request held when PostgreSQL went away raised an uncaught exception and ended the process.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("survives losing a connection that a request holds, and does not reuse it", async () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? "";
    const errors: Error[] = [];
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", onUncaught);
    const handle = await openDatabase({ databaseUrl: serverUrl, poolSize: 1, onPoolError: (e) => errors.push(e) });
    try {
      const failed = await handle.db
        .transaction()
        .execute(async (trx) => {
          const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]?.pid;
          const admin = new pg.Client({ connectionString: serverUrl });
          await admin.connect();
          await admin.query("select pg_terminate_backend($1)", [pid]);
          await admin.end();
          // The connection is checked out and between queries when its backend goes away.
          await new Promise((resolve) => setTimeout(resolve, 300));
          await sql`select 1`.execute(trx);
        })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(failed).toBeInstanceOf(Error);
      expect(uncaught).toEqual([]);
      expect(errors.length).toBeGreaterThan(0);
      // The pool has one connection: the broken one was thrown away, not handed out again.
      const row = await sql<{ ok: number }>`select 1 as ok`.execute(handle.db);
      expect(row.rows[0]?.ok).toBe(1);
    } finally {
      process.off("uncaughtException", onUncaught);
      await handle.close();
    }
  });
});

// Read replicas (DATABASE_READ_URL, db/read-replicas.ts) with the real driver. The test server plays
// the replica too, told apart by its application_name; tests/ops/read-replica.test.ts has a real one.
describe("the read handle", () => {
  it("is the primary's handle when no replica is configured", async () => {
    const url = process.env.TEST_DATABASE_URL;
    const handle = await openDatabase(url ? { databaseUrl: url } : { pgliteDir: "memory://" });
    try {
      expect(handle.readDb).toBe(handle.db);
      expect(handle.readReplicas).toBe(0);
    } finally {
      await handle.close();
    }
  });

  it("refuses replicas without a PostgreSQL primary", async () => {
    await expect(openDatabase({ pgliteDir: "memory://", readUrls: ["postgres://u@replica/db"] })).rejects.toThrow(/primary/);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("reads from the primary when the replica refuses connections, and says which replica", async () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? "";
    const events: ReplicaEvent[] = [];
    const handle = await openDatabase({ databaseUrl: serverUrl, readUrls: ["postgres://reader:secret@127.0.0.1:9/none"], poolSize: 1, onReplicaEvent: (e) => events.push(e) });
    try {
      expect(handle.readReplicas).toBe(1);
      const row = await sql<{ ok: number }>`select 1 as ok`.execute(handle.readDb);
      expect(row.rows[0]?.ok).toBe(1);
      expect(events.map((e) => [e.kind, e.label])).toEqual([["down", "read replica 1 (127.0.0.1:9/none)"]]);
    } finally {
      await handle.close();
    }
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("runs a read again on the primary when the replica's connection dies under it, with no uncaught error", async () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? "";
    const replicaUrl = new URL(serverUrl);
    replicaUrl.searchParams.set("application_name", "aw_test_replica");
    const events: ReplicaEvent[] = [];
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", onUncaught);
    const handle = await openDatabase({ databaseUrl: serverUrl, readUrls: [replicaUrl.toString()], poolSize: 1, onReplicaEvent: (e) => events.push(e) });
    try {
      // On the "replica" the statement ends its own connection (57P01, as a replica shutting down
      // would); on the primary it answers with the primary's application_name.
      const row = await sql<{ app: string }>`select current_setting('application_name') as app,
        case when current_setting('application_name') = 'aw_test_replica' then pg_terminate_backend(pg_backend_pid()) end as killed`.execute(handle.readDb);
      expect(row.rows[0]?.app).not.toBe("aw_test_replica");
      expect(events[0]?.kind).toBe("down");
      // The replica is set aside for its back-off: the next read goes straight to the primary.
      const next = await sql<{ app: string }>`select current_setting('application_name') as app`.execute(handle.readDb);
      expect(next.rows[0]?.app).not.toBe("aw_test_replica");
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(uncaught).toEqual([]);
    } finally {
      process.off("uncaughtException", onUncaught);
      await handle.close();
    }
  });
});
