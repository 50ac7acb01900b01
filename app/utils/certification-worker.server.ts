import type { Kysely } from "kysely";
import { expireCertificates } from "~/models/certificate.server";
import type { Database } from "../../db/schema";
import { sendExpiryReminders } from "./emails.server";

// The certificates' clock: expiry, and reminders 60 and 14 days before it. Each step claims its
// rows in one UPDATE … RETURNING, so every app instance may run this loop at once and nothing is
// expired or reminded twice.

/** One round: expire what is past its date, then queue the reminders due. */
export async function runCertificationJobs(db: Kysely<Database>, { origin }: { origin: string }) {
  const expired = await expireCertificates(db);
  const reminded60 = await sendExpiryReminders(db, { days: 60, origin });
  const reminded14 = await sendExpiryReminders(db, { days: 14, origin });
  return { expired, reminded60, reminded14 };
}

/** A running loop; `stop()` waits for the round in flight. */
export type CertificationWorker = { stop: () => Promise<void> };

/** Runs the jobs now and then every `intervalMs` (an hour by default) inside the server process. */
export function startCertificationWorker(
  db: Kysely<Database>,
  { origin, intervalMs = 60 * 60 * 1000 }: { origin: string; intervalMs?: number },
): CertificationWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = runCertificationJobs(db, { origin })
        .then(
          (result) => {
            if (result.expired.length > 0) console.log(`[certificates] expired ${result.expired.join(", ")}`);
          },
          (error: unknown) => console.error("[certificates] jobs failed:", error instanceof Error ? error.message : error),
        )
        .then(() => {
          inFlight = undefined;
          schedule(intervalMs);
        });
    }, delayMs);
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
