import { certificationJob } from "./certification-worker.server";
import { savedSearchDigestJob } from "./digests.server";
import { eventReminderJob } from "./event-reminders.server";
import type { Env } from "../../utils/env.server";
import { openingExpiryJob } from "./expiry-worker.server";
import type { Job } from "./jobs.server";
import { retentionJob } from "./retention-job.server";
import { getFileStore } from "../uploads.server";

/** Every background job the portal runs: one list, started by the server (see app/server.ts). */
export function scheduledJobs(env: Env, { onOpeningsClosed }: { onOpeningsClosed?: () => void } = {}): Job[] {
  return [
    openingExpiryJob({ onClosed: onOpeningsClosed }),
    savedSearchDigestJob(env.publicUrl),
    certificationJob(env.publicUrl),
    retentionJob(getFileStore(), { retentionDays: env.APPLICATION_RETENTION_DAYS }),
    eventReminderJob(env.publicUrl),
  ];
}
