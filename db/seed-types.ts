import type { AssessmentArea, CertificateLevel, CertificateStatus } from "../app/domain/certification";
import type { EmploymentForm, OpeningStatus, PayUnit, ReportReason, RevisionAction, Schedule, WorkArrangement } from "../app/domain/opening";
import type { ContactOption, OrganisationKind, PartnerType, VerificationStatus } from "../app/domain/organisation";

/** An organisation in the demo seed, keyed by its slug. */
export interface SeedOrganisation {
  slug: string;
  kind: OrganisationKind;
  partner_type: PartnerType | null;
  name_zh: string | null;
  name_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  province: string | null;
  city: string | null;
  website: string | null;
  verification_status: VerificationStatus;
  /** The unified social credit code a partner checked (verified employers only). */
  credit_code?: string | null;
  /** Public contact details, made up for the demo; the page marks them as examples. */
  contact?: SeedContact;
}

/** An organisation's made-up contact details (the columns of OrganisationContact). */
export interface SeedContact {
  address_zh: string;
  address_en: string;
  hours_zh: string;
  hours_en: string;
  phone: string;
  contact_email: string;
  wechat_account: string | null;
  contact_options: ContactOption[];
  contact_note_zh: string | null;
  contact_note_en: string | null;
}

/** An opening in the demo seed; dates are relative to the day the seed runs so the demo never goes stale. */
export interface SeedOpening {
  /** Stable key, e.g. "demo-001"; re-running the seed updates rather than duplicates. */
  ref: string;
  employer: string;
  partner: string;
  title_zh: string | null;
  title_en: string | null;
  summary_zh: string | null;
  summary_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  how_to_apply_zh: string | null;
  how_to_apply_en: string | null;
  work_arrangement: WorkArrangement;
  remote_anywhere: boolean;
  province: string | null;
  city: string | null;
  employment_form: EmploymentForm;
  hours_min: number;
  hours_max: number;
  schedule: Schedule;
  text_only_possible: boolean;
  phone_required: boolean;
  camera_required: boolean;
  sign_language_support: boolean;
  captioned_meetings: boolean;
  screen_reader_tested: boolean;
  screen_reader_tools: string[];
  assistive_devices_provided: boolean;
  step_free_workplace: boolean;
  quiet_space: boolean;
  training_provided: boolean;
  mentor_support: boolean;
  trial_period: boolean;
  pay_min_minor: number;
  pay_max_minor: number;
  pay_unit: PayUnit;
  social_insurance: boolean;
  medical_insurance: boolean;
  housing_fund: boolean;
  status: OpeningStatus;
  /** Days from the seed date to the deadline; negative means already expired; null means no deadline. */
  deadline_in_days: number | null;
  /** Days since it was published (ignored for drafts). */
  posted_days_ago: number;
  /** Days since an employer submitted it for review, for employer-submitted openings. */
  submitted_days_ago?: number;
  /** Why a partner returned it to the employer (a returned opening is a draft with a note). */
  review_note?: string | null;
}

/** A report from the public on a demo opening; dates are relative to the day the seed runs. */
export interface SeedReport {
  opening: string;
  reason: ReportReason;
  details: string | null;
  locale: "zh-CN" | "en";
  /** Only for reporters who asked to hear the outcome; always an example.org address. */
  contact_email: string | null;
  days_ago: number;
  /** Open, or already passed to the employer by the demo staff account, with its reason. */
  decision?: { status: "employer_asked"; reason: string; days_ago: number };
}

/** One step of a demo opening's history, by one of the demo accounts. */
export interface SeedRevision {
  opening: string;
  /** The demo account (by email) who made the change. */
  actor: string;
  action: RevisionAction;
  days_ago: number;
  reason?: string;
}

/** A certificate in the demo seed; dates are relative to the day the seed runs. */
export interface SeedCertificate {
  number: string;
  employer: string;
  reviewer: string;
  level: CertificateLevel;
  status: CertificateStatus;
  criteria_version: string;
  areas_met: AssessmentArea[];
  issued_days_ago: number;
  /** Validity in days from issue: 730 (two years) unless a scheme change said otherwise. */
  valid_days: number;
  /** Suspension or revocation: when and why, shown on the public status page. */
  status_change?: { days_ago: number; reason_zh: string; reason_en: string };
  /** With status "superseded": the number of the later certificate that replaced it. */
  superseded_by?: string;
}
