#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse's mobile performance score of a few pages, on the production build
// (run `npm run build` first). Not in CI: a score moves with the machine's load, so this is a
// measurement to read, not a gate (the gate on page weight is tests/e2e/page-weight.spec.ts).
// It starts the built server on its own port and embedded database, and Debian's /usr/bin/chromium
// with the flags playwright.config.ts uses.
//
//   npm run lighthouse                 # /sign-in, /, /openings, an opening, /preferences
//   npm run lighthouse -- /sign-in /help
//   LIGHTHOUSE_RUNS=9 npm run lighthouse -- /sign-in
//
// Each page is measured LIGHTHOUSE_RUNS times (5 unless set) and the run with the median score is
// shown with the lowest and highest, as Lighthouse's own documentation advises: on a 2-core machine
// one run's total blocking time moves by hundreds of milliseconds from run to run.

import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3290);
const PGLITE_DIR = process.env.LIGHTHOUSE_PGLITE_DIR ?? ".data/lighthouse";
const base = `http://127.0.0.1:${PORT}`;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/sign-in", "/", "/openings", "/openings/1", "/preferences"];

rmSync(PGLITE_DIR, { recursive: true, force: true });
const server = spawn("node", ["build/index.js"], {
  env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", NODE_ENV: "production", PGLITE_DIR, DEMO_MODE: "true", PUBLIC_URL: base, SHUTDOWN_DRAIN_SECONDS: "0" },
  stdio: ["ignore", "ignore", "inherit"],
});

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not start");
}

let chrome;
try {
  await waitForServer();
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const rows = [];
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
  for (const path of paths) {
    const measured = [];
    for (let run = 0; run < runs; run++) {
      // Lighthouse's default: a mid-range phone on a slow 4G connection (simulated throttling).
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", output: "json" });
      const lhr = result?.lhr;
      const audit = (id) => lhr?.audits[id]?.displayValue ?? "";
      measured.push({ score: Math.round((lhr?.categories.performance.score ?? 0) * 100), fcp: audit("first-contentful-paint"), lcp: audit("largest-contentful-paint"), tbt: audit("total-blocking-time"), cls: audit("cumulative-layout-shift") });
    }
    measured.sort((a, b) => a.score - b.score);
    const median = measured[Math.floor((measured.length - 1) / 2)];
    rows.push({ path, score: median.score, range: `${measured[0].score}–${measured[measured.length - 1].score}`, fcp: median.fcp, lcp: median.lcp, tbt: median.tbt, cls: median.cls });
  }
  console.log(`Lighthouse mobile performance (simulated slow 4G, mid-range phone), the median of ${runs} runs per page`);
  console.table(rows);
} finally {
  await chrome?.kill();
  server.kill("SIGTERM");
}
