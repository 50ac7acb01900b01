import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";

/**
 * A fresh, migrated database for one test file: a new PostgreSQL database on the server named by
 * TEST_DATABASE_URL when it is set, otherwise an in-memory PGlite. Each is a copy of the template
 * the global set-up migrated once for the run (tests/support/database-template.ts); without one, or
 * with `fromTemplate: false` (the migrations' own test), it is migrated here from empty. `close()`
 * also drops it.
 */
export async function createTestDatabase({ fromTemplate = true }: { fromTemplate?: boolean } = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const template = fromTemplate ? inject("pgliteTemplate") : undefined;
    if (template) return openDatabase({ pgliteDir: "memory://", pgliteDump: new Blob([readFileSync(template)]) });
    const handle = await openDatabase({ pgliteDir: "memory://" });
    await migrateToLatest(handle.db);
    return handle;
  }
  const name = `aw_test_${randomBytes(6).toString("hex")}`;
  const template = fromTemplate ? inject("pgTemplate") : undefined;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  if (!template) await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
