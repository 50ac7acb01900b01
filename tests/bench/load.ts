// Drives the app (or the floor) with autocannon through a list of addresses and summarises the latencies.
import autocannon from "autocannon";

/**
 * The addresses one kind of page is loaded with, walked in order and round again. It is shared by
 * every connection of a run and kept from one run to the next, so the 32 connections together ask
 * for address after address rather than each repeating the same ones, and the measured run goes on
 * where its warm-up stopped.
 */
export class AddressCycle {
  private next = 0;

  constructor(
    readonly paths: readonly string[],
    /** Sent with every request: the session cookie for signed-in pages. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    if (paths.length === 0) throw new Error("An address cycle needs at least one address");
  }

  /** The next address, and round again after the last. */
  take(): string {
    const path = this.paths[this.next % this.paths.length] as string;
    this.next++;
    return path;
  }
}

/** How long a run lasts: for a number of seconds, or until a number of responses. */
export interface LoadOptions {
  connections: number;
  seconds?: number;
  requests?: number;
}

/** The figures the report needs from one autocannon run; latencies in milliseconds. */
export interface LoadStats {
  p50: number;
  p95: number;
  p99: number;
  /** autocannon's average of its per-second request counts; for a run of a fixed number of requests, responses over the run's time. */
  rps: number;
  responses: number;
  non2xx: number;
  /** Connection errors, timeouts included (autocannon counts a timeout as an error too). */
  errors: number;
  timeouts: number;
  /**
   * Requests sent but neither answered nor failed when the run ended (at most one per connection):
   * they are in no percentile, which flatters the figures when each takes longer than the run.
   */
  unanswered: number;
  /** How many responses had each status code outside 2xx, e.g. { 503: 4 }. */
  non2xxStatuses: Record<number, number>;
}

/** The p-th percentile (0–100) by the nearest-rank method; `sorted` must be ascending. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** A growable list of numbers without boxing each one. */
class Samples {
  private values = new Float64Array(65_536);
  private length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  sorted(): Float64Array {
    return this.values.slice(0, this.length).sort();
  }
}

/**
 * Loads `baseUrl` with the addresses of `cycle`, each request taking the next address, with
 * `options.connections` keep-alive connections, for `options.seconds` or `options.requests`.
 *
 * autocannon's result.latency only offers p50, p90, p97.5 and p99, and its histogram is not exposed,
 * so p95 (and, for consistency, p50 and p99) is computed here from every response's own latency,
 * collected through the instance's `response` event (autocannon measures it with process.hrtime,
 * from writing the request to the end of the response). Like autocannon's own figures, these
 * include non-2xx responses.
 */
export async function loadTest(baseUrl: string, cycle: AddressCycle, options: LoadOptions): Promise<LoadStats> {
  const latencies = new Samples();
  const non2xxStatuses: Record<number, number> = {};
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        ...(options.requests === undefined ? { duration: options.seconds ?? 10 } : { amount: options.requests }),
        headers: { ...cycle.headers },
        // setupRequest runs for every request (autocannon rebuilds a request that has one), so each
        // request takes the next address of the cycle.
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: cycle.take() }) }],
      },
      (error: unknown, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status < 200 || status > 299) non2xxStatuses[status] = (non2xxStatuses[status] ?? 0) + 1;
    });
  });
  const sorted = latencies.sorted();
  const elapsedSeconds = (performance.now() - started) / 1000;
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    // autocannon's per-second average is only meaningful over whole seconds of a timed run.
    rps: options.requests === undefined ? result.requests.average : sorted.length / Math.max(elapsedSeconds, 0.001),
    responses: sorted.length,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    unanswered: Math.max(0, result.requests.sent - sorted.length - result.errors),
    non2xxStatuses,
  };
}
