import type { Kysely } from "kysely";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startJobs, type Job } from "~/services/jobs/jobs.server";
import type { Database } from "../../db/schema";

const db = {} as Kysely<Database>;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => vi.restoreAllMocks());

describe("startJobs", () => {
  it("runs each job repeatedly, carries on after a failed round, and stops when asked", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    let good = 0;
    let bad = 0;
    const jobs: Job[] = [
      { name: "good", everyMs: 10, run: async () => ++good },
      {
        name: "bad",
        everyMs: 10,
        run: async () => {
          bad++;
          throw new Error("database restarting");
        },
      },
    ];
    const runner = startJobs(db, jobs, { firstDelayMs: 0 });
    await wait(120);
    await runner.stop();
    expect(good).toBeGreaterThanOrEqual(3);
    expect(bad).toBeGreaterThanOrEqual(3);
    expect(console.error).toHaveBeenCalledWith("[jobs] bad failed:", "database restarting");
    const after = good;
    await wait(50);
    expect(good).toBe(after);
  });

  it("waits for a round in flight when stopping", async () => {
    let finished = false;
    const runner = startJobs(
      db,
      [
        {
          name: "slow",
          everyMs: 1_000,
          run: async () => {
            await wait(60);
            finished = true;
            return 0;
          },
        },
      ],
      { firstDelayMs: 0 },
    );
    await wait(10);
    await runner.stop();
    expect(finished).toBe(true);
  });
});
