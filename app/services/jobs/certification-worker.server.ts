import type { Kysely } from "kysely";
import { expireCertificates } from "~/models/certificate.server";
import type { Database } from "../../../db/schema";
import { sendExpiryReminders } from "../emails.server";
import type { Job } from "./jobs.server";

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

/** The certificates' clock as a background job: hourly, in every instance. */
export function certificationJob(origin: string): Job {
  return {
    name: "certificates",
    everyMs: 60 * 60 * 1000,
    run: async (db) => {
      const { expired, reminded60, reminded14 } = await runCertificationJobs(db, { origin });
      return expired.length + reminded60.length + reminded14.length;
    },
  };
}
