import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { DisabilityCategory, DisplayPreferences, TokenPurpose } from "../app/domain/account";
import type { ApplicationEventKind, ApplicationStatus, CheckBackOutcome } from "../app/domain/application";
import type {
  AssessmentArea,
  CertificateLevel,
  CertificateStatus,
  CertificationStatus,
  CriteriaVersionStatus,
} from "../app/domain/certification";
import type { EventAttendance, EventHelperRole, EventProvision, QaModeration } from "../app/domain/event";
import type { FileBackend, FilePurpose } from "../app/domain/file";
import type {
  EmploymentForm,
  OpeningStatus,
  PayUnit,
  ReportReason,
  ReportStatus,
  RevisionAction,
  RevisionChanges,
  Schedule,
  WorkArrangement,
} from "../app/domain/opening";
import type {
  ContactOption,
  MembershipRole,
  OrganisationKind,
  PartnerType,
  VerificationRequestStatus,
  VerificationStatus,
} from "../app/domain/organisation";

// The tables. The vocabulary their columns use (statuses, levels, forms, units…) is in app/domain.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
// Both drivers are told to return `date` columns as "YYYY-MM-DD" strings (see db/client.ts),
// so a deadline never shifts by a day with the server's time zone.
type DateOnly = string;

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
  /** Unified social credit code (统一社会信用代码), kept once a partner has verified the licence. */
  credit_code: ColumnType<string | null, string | null | undefined, string | null>;
  /** Public contact details, shown on the organisation's own page (/partners/:slug, /employers/:slug). */
  address_zh: ColumnType<string | null, string | null | undefined, string | null>;
  address_en: ColumnType<string | null, string | null | undefined, string | null>;
  hours_zh: ColumnType<string | null, string | null | undefined, string | null>;
  hours_en: ColumnType<string | null, string | null | undefined, string | null>;
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  contact_email: ColumnType<string | null, string | null | undefined, string | null>;
  wechat_account: ColumnType<string | null, string | null | undefined, string | null>;
  contact_options: ColumnType<ContactOption[], ContactOption[] | undefined, ContactOption[]>;
  contact_note_zh: ColumnType<string | null, string | null | undefined, string | null>;
  contact_note_en: ColumnType<string | null, string | null | undefined, string | null>;
  /** The demo's made-up contact details, which the page marks as examples. */
  contacts_are_examples: ColumnType<boolean, boolean | undefined, boolean>;
  /** The partner an employer chose at sign-up to check its licence (a claim until it sends the licence). */
  requested_partner_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The credit code an employer gave at sign-up, unchecked; `credit_code` holds the checked one. */
  claimed_credit_code: ColumnType<string | null, string | null | undefined, string | null>;
  /** When and why a partner suspended this employer's verification (public), while it is suspended. */
  suspended_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  suspension_reason: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** Why a partner returned the opening to its employer; cleared when it is resubmitted. */
  review_note: string | null;
  /** When the employer last submitted it for review. */
  submitted_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Set on openings made by a CSV import: importing the same row again for the same partner is a no-op. */
  import_key: ColumnType<string | null, string | null | undefined, string | null>;
  search_vector: ColumnType<string, string | undefined, string>;
  /**
   * Generated by the database from search_vector (weights A–C: title, employer, summary); never
   * written. Search matches and ranks on it; it is small and kept in the row (migration 0016).
   */
  match_vector: ColumnType<string, never, never>;
  /** Generated by the database: the filter values as lexemes ("access:text_only"…), for the facets GIN index (migration 0017). */
  facets: ColumnType<string, never, never>;
}

