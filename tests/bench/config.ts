import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "../../app/utils/env.server";

/** Everything the benchmark needs to know before it starts, read once from the environment. */
export interface BenchConfig {
  /** Repository root: the server runs from here, as `npm run serve` does. */
  root: string;
  /** Total openings wanted in the database (demo seed included) for the main run. */
  openings: number;
  /**
   * Database sizes (total openings) for the growth table, ascending and without repeats; empty
   * when BENCH_GROWTH is unset, and then there is no growth table. 1000000 works, but is slow
   * (seeding a million rows, and a one-user search can take seconds at that size): a run by hand,
   * not for CI.
   */
  growth: number[];
  /** Measured seconds per kind of page, for the app and again for the floor. */
  seconds: number;
  /** Unmeasured seconds per kind of page before each measured run. */
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
  production: { NODE_ENV: "production"; DEMO_MODE: "false"; PUBLIC_URL: string; PASSPORT_KEY: string; CONTACT_EMAIL: string };
  /** App processes (WEB_CONCURRENCY, which the server reads itself): printed beside the figures. */
  processes: number;
}

const DEFAULT_OPENINGS = 100_000;
// 10 s per kind keeps the default run (100k openings on PostgreSQL, four kinds of page for the
// app and the floor, the cached table, common and rare words) well under ten minutes.
const DEFAULT_SECONDS = 10;
const WARMUP_SECONDS = 2;
const HOST = "127.0.0.1";
const APP_PORT = 3400;

/** Reads a positive whole number from a string such as "100_000"; throws with the variable's name on anything else. */
function positiveInt(name: string, raw: string): number {
  const value = Number(raw.trim().replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

/** Reads a positive integer from the environment, or the fallback when unset; throws on anything else. */
export function positiveIntFromEnv(name: string, fallback: number, source: NodeJS.ProcessEnv = process.env): number {
  const raw = source[name]?.trim();
  return raw ? positiveInt(name, raw) : fallback;
}

/**
 * Reads a comma-separated list of database sizes (e.g. "10000,100_000"), sorted ascending without
 * repeats: the database only ever grows between them. Unset or empty means no sizes.
 */
export function sizesFromEnv(name: string, source: Readonly<Record<string, string | undefined>> = process.env): number[] {
  const raw = source[name]?.trim();
  if (!raw) return [];
  const sizes = raw
    .split(",")
    .filter((part) => part.trim() !== "")
    .map((part) => positiveInt(name, part));
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** The benchmark's settings: BENCH_OPENINGS, BENCH_SECONDS and BENCH_GROWTH override the defaults; DATABASE_URL picks the database. */
export function readConfig(source: NodeJS.ProcessEnv = process.env): BenchConfig {
  const seconds = positiveIntFromEnv("BENCH_SECONDS", DEFAULT_SECONDS, source);
  return {
    root: path.resolve(fileURLToPath(new URL("../../", import.meta.url))),
    openings: positiveIntFromEnv("BENCH_OPENINGS", DEFAULT_OPENINGS, source),
    growth: sizesFromEnv("BENCH_GROWTH", source),
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
    processes: parseEnv({ DATABASE_URL: source.DATABASE_URL, DEMO_MODE: "true", WEB_CONCURRENCY: source.WEB_CONCURRENCY }).WEB_CONCURRENCY,
    pgliteDir: ".data/bench",
    production: {
      NODE_ENV: "production",
      DEMO_MODE: "false",
      // The benchmark calls the server by this address.
      PUBLIC_URL: `http://${HOST}:${APP_PORT}`,
      PASSPORT_KEY: source.PASSPORT_KEY ?? randomBytes(32).toString("base64"),
      CONTACT_EMAIL: source.CONTACT_EMAIL ?? "help@example.org",
    },
  };
}
