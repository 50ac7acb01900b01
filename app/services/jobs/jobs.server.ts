import type { Kysely } from "kysely";
import type { Database } from "../../../db/schema";

/**
 * A background job. `run` must be safe when several app instances run it at once (claim rows with
 * a conditional UPDATE or `FOR UPDATE SKIP LOCKED`) and safe to repeat (doing nothing twice).
 */
export type Job = {
  name: string;
  everyMs: number;
  /** Does one round of work; returns how many things it changed, for the log. */
  run: (db: Kysely<Database>, now: Date) => Promise<number>;
};

/** Running jobs; `stop()` cancels the timers and waits for rounds in flight. */
export type JobRunner = { stop: () => Promise<void> };

/**
 * Runs each job in this process, first a few seconds after start, then every `everyMs`. A failed
 * round is logged and tried again next time; timers never keep the process alive.
 */
export function startJobs(db: Kysely<Database>, jobs: readonly Job[], { firstDelayMs = 5_000 } = {}): JobRunner {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();

  const schedule = (job: Job, delayMs: number) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const round = job
        .run(db, new Date())
        .then((changed) => {
          if (changed > 0) console.log(`[jobs] ${job.name}: ${changed} changed`);
        })
        .catch((error: unknown) => console.error(`[jobs] ${job.name} failed:`, error instanceof Error ? error.message : error))
        .finally(() => {
          inFlight.delete(round);
          schedule(job, job.everyMs);
        });
      inFlight.add(round);
    }, delayMs);
    timer.unref();
    timers.add(timer);
  };
  for (const job of jobs) schedule(job, firstDelayMs);

  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all([...inFlight]);
    },
  };
}
