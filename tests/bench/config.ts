import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "../../app/utils/env.server";

/** Everything the benchmark needs to know before it starts, read once from the environment. */
export interface BenchConfig {
  /** Repository root: the server runs from here, as `npm run serve` does. */
  root: string;
  /** Total openings wanted in the database (demo seed included). */
  openings: number;
  /** Measured seconds per page and target. */
  seconds: number;
  /** Unmeasured seconds per page and target before each measured run. */
  warmupSeconds: number;
  connections: number;
  host: string;
  appPort: number;
  floorPort: number;
  /** Real PostgreSQL when set; otherwise PGlite in `pgliteDir`. */
  databaseUrl: string | undefined;
  /** Relative to `root`; deleted and recreated on every PGlite run. */
  pgliteDir: string;
  /**
   * The production settings the server runs with, which the benchmark's own process uses too: it
   * writes the demo seed, whose passports are encrypted with this PASSPORT_KEY (a throwaway one
   * unless PASSPORT_KEY is set).
   */
  production: { NODE_ENV: "production"; DEMO_MODE: "false"; PUBLIC_URL: string; PASSPORT_KEY: string };
}

const DEFAULT_OPENINGS = 100_000;
const DEFAULT_SECONDS = 15;
const WARMUP_SECONDS = 2;
const HOST = "127.0.0.1";
const APP_PORT = 3400;

/** Reads a positive integer from the environment, or the fallback when unset; throws on anything else. */
export function positiveIntFromEnv(name: string, fallback: number, source: NodeJS.ProcessEnv = process.env): number {
  const raw = source[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

/** The benchmark's settings: BENCH_OPENINGS and BENCH_SECONDS override the defaults; DATABASE_URL picks the database. */
export function readConfig(source: NodeJS.ProcessEnv = process.env): BenchConfig {
  const seconds = positiveIntFromEnv("BENCH_SECONDS", DEFAULT_SECONDS, source);
  return {
    root: path.resolve(fileURLToPath(new URL("../../", import.meta.url))),
    openings: positiveIntFromEnv("BENCH_OPENINGS", DEFAULT_OPENINGS, source),
    seconds,
    warmupSeconds: Math.min(WARMUP_SECONDS, seconds),
    connections: 32,
    host: HOST,
    appPort: APP_PORT,
    floorPort: 3401,
    // Same validation of the URL as the app, so a URL the server would reject fails here first. Only
    // the URL is checked: the server gets its own whole environment (PASSPORT_KEY, PUBLIC_URL… in
    // app-server.ts), so demo mode here just keeps the other settings' outside-demo checks out of it.
    databaseUrl: parseEnv({ DATABASE_URL: source.DATABASE_URL, DEMO_MODE: "true" }).DATABASE_URL,
    pgliteDir: ".data/bench",
    production: {
      NODE_ENV: "production",
      DEMO_MODE: "false",
      // The benchmark calls the server by this address.
      PUBLIC_URL: `http://${HOST}:${APP_PORT}`,
      PASSPORT_KEY: source.PASSPORT_KEY ?? randomBytes(32).toString("base64"),
    },
  };
}
