import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

// How a deploy stops an instance without dropping a request (docs/decisions/015-graceful-shutdown.md):
//
// 1. Drain: on SIGTERM or SIGINT, /healthz answers 503 at once, so the load balancer takes this
//    instance out; everything else is still served for SHUTDOWN_DRAIN_SECONDS, each response with
//    `Connection: close`, so every keep-alive connection closes right after its next answer (the
//    client knows not to reuse it and opens a new one, at another instance).
// 2. Stop: once the balancer's requests have stopped (or 2 s after the drain at the latest), the
//    listening socket closes: new connections are refused, which clients and balancers retry
//    elsewhere. Requests in flight are answered. A connection that stays idle is closed once it has
//    been idle for a second; only a client sending on it at that very instant would see a reset,
//    the one race HTTP/1.1 leaves open (see the ADR).
// 3. Close: background work finishes its round, then the database pool closes, and the process
//    exits 0. If a step hangs past the deadline, the process exits 1 and says which step.

/** After the drain, the listening socket closes once no request (but health checks) has come for this long… */
const QUIET_MS = 250;
/** …or this long after the drain at the latest (a client that ignores the health check never stops). */
const QUIET_WAIT_MAX_MS = 2_000;

/** A connection this server accepted: how many of its requests are unanswered, and since when it has been idle. */
type Connection = { inFlight: number; idleSince: number };

export type ShutdownOptions = {
  /** How long to keep serving after the signal, with /healthz answering 503. */
  drainMs: number;
  /** How long the stop (after the drain) may take before the process gives up and exits 1. */
  stopMs: number;
  /** How long a connection must have been idle before it is closed at stop. */
  idleGraceMs?: number;
  /** Called at the signal: stops background work (no new rounds), each promise settling when its round in flight is done. */
  stopBackground: () => { name: string; done: Promise<unknown> | undefined }[];
  /** Called last, once the server has stopped and background work is done: closes the database pool. */
  closeDatabase: () => Promise<void>;
  log?: Pick<Console, "log" | "error">;
  exit?: (code: number) => void;
};

/** The drain state that requests see; create it before the app so its middleware can go first. */
export function createDrainState() {
  let draining = false;
  return {
    get draining() {
      return draining;
    },
    start() {
      draining = true;
    },
    /**
     * First middleware: while draining, every response says `Connection: close`, and /healthz says
     * 503 "draining" (whatever the host, as /healthz always does) so the load balancer stops sending.
     */
    middleware(req: IncomingMessage, res: ServerResponse, next: () => void) {
      if (!draining) return next();
      res.setHeader("Connection", "close");
      const path = (req.url ?? "").split("?")[0];
      if (path === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
        res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
        res.end(req.method === "HEAD" ? undefined : "draining");
        return;
      }
      next();
    },
  };
}

export type DrainState = ReturnType<typeof createDrainState>;

export type GracefulShutdown = ReturnType<typeof createGracefulShutdown>;

/**
 * Tracks the server's connections and returns `shutdown`, which `shutdownOnSignals` calls. A second
 * call while shutting down is only logged: a supervisor's repeated SIGTERM or a second Ctrl-C must
 * not cut requests off (the deadline still bounds the stop).
 */
