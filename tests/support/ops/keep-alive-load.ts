import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import { freePort, send, waitUntilReady } from "../own-server";

// Browser-like load for the shutdown test: clients that keep their connections alive and send one
// request after another, as a browser or a load balancer's upstream pool does, and a record of what
// each request got: a complete answer, a refusal, or a reset.

/** The production build in a process of this test's own, with its exit code and the time it exited. */
export type PortalProcess = {
  port: number;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  cleanUp: () => void;
};

/** Starts `node build/index.js` (production mode) with `env` and waits until /healthz answers 200. */
export async function startPortal(name: string, env: Record<string, string>): Promise<PortalProcess> {
  const port = await freePort();
  const dir = `${process.env.E2E_PGLITE_DIR ?? ".data/e2e"}-ops-${name}`;
  rmSync(dir, { recursive: true, force: true });
  const child = spawn(process.execPath, ["build/index.js"], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), PGLITE_DIR: dir, SHUTDOWN_DRAIN_SECONDS: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  await waitUntilReady(child, port, () => output);
  return {
    port,
    child,
    output: () => output,
    exited,
    cleanUp: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What one request got. */
export type Outcome = {
  client: number;
  label: string;
  sentAt: number;
  endedAt: number;
  /** The status, when an answer started to arrive. */
  status?: number;
  headers?: IncomingHttpHeaders;
  /** The whole answer arrived (the body as long as Content-Length says, or the chunked body ended). */
  complete: boolean;
  /** The error's code when there was no complete answer: ECONNREFUSED, ECONNRESET, … */
  error?: string;
};

type Step = { label: string; method: string; path: string; body?: string; headers?: Record<string, string> };

/** The mix: pages (some the page cache holds, some it cannot), the JSON API, and a form POST. */
function steps(port: number, client: number, n: number): Step {
  const words = ["客服", "数据", "remote", "翻译", "设计", "录入", `x${client}-${n}`];
  const word = encodeURIComponent(words[n % words.length] ?? "客服");
  switch (n % 6) {
    case 0:
      return { label: "GET /", method: "GET", path: "/" };
    case 1:
      return { label: "GET /openings?q=", method: "GET", path: `/openings?q=${word}` };
    case 2:
      return { label: "GET /api/openings", method: "GET", path: `/api/openings?q=${word}&perPage=10` };
    case 3:
      return { label: "GET /help", method: "GET", path: "/help" };
    case 4:
      return {
        label: "POST /preferences",
        method: "POST",
        path: "/preferences",
        body: "textSize=large&contrast=default&lineSpacing=default&intent=save",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: `http://127.0.0.1:${port}` },
      };
    default:
      return { label: "GET /openings", method: "GET", path: `/openings?page=${1 + (n % 3)}` };
  }
}

/** One request on `agent`, recorded whatever happens. */
function oneRequest(port: number, agent: Agent, client: number, step: Step): Promise<Outcome> {
  return new Promise((resolve) => {
    const sentAt = Date.now();
    let outcome: Outcome | undefined;
    const finish = (o: Omit<Outcome, "client" | "label" | "sentAt" | "endedAt">) => {
      if (outcome) return;
      outcome = { client, label: step.label, sentAt, endedAt: Date.now(), ...o };
      resolve(outcome);
    };
    const req = httpRequest(
      { host: "127.0.0.1", port, method: step.method, path: step.path, agent, headers: { "Accept-Language": "zh-CN", ...step.headers } },
      (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => {
          const declared = res.headers["content-length"];
          const lengthOk = declared === undefined || Number(declared) === bytes;
          finish({ status: res.statusCode, headers: res.headers, complete: res.complete && lengthOk });
        });
        res.on("aborted", () => finish({ status: res.statusCode, headers: res.headers, complete: false, error: "aborted" }));
        res.on("error", (error: NodeJS.ErrnoException) => finish({ status: res.statusCode, headers: res.headers, complete: false, error: error.code ?? error.message }));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => finish({ complete: false, error: error.code ?? error.message }));
    req.end(step.body);
  });
}

/**
 * Clients behind a load balancer: each has its own keep-alive connection (one socket) and sends one
 * request after another without pause, until the balancer takes the instance out (`lb.down()`), as
 * a balancer then sends new requests to another instance; or until `stop()`.
 */
export function keepAliveLoad(port: number, clients: number, lb: { down: () => boolean }) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async (_, client) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    for (let n = client; running && !lb.down(); n++) {
      outcomes.push(await oneRequest(port, agent, client, steps(port, client, n)));
    }
    // The connection it may still hold stays open, idle, as a balancer's upstream pool keeps it.
    await until(() => !running);
    agent.destroy();
  });
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** What a health check saw. */
export type Probe = { at: number; ms: number; status?: number; body?: string; error?: string };

/**
 * A load balancer's health check: GET /healthz on a new connection every `everyMs`, until `stop()`.
 * The instance is down after `fall` failures in a row (an answer other than 200, an error, or no
 * answer within `timeoutMs`), as HAProxy's `fall` or nginx's `max_fails` count them.
 */
export function healthChecks(port: number, { everyMs, fall, timeoutMs }: { everyMs: number; fall: number; timeoutMs: number }) {
  const probes: Probe[] = [];
  let running = true;
  let failures = 0;
  let downAt: number | undefined;
  const loop = (async () => {
    while (running) {
      const at = Date.now();
      const probe: Probe = await Promise.race([
        send({ port, path: "/healthz" }).then(
          (r) => ({ at, ms: Date.now() - at, status: r.status, body: r.body }),
          (error: NodeJS.ErrnoException) => ({ at, ms: Date.now() - at, error: error.code ?? error.message }),
        ),
        new Promise<Probe>((resolve) => setTimeout(() => resolve({ at, ms: timeoutMs, error: "timeout" }), timeoutMs)),
      ]);
      probes.push(probe);
      failures = probe.status === 200 && probe.ms <= timeoutMs ? 0 : failures + 1;
      if (failures >= fall && downAt === undefined) downAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    probes,
    down: () => downAt !== undefined,
    downAt: () => downAt,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/** New TCP connections every `everyMs` (each closed at once): when they start being refused, and whether any is accepted after that. */
export function connectProbes(port: number, everyMs: number) {
  const results: { at: number; refused: boolean; error?: string }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = Date.now();
      results.push(
        await new Promise<{ at: number; refused: boolean; error?: string }>((resolve) => {
          const socket = connect({ host: "127.0.0.1", port });
          socket.once("connect", () => {
            socket.destroy();
            resolve({ at, refused: false });
          });
          socket.once("error", (error: NodeJS.ErrnoException) => resolve({ at, refused: error.code === "ECONNREFUSED", error: error.code }));
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    results,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}
