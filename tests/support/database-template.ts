import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";

// Vitest's global set-up for the integration tests: the migrations run once per test run, into a
// template, and each test file's fresh database starts as a copy of it (tests/support/test-db.ts).
// On PostgreSQL the template is a database (`create database … template …` copies it); on PGlite it
// is a dump of the data folder, which also spares each file PGlite's own initdb. Every file still
// gets a database of its own, migrated exactly as before; only the repeated work is gone.

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL: the migrated template database's name. */
    pgTemplate: string;
    /** PGlite: the path of a dump of a migrated data folder. */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `aw_template_${randomBytes(6).toString("hex")}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(statement);
      await client.end();
    };
    await admin(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    await migrateToLatest(handle.db);
    await handle.close();
    project.provide("pgTemplate", name);
    return async () => admin(`drop database if exists ${name} with (force)`);
  }
  const pglite = new PGlite();
  const db = new Kysely({ dialect: new PGliteDialect(pglite) });
  await migrateToLatest(db);
  const dump = await pglite.dumpDataDir("none");
  await db.destroy();
  if (!pglite.closed) await pglite.close();
  const folder = mkdtempSync(join(tmpdir(), "accesswork-pglite-template-"));
  const file = join(folder, "migrated.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => rmSync(folder, { recursive: true, force: true });
}
