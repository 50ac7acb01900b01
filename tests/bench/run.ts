// `npm run bench`: seeds a database with many openings, starts the production server on it, and
// loads it as visitors would: thousands of different searches (signed out and signed in), detail
// pages of many openings and the home page, with the page cache off, next to a bare node:http
// "floor" serving the same HTML. Then one user's search for a common and a rare keyword, the page
// cache on for one address per kind, and, with BENCH_GROWTH, the same searches at several sizes.
// It prints figures and compares them with the targets, but only fails when something breaks
// (a page that is not 200, a server that does not start, server-only code in a browser bundle).
import path from "node:path";
import { searchAddresses, searchVocabulary, type SearchAddress } from "./addresses";
import { assertPortFree, ensureBuild } from "./app-server";
import { SERVER_ONLY, findServerCodeInBundles } from "./bundle-check";
import { readConfig, type BenchConfig } from "./config";
import { BenchDatabase, type DatabaseFigures } from "./database";
import { collectPlaces } from "./generate";
import { growthRun, GROWTH_SINGLE_USER_REQUESTS } from "./growth";
import { mainRun, type MainRunResult } from "./main-run";
import { machine } from "./measure";
import { cachedTable, floorTable, growthTable, keywordTable, mixTable, statusNote, unansweredNote, type GrowthRow } from "./report";
import { TARGET_CONDITIONS, checkTargets, targetLines } from "./targets";
import { seedOpenings, seedOrganisations } from "../../db/seed-data";

function heading(title: string): void {
  console.log(`\n== ${title}`);
}

/** The search mix, from the seed's own words and places. */
function searchMix(): SearchAddress[] {
  const searches = searchAddresses(searchVocabulary(seedOpenings), collectPlaces([...seedOrganisations, ...seedOpenings]));
  const share = (test: (s: SearchAddress) => boolean) => `${Math.round((searches.filter(test).length / searches.length) * 100)}%`;
  console.log(
    `Search mix: ${searches.length.toLocaleString("en")} different addresses; keywords Chinese ${share((s) => s.keywords === "zh")}, ` +
      `English ${share((s) => s.keywords === "en")}, mixed ${share((s) => s.keywords === "mixed")}, ` +
      `found nowhere ${share((s) => s.keywords === "no-match")}, none ${share((s) => s.keywords === "none")}; ` +
      `with filters ${share((s) => s.filterCount > 0)}; page 2-3 ${share((s) => s.page > 1)}; as the form submits it ${share((s) => s.style === "form")}.`,
  );
  return searches;
}

/** Database sizes in the order they are reached: the growth sizes and the main run's, ascending. */
function sizesInOrder(config: BenchConfig): number[] {
  return [...new Set([...config.growth, config.openings])].sort((a, b) => a - b);
}

/**
 * Notes under the tables: what failed, with its status codes; and where so few responses came back
 * that the requests still unanswered at the end (in no percentile) matter.
 */
function loadNotes(main: MainRunResult, config: BenchConfig): string[] {
  const runs = [...main.mix.map((r) => ({ label: `${r.kind} (cache off)`, stats: r.app })), ...main.cached.map((r) => ({ label: `${r.kind} (cache on)`, stats: r.app }))];
  const failures = runs
    .filter(({ stats }) => stats.non2xx + stats.errors > 0)
    .map(({ label, stats }) => `  ${label}: ${stats.non2xx} non-2xx${statusNote(stats) ? ` (${statusNote(stats)})` : ""}, ${stats.errors} errors, ${stats.timeouts} timeouts`);
  const few = runs.map(({ label, stats }) => unansweredNote(label, stats, config.connections)).filter((note) => note !== null);
  return [...failures, ...few];
}

