import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { connectProbes, healthChecks, keepAliveLoad, startPortal, type PortalProcess } from "../support/ops/keep-alive-load";

// A deploy stops an instance with SIGTERM while browsers and a load balancer keep their connections
// alive and keep sending (issue 15, item 4). On the production build, on a fresh PostgreSQL database
// and on the embedded one: 16 keep-alive clients send pages and a form POST without pause, behind a
// load balancer modelled as a health check (every 200 ms; out after 2 failures, a failure being an
// answer other than 200 or none within 2 s); SIGTERM arrives mid-load with the default drain of 5 s.
// Nothing may be reset, every answer must be whole and valid, /healthz must say 503 during the
// drain, every answer after the signal must close its connection, new connections must be refused
// once it stops accepting, and the process must exit 0 within 10 s. The old shutdown (close at once,
// destroying idle keep-alive connections) fails this: no "draining", resets, and refusals mid-drain.
// Needs `npm run build` and, for the first case, PostgreSQL on 127.0.0.1:5432.

const ADMIN_URL = process.env.OPS_ADMIN_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CLIENTS = 16;
// The default drain: long enough for a balancer that checks every 200 ms and gives up after two failures of 2 s.
const DRAIN_SECONDS = 5;
const LOAD_BEFORE_SIGTERM_MS = 3_000;

const databases: string[] = [];

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of databases) await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

