import type { CertificateLevel, CertificationStatus } from "~/domain/certification";

// Certification's rules that need no database: which statuses the employer may still edit, who
// may see or change an application (docs/decisions/012), and the dates a certificate runs between.
// The employer's side is in certification-employer.server.ts, the reviewer's in
// certification-review.server.ts, reading an application in certification.server.ts.

/** Statuses in which the employer may still change their answers. */
export const EDITABLE_STATUSES: readonly CertificationStatus[] = ["draft", "changes_requested"];
/** Statuses a reviewer works on. */
export const OPEN_STATUSES: readonly CertificationStatus[] = ["draft", "under_review", "changes_requested"];

/** What deciding who may see an application needs of it. */
export type AccessRow = {
  status: CertificationStatus;
  target_level: CertificateLevel | null;
  reviewing_partner_id: number | null;
  reviewer_user_id: number | null;
  reviewer_organisation_id: number | null;
  second_reviewer_user_id: number | null;
};

export const ACCESS_COLUMNS = [
  "status",
  "target_level",
  "reviewing_partner_id",
  "reviewer_user_id",
  "reviewer_organisation_id",
  "second_reviewer_user_id",
] as const;

/** True while an Inclusion Leader application has its first reviewer and waits for a second. */
export function wantsSecondReview(row: AccessRow): boolean {
  return row.target_level === "inclusion_leader" && row.status === "under_review" && row.reviewer_user_id !== null && row.second_reviewer_user_id === null;
}

/**
 * Whether this staff member may see a submitted application (docs/decisions/012): staff of the
 * partner the employer sent it to; whoever reviewed it; and, while an Inclusion Leader application
 * waits for its second review, staff of any other partner. Drafts are the employer's alone.
 * Applications submitted before the employer chose a partner are open to every partner.
 */
export function mayReview(row: AccessRow, reviewer: Reviewer): boolean {
  if (row.status === "draft") return false;
  if (row.reviewer_user_id === reviewer.userId || row.second_reviewer_user_id === reviewer.userId) return true;
  if (row.reviewing_partner_id === null) return reviewer.partnerIds.length > 0;
  if (reviewer.partnerIds.includes(row.reviewing_partner_id)) return true;
  return wantsSecondReview(row) && reviewer.partnerIds.some((p) => p !== row.reviewer_organisation_id && p !== row.reviewing_partner_id);
}

/** One criterion's answer as far as examining its evidence goes. */
type EvidenceState = {
  id: number;
  code: string;
  answer: {
    evidence_file_id: string | null;
    evidence_url: string | null;
    evidence_opened_at: Date | string | null;
    review_reason: string | null;
    change_request: string | null;
  } | null;
};

/**
 * The criteria whose evidence file or link no reviewer has opened through the portal and the
 * reviewer has not commented on (a reason for adjusting, or a change asked for). Approval waits
 * until there are none: one click must never certify an employer whose evidence nobody opened.
 * Evidence written as text is on the review page itself, so there is nothing to open.
 */
export function unexaminedEvidence<T extends EvidenceState>(criteria: readonly T[]): T[] {
  return criteria.filter((c) => {
    const a = c.answer;
    if (!a || (!a.evidence_file_id && !a.evidence_url?.trim())) return false;
    return a.evidence_opened_at === null && !a.review_reason?.trim() && !a.change_request?.trim();
  });
}

/** Who is reviewing: a partner staff member and the partner organisations they belong to. */
export type Reviewer = { userId: number; partnerIds: readonly number[]; memberOf: number[] };

/** True when this reviewer belongs to the employer being reviewed: nobody reviews their own organisation. */
export function isOwnOrganisation(reviewer: Reviewer, employerId: number): boolean {
  return reviewer.memberOf.includes(employerId);
}

/** The date `months` after `isoDate`, as YYYY-MM-DD (the last day of a shorter month when needed). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
