// Plain-text tables of the results. Nothing here fails the run: targets are reported (targets.ts),
// not enforced.
import type { DatabaseFigures, KeywordShare } from "./database";
import type { LoadStats } from "./load";
import type { PageKind, PageSnapshot } from "./pages";

/** One kind of page under load: how many different addresses it walked, and the app's and the floor's figures. */
export interface KindResult {
  kind: PageKind;
  addresses: number;
  /** The representative page of the kind: its weight, and what the floor serves for every address. */
  snapshot: PageSnapshot;
  app: LoadStats;
  floor: LoadStats;
}

/** One keyword searched by one user, page after page. */
export interface KeywordResult {
  word: KeywordShare;
  stats: LoadStats;
}

/** The common and the rare keyword, each searched by one user. */
export interface KeywordComparison {
  common: KeywordResult;
  rare: KeywordResult;
}

/** One database size of the growth table. */
export interface GrowthRow {
  figures: DatabaseFigures;
  /** One user (one connection) through the search mix. */
  single: LoadStats;
  /** The search mix at full load (32 connections). */
  loaded: LoadStats;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "n/a");
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}x` : "n/a");
const percent = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;
const count = (value: number) => value.toLocaleString("en");

/** Lays out rows as a plain-text table: first column left-aligned, the rest right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(" | ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

/** "non-2xx/errors/timeouts", the three ways a request can fail. */
export function errorCell(stats: LoadStats): string {
  return `${stats.non2xx}/${stats.errors}/${stats.timeouts}`;
}

/** The status codes behind the non-2xx count, e.g. "503×4, 500×1"; empty when there were none. */
export function statusNote(stats: LoadStats): string {
  return Object.entries(stats.non2xxStatuses)
    .map(([status, n]) => `${status}×${n}`)
    .join(", ");
}

/**
 * A note when so few responses came back that the requests still unanswered at the end (in no
 * percentile) matter: fewer than ten per connection. Null otherwise.
 */
export function unansweredNote(label: string, stats: LoadStats, connections: number): string | null {
  if (stats.unanswered === 0 || stats.responses >= 10 * connections) return null;
  return `  ${label}: only ${stats.responses} responses; ${stats.unanswered} more requests were still unanswered when the run ended, and are in no percentile`;
}

/** How the page of a snapshot is asked for: its path, and whether signed in. */
function described(snapshot: PageSnapshot): string {
  return snapshot.spec.kind === "signed-in search" ? `${snapshot.spec.path} (signed in)` : snapshot.spec.path;
}

/** Page weights: HTML and the gzipped HTML, CSS and JS that make up each representative page. */
export function weightTable(snapshots: PageSnapshot[]): string {
  const sum = (s: PageSnapshot, kind: "css" | "js") => s.assets.filter((a) => a.kind === kind).reduce((n, a) => n + a.gzipBytes, 0);
  return formatTable(
    ["page", "path", "status", "html KB", "html gz KB", "css gz KB", "js gz KB (files)", "total gz KB"],
    snapshots.map((s) => [
      s.spec.kind,
      described(s),
      "200",
      kb(s.html.byteLength),
      kb(s.htmlGzipBytes),
      kb(sum(s, "css")),
      `${kb(sum(s, "js"))} (${s.assets.filter((a) => a.kind === "js").length})`,
      kb(s.totalGzipBytes),
    ]),
  );
}

/** The app's figures for one kind of page, and how they compare with the floor's. */
function loadCells(app: LoadStats, floor: LoadStats): string[] {
  return [ms(app.p50), ms(app.p95), ms(app.p99), app.rps.toFixed(0), String(app.responses), errorCell(app), ratio(app.p95 / floor.p95), percent(app.rps / floor.rps)];
}

const LOAD_HEADINGS = ["p50 ms", "p95 ms", "p99 ms", "req/s", "responses", "non2xx/err/timeout", "p95 vs floor", "req/s vs floor"];

/** The headline: each kind of page under the mix of addresses, beside the floor. */
export function mixTable(results: KindResult[]): string {
  return formatTable(
    ["page", "addresses", ...LOAD_HEADINGS],
    results.map(({ kind, addresses, app, floor }) => [kind, count(addresses), ...loadCells(app, floor)]),
  );
}

/** The floor's own figures and the page it serves for every address of a kind, so the ratios can be checked. */
export function floorTable(results: KindResult[]): string {
  return formatTable(
    ["floor", "page served for every address of the kind", "html KB", "p50 ms", "p95 ms", "p99 ms", "req/s", "responses", "non2xx/err/timeout"],
    results.map(({ kind, snapshot, floor }) => [
      kind,
      described(snapshot),
      kb(snapshot.html.byteLength),
      ms(floor.p50),
      ms(floor.p95),
      ms(floor.p99),
      floor.rps.toFixed(0),
      String(floor.responses),
      errorCell(floor),
    ]),
  );
}

/** The page cache on: one address per kind, repeated, beside the floor serving the same page. */
export function cachedTable(results: KindResult[]): string {
  return formatTable(
    ["page (one address)", "path", ...LOAD_HEADINGS],
    results.map(({ kind, snapshot, app, floor }) => [kind, described(snapshot), ...loadCells(app, floor)]),
  );
}

/** The common and the rare keyword side by side, and how much slower the common one is. */
export function keywordTable({ common, rare }: KeywordComparison): string {
  const row = (role: string, { word, stats }: KeywordResult) => [
    role,
    word.q,
    count(word.matches),
    percent(word.share, 2),
    String(stats.responses),
    ms(stats.p50),
    ms(stats.p95),
    errorCell(stats),
  ];
  const table = formatTable(
    ["keyword (1 user)", "q", "public matches", "share", "requests", "p50 ms", "p95 ms", "non2xx/err/timeout"],
    [row("common", common), row("rare", rare)],
  );
  return `${table}\ncommon / rare: p50 ${ratio(common.stats.p50 / rare.stats.p50)}, p95 ${ratio(common.stats.p95 / rare.stats.p95)}`;
}

/** The growth table: one row per database size. */
export function growthTable(rows: GrowthRow[]): string {
  return formatTable(
    ["openings", "public", "1 user p50 ms", "1 user p95 ms", "32 conn req/s", "32 conn p95 ms", "32 conn non2xx/err/timeout"],
    rows.map(({ figures, single, loaded }) => [
      count(figures.totalOpenings),
      count(figures.publicOpenings),
      ms(single.p50),
      ms(single.p95),
      loaded.rps.toFixed(0),
      ms(loaded.p95),
      errorCell(loaded),
    ]),
  );
}
