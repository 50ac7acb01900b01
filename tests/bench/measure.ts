// How each figure is taken: a warm-up, then the measured run, for many connections over a time or
// one connection over a number of requests; and the machine's own state around them.
import os from "node:os";
import type { BenchConfig } from "./config";
import { loadTest, type AddressCycle, type LoadStats } from "./load";
import { statusNote } from "./report";

const QUIET_BUSY_SHARE = 0.25;
const QUIET_WINDOW_MS = 500;
const QUIET_MAX_WAIT_MS = 10_000;
/** Unmeasured requests before a one-user run: the first requests after a full load pay for its backlog. */
const SINGLE_USER_WARMUP_REQUESTS = 3;

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

/** The share (0–1) of all cores in use over the next `windowMs`. */
async function busyShare(windowMs: number): Promise<number> {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const after = cpuTimes();
  return 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total);
}

/**
 * How busy the CPUs are while the app server sits idle, over a short window: anything above a
 * few percent is other work on the machine, which makes every figure worse. (The load average
 * would still count the seeding that has just finished.)
 */
export async function otherCpuUse(): Promise<string> {
  const busy = await busyShare(3_000);
  const warning = busy > 0.15 ? " (busy: other processes are using the CPU, so the figures will be worse than on an idle machine)" : "";
  return `${(busy * 100).toFixed(0)}% of ${os.cpus().length} cores over 3 s${warning}`;
}

/** The machine, for the record. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

/**
 * Waits until the machine is nearly idle again (up to 10 s). When a load run ends, the server and
 * the database still work through the requests that were in flight; without this, that backlog
 * would land in the next run's figures (the floor's above all).
 */
export async function waitForQuiet(): Promise<void> {
  const deadline = Date.now() + QUIET_MAX_WAIT_MS;
  while (Date.now() < deadline) {
    if ((await busyShare(QUIET_WINDOW_MS)) < QUIET_BUSY_SHARE) return;
  }
  console.log(`  (the machine was still busy ${QUIET_MAX_WAIT_MS / 1000} s after the run; going on)`);
}

function printStats(label: string, stats: LoadStats): void {
  const statuses = statusNote(stats);
  const problems =
    stats.non2xx + stats.errors > 0 ? `  (non-2xx ${stats.non2xx}${statuses ? ` [${statuses}]` : ""}, errors ${stats.errors}, timeouts ${stats.timeouts})` : "";
  console.log(`  ${label.padEnd(6)} p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, ${stats.rps.toFixed(0)} req/s over ${stats.responses} responses${problems}`);
}

/**
 * `config.connections` connections through the cycle's addresses: a short unmeasured run first, so
 * JIT warm-up and cold caches do not land in the percentiles, then `config.seconds` measured.
 */
export async function underLoad(label: string, baseUrl: string, cycle: AddressCycle, config: BenchConfig): Promise<LoadStats> {
  await loadTest(baseUrl, cycle, { connections: config.connections, seconds: config.warmupSeconds });
  const stats = await loadTest(baseUrl, cycle, { connections: config.connections, seconds: config.seconds });
  printStats(label, stats);
  return stats;
}

/** One user (one connection) asking for `requests` addresses of the cycle one after another, after a few unmeasured ones. */
export async function oneUser(label: string, baseUrl: string, cycle: AddressCycle, requests: number): Promise<LoadStats> {
  await loadTest(baseUrl, cycle, { connections: 1, requests: SINGLE_USER_WARMUP_REQUESTS });
  const stats = await loadTest(baseUrl, cycle, { connections: 1, requests });
  printStats(label, stats);
  return stats;
}
