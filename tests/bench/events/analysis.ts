// From what the viewers saw and what was sent, the figures of one group of viewers (all of a run,
// or those of one instance): delivery latency (a caption's arrival at the viewer minus the moment
// just before its POST was sent), and each viewer's sequence checked line by line against the
// captions the server confirmed: missing (dropped), seen twice (duplicated), arrived after a later
// one (out of order), and SSE ids that did not go up.
import { percentile } from "../load";
import type { CaptionSent } from "./traffic";
import type { Viewer } from "./viewers";

export interface Spread {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface DeliveryFigures {
  viewers: number;
  connected: number;
  failed: number;
  /** Failure reasons and how many viewers had each (e.g. "status 503" × 12). */
  failures: Record<string, number>;
  /** Streams that were open and then ended before the check (the server closed them, a reset). */
  endedDuringRun: number;
  /** Lines each connected viewer should have: the captions answered with a 303. */
  expectedPerViewer: number;
  /** Viewer × line pairs that arrived (first arrivals). */
  delivered: number;
  delivery: Spread;
  dropped: number;
  /** Viewers missing at least one line. */
  viewersWithDrops: number;
  duplicated: number;
  outOfOrder: number;
  /** Lines that arrived whose POST had no 303 (it failed on the client's side after the server wrote it). */
  unconfirmed: number;
  idsNotIncreasing: number;
  /** Other messages seen: pins and question updates, by kind. */
  kinds: Record<string, number>;
}

/** Percentiles (nearest rank) and the maximum of some values in ms; NaN for none. */
export function spread(values: readonly number[]): Spread {
  const sorted = Float64Array.from(values).sort();
  const max = sorted.length > 0 ? (sorted[sorted.length - 1] ?? Number.NaN) : Number.NaN;
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max };
}

export function analyseDelivery(viewers: readonly Viewer[], captions: readonly CaptionSent[]): DeliveryFigures {
  const sentAt = new Map<number, number>();
  for (const caption of captions) if (caption.ok) sentAt.set(caption.seq, caption.sentAt);
  const figures: DeliveryFigures = {
    viewers: viewers.length,
    connected: 0,
    failed: 0,
    failures: {},
    endedDuringRun: 0,
    expectedPerViewer: sentAt.size,
    delivered: 0,
    delivery: spread([]),
    dropped: 0,
    viewersWithDrops: 0,
    duplicated: 0,
    outOfOrder: 0,
    unconfirmed: 0,
    idsNotIncreasing: 0,
    kinds: {},
  };
  const latencies: number[] = [];
  for (const viewer of viewers) {
    if (viewer.state === "failed" || viewer.state === "connecting") {
      figures.failed++;
      const reason = viewer.failure ?? "never answered";
      figures.failures[reason] = (figures.failures[reason] ?? 0) + 1;
      continue;
    }
    figures.connected++;
    if (viewer.state === "ended") figures.endedDuringRun++;
    figures.idsNotIncreasing += viewer.idsNotIncreasing;
    for (const [kind, n] of Object.entries(viewer.kinds)) figures.kinds[kind] = (figures.kinds[kind] ?? 0) + n;
    const seen = new Set<number>();
    let highest = 0;
    viewer.seqs.forEach((seq, i) => {
      if (seen.has(seq)) {
        figures.duplicated++;
        return;
      }
      seen.add(seq);
      if (seq < highest) figures.outOfOrder++;
      highest = Math.max(highest, seq);
      const sent = sentAt.get(seq);
      if (sent === undefined) {
        figures.unconfirmed++;
        return;
      }
      figures.delivered++;
      latencies.push((viewer.receivedAt[i] ?? Number.NaN) - sent);
    });
    let missing = 0;
    for (const seq of sentAt.keys()) if (!seen.has(seq)) missing++;
    figures.dropped += missing;
    if (missing > 0) figures.viewersWithDrops++;
  }
  figures.delivery = spread(latencies);
  return figures;
}
