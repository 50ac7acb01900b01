// The live-room benchmark's printout: one plain-text table per run (the run as a whole, then each
// instance's viewers and memory), the targets of issue 20 item 6 marked met or NOT met, and notes on
// anything that failed. Nothing here fails the run: a missed target is reported, not enforced.
import { formatTable } from "../report";
import { spread, type DeliveryFigures } from "./analysis";
import type { RoomResult } from "./room";

/** Issue 20, item 6: p95 from caption submit to viewer at most 1 s, and no dropped line. */
export const DELIVERY_P95_TARGET_MS = 1_000;

const count = (n: number) => n.toLocaleString("en");
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "n/a");
const mb = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 2 ** 20).toFixed(1) : "n/a");

function kbPerConnection(before: number, after: number, connections: number): string {
  if (!Number.isFinite(before) || !Number.isFinite(after) || connections === 0) return "n/a";
  return ((after - before) / 1024 / connections).toFixed(1);
}

function deliveryCells(figures: DeliveryFigures) {
  const d = figures.delivery;
  return {
    connected: `${count(figures.connected)} / ${count(figures.failed)}`,
    ended: count(figures.endedDuringRun),
    delivered: `${count(figures.delivered)} of ${count(figures.connected * figures.expectedPerViewer)}`,
    delivery: `${ms(d.p50)} / ${ms(d.p95)} / ${ms(d.p99)} / ${ms(d.max)}`,
    checks: `${count(figures.dropped)} / ${count(figures.duplicated)} / ${count(figures.outOfOrder)}`,
    dropViewers: count(figures.viewersWithDrops),
    ids: count(figures.idsNotIncreasing),
    other: Object.entries(figures.kinds)
      .filter(([kind]) => kind !== "caption")
      .map(([kind, n]) => `${kind} ${count(n)}`)
      .join(", ") || "none",
  };
}

/** The run's table: figures for the whole run, and per instance where they differ. */
export function roomTable(result: RoomResult): string {
  const multi = result.instances.length > 1;
  const header = ["figure", ...(multi ? ["all viewers"] : []), ...result.instances.map((i) => `${i.label} (${new URL(i.baseUrl).port})`)];
  const columns = [...(multi ? [result.all] : []), ...result.perInstance].map(deliveryCells);
  const blanks = multi ? [""] : [];
  const perInstance = (pick: (i: RoomResult["instances"][number]) => string) => [...blanks, ...result.instances.map(pick)];
  const okCaptions = result.captions.filter((c) => c.ok);
  const post = spread(result.captions.map((c) => c.postMs).filter(Number.isFinite));
  const page = spread(result.captions.filter((c) => c.pageStatus === 200).map((c) => c.pageMs));
  const questionsOf = (i: number | null) => result.questions.filter((q) => i === null || q.instance === i);
  const questionCell = (i: number | null) => {
    const qs = questionsOf(i);
    return `${count(qs.length)} / ${count(qs.filter((q) => q.outcome === "accepted").length)} / ${count(qs.filter((q) => q.outcome === "refused").length)} / ${count(qs.filter((q) => q.outcome === "error").length)}`;
  };
  const questionPost = (i: number | null) => {
    const s = spread(questionsOf(i).map((q) => q.postMs).filter(Number.isFinite));
    return `${ms(s.p50)} / ${ms(s.p95)}`;
  };
  const runCell = (value: string) => [value, ...(multi ? result.instances.map(() => "") : [])];
  const rows: string[][] = [
    ["viewers connected / failed to connect", ...columns.map((c) => c.connected)],
    ["streams ended before the check", ...columns.map((c) => c.ended)],
    ["captions sent (answered 303) / attempted", ...runCell(`${count(okCaptions.length)} / ${count(result.captions.length)}`)],
    ["caption POST p50 / p95 ms", ...runCell(`${ms(post.p50)} / ${ms(post.p95)}`)],
    ["console page after each caption p50 / p95 ms", ...runCell(`${ms(page.p50)} / ${ms(page.p95)}`)],
    ["lines delivered (viewer x line) of expected", ...columns.map((c) => c.delivered)],
    ["delivery p50 / p95 / p99 / max ms", ...columns.map((c) => c.delivery)],
    ["dropped / duplicated / out of order lines", ...columns.map((c) => c.checks)],
    ["viewers missing any line", ...columns.map((c) => c.dropViewers)],
    ["SSE ids not increasing", ...columns.map((c) => c.ids)],
    ["other messages (pin, qa)", ...columns.map((c) => c.other)],
    ["questions sent / accepted / refused / errors", ...(multi ? [questionCell(null)] : []), ...result.instances.map((_, i) => questionCell(i))],
    ["question POST p50 / p95 ms", ...(multi ? [questionPost(null)] : []), ...result.instances.map((_, i) => questionPost(i))],
    ["server RSS before / with viewers / end MB", ...perInstance((i) => `${mb(i.rssBefore)} / ${mb(i.rssConnected)} / ${mb(i.rssEnd)}`)],
    ["server memory per connection KB", ...perInstance((i) => kbPerConnection(i.rssBefore, i.rssConnected, i.viewers))],
    ["server CPU while captions ran, % of one core", ...perInstance((i) => (Number.isFinite(i.cpuSeconds) ? `${((i.cpuSeconds / result.trafficSeconds) * 100).toFixed(0)}%` : "n/a"))],
  ];
  // Empty cells at the end of a line would leave trailing spaces.
  return formatTable(header, rows)
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}

