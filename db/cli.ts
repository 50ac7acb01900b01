// Command-line entry for `npm run db:migrate`, `npm run db:seed`, `npm run db:reindex` and `npm run passport:rotate`.
// With PGlite, run these only while the server is stopped: PGlite is single-process.
import { reindexOpeningSearch } from "../app/models/opening.server";
import { reencryptEventNeeds } from "../app/models/event.server";
import { reencryptPassports } from "../app/models/passport.server";
import { getEnv } from "../app/utils/env.server";
import { openDatabase } from "./client";
import { migrateToLatest } from "./migrate";
import { seedDemoData } from "./seed";

// These commands are the demo's tools on the embedded database, as `npm start` is: there they act in
// demo mode unless DEMO_MODE says otherwise. With DATABASE_URL they need the production settings.
if (!process.env.DATABASE_URL && process.env.DEMO_MODE === undefined) process.env.DEMO_MODE = "true";

async function main(command: string | undefined) {
  if (command !== "migrate" && command !== "seed" && command !== "reindex-search" && command !== "rotate-passport-key") {
    console.error("usage: tsx db/cli.ts migrate|seed|reindex-search|rotate-passport-key");
    process.exitCode = 2;
    return;
  }
  const env = getEnv();
  // Maintenance takes as long as it takes (a migration's index on a large table, re-encrypting every
  // passport): no statement limit here, unlike the server's requests and jobs.
  const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolSize: 2, timeouts: { statementMs: 0, jobStatementMs: 0 } });
  try {
    const result = await migrateToLatest(handle.db);
    const applied = result.results?.filter((r) => r.status === "Success").map((r) => r.migrationName) ?? [];
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
    if (command === "seed") {
      const counts = await seedDemoData(handle.db);
      console.log(`Seeded ${counts.organisations} organisations, ${counts.openings} openings and ${counts.certificates} certificates (${handle.driver}).`);
    }
    if (command === "reindex-search") {
      // After an upgrade that changes how search splits words (see docs/search-and-feeds.md).
      console.log(`Rebuilt the search index of ${await reindexOpeningSearch(handle.db)} openings.`);
    }
    if (command === "rotate-passport-key") {
      // Re-encrypts every passport with PASSPORT_KEY; older keys must be listed in PASSPORT_OLD_KEYS.
      // Event registrations' needs are sealed with the same key ring.
      const { reencrypted, unreadable } = await reencryptPassports(handle.db);
      const needs = await reencryptEventNeeds(handle.db);
      console.log(`Re-encrypted ${reencrypted} passports and ${needs.reencrypted} event registrations' needs with key "${env.PASSPORT_KEY_ID}".`);
      if (unreadable + needs.unreadable > 0) {
        console.error(`${unreadable} passports and ${needs.unreadable} registrations use a key that is not configured; add it to PASSPORT_OLD_KEYS and run this again.`);
        process.exitCode = 1;
      }
    }
  } finally {
    await handle.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
