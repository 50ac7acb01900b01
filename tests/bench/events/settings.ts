// The live-room benchmark's settings (`npm run bench:events`), read once from the environment: how
// many viewers, for how long, how many questions a second, which ports, which database. The app
// instances get the production settings of the main benchmark (tests/bench/config.ts) plus the
// few this run needs, each explained in instance.ts.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "../../../app/utils/env.server";
import { positiveIntFromEnv } from "../config";

export interface EventsBenchSettings {
  /** Repository root: the instances run `node build/index.js` from here, as `npm run serve` does. */
  root: string;
  /** SSE connections held open on the live event (split half and half in the two-instance run). */
  viewers: number;
  /** Seconds of captions: one line a second. */
  seconds: number;
  /** Questions a second, from all askers together. */
  questionsPerSecond: number;
  /** Questions one bench account asks in a run: below the app's per-person limit of 5 in ten minutes. */
  questionsPerAsker: number;
  /** New SSE connections opened at a time while ramping up. */
  rampBatch: number;
  /** Seconds after the last caption for the last lines to arrive before the sequences are checked. */
  settleSeconds: number;
  host: string;
  /** Instance 1, then instance 2 (the second only on PostgreSQL). */
  ports: [number, number];
  /** The server PostgreSQL runs on (the run creates and drops its own database there); unset: PGlite. */
  databaseUrl: string | undefined;
  /** "open" publishes every question at once (and sends each to every viewer); unset keeps the seed's setting. */
  qaModeration: "open" | "held" | undefined;
  /** Settings every instance and this process (which writes the seed's encrypted passports) share. */
  production: { NODE_ENV: "production"; DEMO_MODE: "false"; PASSPORT_KEY: string; CONTACT_EMAIL: string };
}

function qaModerationFromEnv(raw: string | undefined): "open" | "held" | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (value === "open" || value === "held") return value;
  throw new Error(`BENCH_EVENTS_QA must be "open" or "held", got "${value}"`);
}

/** BENCH_EVENTS_VIEWERS (5000), BENCH_EVENTS_SECONDS (60), BENCH_EVENTS_QUESTIONS (10 a second), BENCH_EVENTS_QA; DATABASE_URL picks PostgreSQL. */
export function readSettings(source: NodeJS.ProcessEnv = process.env): EventsBenchSettings {
  return {
    root: path.resolve(fileURLToPath(new URL("../../../", import.meta.url))),
    viewers: positiveIntFromEnv("BENCH_EVENTS_VIEWERS", 5_000, source),
    seconds: positiveIntFromEnv("BENCH_EVENTS_SECONDS", 60, source),
    questionsPerSecond: positiveIntFromEnv("BENCH_EVENTS_QUESTIONS", 10, source),
    // The app allows 5 (QUESTIONS_PER_TEN_MINUTES); 4 leaves room for a retried request.
    questionsPerAsker: 4,
    rampBatch: 250,
    settleSeconds: 5,
    host: "127.0.0.1",
    // Not the main benchmark's 3400/3401, so that a stray one of those is not measured by mistake.
    ports: [3410, 3411],
    // Validated as the app validates it, so a URL the server would refuse fails here first.
    databaseUrl: parseEnv({ DATABASE_URL: source.DATABASE_URL, DEMO_MODE: "true" }).DATABASE_URL,
    qaModeration: qaModerationFromEnv(source.BENCH_EVENTS_QA),
    production: {
      NODE_ENV: "production",
      DEMO_MODE: "false",
      PASSPORT_KEY: source.PASSPORT_KEY ?? randomBytes(32).toString("base64"),
      CONTACT_EMAIL: source.CONTACT_EMAIL ?? "help@example.org",
    },
  };
}
