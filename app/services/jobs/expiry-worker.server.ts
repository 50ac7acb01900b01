import type { Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { closeExpiredOpenings } from "~/models/opening-expiry.server";
import { chinaToday } from "~/validation/opening";
import type { Database } from "../../../db/schema";
import type { Job } from "./jobs.server";

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
 * The expiry job: every 10 minutes in every instance (see closeExpiredOpenings). `onClosed` lets
 * the server drop cached public pages that still list the closed openings.
 */
export function openingExpiryJob({ onClosed }: { onClosed?: (ids: number[]) => void } = {}): Job {
  return {
    name: "opening expiry",
    everyMs: 10 * 60_000,
    run: async (db, now) => {
      const ids = await expireOpenings(db, now);
      if (ids.length > 0) onClosed?.(ids);
      return ids.length;
    },
  };
}
