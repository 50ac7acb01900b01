// The targets of issue 18, checked against what this run measured. Every verdict comes from the
// figures: nothing is assumed met. Missing a target never fails the run.
import type { PageKind, PageSnapshot } from "./pages";
import type { GrowthRow, KeywordComparison, KindResult } from "./report";

/** The conditions the targets are stated for. */
export const TARGET_CONDITIONS = "real PostgreSQL, 100k openings, 2 cores, page cache off, the mix of addresses";

/** One target: what it asks, whether this run met it (null: not measured in this run), and the figure. */
export interface TargetCheck {
  target: string;
  met: boolean | null;
  measured: string;
}

/** What the targets are checked against. */
export interface TargetInput {
  mix: KindResult[];
  keywords: KeywordComparison;
  growth: GrowthRow[];
  snapshots: PageSnapshot[];
}

const SEARCH = { minRps: 150, maxP95: 250 };
const DETAIL = { minRps: 300, maxP95: 120 };
const HOME_MAX_P95 = 100;
const COMMON_OVER_RARE_MAX = 3;
const AT_A_MILLION = { openings: 1_000_000, maxP95: 300 };
const PAGE_WEIGHT_KB = 40;

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "n/a");

function kindResult(mix: KindResult[], kind: PageKind): KindResult | undefined {
  return mix.find((result) => result.kind === kind);
}

/** The throughput, p95 and (optionally) error targets of one kind of page. */
function kindChecks(mix: KindResult[], kind: PageKind, { minRps, maxP95 }: { minRps?: number; maxP95: number }, errorFree: boolean): TargetCheck[] {
  const result = kindResult(mix, kind);
  if (!result) return [{ target: `${kind}: measured`, met: null, measured: "not measured" }];
  const { app } = result;
  const checks: TargetCheck[] = [];
  if (minRps !== undefined) checks.push({ target: `${kind}: >= ${minRps} req/s`, met: app.rps >= minRps, measured: `${app.rps.toFixed(0)} req/s` });
  checks.push({ target: `${kind}: p95 <= ${maxP95} ms`, met: app.p95 <= maxP95, measured: ms(app.p95) });
  if (errorFree) {
    const failures = app.non2xx + app.errors;
    checks.push({ target: `${kind}: no non-2xx, errors or timeouts`, met: failures === 0, measured: `${app.non2xx}/${app.errors}/${app.timeouts}` });
  }
  return checks;
}

/** The common keyword against the rare one, both for one user, compared at p95 like every other latency target. */
function keywordCheck({ common, rare }: KeywordComparison): TargetCheck {
  const times = common.stats.p95 / rare.stats.p95;
  return {
    target: `common keyword p95 <= ${COMMON_OVER_RARE_MAX}x rare keyword p95 (1 user)`,
    met: times <= COMMON_OVER_RARE_MAX,
    measured: `${Number.isFinite(times) ? times.toFixed(1) : "n/a"}x (${common.word.q} ${ms(common.stats.p95)}, ${rare.word.q} ${ms(rare.stats.p95)})`,
  };
}

/** One user's search at a million openings: only when the growth table went that far. */
function millionCheck(growth: GrowthRow[]): TargetCheck {
  const target = `at ${AT_A_MILLION.openings.toLocaleString("en")} openings, 1 user search p95 <= ${AT_A_MILLION.maxP95} ms`;
  const largest = growth.filter((row) => row.figures.totalOpenings >= AT_A_MILLION.openings).at(-1);
  if (!largest) return { target, met: null, measured: "not measured (needs BENCH_GROWTH with a size >= 1000000)" };
  return {
    target,
    met: largest.single.p95 <= AT_A_MILLION.maxP95,
    measured: `${ms(largest.single.p95)} at ${largest.figures.totalOpenings.toLocaleString("en")}`,
  };
}

function weightCheck(snapshots: PageSnapshot[]): TargetCheck {
  const heaviest = snapshots.reduce<PageSnapshot | undefined>((a, b) => (!a || b.totalGzipBytes > a.totalGzipBytes ? b : a), undefined);
  return {
    target: `every page < ${PAGE_WEIGHT_KB} KB gzipped (HTML, CSS and JS)`,
    met: heaviest ? heaviest.totalGzipBytes < PAGE_WEIGHT_KB * 1024 : null,
    measured: heaviest ? `heaviest: ${heaviest.spec.kind}, ${(heaviest.totalGzipBytes / 1024).toFixed(1)} KB` : "not measured",
  };
}

/** Every target with its verdict, in the order they are printed. */
export function checkTargets({ mix, keywords, growth, snapshots }: TargetInput): TargetCheck[] {
  return [
    ...kindChecks(mix, "search", SEARCH, true),
    ...kindChecks(mix, "signed-in search", SEARCH, true),
    ...kindChecks(mix, "detail", DETAIL, false),
    ...kindChecks(mix, "home", { maxP95: HOME_MAX_P95 }, false),
    keywordCheck(keywords),
    millionCheck(growth),
    weightCheck(snapshots),
  ];
}

/** The checks as aligned lines: target, then "met", "NOT met" or "not measured", then the figure. */
export function targetLines(checks: TargetCheck[]): string[] {
  const width = Math.max(...checks.map((check) => check.target.length));
  return checks.map(({ target, met, measured }) => {
    const verdict = met === null ? "-" : met ? "met" : "NOT met";
    return `  ${target.padEnd(width)}  ${verdict.padEnd(7)}  ${measured}`;
  });
}
