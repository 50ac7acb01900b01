import { certificationJob } from "./certification-worker.server";
import { savedSearchDigestJob } from "./digests.server";
import type { Env } from "./env.server";
import type { Job } from "./jobs.server";
import { retentionJob } from "./retention-job.server";
import { getFileStore } from "./uploads.server";

/** Every background job the portal runs: one list, started by the server (see app/server.ts). */
export function scheduledJobs(env: Env): Job[] {
  return [
    savedSearchDigestJob(env.publicUrl),
    certificationJob(env.publicUrl),
    retentionJob(getFileStore(), { retentionDays: env.APPLICATION_RETENTION_DAYS }),
  ];
}
