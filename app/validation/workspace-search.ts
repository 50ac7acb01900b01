import { z } from "zod";
import { REPORT_REASONS, REPORT_STATUSES, WORKSPACE_STATUSES } from "~/domain/opening";
import { VERIFICATION_STATUSES } from "~/domain/organisation";

/**
 * The staff workspace's search of its own openings (a GET form): words in a title, a status, an
 * employer, and the page. Anything malformed is read as "not given", so a hand-edited address never
 * fails: the page shows every opening instead.
 */
export const workspaceSearchSchema = z.object({
  q: z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim().slice(0, 100)),
  status: z.enum(WORKSPACE_STATUSES).optional().catch(undefined),
  employer: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** The staff workspace's search of its employers: words in a name or a credit code, a verification status, and the page; malformed means "not given". */
export const employerSearchSchema = z.object({
  q: z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim().slice(0, 100)),
  status: z.enum(VERIFICATION_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** The staff workspace's list of reports: a status, a reason, and the page; malformed means "not given". */
export const reportSearchSchema = z.object({
  status: z.enum(REPORT_STATUSES).optional().catch(undefined),
  reason: z.enum(REPORT_REASONS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
