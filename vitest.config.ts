import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    // Only unit and integration tests; Playwright owns tests/e2e.
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite instances are heavy: on the embedded database, files run one at a time on a 2-core
    // machine. On PostgreSQL (TEST_DATABASE_URL) each file has a database of its own, so two run at once.
    fileParallelism: Boolean(process.env.TEST_DATABASE_URL),
    maxWorkers: 2,
    // The migrations run once per run, into a template each test file's database copies.
    globalSetup: ["tests/support/database-template.ts"],
  },
});
