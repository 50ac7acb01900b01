// Command-line entry for `npm run db:migrate` and `npm run db:seed`.
// With PGlite, run these only while the server is stopped: PGlite is single-process.
import { getEnv } from "../app/utils/env.server";
import { openDatabase } from "./client";
import { migrateToLatest } from "./migrate";
import { seedDemoData } from "./seed";

async function main(command: string | undefined) {
  if (command !== "migrate" && command !== "seed") {
    console.error("usage: tsx db/cli.ts migrate|seed");
    process.exitCode = 2;
    return;
  }
  const env = getEnv();
  const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolSize: 2 });
  try {
    const result = await migrateToLatest(handle.db);
    const applied = result.results?.filter((r) => r.status === "Success").map((r) => r.migrationName) ?? [];
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
    if (command === "seed") {
      const counts = await seedDemoData(handle.db);
      console.log(`Seeded ${counts.organisations} organisations, ${counts.openings} openings and ${counts.certificates} certificates (${handle.driver}).`);
    }
  } finally {
    await handle.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
