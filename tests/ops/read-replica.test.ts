// Issue 18, item 4: public pages read from a real streaming replica (DATABASE_READ_URL), a signed-in
// person's writes and own reads stay on the primary, and a replica that stops costs visitors nothing:
// the pages answer 200 from the primary, and the portal goes back to the replica once it is up.
// `.ci/replica.sh start` makes the replica (pg_basebackup -R of the OPS_PG_URL cluster); this test
// stops and starts only the replica, never the primary, and leaves it running.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/demo-accounts";
import { send, type RawResponse } from "../support/own-server";
import { leakIn, startProductionServer, type ProductionServer } from "../support/ops/ops-server";
import {
  createReplicatedDatabase,
  ensureReplicaRunning,
  opsReplica,
  pauseReplay,
  queryOnce,
  replicaCounters,
  stopReplica,
  waitFor,
  waitForReplay,
} from "../support/ops/replica";

let database: Awaited<ReturnType<typeof createReplicatedDatabase>>;
let server: ProductionServer;
/** A published opening of the demo seed, and its Chinese title as seeded. */
let opening: { id: number; title: string };

beforeAll(async () => {
  opsReplica();
  database = await createReplicatedDatabase("read");
  // The page cache is off so that every request reaches a database; the demo seed writes on the primary.
  server = await startProductionServer(database.primaryUrl, {
    DATABASE_READ_URL: database.replicaUrl,
    PAGE_CACHE_SECONDS: "0",
    JOBS_ENABLED: "false",
    SHUTDOWN_DRAIN_SECONDS: "0",
  });
  // The seed is on the replica too before anything is asked of it.
  await waitForReplay();
  // A public opening (as the models define it) with a Chinese title, which the demo job seeker has
  // not saved yet (the seed saves some for them).
  const [row] = await queryOnce<{ id: number; title_zh: string }>(
    database.primaryUrl,
    `select o.id, o.title_zh from opening o join organisation e on e.id = o.employer_id
      where o.status = 'published' and e.verification_status = 'verified' and (o.deadline is null or o.deadline >= current_date) and o.title_zh is not null
        and not exists (select 1 from saved_opening s join app_user u on u.id = s.user_id where s.opening_id = o.id and u.email = $1)
      order by o.id limit 1`,
    [DEMO.seeker.email],
  );
  if (!row) throw new Error("the demo seed has no published opening");
  opening = { id: row.id, title: row.title_zh };
  const [seen] = await queryOnce<{ title_zh: string }>(database.replicaUrl, "select title_zh from opening where id = $1", [row.id]);
  expect(seen?.title_zh).toBe(row.title_zh);
});

afterAll(async () => {
  // Without the settings, beforeAll has already failed saying which to set; nothing to put back.
  if (database) {
    await pauseReplay(false).catch(() => undefined);
    await ensureReplicaRunning();
  }
  await server?.stop();
  await database?.drop();
});

const get = (path: string, cookie?: string): Promise<RawResponse> =>
  send({ port: server.port, path, headers: { "Accept-Language": "zh-CN", ...(cookie ? { Cookie: cookie } : {}) } });

/** A form POST from the portal's own page, as a browser sends it. */
const post = (path: string, form: Record<string, string>, cookie?: string): Promise<RawResponse> =>
  send({
    port: server.port,
    method: "POST",
    path,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "Accept-Language": "zh-CN",
      Origin: `http://127.0.0.1:${server.port}`,
      Host: `127.0.0.1:${server.port}`,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(form).toString(),
  });

/** The public pages that read from the replicas. */
const publicPaths = () => ["/", `/openings?q=${encodeURIComponent("客服")}`, `/openings/${opening.id}`, `/api/openings?q=${encodeURIComponent("数据")}`, "/openings.atom", "/sitemap.xml"];

