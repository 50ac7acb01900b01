import type {
  EmploymentForm,
  OpeningStatus,
  OrganisationKind,
  PartnerType,
  PayUnit,
  Schedule,
  VerificationStatus,
  WorkArrangement,
} from "./schema";

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
}
