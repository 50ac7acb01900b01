// The fixed choices some forms offer, which their pages list in the browser and their schemas
// check on the server. Kept apart from the zod schemas, with no import at all: a page that lists
// the choices must not pull zod (~90 KB gzipped) into the browser (docs/decisions/018).

/** The roles a partner organisation's member can have. */
export const PARTNER_ROLES = ["staff", "manager"] as const;

/** Languages a profile can prefer; "auto" follows the browser. */
export const PROFILE_LOCALES = ["zh-CN", "en", "auto"] as const;

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

/** The opening's yes/no access and support fields (checkboxes in the editor, columns in the import). */
export const OPENING_FLAGS = [
  "text_only_possible",
  "phone_required",
  "camera_required",
  "sign_language_support",
  "captioned_meetings",
  "screen_reader_tested",
  "assistive_devices_provided",
  "step_free_workplace",
  "quiet_space",
  "training_provided",
  "mentor_support",
  "trial_period",
  "social_insurance",
  "medical_insurance",
  "housing_fund",
] as const;

/** Today's date in China (UTC+8, no daylight saving), where deadlines are read. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