export interface AppUserTable {
  id: Generated<number>;
  /** Empty for an account opened with a mobile number only (never both empty). */
  email: string | null;
  password_hash: string | null;
  display_name: string;
  /** The mobile number the person signs in with, 11 digits ("13800138000"), proven by a code. */
  mobile: ColumnType<string | null, string | null | undefined, string | null>;
  mobile_verified_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The person's choice to have saved-search alerts and application notices also sent by text message. */
  notify_by_sms: ColumnType<boolean, boolean | undefined, boolean>;
  /** The partner whose staff opened this account for someone offline (migration 0025); null otherwise. */
  registered_by_partner_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** When the person signed up with the number of an account staff opened for them. */
  claimed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
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
  /** An employer member's own choice to be listed by name on the employer's public page. */
  listed_as_recruiter: ColumnType<boolean, boolean | undefined, boolean>;
  /** The job title shown beside their name there ("招聘专员"), up to 40 characters. */
  recruiter_title: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** When this session last proved who is using it: sign-in, or the confirm page since. */
  proved_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** When this session typed the code emailed for a privileged account's first passkey. */
  email_code_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** The one-time code emailed before a staff, employer or admin account adds its first passkey: only its hash. */
export interface EmailCodeTable {
  user_id: number;
  code_hash: string;
  attempts: ColumnType<number, number | undefined, number>;
  expires_at: Date;
  created_at: Timestamp;
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

/** A one-time code sent to a mobile number, with what to do once it is typed (migration 0024). */
export interface MobileCodeTable {
  /** SHA-256 of the random reference in the code page's address. */
  ref_hash: string;
  mobile: string;
  purpose: "sign_up";
  code_hash: string;
  attempts: ColumnType<number, number | undefined, number>;
  sends: ColumnType<number, number | undefined, number>;
  /** The sign-up form's data, the password already hashed. */
  payload: ColumnType<Record<string, unknown>, Record<string, unknown>, Record<string, unknown>>;
  last_sent_at: Timestamp;
  expires_at: Date;
  created_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<number>;
  /** "email", or "sms" for a text message (to_address is then the mobile number, subject empty). */
  channel: ColumnType<"email" | "sms", "email" | "sms" | undefined, never>;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: Timestamp;
  sent_at: Date | null;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  /** When the worker may (re)try: now for a new email, later after a failure or while claimed. */
  next_attempt_at: Timestamp;
  /** Extra headers, such as List-Unsubscribe for digests. */
  headers: ColumnType<Record<string, string>, Record<string, string> | undefined, Record<string, string>>;
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

export interface CertificateTable {
  id: Generated<number>;
  number: string;
  employer_id: number;
  level: CertificateLevel;
  status: ColumnType<CertificateStatus, CertificateStatus | undefined, CertificateStatus>;
  criteria_version: string;
  areas_met: ColumnType<AssessmentArea[], AssessmentArea[] | undefined, AssessmentArea[]>;
  reviewer_organisation_id: number | null;
  issued_on: DateOnly;
  expires_on: DateOnly;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The application it was issued on; null for certificates from before applications were online. */
  application_id: ColumnType<number | null, number | null | undefined, number | null>;
  criteria_version_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** Set when the 60-day (and 14-day) expiry reminder was queued, so each is sent once. */
  reminder_60_sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  reminder_14_sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The certificate that replaced this one (a renewal's), once it is "superseded". */
  superseded_by_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface CertificateEventTable {
  id: Generated<number>;
  certificate_id: number;
  at: Timestamp;
  status: CertificateStatus;
  reason_zh: string | null;
  reason_en: string | null;
}

/** A version of the certification criteria. Immutable once published: editing means a new draft. */
export interface CriteriaVersionTable {
  id: Generated<number>;
  label: string;
  status: ColumnType<CriteriaVersionStatus, CriteriaVersionStatus | undefined, CriteriaVersionStatus>;
  validity_months: ColumnType<number, number | undefined, number>;
  /** Pass thresholds: the percentage of the points available up to each level. */
  threshold_committed: ColumnType<number, number | undefined, number>;
  threshold_accessible_employer: ColumnType<number, number | undefined, number>;
  threshold_inclusion_leader: ColumnType<number, number | undefined, number>;
  copied_from_id: number | null;
  published_at: Date | null;
  created_at: Timestamp;
}

/** One criterion of a version: in one area, belonging to one level, worth some points. */
export interface CriterionTable {
  id: Generated<number>;
  version_id: number;
  area: AssessmentArea;
  code: string;
  level: CertificateLevel;
  points: number;
  evidence_required: ColumnType<boolean, boolean | undefined, boolean>;
  /** A veto item: answering "no" fails the application outright, whatever the score. */
  veto: ColumnType<boolean, boolean | undefined, boolean>;
  position: ColumnType<number, number | undefined, number>;
  text_zh: string;
  text_en: string;
  guidance_zh: string | null;
  guidance_en: string | null;
}

export interface CertificationApplicationTable {
  id: Generated<number>;
  employer_id: number;
  version_id: number;
  target_level: CertificateLevel | null;
  status: ColumnType<CertificationStatus, CertificationStatus | undefined, CertificationStatus>;
  renewal_of_id: number | null;
  /** The partner the employer sent it to; only its staff review it. Null only before migration 0014. */
  reviewing_partner_id: number | null;
  reviewer_user_id: number | null;
  reviewer_organisation_id: number | null;
  second_reviewer_user_id: number | null;
  second_reviewer_organisation_id: number | null;
  second_reviewed_at: Date | null;
  /** Inclusion Leader: people hired through the portal still employed at 6 months, counted from check-backs when approved. */
  outcomes_still_employed: number | null;
  outcomes_checked_on: DateOnly | null;
  outcomes_note: string | null;
  decision_level: CertificateLevel | null;
  decision_reason: string | null;
  submitted_at: Date | null;
  decided_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CertificationAnswerTable {
  application_id: number;
  criterion_id: number;
  answer: "yes" | "no" | null;
  evidence_text: string | null;
  evidence_url: string | null;
  evidence_file_id: string | null;
  employer_response: string | null;
  review_verdict: "agree" | "adjust" | null;
  review_points: number | null;
  review_reason: string | null;
  change_request: string | null;
  /** When a reviewer first opened the evidence file or link through the portal, and who; cleared when the employer changes either. */
  evidence_opened_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  evidence_opened_by: ColumnType<number | null, number | null | undefined, number | null>;
  updated_at: Timestamp;
}


export interface OpeningRevisionTable {
  id: Generated<number>;
  opening_id: number;
  at: Timestamp;
  actor_user_id: number | null;
  action: RevisionAction;
  changes: ColumnType<RevisionChanges, RevisionChanges | undefined, RevisionChanges>;
  reason: string | null;
}

export interface OpeningReportTable {
  id: Generated<number>;
  opening_id: number;
  reason: ReportReason;
  details: string | null;
  /** Only to tell the reporter the outcome; erased once the report is settled. Never audit-logged. */
  contact_email: string | null;
  locale: ColumnType<"zh-CN" | "en", "zh-CN" | "en" | undefined, "zh-CN" | "en">;
  status: ColumnType<ReportStatus, ReportStatus | undefined, ReportStatus>;
  created_at: Timestamp;
  decided_at: Date | null;
  decided_by_user_id: number | null;
  decision_reason: string | null;
}

/** An uploaded file. Who may read it is decided by the record that points at it, never by this row. */
export interface StoredFileTable {
  id: string;
  purpose: FilePurpose;
  backend: FileBackend;
  original_name: string;
  /** The type found from the file's first bytes, never the one the browser claimed. */
  content_type: string;
  byte_size: number;
  sha256: string;
  /** The bytes, when `backend` is "database". */
  data: Uint8Array | null;
  /** Where the bytes are, for the other backends. */
  storage_key: string | null;
  uploaded_by_user_id: number | null;
  created_at: Timestamp;
}

export interface SavedOpeningTable {
  user_id: number;
  opening_id: number;
  saved_at: Timestamp;
}

export interface SavedSearchTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** The search's query string, canonical: sorted keys, no paging, order or language. */
  query: string;
  /** Whether new matches are emailed once a day. */
  digest: ColumnType<boolean, boolean | undefined, boolean>;
  /** Capability for the personal Atom feed. */
  feed_token: string;
  /** Capability for one-click unsubscribe links in digests. */
  unsubscribe_token: string;
  created_at: Timestamp;
  last_digest_at: Timestamp;
}

/** A barrier someone reported from the accessibility statement (migration 0011). */
export interface AccessibilityFeedbackTable {
  id: Generated<number>;
  /** The address or name of the page, as the person gave it. */
  page: string | null;
  problem: string;
  /** The browser, screen reader or other tool they used, if they said. */
  assistive_technology: string | null;
  /** Only to answer them; optional. */
  contact_email: string | null;
  /** The language the person wrote in. */
  locale: "zh-CN" | "en";
  created_at: Timestamp;
}

export interface ApplicationTable {
  id: Generated<number>;
  /** AW-A-2026-000123, given when the application is sent; null for a draft. */
  reference: string | null;
  opening_id: number;
  seeker_user_id: number;
  status: ColumnType<ApplicationStatus, ApplicationStatus | undefined, ApplicationStatus>;
  contact_name: ColumnType<string, string | undefined, string>;
  contact_phone: ColumnType<string, string | undefined, string>;
  experience: ColumnType<string, string | undefined, string>;
  message: ColumnType<string, string | undefined, string>;
  cv_file_id: string | null;
  share_passport: ColumnType<boolean, boolean | undefined, boolean>;
  idempotency_key: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Date | null;
  /** Partner staff who sent it on the seeker's behalf (an assisted application); null when the seeker sent it. */
  submitted_by_user_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The partner those staff acted for, with the seeker's recorded permission. */
  assisted_partner_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The live recruitment event it was sent from (its "apply" link, to one of the event's openings); null otherwise. */
  source_event_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface ApplicationEventTable {
  id: Generated<number>;
  application_id: number;
  at: Timestamp;
  actor_user_id: number | null;
  side: "seeker" | "organisation";
  status: ApplicationStatus | null;
  message: string | null;
  kind: ColumnType<ApplicationEventKind, ApplicationEventKind | undefined, ApplicationEventKind>;
  /** Set when partner staff acted on the seeker's behalf: which partner. */
  partner_id: ColumnType<number | null, number | null | undefined, number | null>;
}

/** The accommodation passport, encrypted by the app (AES-256-GCM); the database holds no plaintext. */
export interface AccommodationPassportTable {
  user_id: number;
  key_id: string;
  iv: Uint8Array;
  auth_tag: Uint8Array;
  ciphertext: Uint8Array;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConsentTable {
  id: Generated<number>;
  user_id: number;
  purpose: string;
  text_version: string;
  given_at: Timestamp;
  withdrawn_at: Date | null;
  /**
   * The partner the consent names (assisted applications), or whose staff recorded it (a disability
   * category for counting given on paper or by phone); null for consents naming nobody.
   */
  partner_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** How it was given: on the portal, or to staff on paper, by phone or in person (migration 0025). */
  recorded_how: ColumnType<ConsentHow, ConsentHow | undefined, ConsentHow>;
  /** The staff member who recorded a consent given offline. */
  recorded_by: ColumnType<number | null, number | null | undefined, number | null>;
  /** Where the signed paper is kept, or what was said on the phone. */
  recorded_note: ColumnType<string | null, string | null | undefined, string | null>;
  /** A scan or photo of the signed paper form, if staff kept one (migration 0027). */
  scan_file_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A seeker's disability category, kept only with its own consent, for counting (migration 0026). */
export interface DisabilityCategoryTable {
  user_id: number;
  category: DisabilityCategory;
  recorded_at: Timestamp;
}

/** How a consent was given (see ConsentTable.recorded_how). */
export type ConsentHow = "online" | "paper" | "phone" | "in_person";

/** A partner's note on one of its seekers, with the next step (migration 0025). */
export interface CaseloadNoteTable {
  id: Generated<number>;
  partner_id: number;
  seeker_user_id: number;
  author_user_id: number | null;
  body: string;
  next_step: string | null;
  next_step_due: string | null;
  created_at: Timestamp;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  application_id: number | null;
  kind: string;
  params: ColumnType<Record<string, string>, Record<string, string> | undefined, Record<string, string>>;
  created_at: Timestamp;
  read_at: Date | null;
}

/** An employer's request that one partner check its business licence, and the partner's decision. */
export interface EmployerVerificationTable {
  id: Generated<number>;
  employer_id: number;
  /** The partner asked to check it: only its staff see the request and the licence. */
  partner_id: number;
  licence_file_id: string;
  credit_code: string;
  note: string | null;
  status: ColumnType<VerificationRequestStatus, VerificationRequestStatus | undefined, VerificationRequestStatus>;
  submitted_by_user_id: number | null;
  submitted_at: Timestamp;
  decided_by_user_id: number | null;
  decided_at: Date | null;
  decision_reason: string | null;
}

/** A checked CSV upload kept between "check" and "import", owned by one partner. */
export interface OpeningImportTable {
  id: string;
  partner_id: number;
  created_by_user_id: number | null;
  file_name: string;
  rows: ColumnType<unknown, string, string>;
  created_at: Timestamp;
  imported_at: Date | null;
  imported_count: number | null;
}

/** The partner's 6-month check-back on a hire made through the portal. */
export interface EmploymentCheckBackTable {
  application_id: number;
  outcome: CheckBackOutcome;
  checked_on: DateOnly;
  partner_id: number | null;
  recorded_by_user_id: number | null;
  recorded_at: Generated<Date>;
}

/** A live recruitment event run by a partner (migration 0028; times are instants, shown in China time). */
export interface LiveEventTable {
  id: Generated<number>;
  partner_id: number;
  title_zh: string;
  title_en: string | null;
  description_zh: string;
  description_en: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  /** The address on the partner's streaming service, if any. */
  stream_url: string | null;
  /** The player embedded in the event's page: an HLS address (.m3u8) or an embeddable player page, from an allowed service. */
  embed_url: ColumnType<string | null, string | null | undefined, string | null>;
  /** Where the recording can be watched after the event, if there is one. */
  replay_url: string | null;
  provisions: ColumnType<EventProvision[], EventProvision[] | undefined, EventProvision[]>;
  qa_moderation: ColumnType<QaModeration, QaModeration | undefined, QaModeration>;
  /** Online only, or in person and online at once ("mixed", migration 0037), with a venue. */
  attendance: ColumnType<EventAttendance, EventAttendance | undefined, EventAttendance>;
  venue_name_zh: ColumnType<string | null, string | null | undefined, string | null>;
  venue_name_en: ColumnType<string | null, string | null | undefined, string | null>;
  venue_address_zh: ColumnType<string | null, string | null | undefined, string | null>;
  venue_address_en: ColumnType<string | null, string | null | undefined, string | null>;
  /** The venue's access in the organiser's words: entrance, lifts, toilets, the nearest accessible stop. */
  venue_access_zh: ColumnType<string | null, string | null | undefined, string | null>;
  venue_access_en: ColumnType<string | null, string | null | undefined, string | null>;
  cancelled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Why the organiser cancelled the event (migration 0036): Chinese whenever cancelled_at is set, English optional. */
  cancel_reason_zh: ColumnType<string | null, string | null | undefined, string | null>;
  cancel_reason_en: ColumnType<string | null, string | null | undefined, string | null>;
  /** The calendar file's SEQUENCE (migration 0038): raised when the time changes or the event is cancelled. */
  calendar_sequence: ColumnType<number, number | undefined, number>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A verified employer taking part in an event. */
export interface LiveEventEmployerTable {
  event_id: number;
  employer_id: number;
}

/** An opening presented at an event. */
export interface LiveEventOpeningTable {
  event_id: number;
  opening_id: number;
}

/**
 * A job seeker registered for an event. What they need to take part is encrypted like the passport
 * (all four `needs_*` columns, or none), kept only with their consent "event_needs".
 */
export interface LiveEventRegistrationTable {
  id: Generated<number>;
  event_id: number;
  user_id: number;
  needs_key_id: string | null;
  needs_iv: Uint8Array | null;
  needs_auth_tag: Uint8Array | null;
  needs_ciphertext: Uint8Array | null;
  registered_at: Timestamp;
  reminded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When they first opened the event's page while it was on, signed in (migration 0032). */
  attended_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** One change viewers of a live event see, in order (migration 0029): a caption line, or which opening is presented. */
export interface LiveEventUpdateTable {
  id: Generated<string>;
  event_id: number;
  kind: "caption" | "pin" | "qa";
  /** A caption's text; null for a pin. */
  body: string | null;
  /** A pin's opening; null for a caption, or for "nothing presented now". */
  opening_id: number | null;
  author_user_id: number | null;
  /** For "qa": the question published, hidden or answered (migration 0030). */
  question_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
}

/** A question asked in writing in an event's live room (migration 0030). */
export interface LiveEventQuestionTable {
  id: Generated<number>;
  event_id: number;
  user_id: number;
  body: string;
  /** Shown to other viewers without the asker's name. Moderators always see who asked. */
  anonymous: ColumnType<boolean, boolean | undefined, boolean>;
  status: "held" | "published" | "hidden";
  moderated_by: ColumnType<number | null, number | null | undefined, number | null>;
  moderated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
}

/** An answer: by the organiser's staff (employer_id null) or a verified recruiter of that employer. */
export interface LiveEventAnswerTable {
  id: Generated<number>;
  question_id: number;
  user_id: number | null;
  employer_id: number | null;
  body: string;
  /** When a moderator hid it (migration 0031). */
  hidden_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
}

/** A viewer's flag on a published question or answer, for the moderators (one per person and item). */
export interface LiveEventFlagTable {
  id: Generated<number>;
  event_id: number;
  question_id: number | null;
  answer_id: number | null;
  user_id: number;
  created_at: Timestamp;
}

/** A participant a moderator muted for the rest of the event: they can no longer ask. */
export interface LiveEventMuteTable {
  event_id: number;
  user_id: number;
  muted_by: number | null;
  created_at: Timestamp;
}

/** Someone the partner invited to help run one event: captioning, or moderating questions. */
export interface LiveEventHelperTable {
  event_id: number;
  user_id: number;
  role: EventHelperRole;
  invited_by_user_id: number | null;
  created_at: Timestamp;
}

export interface Database {
  organisation: OrganisationTable;
  opening: OpeningTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  session: SessionTable;
  auth_token: AuthTokenTable;
  passkey: PasskeyTable;
  email_code: EmailCodeTable;
  mobile_code: MobileCodeTable;
  caseload_note: CaseloadNoteTable;
  disability_category: DisabilityCategoryTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  rate_limit: RateLimitTable;
  certificate: CertificateTable;
  certificate_event: CertificateEventTable;
  opening_revision: OpeningRevisionTable;
  opening_report: OpeningReportTable;
  stored_file: StoredFileTable;
  saved_opening: SavedOpeningTable;
  saved_search: SavedSearchTable;
  accessibility_feedback: AccessibilityFeedbackTable;
  criteria_version: CriteriaVersionTable;
  criterion: CriterionTable;
  certification_application: CertificationApplicationTable;
  certification_answer: CertificationAnswerTable;
  application: ApplicationTable;
  application_event: ApplicationEventTable;
  accommodation_passport: AccommodationPassportTable;
  consent: ConsentTable;
  notification: NotificationTable;
  employer_verification: EmployerVerificationTable;
  opening_import: OpeningImportTable;
  employment_check_back: EmploymentCheckBackTable;
  live_event: LiveEventTable;
  live_event_employer: LiveEventEmployerTable;
  live_event_opening: LiveEventOpeningTable;
  live_event_registration: LiveEventRegistrationTable;
  live_event_update: LiveEventUpdateTable;
  live_event_question: LiveEventQuestionTable;
  live_event_answer: LiveEventAnswerTable;
  live_event_flag: LiveEventFlagTable;
  live_event_mute: LiveEventMuteTable;
  live_event_helper: LiveEventHelperTable;
}

export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type OrganisationUpdate = Updateable<OrganisationTable>;
export type Opening = Selectable<OpeningTable>;
export type NewOpening = Insertable<OpeningTable>;
export type OpeningUpdate = Updateable<OpeningTable>;
