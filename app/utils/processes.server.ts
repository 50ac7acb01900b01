// One process per core (WEB_CONCURRENCY): this process becomes a supervisor that starts the
// portal `count` times with node:cluster. The workers share the port (the supervisor hands each new
// connection to the next worker in turn), and each is a whole portal: its own pool, page cache,
// background jobs and graceful shutdown, as separate instances behind a load balancer are.
// See docs/decisions/021-one-process-per-core.md.
import cluster, { type Worker } from "node:cluster";

/** How the supervisor ends, and what it prints; replaceable in tests. */
export type SupervisorOptions = {
  /** Wait before a worker that stopped on its own is replaced, so a crash loop does not spin. */
  restartDelayMs?: number;
  log?: Pick<Console, "log" | "error">;
  exit?: (code: number) => void;
};

/**
 * Starts the workers and looks after them. The first one starts alone, so that it alone migrates
 * the database (and seeds the demo); the others follow once it listens. A worker that stops on its
 * own later is replaced. SIGTERM and SIGINT go to every worker, each drains and stops as a single
 * process would, and the supervisor exits when the last has: 0 if every one stopped cleanly.
 */
export function superviseWorkers(count: number, { restartDelayMs = 1_000, log = console, exit = (code) => process.exit(code) }: SupervisorOptions = {}) {
  const live = new Set<Worker>();
  let listening = false;
  let stopping = false;
  let failed = false;

  // Each worker accepts from the shared socket itself, as one process does, instead of the supervisor
  // accepting and handing connections on: a connection the supervisor holds when the last worker
  // stops listening at the end of a drain would be reset rather than refused.
  cluster.schedulingPolicy = cluster.SCHED_NONE;

  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.once("listening", () => {
      // A SIGTERM while the first worker was starting means no more workers.
      if (listening || stopping) return;
      listening = true;
      log.log(`[processes] the first worker is serving; starting ${count - 1} more (WEB_CONCURRENCY=${count})`);
      for (let i = 1; i < count; i++) fork();
    });
    worker.once("exit", (code, signal) => {
      live.delete(worker);
      const how = signal ? `killed by ${signal}` : `exit code ${code}`;
      if (stopping) {
        if (code !== 0) failed = true;
        if (live.size === 0) exit(failed ? 1 : 0);
        return;
      }
      if (!listening) {
        // A bad setting or an unreachable database: the worker said why; starting it again would say it again.
        log.error(`[processes] the first worker stopped before it could serve (${how}); stopping`);
        stopping = true;
        for (const other of live) other.process.kill("SIGTERM");
        exit(code || 1);
        return;
      }
      log.error(`[processes] worker ${worker.process.pid ?? "?"} stopped (${how}); starting another in ${restartDelayMs} ms`);
      setTimeout(() => {
        if (!stopping) fork();
      }, restartDelayMs);
    });
  };

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.log(`[processes] ${signal}: stopping ${live.size} worker${live.size === 1 ? "" : "s"}`);
    releaseSharedSockets();
    // A terminal's Ctrl-C reaches the workers too; a second signal changes nothing in them.
    for (const worker of live) worker.process.kill(signal);
    if (live.size === 0) exit(0);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  fork();
}

/**
 * The supervisor keeps its own copy of the shared listening socket, to hand to workers it starts
 * later, and closes it only after the last worker has told it (over IPC) that it stopped listening.
 * Connections that arrive in those few milliseconds wait in the kernel's queue with no process to
 * take them, and are reset when the copy closes, instead of being refused (ops test
 * `shutdown.test.ts` caught one). Once stopping, no worker will be started again, so the copy is
 * closed at once: the socket then closes the moment the last worker closes its own, as with one
 * process. Node gives no public way to reach that copy; the supervisor opens no other TCP handle,
 * so every TCP handle it holds is a shared listening socket.
 */
function releaseSharedSockets() {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  for (const handle of handles) {
    if (handle && typeof handle === "object" && handle.constructor.name === "TCP" && "close" in handle && typeof handle.close === "function") {
      (handle as { close: () => void }).close();
    }
  }
}

/**
 * In a worker: when the supervisor is gone (killed without a chance to pass the signal on), the
 * worker stops as on SIGTERM instead of holding the port as an orphan nobody supervises.
 */
export function stopWhenSupervisorGone(stop: () => void) {
  cluster.worker?.once("disconnect", stop);
}

/** True in the supervisor when the portal runs as several processes; false in a worker, and when there is one process. */
export function isSupervisor(count: number): boolean {
  return count > 1 && cluster.isPrimary;
}
