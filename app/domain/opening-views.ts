import type { CertificateLevel } from "./certification";
import type { EmploymentForm, PayUnit, Schedule, WorkArrangement } from "./opening";

// The shapes the UI renders for a public opening. The opening model returns rows of exactly these
// shapes (its queries are checked against them), so the components that render an opening depend
// on this file, never on the database schema or a model. Field names are the column names on
// purpose: the rows pass through unchanged, with no copying layer to keep in step.

/** The opening's access profile: how the work is done and what support comes with it. */
export type AccessProfileView = {
  work_arrangement: WorkArrangement;
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
  social_insurance: boolean;
  medical_insurance: boolean;
  housing_fund: boolean;
};

/** A published opening in a list (card, home page, Atom entry, API item). */
export type OpeningSummaryView = {
  id: number;
  title_zh: string | null;
  title_en: string | null;
  summary_zh: string | null;
  summary_en: string | null;
  work_arrangement: WorkArrangement;
  remote_anywhere: boolean;
  province: string | null;
  city: string | null;
  employment_form: EmploymentForm;
  hours_min: number;
  hours_max: number;
  schedule: Schedule;
  /** The three access highlights a card shows. */
  text_only_possible: boolean;
  screen_reader_tested: boolean;
  sign_language_support: boolean;
  /** Pay in fen (minor units) per `pay_unit`. */
  pay_min_minor: number;
  pay_max_minor: number;
  pay_unit: PayUnit;
  pay_currency: string;
  deadline: string | null;
  published_at: Date | null;
  updated_at: Date;
  employer_name_zh: string | null;
  employer_name_en: string | null;
  /** The employer's highest current certificate, or nulls. */
  certificate_number: string | null;
  certificate_level: CertificateLevel | null;
};

/** Everything the detail page (and the editor's preview) renders. */
export type OpeningDetailView = OpeningSummaryView &
  AccessProfileView & {
    description_zh: string | null;
    description_en: string | null;
    how_to_apply_zh: string | null;
    how_to_apply_en: string | null;
    employer_slug: string;
    employer_province: string | null;
    employer_city: string | null;
    partner_name_zh: string | null;
    partner_name_en: string | null;
    partner_slug: string;
    /** How to reach the partner, for the page's "who to contact" (null when it has not said). */
    partner_phone: string | null;
    partner_email: string | null;
    /** The demo's made-up contact details, which the page marks as examples. */
    partner_contacts_are_examples: boolean;
  };
