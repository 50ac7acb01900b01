// The main run, at BENCH_OPENINGS: the headline (page cache off, the mix of addresses, each kind of
// page beside the floor), the common and the rare keyword for one user, then the page cache on with
// one address per kind.
import { detailAddresses, keywordAddresses, type SearchAddress } from "./addresses";
import { startAppServer, type AppServer } from "./app-server";
import type { BenchConfig } from "./config";
import type { KeywordShare, MainRunSample } from "./database";
import { startFloorServer, type FloorRoute, type FloorServer } from "./floor-server";
import { AddressCycle } from "./load";
import { otherCpuUse, oneUser, underLoad, waitForQuiet } from "./measure";
import { checkAddresses, representativePages, snapshotPage, type AssetWeight, type PageKind, type PageSnapshot } from "./pages";
import { weightTable, type KeywordComparison, type KeywordResult, type KindResult } from "./report";
import { signInAsSeeker } from "./session";

/** Requests per keyword for one user: pages 1–3 in every sort, a few times over. */
const KEYWORD_REQUESTS = 30;
/** Addresses of each kind fetched and checked before the load. */
const CHECKED_ADDRESSES: Record<PageKind, number> = { home: 1, search: 30, "signed-in search": 30, detail: 20 };
/** The kinds the page cache serves: it never caches a signed-in page. */
const CACHED_KINDS: readonly PageKind[] = ["home", "search", "detail"];

/** Everything the main run measured. */
export interface MainRunResult {
  snapshots: PageSnapshot[];
  mix: KindResult[];
  keywords: KeywordComparison;
  cached: KindResult[];
  cpuBefore: string;
}

function heading(title: string): void {
  console.log(`\n== ${title}`);
}

/** The address cycle of each kind: the home page; the search mix, signed out and in; the detail pages. */
function cycles(searches: readonly SearchAddress[], detailPaths: readonly string[], cookie: string): Record<PageKind, AddressCycle> {
  const searchPaths = searches.map((search) => search.path);
  return {
    home: new AddressCycle(["/"]),
    search: new AddressCycle(searchPaths),
    "signed-in search": new AddressCycle(searchPaths, { Cookie: cookie }),
    detail: new AddressCycle(detailPaths),
  };
}

/** Fetches and weighs the representative page of each kind, and checks a sample of every kind's addresses. */
async function snapshotAndCheck(app: AppServer, kinds: Record<PageKind, AddressCycle>, detailPath: string, cookie: string): Promise<PageSnapshot[]> {
  heading("Pages (a representative of each kind, weighed; a sample of every kind's addresses, each must be 200 and the right page)");
  const assetCache = new Map<string, AssetWeight>();
  const snapshots: PageSnapshot[] = [];
  for (const spec of representativePages(detailPath, cookie)) snapshots.push(await snapshotPage(app.baseUrl, spec, assetCache));
  console.log(weightTable(snapshots));
  for (const [kind, cycle] of Object.entries(kinds) as [PageKind, AddressCycle][]) {
    const checked = await checkAddresses(app.baseUrl, kind, cycle.paths, cycle.headers, CHECKED_ADDRESSES[kind]);
    console.log(`  ${kind}: ${checked} of ${cycle.paths.length.toLocaleString("en")} addresses checked, all 200 and the right page`);
  }
  return snapshots;
}

/** The floor's routes: every address of a kind gets that kind's representative page (signed-in search by its cookie). */
function floorRoutes(snapshots: PageSnapshot[]): FloorRoute[] {
  const body = (kind: PageKind) => {
    const snapshot = snapshots.find((s) => s.spec.kind === kind);
    if (!snapshot) throw new Error(`No ${kind} page to serve from the floor`);
    return snapshot.html;
  };
  return [
    { match: "exact", path: "/", signedIn: false, body: body("home") },
    { match: "prefix", path: "/openings?", signedIn: true, body: body("signed-in search") },
    { match: "prefix", path: "/openings?", signedIn: false, body: body("search") },
    { match: "prefix", path: "/openings/", signedIn: false, body: body("detail") },
  ];
}

