import { z } from "zod";
import { REPORT_REASONS, REPORT_STATUSES, WORKSPACE_STATUSES } from "~/domain/opening";
import { VERIFICATION_STATUSES } from "~/domain/organisation";
import { CERTIFICATE_LEVELS } from "~/domain/certification";

// The staff workspace's search pages (GET forms). Anything malformed is read as "not given", so a
// hand-edited address never fails: the page shows everything instead.

/** Words typed into a search, trimmed and cut to 100 characters; empty when not given. */
const words = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim().slice(0, 100));

/** The page of results, from 1. */
const page = z.coerce.number().int().min(1).max(10_000).optional().catch(undefined);

/** A partner's own openings: words in a title, a status, an employer, and the page. */
export const workspaceSearchSchema = z.object({
  q: words,
  status: z.enum(WORKSPACE_STATUSES).optional().catch(undefined),
  employer: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .optional()
    .catch(undefined),
  page,
});

/** The employers a partner works with: words in a name or a credit code, a verification status, and the page. */
export const employerSearchSchema = z.object({
  q: words,
  status: z.enum(VERIFICATION_STATUSES).optional().catch(undefined),
  page,
});

/** The reports on a partner's openings: a status, a reason, and the page. */
export const reportSearchSchema = z.object({
  status: z.enum(REPORT_STATUSES).optional().catch(undefined),
  reason: z.enum(REPORT_REASONS).optional().catch(undefined),
  page,
});

/** A partner's caseload: words in a name or a mobile number, and the page. */
export const caseloadSearchSchema = z.object({ q: words, page });

/** Six-month check-backs: words in a name, an application reference, an opening or an employer, and the page of answered ones. */
export const checkBackSearchSchema = z.object({ q: words, page });

/** The certification review queue: words in the employer's name, and the level applied for. */
export const reviewQueueSearchSchema = z.object({ q: words, level: z.enum(CERTIFICATE_LEVELS).optional().catch(undefined) });
