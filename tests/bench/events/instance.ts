// One app instance for the live-room benchmark: `node build/index.js` as its own process, as
// `npm run serve` runs it (like ../app-server.ts, which starts one server on the main benchmark's
// port and does not tell its process id). Here there may be two, on two ports, each its own
// PUBLIC_URL, and the process id is needed to read the server's memory and CPU time from /proc.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { describeExit, stopChild } from "../app-server";
import type { BenchEventsDatabase } from "./database";
import type { EventsBenchSettings } from "./settings";

const READY_TIMEOUT_MS = 60_000;
const MAX_LOG_LINES = 30;
/** Clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on Linux everywhere that matters). */
const TICKS_PER_SECOND = 100;

export interface AppInstance {
  /** "instance 1", "instance 2". */
  label: string;
  baseUrl: string;
  pid: number;
  /** Resident memory now, in bytes (VmRSS); NaN once the process is gone or off Linux. */
  rss: () => number;
  /** User + system CPU time so far, in seconds; NaN off Linux. */
  cpuSeconds: () => number;
  /** SIGTERM, then SIGKILL after 15 s; resolves to how it ended. */
  stop: () => Promise<string>;
}

/**
 * The instance's environment: the production settings, its own port and public address, and:
 * - WEB_CONCURRENCY=1: one process, so that /proc/<pid> is the server itself, not a supervisor;
 * - REQUIRE_SECOND_FACTOR=false: the captioner is partner staff, who must otherwise confirm each
 *   sign-in with a passkey, which a script cannot do (the setting exists for such deployments);
 * - SIGN_IN_LIMIT_PER_IP=100000: every asker signs in from 127.0.0.1 within a few seconds, as many
 *   people behind one office's address would (the setting exists for that);
 * - SHUTDOWN_DRAIN_SECONDS=0: no load balancer to drain for.
 */
function instanceEnv(settings: EventsBenchSettings, database: BenchEventsDatabase, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...settings.production,
    PORT: String(port),
    HOST: settings.host,
    PUBLIC_URL: `http://${settings.host}:${port}`,
    WEB_CONCURRENCY: "1",
    REQUIRE_SECOND_FACTOR: "false",
    SIGN_IN_LIMIT_PER_IP: "100000",
    SHUTDOWN_DRAIN_SECONDS: "0",
  };
  delete env.DATABASE_READ_URL;
  if (database.databaseUrl) {
    env.DATABASE_URL = database.databaseUrl;
    delete env.PGLITE_DIR;
  } else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = database.pgliteDir;
  }
  return env;
}

function relayOutput(child: ChildProcess, label: string): void {
  let printed = 0;
  let suppressed = 0;
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      if (printed++ < MAX_LOG_LINES) console.log(`  [${label}] ${line}`);
      else suppressed++;
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  child.once("exit", () => {
    if (suppressed > 0) console.log(`  [${label}] (${suppressed} more lines not shown)`);
  });
}

const gone = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;


/** VmRSS of a process, in bytes. */
export function readRss(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function readCpuSeconds(pid: number): number {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

async function waitForHealthy(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone(child)) throw new Error(`The server exited before it was ready (${describeExit(child.exitCode, child.signalCode)})`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`GET ${baseUrl}/healthz did not answer 200 within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Starts an instance on `port` and waits until GET /healthz answers 200. */
export async function startInstance(settings: EventsBenchSettings, database: BenchEventsDatabase, port: number, label: string): Promise<AppInstance> {
  const child = spawn(process.execPath, ["build/index.js"], { cwd: settings.root, env: instanceEnv(settings, database, port), stdio: ["ignore", "pipe", "pipe"] });
  relayOutput(child, label);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${label}`);
  const instance: AppInstance = {
    label,
    baseUrl: `http://${settings.host}:${port}`,
    pid,
    rss: () => readRss(pid),
    cpuSeconds: () => readCpuSeconds(pid),
    stop: () => stopChild(child),
  };
  try {
    await waitForHealthy(instance.baseUrl, child);
  } catch (error) {
    await instance.stop();
    throw error;
  }
  return instance;
}