/** Each kind through its addresses on the app, then the same addresses on the floor. */
async function loadMix(app: AppServer, floor: FloorServer, kinds: Record<PageKind, AddressCycle>, snapshots: PageSnapshot[], config: BenchConfig): Promise<KindResult[]> {
  const results: KindResult[] = [];
  for (const snapshot of snapshots) {
    const { kind } = snapshot.spec;
    const cycle = kinds[kind];
    console.log(`${kind}: ${cycle.paths.length === 1 ? `one address, ${cycle.paths[0] ?? ""}` : `${cycle.paths.length.toLocaleString("en")} different addresses`}`);
    const appStats = await underLoad("app", app.baseUrl, cycle, config);
    await waitForQuiet();
    const floorStats = await underLoad("floor", floor.baseUrl, new AddressCycle(cycle.paths, cycle.headers), config);
    results.push({ kind, addresses: cycle.paths.length, snapshot, app: appStats, floor: floorStats });
  }
  return results;
}

/** One user searching for a keyword, page after page, in every sort. */
async function keywordRun(app: AppServer, word: KeywordShare, role: string): Promise<KeywordResult> {
  console.log(`${role}: "${word.q}", found in ${word.matches.toLocaleString("en")} public openings (${(word.share * 100).toFixed(2)}%)`);
  const stats = await oneUser("app", app.baseUrl, new AddressCycle(keywordAddresses(word.q, KEYWORD_REQUESTS)), KEYWORD_REQUESTS);
  return { word, stats };
}

/** The page cache on: each kind's representative address, repeated, on the app and then on the floor. */
async function loadCached(app: AppServer, floor: FloorServer, mix: KindResult[], config: BenchConfig): Promise<KindResult[]> {
  const results: KindResult[] = [];
  for (const { kind, snapshot } of mix.filter((r) => CACHED_KINDS.includes(r.kind))) {
    console.log(`${kind}: ${snapshot.spec.path}`);
    const cycle = () => new AddressCycle([snapshot.spec.path]);
    const appStats = await underLoad("app", app.baseUrl, cycle(), config);
    await waitForQuiet();
    const floorStats = await underLoad("floor", floor.baseUrl, cycle(), config);
    results.push({ kind, addresses: 1, snapshot, app: appStats, floor: floorStats });
  }
  return results;
}

/** The main run on a database already filled to BENCH_OPENINGS. Stops every server it starts. */
export async function mainRun(config: BenchConfig, searches: readonly SearchAddress[], sample: MainRunSample): Promise<MainRunResult> {
  const detailPaths = detailAddresses(sample.publicIds);
  const [detailPath] = detailPaths;
  if (!detailPath) throw new Error("No public opening for the detail pages");

  heading(`App server, page cache off (PAGE_CACHE_SECONDS=0), on port ${config.appPort}`);
  let app = await startAppServer(config, { pageCacheSeconds: 0 });
  let floor: FloorServer | undefined;
  try {
    const cookie = await signInAsSeeker(app.baseUrl);
    console.log("Signed in as the demo job seeker through the sign-in form; signed-in requests send its cookies.");
    const kinds = cycles(searches, detailPaths, cookie);
    const snapshots = await snapshotAndCheck(app, kinds, detailPath, cookie);
    floor = await startFloorServer(config.host, config.floorPort, floorRoutes(snapshots));

    heading(`Load: page cache off, ${config.connections} connections, ${config.seconds} s per kind, app then floor`);
    const cpuBefore = await otherCpuUse();
    console.log(`CPU in use with the app idle: ${cpuBefore}`);
    const mix = await loadMix(app, floor, kinds, snapshots, config);

    heading(`One user: a common and a rare keyword, ${KEYWORD_REQUESTS} searches each (pages 1-3, every sort)`);
    await waitForQuiet();
    const keywords = { common: await keywordRun(app, sample.common, "common"), rare: await keywordRun(app, sample.rare, "rare") };
    console.log(`App server ${await app.stop()}`);

    heading(`App server again with the page cache on (PAGE_CACHE_SECONDS default): one address per kind, app then floor`);
    app = await startAppServer(config);
    const cached = await loadCached(app, floor, mix, config);
    return { snapshots, mix, keywords, cached, cpuBefore };
  } finally {
    console.log(`App server ${await app.stop()}`);
    await floor?.close();
  }
}