/** A new, empty database on the admin server (dropped after the file), as a DATABASE_URL. */
async function freshDatabase(label: string): Promise<string> {
  const name = `accesswork_ops_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  databases.push(name);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function sigtermUnderLoad(name: string, portal: PortalProcess) {
  const health = healthChecks(portal.port, { everyMs: 200, fall: 2, timeoutMs: 2_000 });
  const load = keepAliveLoad(portal.port, CLIENTS, health);
  await new Promise((resolve) => setTimeout(resolve, LOAD_BEFORE_SIGTERM_MS));
  const sigtermAt = Date.now();
  const drainEnd = sigtermAt + DRAIN_SECONDS * 1000;
  portal.child.kill("SIGTERM");
  // New connections from shortly before the drain ends: accepted, then refused, never accepted again.
  const connects = await new Promise<ReturnType<typeof connectProbes>>((resolve) => setTimeout(() => resolve(connectProbes(portal.port, 20)), DRAIN_SECONDS * 1000 - 500));
  const exit = await Promise.race([portal.exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000))]);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await connects.stop();
  await load.stop();
  await health.stop();
  const output = portal.output();
  portal.cleanUp();

  const outcomes = load.outcomes;
  const resets = outcomes.filter((o) => o.error);
  const answered = outcomes.filter((o) => o.status !== undefined);
  const incomplete = answered.filter((o) => !o.complete);
  const invalid = answered.filter((o) => (o.status ?? 0) < 200 || (o.status ?? 0) >= 500);
  const inFlightAtSigterm = answered.filter((o) => o.sentAt < sigtermAt && o.endedAt > sigtermAt);
  const answeredInDrain = answered.filter((o) => o.endedAt > sigtermAt && o.endedAt <= drainEnd);
  const firstDraining = health.probes.find((p) => p.status === 503);
  // Requests sent once /healthz had said "draining" were handled after the signal: each answer closes its connection.
  const afterDrainSeen = firstDraining ? answered.filter((o) => o.sentAt > firstDraining.at + firstDraining.ms) : [];
  const keptAlive = afterDrainSeen.filter((o) => o.headers?.connection !== "close");
  const firstRefused = connects.results.find((c) => c.refused);
  const acceptedAfterRefused = firstRefused ? connects.results.filter((c) => c.at > firstRefused.at && !c.refused) : [];
  const shutdownMs = exit ? exit.at - sigtermAt : NaN;
  const healthLine = health.probes
    .map((p) => `${p.at < sigtermAt ? "" : "+"}${p.status ?? p.error}`)
    .reduce<string[]>((runs, item) => {
      const last = runs.at(-1);
      if (last && last.split("×")[0] === item) runs[runs.length - 1] = `${item}×${Number(last.split("×")[1] ?? 1) + 1}`;
      else runs.push(item);
      return runs;
    }, [])
    .join(" ");

  console.log(
    [
      `shutdown under keep-alive load (${name}, ${CLIENTS} clients, drain ${DRAIN_SECONDS} s):`,
      `  SIGTERM → exit           ${(shutdownMs / 1000).toFixed(2)} s`,
      `  exit code                ${exit?.code ?? "none (still running after 15 s)"}`,
      `  requests answered        ${answered.length} of ${outcomes.length}`,
      `  in flight at SIGTERM     ${inFlightAtSigterm.length} (all answered after it)`,
      `  answered during drain    ${answeredInDrain.length}`,
      `  balancer took it out     ${((health.downAt() ?? NaN) - sigtermAt) / 1000} s after SIGTERM`,
      `  resets                   ${resets.length}`,
      `  incomplete, 5xx          ${incomplete.length}, ${invalid.length}`,
      `  new connections refused  from ${firstRefused ? `${((firstRefused.at - sigtermAt) / 1000).toFixed(2)} s` : "never"}, accepted after that: ${acceptedAfterRefused.length}`,
      `  /healthz (+ after SIGTERM) ${healthLine}`,
    ].join("\n"),
  );

  const detail = `\n--- server output ---\n${output}`;
  expect(exit, `the process did not exit within 15 s${detail}`).not.toBeNull();
  expect(exit?.code, `exit code${detail}`).toBe(0);
  expect(shutdownMs, "SIGTERM to exit").toBeLessThan(10_000);
  expect(output).toContain("Stopped cleanly");
  // Nothing reset or cut off, every answer whole and valid.
  expect(resets, `requests reset or cut off: ${JSON.stringify(resets.slice(0, 5))}${detail}`).toEqual([]);
  expect(incomplete, `incomplete answers: ${JSON.stringify(incomplete.slice(0, 5))}`).toEqual([]);
  expect(invalid.map((o) => `${o.label}: ${o.status}`)).toEqual([]);
  // Requests in flight at the signal were answered, and the instance kept serving during the drain.
  expect(inFlightAtSigterm.length).toBeGreaterThan(0);
  expect(answeredInDrain.length).toBeGreaterThan(0);
  // /healthz: 200 before, 503 "draining" from the signal on, never 200 again, then refused.
  expect(health.probes.some((p) => p.status === 200 && p.at < sigtermAt)).toBe(true);
  expect(firstDraining?.body).toBe("draining");
  expect(health.probes.filter((p) => firstDraining && p.at > firstDraining.at && p.status === 200)).toEqual([]);
  expect(health.probes.filter((p) => p.error && p.error !== "ECONNREFUSED" && p.error !== "timeout")).toEqual([]);
  expect(health.down()).toBe(true);
  // Every answer after the signal closed its keep-alive connection.
  expect(keptAlive.map((o) => `${o.label}: Connection ${o.headers?.connection}`)).toEqual([]);
  // Accepted until the drain ended, refused from then on (never accepted, then reset).
  expect(connects.results.filter((c) => c.refused && c.at < drainEnd - 100)).toEqual([]);
  expect(firstRefused).toBeDefined();
  expect(acceptedAfterRefused).toEqual([]);
  expect(connects.results.filter((c) => !c.refused && c.error)).toEqual([]);
}

describe("SIGTERM under keep-alive load", () => {
  it("drops nothing on PostgreSQL", async () => {
    const portal = await startPortal("pg", { DATABASE_URL: await freshDatabase("shutdown"), DEMO_MODE: "true", SHUTDOWN_DRAIN_SECONDS: String(DRAIN_SECONDS) });
    await sigtermUnderLoad("PostgreSQL", portal);
  });

  it("drops nothing on PostgreSQL with two processes sharing the port (WEB_CONCURRENCY=2)", async () => {
    const portal = await startPortal("pg2", { DATABASE_URL: await freshDatabase("shutdown2"), DEMO_MODE: "true", SHUTDOWN_DRAIN_SECONDS: String(DRAIN_SECONDS), WEB_CONCURRENCY: "2" });
    // Ready means the first worker answers; the load starts once the second does too.
    await expect.poll(() => portal.output().match(/AccessWork is running/g)?.length ?? 0, { timeout: 120_000, interval: 250 }).toBe(2);
    await sigtermUnderLoad("PostgreSQL, 2 processes", portal);
    expect(portal.output().match(/Stopped cleanly/g)).toHaveLength(2);
  });

  it("drops nothing on the embedded database (PGlite)", async () => {
    const portal = await startPortal("pglite", { DEMO_MODE: "true", SHUTDOWN_DRAIN_SECONDS: String(DRAIN_SECONDS) });
    await sigtermUnderLoad("PGlite", portal);
  });
});