describe("public reads on a streaming replica", () => {
  it("go to the replica, while a signed-in person's writes and own reads stay on the primary", async () => {
    // 1. Public pages raise the replica's own counters for this database.
    const before = await replicaCounters(database.name);
    const paths = [...publicPaths(), ...publicPaths()];
    for (const path of paths) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
    }
    // PostgreSQL publishes a connection's counts within a second or so of its last transaction.
    let after = before;
    await waitFor("the replica counting the public reads", async () => {
      after = await replicaCounters(database.name);
      return after.commits >= before.commits + paths.length;
    });
    console.log(`[ops] replica: ${paths.length} public requests, ${after.commits - before.commits} transactions and ${after.rowsRead - before.rowsRead} rows read on the replica`);

    // 2. A replica that lags, on purpose: replay paused, the primary changes an opening's title.
    const changed = `${opening.title}（副本测试改过）`;
    await pauseReplay(true);
    try {
      await queryOnce(database.primaryUrl, "update opening set title_zh = $1 where id = $2", [changed, opening.id]);
      // The visitor's page is the replica's: the old title, a moment behind.
      const visitor = await get(`/openings/${opening.id}`);
      expect(visitor.status).toBe(200);
      expect(visitor.body).toContain(opening.title);
      expect(visitor.body).not.toContain(changed);

      // A job seeker signs in (a session written on the primary, which the replica refuses and has not
      // seen) and saves this opening: their own pages read the primary and show it at once.
      const signedIn = await post("/sign-in", { login: DEMO.seeker.email, password: DEMO.seeker.password, redirectTo: "/account" });
      expect(signedIn.status).toBe(303);
      const setCookies = ([] as string[]).concat(signedIn.headers["set-cookie"] ?? []);
      const cookie = setCookies.map((line) => line.split(";")[0]).join("; ");
      expect(cookie).toMatch(/aw_session=/);
      const saved = await post("/account/saved", { intent: "save-opening", openingId: String(opening.id), redirectTo: `/openings/${opening.id}` }, cookie);
      expect(saved.status).toBe(303);
      expect(saved.headers.location).toMatch(new RegExp(`^/openings/${opening.id}\\?`));
      const detail = await get(`/openings/${opening.id}`, cookie);
      expect(detail.status).toBe(200);
      expect(detail.body).toContain("你已收藏这个职位。");
      const savedList = await get("/account/saved", cookie);
      expect(savedList.status).toBe(200);
      expect(savedList.body).toContain(changed);
    } finally {
      await pauseReplay(false);
    }
    // Caught up, the visitor sees the change too.
    await waitForReplay();
    expect((await get(`/openings/${opening.id}`)).body).toContain(changed);
  });

  it("keep answering from the primary while the replica is stopped, and go back to it once it is up", async () => {
    await stopReplica();
    let stoppedFor = 0;
    try {
      const stoppedAt = Date.now();
      // Three rounds: the first finds the replica gone, the next ones fall within its back-off.
      for (let round = 0; round < 3; round++) {
        for (const path of publicPaths()) {
          const started = Date.now();
          const response = await get(path);
          expect(response.status, `${path}: ${response.body.slice(0, 200)}`).toBe(200);
          expect(Date.now() - started, path).toBeLessThan(5_000);
          expect(leakIn(response.body), path).toBeNull();
          expect(response.body, path).not.toContain("暂时无法使用");
        }
      }
      stoppedFor = Date.now() - stoppedAt;
      // Readiness is the primary's: an instance is not taken out because a replica is down.
      const health = await get("/healthz");
      expect(health.status).toBe(200);
      expect(health.body).toBe("ok");
      // The log says so in a line or two, without a stack trace.
      expect(server.output()).toMatch(/\[db\] read replica unavailable \((refused|shutdown|lost)\): \d+ failures?.*read replica 1 \(127\.0\.0\.1:\d+\/aw_replica_/);
      expect(server.output()).not.toMatch(/\n\s+at /);
    } finally {
      await ensureReplicaRunning();
    }
    console.log(`[ops] replica stopped: ${publicPaths().length * 3} public requests answered 200 from the primary in ${stoppedFor} ms`);

    // Back up: after its back-off (5 s) the portal tries it again and reads from it.
    await waitForReplay();
    const before = await replicaCounters(database.name);
    await waitFor(
      "public reads back on the replica",
      async () => {
        expect((await get(`/openings?q=${encodeURIComponent("客服")}&n=${Date.now()}`)).status).toBe(200);
        return (await replicaCounters(database.name)).commits > before.commits;
      },
      30_000,
    );
    expect(server.output()).toMatch(/read replica 1 \(.*\) answers again/);
    console.log(`[ops] the server's log:\n${server.output().split("\n").filter((line) => line.includes("read replica")).join("\n")}`);
    expect(server.exitCode()).toBeNull();
  });
});
