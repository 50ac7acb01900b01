// Applications for openings: their statuses, the kinds of event in their history, and the
// partner's 6-month check-back on a hire.

export const APPLICATION_STATUSES = ["draft", "submitted", "viewed", "interview", "offer", "hired", "not_selected", "withdrawn"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_EVENT_KINDS = ["status", "message", "passport_shared", "passport_withdrawn"] as const;
export type ApplicationEventKind = (typeof APPLICATION_EVENT_KINDS)[number];

export const CHECK_BACK_OUTCOMES = ["employed", "not_employed", "unreachable"] as const;
export type CheckBackOutcome = (typeof CHECK_BACK_OUTCOMES)[number];

/** The accommodation needs a seeker can tick; each has a label in passport.needs.*. */
export const PASSPORT_NEEDS = [
  "sign_language_interpreter",
  "captioned_calls",
  "text_only_interview",
  "screen_reader_tests",
  "flexible_hours",
  "step_free_access",
  "extra_time",
  "written_instructions",
  "quiet_space",
  "remote_work",
] as const;
export type PassportNeed = (typeof PASSPORT_NEEDS)[number];

/** What the organisation can move an application to, from the inbox. */
export const INBOX_STATUSES = ["interview", "offer", "hired", "not_selected"] as const;
