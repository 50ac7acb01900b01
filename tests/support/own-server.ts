import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { createServer } from "node:net";

// Settings that the shared end-to-end server cannot have at the same time (production mode, a
// public address that is not the one the tests call, the default proxy setting) get a server of
// their own: the same production build, started by the test that needs it, on the embedded
// database in its own folder, on a free port.

/** A server a test started, and how to reach it. */
export type OwnServer = {
  port: number;
  pid: number;
  /** Everything it printed so far. */
  output: () => string;
  stop: () => Promise<void>;
};

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The environment `node build/index.js` gets: production, embedded database, nothing inherited that would change it. */
function serverEnv(port: number, dir: string, env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  // No load balancer to drain for: SIGTERM stops it at once (a test may set SHUTDOWN_DRAIN_SECONDS).
  const out: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "", NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), PGLITE_DIR: dir, SHUTDOWN_DRAIN_SECONDS: "0" };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** Starts the production build with `env` and waits until /healthz answers (fails with its output if it stops first). */
export async function startOwnServer(name: string, env: Record<string, string | undefined>): Promise<OwnServer> {
  const port = await freePort();
  const dir = `${process.env.E2E_PGLITE_DIR ?? ".data/e2e"}-${name}`;
  rmSync(dir, { recursive: true, force: true });
  const child = spawn(process.execPath, ["build/index.js"], { env: serverEnv(port, dir, env), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitUntilReady(child, port, () => output);
  return {
    port,
    pid: child.pid ?? 0,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until a server the test started answers /healthz with 200; fails with what it printed if it
 * stops first, or is killed after `timeoutMs` (generous: the embedded database takes 8 s to start on
 * an idle 2-core machine, far longer on a busy one).
 */
export async function waitUntilReady(child: ChildProcess, port: number, output: () => string, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server stopped before it was ready:\n${output()}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server was not ready after ${timeoutMs / 1000} s:\n${output()}`);
    }
    const ok = await send({ port, path: "/healthz" }).then((r) => r.status === 200, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs the production build with `env` until it exits by itself (or 30 s pass), for settings that must stop it. */
export async function runUntilExit(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const dir = `${process.env.E2E_PGLITE_DIR ?? ".data/e2e"}-refused-${randomBytes(3).toString("hex")}`;
  const child: ChildProcess = spawn(process.execPath, ["build/index.js"], { env: serverEnv(port, dir, env), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  clearTimeout(timer);
  rmSync(dir, { recursive: true, force: true });
  return { code, output };
}

/** A response read whole. */
export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: string };

/**
 * One HTTP request with exactly the headers given (Host included, which browsers and Playwright
 * never let a page forge), so a test can send what an attacker's own client would.
 */
export function send({
  port,
  method = "GET",
  path,
  headers = {},
  body,
}: {
  port: number;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer | AsyncIterable<Buffer>;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let responded = false;
    let settled = false;
    // A connection of its own, kept alive as browsers keep theirs (a client that asks the server to
    // close after answering loses an early answer to a body it is still sending).
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const req = httpRequest({ host: "127.0.0.1", port, method, path, headers, agent, setHost: !("Host" in headers || "host" in headers) }, (res) => {
      responded = true;
      const chunks: Buffer[] = [];
      const done = () => {
        if (settled) return;
        settled = true;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
        // A server that answered before the body was sent need not wait for the rest of it.
        req.destroy();
        agent.destroy();
      };
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", done);
      res.on("close", done);
      res.on("error", done);
    });
    req.on("error", (error) => {
      // Once the server has answered, a connection it closes mid-body is expected; its answer counts.
      if (!responded && !settled) {
        settled = true;
        agent.destroy();
        reject(error);
      }
    });
    if (body === undefined || typeof body === "string" || Buffer.isBuffer(body)) {
      req.end(body);
      return;
    }
    // A streamed body: chunked unless a Content-Length was given, stopping once the server answers.
    void (async () => {
      try {
        for await (const chunk of body) {
          if (responded || req.destroyed) return;
          if (!req.write(chunk)) await new Promise((r) => req.once("drain", r));
        }
        if (!responded && !req.destroyed) req.end();
      } catch {
        // The connection went away mid-body: the answer (or the error) is what counts.
      }
    })();
  });
}

/** The Set-Cookie lines of a response. */
export function setCookies(response: RawResponse): string[] {
  const value = response.headers["set-cookie"];
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** "name=value" pairs of the cookies a response set, ready for a Cookie header. */
export function cookieHeader(response: RawResponse): string {
  return setCookies(response)
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => !/=$/.test(pair))
    .join("; ");
}

/** The server process's resident memory now, and its peak since `resetPeak` (kB, from /proc). */
export function memoryOf(pid: number): { rssKb: number; peakKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? NaN);
  return { rssKb: field("VmRSS"), peakKb: field("VmHWM") };
}

/** Resets the peak-memory mark of a process (Linux: writing 5 to clear_refs), so the next peak is this request's. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}
