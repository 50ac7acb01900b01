import type { CertificateLevel, CertificationStatus } from "~/domain/certification";
import type { ScoredCriterion } from "~/utils/certification-score";

// The shapes the reviewer's page (routes/staff.certification.$id._index.tsx) hands its pieces.

/** The forms on the reviewer's page; a failed POST says which one it came from. */
export type ReviewFormName = "assign" | "review" | "outcomes" | "second" | "decision" | "reject";

/** What a failed POST on the reviewer's page answers with (the PostForm dialect, plus the form's name). */
export type ReviewActionData = {
  form: ReviewFormName;
  errors: Record<string, string>;
  values: Record<string, string>;
  errorValues?: Record<string, Record<string, string | number>>;
};

/** The application as the reviewer's page shows it. */
export type ReviewedApplication = {
  id: number;
  status: CertificationStatus;
  target_level: CertificateLevel | null;
  submitted_at: string | null;
  employer_name_zh: string | null;
  employer_name_en: string | null;
  reviewing_partner_zh: string | null;
  reviewing_partner_en: string | null;
  reviewer_user_id: number | null;
  reviewer_name: string | null;
  reviewer_org_zh: string | null;
  reviewer_org_en: string | null;
  second_reviewer_name: string | null;
  second_reviewer_org_zh: string | null;
  second_reviewer_org_en: string | null;
  certificate_number: string | null;
  outcomes_note: string | null;
  decision_reason: string | null;
};

/** One criterion with the employer's answer and any review of it. */
export type ReviewedCriterion = ScoredCriterion & {
  text_zh: string | null;
  text_en: string | null;
  answer: {
    answer: "yes" | "no" | null;
    evidence_file_id: string | null;
    file_name: string | null;
    evidence_text: string | null;
    evidence_url: string | null;
    employer_response: string | null;
    review_verdict: "agree" | "adjust" | null;
    review_points: number | null;
    review_reason: string | null;
    change_request: string | null;
    evidence_opened_at: string | null;
    evidence_opened_by_name: string | null;
  } | null;
};

/** Inclusion Leader's outcomes, counted from the partners' 6-month check-backs (numbers only). */
export type OutcomeCounts = { hired: number; due: number; checked: number; stillEmployed: number; unreachable: number };
