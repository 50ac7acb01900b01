import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { createOpsDatabase } from "../support/ops/ops-server";
import { startPortal, type PortalProcess } from "../support/ops/keep-alive-load";
import { send } from "../support/own-server";

// One process per core (WEB_CONCURRENCY, docs/decisions/021-one-process-per-core.md), on the
// production build and a fresh PostgreSQL database: the supervisor starts that many workers on one
// port, replaces a worker that dies while the others go on answering, and on SIGTERM stops them
// all, each cleanly, exiting 0; if the supervisor itself is killed, the workers stop too. (SIGTERM under keep-alive load with two workers is in shutdown.test.ts.)

const cleanUps: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanUp of cleanUps.reverse()) await cleanUp();
});

/** The process ids of a process's children, in ascending order. */
function childrenOf(pid: number): number[] {
  try {
    const out = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" });
    return out
      .split("\n")
      .map((line) => Number(line.trim()))
      .filter((n) => n > 0)
      .sort((a, b) => a - b);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("WEB_CONCURRENCY=2 on PostgreSQL", () => {
  it("serves from two workers, replaces one that is killed while the other answers, and stops both on SIGTERM", async () => {
    const db = await createOpsDatabase("processes");
    cleanUps.push(db.drop);
    const portal: PortalProcess = await startPortal("processes", { DATABASE_URL: db.url, DEMO_MODE: "true", WEB_CONCURRENCY: "2" });
    cleanUps.push(() => portal.cleanUp());
    const supervisor = portal.child.pid ?? 0;

    // The second worker starts once the first (which migrated and seeded) is serving.
    await expect.poll(() => portal.output().match(/AccessWork is running/g)?.length ?? 0, { timeout: 120_000, interval: 250 }).toBe(2);
    expect(portal.output()).toContain("starting 1 more (WEB_CONCURRENCY=2)");
    expect(childrenOf(supervisor)).toHaveLength(2);
    const [victim, survivor] = childrenOf(supervisor) as [number, number];
    expect((await send({ port: portal.port, path: `/openings?q=${encodeURIComponent("客服")}` })).status).toBe(200);

    // One worker dies without warning; once the supervisor has seen it, the portal still answers every request.
    process.kill(victim, "SIGKILL");
    await expect.poll(() => portal.output(), { timeout: 10_000, interval: 100 }).toContain(`worker ${victim} stopped (killed by SIGKILL); starting another`);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await send({ port: portal.port, path: i % 2 ? "/healthz" : "/" })).status);
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));

    // A new worker takes its place, and serves.
    await expect.poll(() => portal.output().match(/AccessWork is running/g)?.length ?? 0, { timeout: 60_000, interval: 250 }).toBe(3);
    const now = childrenOf(supervisor);
    expect(now).toContain(survivor);
    expect(now).not.toContain(victim);

    // SIGTERM reaches both; each stops cleanly and the supervisor exits 0 after them.
    portal.child.kill("SIGTERM");
    const exit = await Promise.race([portal.exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000))]);
    const output = portal.output();
    expect(exit, `still running 20 s after SIGTERM:\n${output}`).not.toBeNull();
    expect(exit?.code, output).toBe(0);
    expect(output.match(/Stopped cleanly/g) ?? [], output).toHaveLength(2);
    expect(now.filter(isAlive), "workers left running after the supervisor exited").toEqual([]);
  });

  it("stops its workers when the supervisor is killed without a chance to pass the signal on", async () => {
    const db = await createOpsDatabase("orphans");
    cleanUps.push(db.drop);
    const portal = await startPortal("orphans", { DATABASE_URL: db.url, DEMO_MODE: "true", WEB_CONCURRENCY: "2" });
    cleanUps.push(() => portal.cleanUp());
    await expect.poll(() => portal.output().match(/AccessWork is running/g)?.length ?? 0, { timeout: 120_000, interval: 250 }).toBe(2);
    const workers = childrenOf(portal.child.pid ?? 0);
    expect(workers).toHaveLength(2);

    portal.child.kill("SIGKILL");
    // No orphan keeps the port: each worker notices and stops as on SIGTERM.
    await expect.poll(() => workers.filter(isAlive), { timeout: 20_000, interval: 250 }).toEqual([]);
    expect(portal.output().match(/Shutting down \(the supervisor is gone\)/g) ?? [], portal.output()).toHaveLength(2);
    await expect(send({ port: portal.port, path: "/healthz" })).rejects.toThrow(/ECONNREFUSED/);
  });
});
