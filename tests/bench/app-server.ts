// The production build, run as its own process exactly as `npm run serve` would run it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import type { BenchConfig } from "./config";

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const MAX_LOG_LINES = 40;

/** A running app server and how to stop it. */
export interface AppServer {
  baseUrl: string;
  /** Sends SIGTERM and waits for the exit; resolves to how it ended. */
  stop: () => Promise<string>;
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** The most recently modified source file under app/ and db/, which the build is made from. */
function newestSource(root: string): { file: string; mtimeMs: number } {
  let newest = { file: "", mtimeMs: 0 };
  for (const dir of ["app", "db"]) {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const { mtimeMs } = statSync(file);
      if (mtimeMs > newest.mtimeMs) newest = { file: path.relative(root, file), mtimeMs };
    }
  }
  return newest;
}

/** Runs `npm run build` when there is no production build yet; warns when the build is older than the sources. */
export async function ensureBuild(root: string): Promise<void> {
  const buildFile = path.join(root, "build/index.js");
  if (existsSync(buildFile)) {
    const newest = newestSource(root);
    const stale = newest.mtimeMs > statSync(buildFile).mtimeMs;
    console.log(
      stale
        ? `WARNING: build/index.js is older than ${newest.file}. The figures will be for the old build, and the server ` +
            "refuses to start if db/migrations has gained a migration since. Run `npm run build` first."
        : "Using the existing production build (build/index.js), which is newer than app/ and db/.",
    );
    return;
  }
  console.log("No production build found: running `npm run build`");
  await run(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"], root);
}

/** Throws if something already listens on the port: we must measure our own server, not a stray one. */
export function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      reject(new Error(`Port ${port} on ${host} is already in use: stop whatever is listening there first`));
    });
    socket.once("error", () => resolve());
  });
}

function serverEnv(config: BenchConfig, pageCacheSeconds: number | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(config.appPort),
    HOST: config.host,
    ...config.production,
    // No load balancer to drain for: SIGTERM stops it at once.
    SHUTDOWN_DRAIN_SECONDS: "0",
  };
  // Unset means the app's own default, exactly as production runs it.
  if (pageCacheSeconds === undefined) delete env.PAGE_CACHE_SECONDS;
  else env.PAGE_CACHE_SECONDS = String(pageCacheSeconds);
  if (config.databaseUrl) {
    env.DATABASE_URL = config.databaseUrl;
  } else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = config.pgliteDir;
  }
  return env;
}

/** Prints the server's output with a prefix, up to a limit, so a flood of errors cannot bury the results. */
function relayOutput(child: ChildProcess): void {
  let printed = 0;
  let suppressed = 0;
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      if (printed < MAX_LOG_LINES) {
        printed++;
        console.log(`  [server] ${line}`);
      } else {
        suppressed++;
      }
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  child.once("exit", () => {
    if (suppressed > 0) console.log(`  [server] (${suppressed} more lines not shown)`);
  });
}

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

async function waitForHealthy(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited before it was ready (${describeExit(child.exitCode, child.signalCode)})`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`GET /healthz did not answer 200 within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Sends SIGTERM and waits for the exit (SIGKILL after STOP_TIMEOUT_MS); resolves to how it ended. */
export function stopChild(child: ChildProcess): Promise<string> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(`had already stopped (${describeExit(child.exitCode, child.signalCode)})`);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(`did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM and was killed`);
    }, STOP_TIMEOUT_MS);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(`stopped after SIGTERM (${describeExit(code, signal)})`);
    });
    child.kill("SIGTERM");
  });
}

/**
 * Starts `node build/index.js` on the benchmark database and waits until GET /healthz answers 200.
 * `pageCacheSeconds: 0` turns the page cache off, so that every request renders from the database.
 */
export async function startAppServer(config: BenchConfig, { pageCacheSeconds }: { pageCacheSeconds?: number } = {}): Promise<AppServer> {
  const child = spawn(process.execPath, ["build/index.js"], {
    cwd: config.root,
    env: serverEnv(config, pageCacheSeconds),
    stdio: ["ignore", "pipe", "pipe"],
  });
  relayOutput(child);
  const server: AppServer = { baseUrl: `http://${config.host}:${config.appPort}`, stop: () => stopChild(child) };
  try {
    await waitForHealthy(server.baseUrl, child);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
