import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Operations tests (`npm run test:ops`): the production build under faults a real deployment meets
// (PostgreSQL restarting, a database that hangs, SIGTERM during a deploy). They need the build and a
// real PostgreSQL; `.ci/run` runs them after the suite. OPS_PG_CLUSTER names the cluster they may
// restart ("15 main" in CI); it is always left running. The read-replica test also needs
// OPS_REPLICA_CLUSTER and OPS_REPLICA_URL: a streaming replica of it, made by `.ci/replica.sh start`.
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/ops/**/*.test.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 240_000,
    // Each file restarts or stops shared things (the cluster, a server): one at a time.
    fileParallelism: false,
  },
});
