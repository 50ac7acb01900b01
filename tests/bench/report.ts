// Plain-text tables and the target check. Nothing here fails the run: missed latency targets are
// reported, not enforced.
import type { LoadStats } from "./load";
import type { PageSnapshot } from "./pages";

/** One benchmarked page: its snapshot and the app's and the floor's figures under the same load. */
export interface PageResult {
  snapshot: PageSnapshot;
  app: LoadStats;
  floor: LoadStats;
}

/** The conditions the targets are stated for. */
export const TARGET_CONDITIONS = "real PostgreSQL, 100k openings, 2 cores";
const SEARCH_P95_MS = 150;
const DETAIL_P95_MS = 50;
const PAGE_WEIGHT_KB = 40;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "n/a");
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}x` : "n/a");

/** Lays out rows as a plain-text table: first column left-aligned, the rest right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(" | ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

/** Page weights: HTML and the gzipped HTML, CSS and JS that make up each page. */
export function weightTable(snapshots: PageSnapshot[]): string {
  const sum = (s: PageSnapshot, kind: "css" | "js") => s.assets.filter((a) => a.kind === kind).reduce((n, a) => n + a.gzipBytes, 0);
  return formatTable(
    ["page", "path", "status", "html KB", "html gz KB", "css gz KB", "js gz KB (files)", "total gz KB"],
    snapshots.map((s) => [
      s.spec.name,
      s.spec.path,
      "200",
      kb(s.html.byteLength),
      kb(s.htmlGzipBytes),
      kb(sum(s, "css")),
      `${kb(sum(s, "js"))} (${s.assets.filter((a) => a.kind === "js").length})`,
      kb(s.totalGzipBytes),
    ]),
  );
}

const errorCell = (stats: LoadStats) => `${stats.non2xx}/${stats.errors}/${stats.timeouts}`;

/** The main results table: the app's latencies and throughput beside the floor's. */
export function resultsTable(results: PageResult[]): string {
  return formatTable(
    ["page", "p50 ms", "p95 ms", "p99 ms", "req/s", "responses", "non2xx/err/timeout", "html KB", "gz total KB", "p95 vs floor", "req/s vs floor"],
    results.map(({ snapshot, app, floor }) => [
      snapshot.spec.name,
      ms(app.p50),
      ms(app.p95),
      ms(app.p99),
      app.rps.toFixed(0),
      String(app.responses),
      errorCell(app),
      kb(snapshot.html.byteLength),
      kb(snapshot.totalGzipBytes),
      ratio(app.p95 / floor.p95),
      `${((app.rps / floor.rps) * 100).toFixed(1)}%`,
    ]),
  );
}

/** The floor's own figures, so the ratios can be checked. */
export function floorTable(results: PageResult[]): string {
  return formatTable(
    ["floor (same HTML from memory)", "p50 ms", "p95 ms", "p99 ms", "req/s", "responses", "non2xx/err/timeout"],
    results.map(({ snapshot, floor }) => [
      snapshot.spec.name,
      ms(floor.p50),
      ms(floor.p95),
      ms(floor.p99),
      floor.rps.toFixed(0),
      String(floor.responses),
      errorCell(floor),
    ]),
  );
}

function verdict(met: boolean): string {
  return met ? "met" : "MISSED";
}

function worst(results: PageResult[], names: (name: string) => boolean): { name: string; p95: number } {
  return results
    .filter((r) => names(r.snapshot.spec.name))
    .map((r) => ({ name: r.snapshot.spec.name, p95: r.app.p95 }))
    .reduce((a, b) => (b.p95 > a.p95 || Number.isNaN(b.p95) ? b : a), { name: "-", p95: 0 });
}

/** One line per target, saying whether this run met it. */
export function targetLines(results: PageResult[]): string[] {
  const search = worst(results, (name) => name.startsWith("search"));
  const detail = worst(results, (name) => name === "detail");
  const failures = results.reduce((n, r) => n + r.app.non2xx + r.app.errors, 0);
  const heaviest = results.reduce((a, b) => (b.snapshot.totalGzipBytes > a.snapshot.totalGzipBytes ? b : a));
  return [
    `Targets (on ${TARGET_CONDITIONS}): search p95 <= ${SEARCH_P95_MS} ms, detail p95 <= ${DETAIL_P95_MS} ms, zero errors; page weight < ${PAGE_WEIGHT_KB} KB gzipped.`,
    `  search p95 <= ${SEARCH_P95_MS} ms: ${verdict(search.p95 <= SEARCH_P95_MS)} (slowest: ${search.name}, ${ms(search.p95)} ms)`,
    `  detail p95 <= ${DETAIL_P95_MS} ms: ${verdict(detail.p95 <= DETAIL_P95_MS)} (${ms(detail.p95)} ms)`,
    `  zero errors: ${verdict(failures === 0)} (${failures} non-2xx responses and connection errors in all)`,
    `  page weight < ${PAGE_WEIGHT_KB} KB gzipped: ${verdict(heaviest.snapshot.totalGzipBytes < PAGE_WEIGHT_KB * 1024)} (heaviest: ${heaviest.snapshot.spec.name}, ${kb(heaviest.snapshot.totalGzipBytes)} KB)`,
  ];
}