/** The median of the first fifth of the values and of the last fifth, in order of sending: does it grow during the run? */
function trend(values: readonly number[]): string {
  const fifth = Math.max(1, Math.floor(values.length / 5));
  return `${ms(spread(values.slice(0, fifth)).p50)} / ${ms(spread(values.slice(-fifth)).p50)}`;
}

/** The first and the last page's size, in KB of uncompressed HTML. */
function sizes(pages: readonly { pageStatus: number; pageBytes: number }[]): string {
  const loaded = pages.filter((page) => page.pageStatus === 200);
  const kb = (page: { pageBytes: number } | undefined) => (page ? (page.pageBytes / 1024).toFixed(0) : "n/a");
  return `first ${kb(loaded[0])} KB, last ${kb(loaded.at(-1))} KB of HTML`;
}

/** Target lines: p95 and dropped lines, for the whole run and (with two instances) each instance's viewers. */
export function targetLines(result: RoomResult): { lines: string[]; met: boolean } {
  const groups = [{ label: "all viewers", figures: result.all }, ...(result.instances.length > 1 ? result.perInstance.map((figures, i) => ({ label: `viewers of instance ${i + 1}`, figures })) : [])];
  const lines: string[] = [];
  let met = true;
  for (const { label, figures } of groups) {
    const p95 = figures.delivery.p95;
    const p95Met = Number.isFinite(p95) && p95 <= DELIVERY_P95_TARGET_MS;
    const dropsMet = figures.dropped === 0 && figures.failed === 0 && figures.endedDuringRun === 0;
    met &&= p95Met && dropsMet;
    lines.push(`  ${label}: delivery p95 <= ${count(DELIVERY_P95_TARGET_MS)} ms: ${p95Met ? "met" : "NOT met"} (${ms(p95)} ms)`);
    lines.push(
      `  ${label}: no dropped line: ${dropsMet ? "met" : "NOT met"} (${count(figures.dropped)} dropped in ${count(figures.viewersWithDrops)} viewers; ${count(figures.failed)} could not connect; ${count(figures.endedDuringRun)} streams ended)`,
    );
  }
  return { lines, met };
}

/** Notes: what failed and why, the server's own count of what was written, the load generator's lag. */
export function notes(result: RoomResult): string[] {
  const out: string[] = [];
  out.push(`  CPU in use before the servers started: ${result.otherCpu}.`);
  const failures = Object.entries(result.all.failures);
  if (failures.length > 0) out.push(`  Viewers that could not connect: ${failures.map(([why, n]) => `${why} x${n}`).join(", ")}`);
  const badCaptions = result.captions.filter((c) => !c.ok);
  if (badCaptions.length > 0) out.push(`  Captions not accepted: ${badCaptions.slice(0, 5).map((c) => `#${c.seq} ${c.error ?? ""}`).join("; ")}${badCaptions.length > 5 ? " …" : ""}`);
  const reasons = new Map<string, number>();
  for (const q of result.questions) if (q.outcome !== "accepted") reasons.set(q.detail ?? q.outcome, (reasons.get(q.detail ?? q.outcome) ?? 0) + 1);
  if (reasons.size > 0) out.push(`  Questions not accepted: ${[...reasons].map(([why, n]) => `${why} x${n}`).join(", ")}`);
  const pages = result.questions.filter((q) => q.outcome === "accepted");
  const pageSpread = spread(pages.filter((q) => q.pageStatus === 200).map((q) => q.pageMs));
  const badPages = pages.filter((q) => q.pageStatus !== 200).length;
  out.push(
    `  Event page loaded after each question: p50 ${ms(pageSpread.p50)} ms, p95 ${ms(pageSpread.p95)} ms${badPages > 0 ? `, ${badPages} not 200` : ""}; ` +
      `p50 in the first / last fifth of the run ${trend(pages.filter((q) => q.pageStatus === 200).map((q) => q.pageMs))} ms; ${sizes(pages)}.`,
  );
  const firstSent = result.captions[0]?.sentAt ?? Number.NaN;
  const lastSent = result.captions.at(-1)?.sentAt ?? Number.NaN;
  out.push(`  Captions went out over ${((lastSent - firstSent) / 1000).toFixed(1)} s (on schedule: ${Math.max(0, result.captions.length - 1)} s).`);
  const consolePages = result.captions.filter((c) => c.pageStatus === 200).map((c) => c.pageMs);
  out.push(`  Console page after each caption: p50 in the first / last fifth of the run ${trend(consolePages)} ms; ${sizes(result.captions)} (it lists at most 30 held and 30 published questions, with counts).`);
  out.push(`  In the database afterwards: ${count(result.written.captions)} caption lines and ${count(result.written.questions)} questions of this run.`);
  out.push(
    `  Load generator (this process, same machine): event-loop delay while captions ran p99 ${ms(result.clientLag.p99)} ms, max ${ms(result.clientLag.max)} ms ` +
      `(included in the delivery times); its memory ${mb(result.clientRss.before)} -> ${mb(result.clientRss.connected)} MB with the viewers open.`,
  );
  out.push(`  Ramp-up: ${(result.rampMs / 1000).toFixed(1)} s for ${count(result.all.viewers)} connections; traffic phase ${result.trafficSeconds.toFixed(1)} s; ${count(result.askers)} askers.`);
  for (const instance of result.instances) {
    out.push(`  ${instance.label}: RSS every 10 s while captions ran ${instance.rssDuring.map(mb).join(", ")} MB; ${instance.stopped}.`);
  }
  return out;
}
