// Openings: how and when the work is done, how it is paid, its status and revisions, and the
// reasons the public may report one.

export const WORK_ARRANGEMENTS = ["remote", "hybrid", "on_site"] as const;
export type WorkArrangement = (typeof WORK_ARRANGEMENTS)[number];

export const EMPLOYMENT_FORMS = ["flexible", "full_time", "self_employment", "piecework", "training"] as const;
export type EmploymentForm = (typeof EMPLOYMENT_FORMS)[number];

export const SCHEDULES = ["flexible", "fixed", "asynchronous"] as const;
export type Schedule = (typeof SCHEDULES)[number];

export const PAY_UNITS = ["hour", "month", "piece"] as const;
export type PayUnit = (typeof PAY_UNITS)[number];

export const OPENING_STATUSES = ["draft", "pending_review", "published", "closed"] as const;
export type OpeningStatus = (typeof OPENING_STATUSES)[number];

/** The statuses the workspace shows and filters by; "expired" is a published opening past its deadline. */
export const WORKSPACE_STATUSES = ["draft", "pending_review", "published", "expired", "closed"] as const;
export type WorkspaceStatus = (typeof WORKSPACE_STATUSES)[number];

export const REVISION_ACTIONS = [
  "created",
  "edited",
  "submitted",
  "published",
  "approved",
  "returned",
  "closed",
  "reopened",
  "unpublished",
  "duplicated",
  "expired",
  "imported",
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** A changed column's value before and after: strings, numbers, booleans, arrays of strings or null. */
export type RevisionChanges = Record<string, { from: unknown; to: unknown }>;

export const REPORT_REASONS = [
  "fake_job",
  "asks_fees",
  "certificate_renting",
  "impersonation",
  "inaccurate_access",
  "inaccessible_application",
  "other",
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_STATUSES = ["open", "employer_asked", "dismissed", "unpublished"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * An opening's address from a list of results: `from` carries the search, so its back link returns to it.
 * Here rather than beside the search-URL helpers so that a card of openings (on an event's page, on the
 * account page) does not pull the whole filter table into the page's script.
 */
export function openingPathFrom(id: number, searchQuery: string): string {
  return searchQuery ? `/openings/${id}?${new URLSearchParams({ from: searchQuery }).toString()}` : `/openings/${id}`;
}
