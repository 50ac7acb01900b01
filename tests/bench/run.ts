// `npm run bench`: seeds a database with many openings, starts the production server on it, and
// loads four pages with autocannon next to a bare node:http "floor" serving the same HTML.
// It prints figures and compares them with the targets, but only fails when something breaks
// (a page that is not 200, a server that does not start, server-only code in a browser bundle).
import os from "node:os";
import path from "node:path";
import { assertPortFree, ensureBuild, startAppServer, type AppServer } from "./app-server";
import { SERVER_ONLY, findServerCodeInBundles } from "./bundle-check";
import { readConfig, type BenchConfig } from "./config";
import { prepareDatabase, type PreparedDatabase } from "./database";
import { startFloorServer, type FloorServer } from "./floor-server";
import { loadTest, type LoadStats } from "./load";
import { benchPages, snapshotPage, type AssetWeight, type PageSnapshot } from "./pages";
import { TARGET_CONDITIONS, floorTable, resultsTable, targetLines, weightTable, type PageResult } from "./report";

function heading(title: string): void {
  console.log(`\n== ${title}`);
}

/** Total and idle CPU time of all cores so far, in ms. */
function cpuTimes(): { total: number; idle: number } {
  let total = 0;
  let idle = 0;
  for (const { times } of os.cpus()) {
    total += times.user + times.nice + times.sys + times.irq + times.idle;
    idle += times.idle;
  }
  return { total, idle };
}

/**
 * How busy the CPUs are while the app server sits idle, over a short window: anything above a
 * few percent is other work on the machine, which makes every figure worse. (The load average
 * would still count the seeding that has just finished.)
 */
async function otherCpuUse(): Promise<string> {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const after = cpuTimes();
  const busy = 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total);
  const warning = busy > 0.15 ? " (busy: other processes are using the CPU, so the figures will be worse than on an idle machine)" : "";
  return `${(busy * 100).toFixed(0)}% of ${os.cpus().length} cores over 3 s${warning}`;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

async function snapshotAll(baseUrl: string, detailId: number): Promise<PageSnapshot[]> {
  const cache = new Map<string, AssetWeight>();
  const snapshots: PageSnapshot[] = [];
  for (const spec of benchPages(detailId)) snapshots.push(await snapshotPage(baseUrl, spec, cache));
  return snapshots;
}

async function measure(label: string, url: string, config: BenchConfig): Promise<LoadStats> {
  // A short unmeasured run first, so JIT warm-up and cold caches do not land in the percentiles.
  await loadTest(url, { connections: config.connections, seconds: config.warmupSeconds });
  const stats = await loadTest(url, { connections: config.connections, seconds: config.seconds });
  const problems = stats.non2xx + stats.errors > 0 ? `  (non-2xx ${stats.non2xx}, errors ${stats.errors}, timeouts ${stats.timeouts})` : "";
  console.log(`  ${label.padEnd(6)} p95 ${stats.p95.toFixed(1)} ms, ${stats.rps.toFixed(0)} req/s over ${stats.responses} responses${problems}`);
  return stats;
}

async function loadAll(snapshots: PageSnapshot[], app: AppServer, floor: FloorServer, config: BenchConfig): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const snapshot of snapshots) {
    console.log(`${snapshot.spec.name}: ${snapshot.spec.path}`);
    const appStats = await measure("app", app.baseUrl + snapshot.spec.path, config);
    const floorStats = await measure("floor", floor.baseUrl + snapshot.spec.path, config);
    results.push({ snapshot, app: appStats, floor: floorStats });
  }
  return results;
}

/** The same pages on a server with the page cache off: what every cache miss costs. */
async function loadUncached(baseResults: PageResult[], app: AppServer, config: BenchConfig): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const result of baseResults) {
    console.log(`${result.snapshot.spec.name}: ${result.snapshot.spec.path}`);
    const appStats = await measure("app", app.baseUrl + result.snapshot.spec.path, config);
    results.push({ ...result, app: appStats });
  }
  return results;
}

function printSummary(results: PageResult[], uncached: PageResult[], db: PreparedDatabase, config: BenchConfig, cpuBefore: string): void {
  heading("Results");
  console.log(`${new Date().toISOString()} · ${machine()}`);
  console.log(`CPU in use just before the load test, with the app idle: ${cpuBefore}`);
  console.log(
    `Database: ${db.driver === "pg" ? "PostgreSQL" : "PGlite"}, ${db.totalOpenings.toLocaleString("en")} openings (${db.publicOpenings.toLocaleString("en")} public). ` +
      `Load: autocannon, ${config.connections} connections, ${config.seconds} s per page after ${config.warmupSeconds} s warm-up, no Accept-Encoding (uncompressed HTML).`,
  );
  console.log("KB = 1,024 bytes. Latencies in ms. req/s vs floor = the app's throughput as a share of the floor's.\n");
  console.log("As deployed (page cache on, PAGE_CACHE_SECONDS default): repeated requests for the same page reuse it for a few seconds.");
  console.log(resultsTable(results));
  console.log("");
  console.log("Every request rendered from the database (PAGE_CACHE_SECONDS=0): what each cache miss costs.");
  console.log(resultsTable(uncached));
  console.log("");
  console.log(floorTable(results));
  console.log("");
  for (const line of targetLines(results)) console.log(line);
  console.log("With the page cache off:");
  for (const line of targetLines(uncached).slice(1)) console.log(line);
  if (db.driver !== "pg" || db.totalOpenings < 100_000) {
    console.log(`  (This run is not under the target conditions, ${TARGET_CONDITIONS}: compare with care.)`);
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

  heading(`Database (${config.databaseUrl ? "PostgreSQL from DATABASE_URL" : `PGlite in ${config.pgliteDir}`})`);
  // The seed runs in this process: it gets the server's production settings (its passport key above all).
  Object.assign(process.env, config.production);
  const db = await prepareDatabase(config);

  heading(`App server (node build/index.js on port ${config.appPort})`);
  let app = await startAppServer(config);
  let floor: FloorServer | undefined;
  try {
    heading("Pages (one GET each, must be 200)");
    const snapshots = await snapshotAll(app.baseUrl, db.detailId);
    console.log(weightTable(snapshots));

    floor = await startFloorServer(config.host, config.floorPort, new Map(snapshots.map((s) => [s.spec.path, s.html])));
    heading(`Load: ${config.connections} connections, ${config.seconds} s per page, app then floor`);
    const cpuBefore = await otherCpuUse();
    console.log(`CPU in use with the app idle: ${cpuBefore}`);
    const results = await loadAll(snapshots, app, floor, config);
    console.log(`App server ${await app.stop()}`);

    heading(`App server again with the page cache off (PAGE_CACHE_SECONDS=0)`);
    app = await startAppServer(config, { pageCacheSeconds: 0 });
    const uncached = await loadUncached(results, app, config);
    printSummary(results, uncached, db, config, cpuBefore);
  } finally {
    heading("Shutdown");
    console.log(`App server ${await app.stop()}`);
    await floor?.close();
  }
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
