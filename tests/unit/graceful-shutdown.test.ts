import { once } from "node:events";
import { Agent, createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDrainState, createGracefulShutdown, type GracefulShutdown, type ShutdownOptions } from "~/utils/graceful-shutdown.server";

// The shutdown's order on a plain HTTP server (the production build under load is tests/ops/shutdown.test.ts):
// drain with /healthz at 503 and `Connection: close`, stop accepting, answer what is in flight, close
// idle keep-alive connections, stop background work, close the pool, exit; or exit 1 naming what hung.

type Harness = { server: Server; port: number; events: string[]; exited: Promise<number>; shutdown: GracefulShutdown["shutdown"] };

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function harness(options: Partial<ShutdownOptions> & { slowMs?: number } = {}): Promise<Harness> {
  const drain = createDrainState();
  const events: string[] = [];
  const server = createServer((req, res) =>
    drain.middleware(req, res, () => {
      const answer = () => res.end(`answer to ${req.url}`);
      if (req.url === "/slow") setTimeout(answer, options.slowMs ?? 300);
      else if (req.url === "/healthz") res.end("ok");
      else answer();
    }),
  );
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  let exit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (exit = resolve));
  const { shutdown } = createGracefulShutdown(server, drain, {
    drainMs: 300,
    stopMs: 3_000,
    idleGraceMs: 200,
    stopBackground: () => [{ name: "the jobs", done: new Promise((resolve) => setTimeout(resolve, 50)).then(() => events.push("jobs stopped")) }],
    closeDatabase: async () => {
      events.push("database closed");
    },
    log: { log: (line: string) => events.push(line), error: (line: string) => events.push(line) },
    exit: (code) => {
      events.push(`exit ${code}`);
      exit(code);
    },
    ...options,
  });
  return { server, port: (server.address() as AddressInfo).port, events, exited, shutdown };
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

function get(port: number, path: string, agent: Agent | false = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

describe("graceful shutdown", () => {
  it("drains with /healthz at 503 and Connection: close, then refuses new connections, and exits 0 after the jobs and the pool", async () => {
    const h = await harness();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const before = await get(h.port, "/page", agent);
    expect(before.headers.connection).toBe("keep-alive");
    expect((await get(h.port, "/healthz")).status).toBe(200);

    const done = h.shutdown("SIGTERM", 0);
    const health = await get(h.port, "/healthz");
    expect(health).toMatchObject({ status: 503, body: "draining" });
    expect(health.headers["cache-control"]).toBe("no-store");
    // Still served during the drain, on the keep-alive connection, which the answer then closes.
    const during = await get(h.port, "/page", agent);
    expect(during).toMatchObject({ status: 200, body: "answer to /page" });
    expect(during.headers.connection).toBe("close");
    // A new connection during the drain is still accepted and answered.
    expect((await get(h.port, "/other")).status).toBe(200);

    expect(await h.exited).toBe(0);
    await done;
    expect(await refused(h.port)).toBe(true);
    expect(h.events.filter((e) => !e.startsWith("Shutting") && !e.startsWith("Stopped accepting"))).toEqual(["jobs stopped", "database closed", expect.stringMatching(/^Stopped cleanly in /), "exit 0"]);
    agent.destroy();
  });

  it("answers a request that is in flight when it stops accepting before it closes the pool", async () => {
    const h = await harness({ drainMs: 0, slowMs: 400 });
    const slow = get(h.port, "/slow");
    await new Promise((resolve) => setTimeout(resolve, 50));
    void h.shutdown("SIGTERM", 0);
    const answer = await slow;
    expect(answer).toMatchObject({ status: 200, body: "answer to /slow" });
    expect(await h.exited).toBe(0);
    expect(h.events.indexOf("database closed")).toBeGreaterThan(-1);
  });

  it("closes a keep-alive connection left idle, so the process need not wait for the client's timeout", async () => {
    const h = await harness({ drainMs: 0 });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await get(h.port, "/page", agent);
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(1);
    const t0 = Date.now();
    void h.shutdown("SIGTERM", 0);
    expect(await h.exited).toBe(0);
    // Closed by the server once idle for the grace period (200 ms here), not at the keep-alive timeout.
    expect(Date.now() - t0).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(0);
    agent.destroy();
  });

  it("exits 1 at the deadline and says what it was waiting for", async () => {
    const h = await harness({ drainMs: 0, stopMs: 500, closeDatabase: () => new Promise<void>(() => {}) });
    void h.shutdown("SIGTERM", 0);
    expect(await h.exited).toBe(1);
    expect(h.events).toContainEqual(expect.stringMatching(/deadline .* waiting for the database pool to close; exiting with code 1/));
  });

  it("after an uncaught error, stops without the drain but still closes in order, and exits 1", async () => {
    const h = await harness({ drainMs: 10_000 });
    const t0 = Date.now();
    void h.shutdown("uncaught error", 1, { skipDrain: true });
    expect(await h.exited).toBe(1);
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(h.events.slice(-3)).toEqual(["database closed", expect.stringMatching(/^Stopped after an uncaught error in .*exiting with code 1$/), "exit 1"]);
  });

  it("ignores a second signal while it shuts down, so a repeated SIGTERM cannot cut requests off", async () => {
    const h = await harness({ drainMs: 100 });
    void h.shutdown("SIGTERM", 0);
    await h.shutdown("SIGTERM", 0);
    expect(await h.exited).toBe(0);
    expect(h.events.filter((e) => e.startsWith("exit"))).toEqual(["exit 0"]);
    expect(h.events).toContainEqual("Shutting down already (SIGTERM ignored)");
  });
});