function printSummary(main: MainRunResult, figures: DatabaseFigures, growth: GrowthRow[], config: BenchConfig): void {
  heading("Results");
  console.log(`${new Date().toISOString()} · ${machine()}`);
  console.log(`CPU in use just before the load test, with the app idle: ${main.cpuBefore}`);
  console.log(
    `Database: ${figures.driver === "pg" ? "PostgreSQL" : "PGlite"}, ${figures.totalOpenings.toLocaleString("en")} openings (${figures.publicOpenings.toLocaleString("en")} public). ` +
      `App: ${config.processes} process${config.processes === 1 ? "" : "es"} (WEB_CONCURRENCY). Load: autocannon, ${config.connections} connections, ${config.seconds} s per kind after ${config.warmupSeconds} s warm-up, each request the next address of its kind, no Accept-Encoding (uncompressed HTML).`,
  );
  console.log("KB = 1,024 bytes. Latencies in ms. req/s vs floor = the app's throughput as a share of the floor's.\n");
  console.log("Headline: page cache off (PAGE_CACHE_SECONDS=0), every request a different address of its kind, rendered from the database.");
  console.log(mixTable(main.mix));
  for (const note of loadNotes(main, config)) console.log(note);
  console.log("");
  console.log("The floor: a bare node:http server answering every address of a kind with one page of that kind as the app rendered it,");
  console.log("from memory (so the same bytes each time, whatever the address asks for). Same connections, seconds and addresses.");
  console.log(floorTable(main.mix));
  console.log("");
  console.log(keywordTable(main.keywords));
  console.log("");
  console.log("Page cache on (as deployed, PAGE_CACHE_SECONDS default): one address per kind, repeated, so nearly every answer comes");
  console.log("from the cache. Signed-in pages are never cached. The floor serves the same page, loaded right after the app.");
  console.log(cachedTable(main.cached));
  if (growth.length > 0) {
    console.log("");
    console.log(`Growth: page cache off; "1 user" = one connection, ${GROWTH_SINGLE_USER_REQUESTS} searches of the mix; "32 conn" = the search mix at full load.`);
    console.log(growthTable(growth));
    for (const { figures: size, loaded } of growth) {
      const note = unansweredNote(`${size.totalOpenings.toLocaleString("en")} openings, 32 conn`, loaded, config.connections);
      if (note) console.log(note);
    }
  }
  console.log("");
  console.log(`Targets (stated for ${TARGET_CONDITIONS}):`);
  for (const line of targetLines(checkTargets({ mix: main.mix, keywords: main.keywords, growth, snapshots: main.snapshots }))) console.log(line);
  if (figures.driver !== "pg" || figures.totalOpenings < 100_000) {
    console.log(`  (This run is not under the target conditions: compare with care.)`);
  }
  if (main.keywords.rare.word.share >= 0.005) {
    console.log(`  (The rare keyword is in ${(main.keywords.rare.word.share * 100).toFixed(2)}% of public openings, not under 0.5%: the database is too small for a rarer one.)`);
  }
}

function checkBundles(root: string): boolean {
  heading("Server-only code in browser bundles (public/build)");
  const { scanned, leaks } = findServerCodeInBundles(path.join(root, "public/build"));
  if (leaks.length === 0) {
    console.log(`None: scanned ${scanned} files for /${SERVER_ONLY.source}/.`);
    return true;
  }
  for (const leak of leaks) console.log(`FOUND in ${path.relative(root, leak.file)}: ${leak.matches.join(", ")}`);
  return false;
}

async function benchmark(config: BenchConfig): Promise<boolean> {
  heading("Build");
  await ensureBuild(config.root);
  await assertPortFree(config.host, config.appPort);
  await assertPortFree(config.host, config.floorPort);
  const searches = searchMix();

  // The seed runs in this process: it gets the server's production settings (its passport key above all).
  Object.assign(process.env, config.production);
  const database = new BenchDatabase(config);
  const growth: GrowthRow[] = [];
  let main: { result: MainRunResult; figures: DatabaseFigures } | undefined;
  for (const size of sizesInOrder(config)) {
    heading(`Database: ${size.toLocaleString("en")} openings (${config.databaseUrl ? "PostgreSQL from DATABASE_URL" : `PGlite in ${config.pgliteDir}`})`);
    const figures = await database.fillTo(size);
    if (size === config.openings) main = { result: await mainRun(config, searches, await database.sampleMainRun()), figures };
    if (config.growth.includes(size)) growth.push(await growthRun(config, searches, figures));
  }
  if (!main) throw new Error("The main run did not take place");
  printSummary(main.result, main.figures, growth, config);
  return checkBundles(config.root);
}

benchmark(readConfig()).then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error: unknown) => {
    console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
