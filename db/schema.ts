import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
// Both drivers are told to return `date` columns as "YYYY-MM-DD" strings (see db/client.ts),
// so a deadline never shifts by a day with the server's time zone.
type DateOnly = string;

export const ORGANISATION_KINDS = ["partner", "employer"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PARTNER_TYPES = [
  "federation",
  "employment_centre",
  "labour_company",
  "digital_park",
  "social_enterprise",
  "training_centre",
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const VERIFICATION_STATUSES = ["unverified", "pending", "verified", "rejected"] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

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

export interface OrganisationTable {
  id: Generated<number>;
  kind: OrganisationKind;
  partner_type: PartnerType | null;
  slug: string;
  name_zh: string | null;
  name_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  province: string | null;
  city: string | null;
  website: string | null;
  verification_status: ColumnType<VerificationStatus, VerificationStatus | undefined, VerificationStatus>;
  verified_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OpeningTable {
  id: Generated<number>;
  external_ref: string | null;
  employer_id: number;
  partner_id: number;
  title_zh: string | null;
  title_en: string | null;
  summary_zh: string | null;
  summary_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  how_to_apply_zh: string | null;
  how_to_apply_en: string | null;
  work_arrangement: WorkArrangement;
  remote_anywhere: ColumnType<boolean, boolean | undefined, boolean>;
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
  screen_reader_tools: ColumnType<string[], string[] | undefined, string[]>;
  assistive_devices_provided: boolean;
  step_free_workplace: boolean;
  quiet_space: boolean;
  training_provided: boolean;
  mentor_support: boolean;
  trial_period: boolean;
  pay_min_minor: number;
  pay_max_minor: number;
  pay_unit: PayUnit;
  pay_currency: ColumnType<string, string | undefined, string>;
  social_insurance: boolean;
  medical_insurance: boolean;
  housing_fund: boolean;
  status: ColumnType<OpeningStatus, OpeningStatus | undefined, OpeningStatus>;
  deadline: DateOnly | null;
  published_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  search_vector: ColumnType<string, string | undefined, string>;
}

export const MEMBERSHIP_ROLES = ["staff", "manager", "member", "owner"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const TOKEN_PURPOSES = ["reset_password", "verify_email", "invite"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** Display preferences, applied on the server; every field optional. */
export type DisplayPreferences = {
  textSize?: "default" | "large" | "larger";
  contrast?: "default" | "high";
  reduceMotion?: boolean;
  lineSpacing?: "default" | "wide";
  dyslexiaFont?: boolean;
};

export interface AppUserTable {
  id: Generated<number>;
  email: string;
  password_hash: string | null;
  display_name: string;
  phone: string | null;
  preferred_locale: "zh-CN" | "en" | null;
  preferred_work: string | null;
  preferences: ColumnType<DisplayPreferences, DisplayPreferences | undefined, DisplayPreferences>;
  is_platform_admin: ColumnType<boolean, boolean | undefined, boolean>;
  email_verified_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MembershipTable {
  user_id: number;
  organisation_id: number;
  role: MembershipRole;
  created_at: Timestamp;
}

export interface SessionTable {
  id_hash: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
  user_agent: string | null;
  second_factor_at: Date | null;
}

export interface AuthTokenTable {
  token_hash: string;
  purpose: TokenPurpose;
  user_id: number | null;
  email: string | null;
  payload: ColumnType<Record<string, unknown>, Record<string, unknown> | undefined, Record<string, unknown>>;
  expires_at: Date;
  used_at: Date | null;
  created_at: Timestamp;
}

export interface PasskeyTable {
  credential_id: string;
  user_id: number;
  public_key: Uint8Array;
  // bigint comes back from pg as a string; see the passkey model.
  counter: ColumnType<string, number | string | undefined, number | string>;
  transports: ColumnType<string[], string[] | undefined, string[]>;
  name: string | null;
  created_at: Timestamp;
  last_used_at: Date | null;
}

export interface OutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: Timestamp;
  sent_at: Date | null;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  /** When the worker may (re)try: now for a new email, later after a failure or while claimed. */
  next_attempt_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_user_id: number | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: ColumnType<Record<string, unknown>, Record<string, unknown> | undefined, Record<string, unknown>>;
}

export interface RateLimitTable {
  key: string;
  window_start: Date;
  hits: number;
}

export interface Database {
  organisation: OrganisationTable;
  opening: OpeningTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  session: SessionTable;
  auth_token: AuthTokenTable;
  passkey: PasskeyTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  rate_limit: RateLimitTable;
}

export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type OrganisationUpdate = Updateable<OrganisationTable>;
export type Opening = Selectable<OpeningTable>;
export type NewOpening = Insertable<OpeningTable>;
export type OpeningUpdate = Updateable<OpeningTable>;
