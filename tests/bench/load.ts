// Drives one URL with autocannon and summarises the latencies.
import autocannon from "autocannon";

/** Load settings shared by every run. */
export interface LoadOptions {
  connections: number;
  seconds: number;
}

/** The figures the report needs from one autocannon run; latencies in milliseconds. */
export interface LoadStats {
  p50: number;
  p95: number;
  p99: number;
  /** autocannon's average of its per-second request counts. */
  rps: number;
  responses: number;
  non2xx: number;
  /** Connection errors, timeouts included (autocannon counts a timeout as an error too). */
  errors: number;
  timeouts: number;
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
 * Loads `url` for `options.seconds` with `options.connections` keep-alive connections.
 *
 * autocannon's result.latency only offers p50, p90, p97.5 and p99, and its histogram is not exposed,
 * so p95 (and, for consistency, p50 and p99) is computed here from every response's own latency,
 * collected through the instance's `response` event (autocannon measures it with process.hrtime,
 * from writing the request to the end of the response). Like autocannon's own figures, these
 * include non-2xx responses.
 */
export async function loadTest(url: string, options: LoadOptions): Promise<LoadStats> {
  const latencies = new Samples();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: options.connections, duration: options.seconds }, (error: unknown, done) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const sorted = latencies.sorted();
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: result.requests.average,
    responses: sorted.length,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
