// Issue 15, item 1: PostgreSQL restarts under browser-like load (16 keep-alive clients) and the
// portal lives through it. Before the fix the process died within a second of the restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createOpsDatabase,
  ensureClusterRunning,
  leakIn,
  restartCluster,
  runLoad,
  startProductionServer,
  statusCounts,
  waitForDatabase,
  type ProductionServer,
} from "../support/ops/ops-server";

let database: Awaited<ReturnType<typeof createOpsDatabase>>;
let server: ProductionServer;

beforeAll(async () => {
  database = await createOpsDatabase("restart");
  server = await startProductionServer(database.url);
});

afterAll(async () => {
  await ensureClusterRunning();
  await server?.stop();
  await database?.drop();
});

describe("a PostgreSQL restart under load", () => {
  it("leaves the process alive, answers 503s without internals, and recovers within 5 s of the database accepting connections", async () => {
    const openings = (await (await fetch(`http://127.0.0.1:${server.port}/api/openings`)).json()) as { openings?: { url?: string }[] };
    const detail = new URL(openings.openings?.[0]?.url ?? "http://x/openings/1").pathname;
    // Home, searches (half of them new, so they reach the database), a detail page, the health check.
    const paths = (client: number, n: number) => {
      const pick = (client + n) % 5;
      if (pick === 0) return "/";
      if (pick === 1) return `/openings?q=${encodeURIComponent("客服")}`;
      if (pick === 2) return `/openings?q=${encodeURIComponent("数据")}&page=1&n=${client}-${n}`;
      if (pick === 3) return detail;
      return "/healthz";
    };

    let stop = false;
    let readyAt = 0;
    const load = runLoad({ port: server.port, clients: 16, nextPath: paths, until: () => stop });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const restartStarted = Date.now();
    try {
      await restartCluster();
      readyAt = await waitForDatabase(database.url);
      // Keep the load on for 8 s after PostgreSQL accepts connections again.
      await new Promise((resolve) => setTimeout(resolve, 8_000));
    } finally {
      stop = true;
      await ensureClusterRunning();
    }
    const samples = await load;

    expect(server.exitCode(), server.output()).toBeNull();
    const failures = samples.filter((s) => s.status < 200 || s.status >= 400);
    const during = samples.filter((s) => s.endedAt >= restartStarted);
    // Recovery: the end of the last failed request that started after PostgreSQL was ready.
    const lateFailures = failures.filter((s) => s.startedAt >= readyAt);
    const recoveredAt = lateFailures.length === 0 ? readyAt : Math.max(...lateFailures.map((s) => s.endedAt));
    const recoverySeconds = (recoveredAt - readyAt) / 1000;
    const afterRecovery = samples.filter((s) => s.startedAt > recoveredAt);

    console.log(
      [
        `[ops] PostgreSQL restart under 16 keep-alive clients: ${samples.length} requests, ${during.length} from the restart on`,
        `[ops]   restart command to accepting connections: ${((readyAt - restartStarted) / 1000).toFixed(2)} s`,
        `[ops]   recovery after PostgreSQL accepted connections: ${recoverySeconds.toFixed(2)} s`,
        `[ops]   non-2xx during the outage: ${failures.length} (statuses: ${JSON.stringify(statusCounts(failures))}); stale pages served from the cache: ${samples.filter((s) => s.headers["x-page-cache"] === "stale").length}`,
        `[ops]   all statuses: ${JSON.stringify(statusCounts(samples))}`,
        `[ops]   log lines saying "database unavailable": ${(server.output().match(/database unavailable/g) ?? []).length}`,
      ].join("\n"),
    );

    // No request was left without an answer, and every failure was an honest 503.
    expect(failures.filter((s) => s.status !== 503).map((s) => `${s.path}: ${s.status} ${s.error ?? ""}`)).toEqual([]);
    for (const failure of failures) {
      expect(failure.headers["retry-after"], failure.path).toBe("30");
      expect(leakIn(failure.body), `${failure.path}: ${failure.body.slice(0, 300)}`).toBeNull();
    }
    for (const sample of samples) expect(/\n\s+at |\bat \S+ \(\S+:\d+:\d+\)/.test(sample.body), sample.path).toBe(false);
    expect(recoverySeconds).toBeLessThan(5);
    expect(afterRecovery.length).toBeGreaterThan(50);
    expect(afterRecovery.every((s) => s.status === 200)).toBe(true);
    // The log says "database unavailable" a few times, not a stack trace per request.
    expect(server.output()).not.toMatch(/\n\s+at .*node_modules\/pg/);
  });
});
