import type { Kysely } from "kysely";
import { purgeExpiredApplications } from "~/models/application.server";
import { recordAudit } from "~/models/audit.server";
import type { FileStore } from "~/models/stored-file.server";
import type { Database } from "../../db/schema";

// Applications to closed or expired openings are personal data kept only as long as needed:
// APPLICATION_RETENTION_DAYS after the last activity, then deleted with their CV files. Every app
// instance runs this; the delete is idempotent, so two instances purging at once do no harm.

/** Runs one purge and records how many applications went (never whose). */
export async function runRetention(db: Kysely<Database>, store: FileStore, { retentionDays, now }: { retentionDays: number; now?: Date }) {
  const purged = await purgeExpiredApplications(db, store, { retentionDays, now });
  if (purged > 0) await recordAudit(db, { actorUserId: null, action: "application.purged", details: { count: purged, retentionDays } });
  return purged;
}

/** A running job; `stop()` waits for a purge in flight. */
export type RetentionJob = { stop: () => Promise<void> };

/** Starts the hourly purge inside the server process (first run a minute after start). */
export function startRetentionJob(
  db: Kysely<Database>,
  store: FileStore,
  { retentionDays, intervalMs = 3_600_000, firstRunMs = 60_000 }: { retentionDays: number; intervalMs?: number; firstRunMs?: number },
): RetentionJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = runRetention(db, store, { retentionDays })
        .then(() => undefined)
        .catch((error: unknown) => {
          // The database may be restarting; the next round tries again.
          console.error("[retention] could not purge:", error instanceof Error ? error.message : error);
        })
        .then(() => {
          inFlight = undefined;
          schedule(intervalMs);
        });
    }, delayMs);
    // The job alone never keeps the process alive.
    timer.unref();
  };
  schedule(firstRunMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
