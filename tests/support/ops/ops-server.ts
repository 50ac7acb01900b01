// Shared harness for the operations tests (tests/ops/): a fresh database on the cluster a test may
// restart, the production build started on it, the cluster's restart, and a load generator with
// keep-alive connections as browsers keep them.
//
// OPS_PG_CLUSTER names the cluster ("15 opsr" locally, "15 main" in CI) and OPS_PG_URL reaches it
// (postgres://postgres@127.0.0.1:<port>/postgres). A test always leaves the cluster running.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Agent, request as httpRequest } from "node:http";
import { promisify } from "node:util";
import pg from "pg";
import { freePort, waitUntilReady } from "../own-server";

const run = promisify(execFile);

/** The cluster settings, or a clear failure naming what to set. */
export function opsCluster(): { version: string; name: string; url: string } {
  const cluster = process.env.OPS_PG_CLUSTER ?? "";
  const url = process.env.OPS_PG_URL ?? "";
  const [version, name] = cluster.trim().split(/\s+/);
  if (!version || !name || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('Operations tests need OPS_PG_CLUSTER (e.g. "15 opsr") and OPS_PG_URL (e.g. postgres://postgres@127.0.0.1:5442/postgres): a PostgreSQL cluster they may restart');
  }
  return { version, name, url };
}

/** A fresh, empty database on the ops cluster, and a way to drop it. */
export async function createOpsDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { url } = opsCluster();
  const name = `aw_ops_${label}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Restarts the ops cluster (as a deployment or a failover would) and resolves when the command returns. */
export async function restartCluster(): Promise<void> {
  const { version, name } = opsCluster();
  await run("pg_ctlcluster", [version, name, "restart", "-m", "fast"]);
}

/** Stops the ops cluster (fast: open connections are terminated, 57P01). Always start it again. */
export async function stopCluster(): Promise<void> {
  const { version, name } = opsCluster();
  await run("pg_ctlcluster", [version, name, "stop", "-m", "fast"]);
}

/** Starts the cluster if a test left it stopped. */
export async function ensureClusterRunning(): Promise<void> {
  const { version, name } = opsCluster();
  const status = await run("pg_ctlcluster", [version, name, "status"]).then(
    () => "online",
    () => "down",
  );
  if (status === "down") await run("pg_ctlcluster", [version, name, "start"]);
}

/** Resolves at the first moment the database accepts a connection and answers a query. */
export async function waitForDatabase(url: string, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("select 1");
      await client.end();
      return Date.now();
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error("the database did not come back");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The production build, running. */
export type ProductionServer = {
  port: number;
  pid: number;
  /** Null while it runs; its exit code once it has stopped. */
  exitCode: () => number | null;
  output: () => string;
  stop: () => Promise<number | null>;
};

/** Starts `node build/index.js` in production mode on `databaseUrl` (the demo, seeded) and waits for /healthz. */
export async function startProductionServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ProductionServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["build/index.js"], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DEMO_MODE: "true",
      COOKIE_SECURE: "false",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let code: number | null = null;
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (c, signal) => {
      code = c ?? (signal ? 128 : null);
      resolve();
    }),
  );
  await waitUntilReady(child, port, () => output, 180_000);
  return {
    port,
    pid: child.pid ?? 0,
    exitCode: () => code,
    output: () => output,
    stop: async () => {
      if (code === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** One request of a load run. */
export type Sample = { path: string; startedAt: number; endedAt: number; status: number; body: string; headers: Record<string, string | string[] | undefined>; error?: string };

/** A GET on a keep-alive agent, read whole; a network error or `timeoutMs` without an answer is status 0. */
export function get(agent: Agent, port: number, path: string, timeoutMs = 30_000): Promise<Sample> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, agent, headers: { "Accept-Language": "zh-CN" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ path, startedAt, endedAt: Date.now(), status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
      res.on("error", (error) => resolve({ path, startedAt, endedAt: Date.now(), status: 0, body: "", headers: {}, error: error.message }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", (error) => resolve({ path, startedAt, endedAt: Date.now(), status: 0, body: "", headers: {}, error: error.message }));
    req.end();
  });
}

/**
 * `clients` browser-like clients, each on its own keep-alive connection, asking one path after
 * another (from `nextPath`) until `until()` says stop. Returns every request's outcome.
 */
export async function runLoad({ port, clients, nextPath, until }: { port: number; clients: number; nextPath: (client: number, n: number) => string; until: () => boolean }): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let n = 0; !until(); n++) {
        const sample = await get(agent, port, nextPath(client, n));
        samples.push(sample);
        // A refused connection would otherwise spin.
        if (sample.status === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      agent.destroy();
    }),
  );
  return samples;
}

/** What must never reach a client: stack frames, error class names, SQL, PostgreSQL's or the driver's own words. */
export const LEAKS: RegExp[] = [
  /\bat [\w.<>]+ \(.*:\d+:\d+\)/,
  /\n\s+at /,
  /\b\w*Error: /,
  /ECONNREFUSED|ECONNRESET|57P0\d|terminating connection|Connection terminated|Query read timeout|timeout exceeded/i,
  /\b(select|insert|update|delete)\b[\s\S]{0,80}\b(from|into|set)\b\s+"?\w+"?/i,
  /node_modules|build\/index\.js/,
];

/** The first leak pattern that `body` matches, or null. */
export function leakIn(body: string): RegExp | null {
  return LEAKS.find((pattern) => pattern.test(body)) ?? null;
}

/** Counts of each status, for the printed figures. */
export function statusCounts(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sample of samples) counts[sample.status] = (counts[sample.status] ?? 0) + 1;
  return counts;
}
