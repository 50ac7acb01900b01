import { rmSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Both can be changed so that two checkouts can run their suites side by side.
const PGLITE_DIR = process.env.E2E_PGLITE_DIR ?? ".data/e2e";

// The config is loaded by the runner and by every worker; only the runner starts from a clean slate.
if (!process.env.TEST_WORKER_INDEX && !process.env.DATABASE_URL) {
  rmSync(PGLITE_DIR, { recursive: true, force: true });
}

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/.artifacts/results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: "list",
  // The CI log ends with the slowest spec files, so the suite's time (kept under 25 minutes) can be
  // spent where it tells users most.
  reportSlowTests: { max: 15, threshold: 60_000 },
  // A budget, not a speed target (those live in `npm run bench`): a keyboard journey of a dozen
  // pages took 31 s on a loaded 2-core CI machine, so the default leaves room for that.
  timeout: 60_000,
  // How long a check waits for the page to show what it expects (not how fast it must be). CI
  // machines differ up to 3x in speed, and on a slow one an action that writes, emails and
  // redirects while the other worker runs took longer than the default 5 s.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Our main audience browses in Chinese; tests that need English set the language cookie.
    locale: "zh-CN",
    // Recording every action costs about a fifth of the suite's time; CI turns it off (E2E_TRACE=off)
    // because it keeps only the printed log.
    trace: process.env.E2E_TRACE === "off" ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], locale: "zh-CN" } }],
  webServer: {
    // The production build, exactly as `npm start` serves it. With DATABASE_URL set (CI) it runs on
    // that PostgreSQL database; otherwise on a fresh embedded PGlite folder.
    command: "node build/index.js",
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      PGLITE_DIR,
      DEMO_MODE: "true",
      // The address the tests call; every absolute link the portal writes (emails, feeds) uses it.
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      // WebAuthn refuses an IP address as a passkey's domain, so the passkey tests call "localhost".
      WEBAUTHN_ORIGIN: `http://localhost:${PORT}`,
      // The tests stand in for a proxy on the same machine: many tests send X-Forwarded-For so that
      // each gets its own client address for the per-address limits. production-server.spec.ts
      // checks the default (no proxy trusted) on a server of its own.
      TRUST_PROXY: "loopback",
      // Every test signs up and signs in from 127.0.0.1, more than 50 times a minute when the suite
      // runs fast; the per-account sign-in limit (10 a minute) is still the real one, and tested.
      SIGN_UP_LIMIT_PER_IP: "100000",
      SIGN_IN_LIMIT_PER_IP: "100000",
      // No load balancer to drain for: the suite's server stops at once when the run ends.
      SHUTDOWN_DRAIN_SECONDS: "0",
      // A streaming service whose players events may embed (event-player.spec.ts). It does not
      // exist: the tests check the player as the page gives it, never that a stream plays.
      STREAM_EMBED_ORIGINS: "https://player.live.example.cn",
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