export function createGracefulShutdown(server: Server, drain: DrainState, options: ShutdownOptions) {
  const { drainMs, stopMs, idleGraceMs = 1_000, stopBackground, closeDatabase } = options;
  const log = options.log ?? console;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const connections = new Map<Socket, Connection>();

  // When the last request that was not a health check arrived: the balancer's traffic.
  let lastRequestAt = 0;
  server.on("connection", (socket: Socket) => {
    connections.set(socket, { inFlight: 0, idleSince: Date.now() });
    socket.once("close", () => connections.delete(socket));
  });
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (!(req.url ?? "").startsWith("/healthz")) lastRequestAt = Date.now();
    const connection = connections.get(req.socket);
    if (!connection) return;
    connection.inFlight += 1;
    res.once("close", () => {
      connection.inFlight -= 1;
      connection.idleSince = Date.now();
    });
  });

  let started = false;
  let waitingFor = "the drain";

  const inFlight = () => [...connections.values()].reduce((sum, c) => sum + c.inFlight, 0);

  async function shutdown(reason: string, exitCode: 0 | 1, { skipDrain = false } = {}) {
    if (started) {
      log.log(`Shutting down already (${reason} ignored)`);
      return;
    }
    started = true;
    const t0 = Date.now();
    drain.start();
    const drainFor = skipDrain ? 0 : drainMs;
    // If anything hangs, say what and give up: the supervisor restarts us either way.
    const deadline = setTimeout(() => {
      log.error(`Shutdown deadline (${((drainFor + stopMs) / 1000).toFixed(1)} s) passed while waiting for ${waitingFor}; exiting with code 1`);
      exit(1);
    }, drainFor + stopMs);

    // Background work takes no new rounds from now on and finishes the one in flight while we drain.
    const background = stopBackground();
    log.log(`Shutting down (${reason}): /healthz answers 503; serving for ${drainFor / 1000} s more so the load balancer stops sending`);
    await new Promise((resolve) => setTimeout(resolve, drainFor));

    // Stop accepting, once no request but health checks has come for a moment (the balancer has
    // stopped sending), or at the latest QUIET_WAIT_MAX_MS after the drain. Closing the listening socket
    // resets connections that the kernel has accepted and the process has not yet picked up, so it
    // happens in a check phase, right after the event loop has taken every pending one. And it uses
    // net.Server's close, because http.Server#close() would also destroy every idle keep-alive
    // connection at once, resetting a request a client may be writing on one at that instant; idle
    // connections are closed below, once they have been idle for a moment.
    waitingFor = "requests to stop coming";
    const stopBy = Date.now() + QUIET_WAIT_MAX_MS;
    await new Promise<void>((resolve) => {
      const check = () => {
        if (Date.now() - lastRequestAt >= QUIET_MS || Date.now() >= stopBy) resolve();
        else setTimeout(() => setImmediate(check), 50);
      };
      setImmediate(check);
    });
    waitingFor = "requests in flight";
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
    log.log(`Stopped accepting ${((Date.now() - t0) / 1000).toFixed(1)} s after the signal; answering requests in flight`);
    const sweep = setInterval(() => {
      const now = Date.now();
      for (const [socket, c] of connections) {
        if (c.inFlight === 0 && now - c.idleSince >= idleGraceMs) socket.destroy();
      }
      waitingFor = `requests in flight (${inFlight()} requests on ${connections.size} connections)`;
    }, 100);
    await closed;
    clearInterval(sweep);

    for (const step of background) {
      waitingFor = step.name;
      await Promise.resolve(step.done).catch((error: unknown) => log.error(`${step.name} failed while stopping:`, error instanceof Error ? error.message : error));
    }
    waitingFor = "the database pool to close";
    await closeDatabase().catch((error: unknown) => log.error("Closing the database failed:", error instanceof Error ? error.message : error));
    clearTimeout(deadline);
    log.log(exitCode === 0 ? `Stopped cleanly in ${((Date.now() - t0) / 1000).toFixed(1)} s` : `Stopped after an uncaught error in ${((Date.now() - t0) / 1000).toFixed(1)} s; exiting with code 1`);
    exit(exitCode);
  }

  return { shutdown, inFlight };
}

/**
 * SIGTERM and SIGINT start the shutdown. An error nothing caught is logged and stops the process
 * without a drain (it may be in a bad state), still answering the requests in flight and closing
 * the pool, with exit code 1; errors after it are logged too.
 */
export function shutdownOnSignals(shutdown: GracefulShutdown["shutdown"], log: Pick<Console, "error"> = console) {
  const onSignal = (signal: NodeJS.Signals) => void shutdown(signal, 0);
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  const onError = (error: unknown) => {
    log.error("Uncaught error:", error);
    void shutdown("uncaught error", 1, { skipDrain: true });
  };
  process.on("uncaughtException", onError);
  process.on("unhandledRejection", onError);
}
