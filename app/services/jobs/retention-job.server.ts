import type { Kysely } from "kysely";
import { purgeExpiredApplications } from "~/models/application.server";
import { recordAudit } from "~/models/audit.server";
import { deleteExpiredMobileCodes } from "~/models/mobile-code.server";
import type { FileStore } from "~/models/stored-file.server";
import type { Database } from "../../../db/schema";
import type { Job } from "./jobs.server";

// Applications to closed or expired openings are personal data kept only as long as needed:
// APPLICATION_RETENTION_DAYS after the last activity, then deleted with their CV files. Every app
// instance runs this; the delete is idempotent, so two instances purging at once do no harm.

/** Runs one purge and records how many applications went (never whose). */
export async function runRetention(db: Kysely<Database>, store: FileStore, { retentionDays, now }: { retentionDays: number; now?: Date }) {
  const purged = await purgeExpiredApplications(db, store, { retentionDays, now });
  if (purged > 0) await recordAudit(db, { actorUserId: null, action: "application.purged", details: { count: purged, retentionDays } });
  // Sign-ups never finished with their text-message code hold a name and a password hash: not kept.
  await deleteExpiredMobileCodes(db);
  return purged;
}

/** The purge as a background job: hourly, in every instance. */
export function retentionJob(store: FileStore, { retentionDays }: { retentionDays: number }): Job {
  return { name: "application retention", everyMs: 60 * 60 * 1000, run: (db, now) => runRetention(db, store, { retentionDays, now }) };
}
