import type { Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { closeExpiredOpenings } from "~/models/opening-expiry.server";
import { chinaToday } from "~/validation/opening";
import type { Database } from "../../db/schema";

/** A running expiry job; `stop()` waits for a round in flight. */
export type ExpiryWorker = { stop: () => Promise<void> };

/**
 * One round of the expiry job: closes openings past their deadline and records it in the audit
 * log (one entry per round that closed anything). Returns the ids it closed.
 */
export async function expireOpenings(db: Kysely<Database>, now = new Date()): Promise<number[]> {
  const ids = await closeExpiredOpenings(db, { today: chinaToday(now) });
  if (ids.length > 0) await recordAudit(db, { actorUserId: null, action: "opening.expired", targetType: "opening", details: { ids } });
  return ids;
}

/**
 * Runs the expiry job inside the server process: at start, then every `intervalMs` (default 10
 * minutes). Safe in every instance (see closeExpiredOpenings). `onClosed` lets the server drop
 * cached public pages that still list the closed openings.
 */
export function startExpiryWorker(
  db: Kysely<Database>,
  { intervalMs = 10 * 60_000, onClosed }: { intervalMs?: number; onClosed?: (ids: number[]) => void } = {},
): ExpiryWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = expireOpenings(db)
        .then((ids) => {
          if (ids.length > 0) {
            console.log(`[expiry] closed ${ids.length} opening(s) past their closing date`);
            onClosed?.(ids);
          }
        })
        .catch((error: unknown) => {
          // The database may be restarting; the next round tries again.
          console.error("[expiry] could not close expired openings:", error instanceof Error ? error.message : error);
        })
        .then(() => {
          inFlight = undefined;
          schedule(intervalMs);
        });
    }, delayMs);
    // The job alone never keeps the process alive.
    timer.unref();
  };
  schedule(0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
