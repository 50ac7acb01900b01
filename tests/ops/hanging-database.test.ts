// Issue 15, item 3: a database that hangs (a partition, a frozen host) must not hang requests. A
// TCP proxy between the server and PostgreSQL stops forwarding: it keeps every socket open and
// passes nothing on. Requests must end with a 503 once the (small, in this test) timeouts pass,
// the process stays up, and when the proxy forwards again the pool recovers.
import { createConnection, createServer, type Server, type Socket } from "node:net";
import { Agent } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/own-server";
import { createOpsDatabase, get, leakIn, startProductionServer, statusCounts, type ProductionServer } from "../support/ops/ops-server";

/** A TCP proxy that can stop forwarding: while it holds, bytes either way are dropped and sockets stay open. */
async function startProxy(target: URL) {
  const state = { forwarding: true };
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 5432) });
    sockets.add(client).add(upstream);
    client.on("data", (chunk) => state.forwarding && upstream.write(chunk));
    upstream.on("data", (chunk) => state.forwarding && client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port,
    state,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let database: Awaited<ReturnType<typeof createOpsDatabase>>;
let proxy: Awaited<ReturnType<typeof startProxy>>;
let server: ProductionServer;
const TIMEOUTS = { DB_CONNECT_TIMEOUT_MS: "1500", DB_STATEMENT_TIMEOUT_MS: "1500" };

beforeAll(async () => {
  database = await createOpsDatabase("hang");
  const direct = new URL(database.url);
  proxy = await startProxy(direct);
  const viaProxy = new URL(database.url);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  // No page cache: every request must reach the database. Jobs off: only requests use the pool.
  server = await startProductionServer(viaProxy.toString(), { ...TIMEOUTS, PAGE_CACHE_SECONDS: "0", JOBS_ENABLED: "false" });
});

afterAll(async () => {
  await server?.stop();
  await proxy?.close();
  await database?.drop();
});

describe("a database that stops answering", () => {
  it("makes requests fail with 503 instead of hanging, keeps the process up, and recovers when it answers again", async () => {
    const paths = ["/", `/openings?q=${encodeURIComponent("客服")}`, "/openings", "/api/openings", "/openings.atom", "/healthz", "/help", "/accessibility"];
    const agents = Array.from({ length: 16 }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
    // Warm: every pool connection in use at least once.
    const warm = await Promise.all(agents.map((agent, i) => get(agent, server.port, paths[i % paths.length] ?? "/")));
    expect(warm.map((s) => s.status).filter((s) => s !== 200)).toEqual([]);

    proxy.state.forwarding = false;
    // A client that waited 30 s would call it a hang; these must be answered long before.
    const hung = await Promise.all(agents.map((agent, i) => get(agent, server.port, paths[i % paths.length] ?? "/", 30_000)));
    const slowest = Math.max(...hung.map((s) => s.endedAt - s.startedAt));
    console.log(`[ops] hanging database (connect and statement timeouts ${TIMEOUTS.DB_STATEMENT_TIMEOUT_MS} ms): ${JSON.stringify(statusCounts(hung))}, slowest answer ${(slowest / 1000).toFixed(2)} s`);
    // Pages that need the database answer 503; pages that do not (help, accessibility statement) still work.
    const needsNoDatabase = new Set(["/help", "/accessibility"]);
    expect(hung.map((s) => `${s.path}: ${s.status} ${s.error ?? ""}`).filter((line) => !line.includes(needsNoDatabase.has(line.split(":")[0] ?? "") ? ": 200" : ": 503"))).toEqual([]);
    for (const sample of hung) expect(leakIn(sample.body), `${sample.path}: ${sample.body.slice(0, 200)}`).toBeNull();
    const health = hung.find((s) => s.path === "/healthz");
    expect(health?.body).toBe("database: unavailable (timeout)");
    expect(health?.headers["cache-control"]).toBe("no-store");
    // A second wave while still held: new connections time out too, nothing piles up forever.
    const again = await Promise.all(agents.slice(0, 4).map((agent) => get(agent, server.port, "/openings", 30_000)));
    expect(again.map((s) => s.status)).toEqual([503, 503, 503, 503]);
    expect(server.exitCode(), server.output()).toBeNull();

    proxy.state.forwarding = true;
    const recoveredAt = Date.now();
    let recovered = false;
    while (!recovered && Date.now() - recoveredAt < 20_000) {
      const round = await Promise.all(agents.map((agent, i) => get(agent, server.port, paths[i % paths.length] ?? "/")));
      recovered = round.every((s) => s.status === 200);
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(`[ops] hanging database: every request answered 200 again ${((Date.now() - recoveredAt) / 1000).toFixed(2)} s after the proxy forwarded again`);
    expect(recovered, server.output()).toBe(true);
    expect(server.exitCode()).toBeNull();
    for (const agent of agents) agent.destroy();
  });
});
