import { OPENING_FLAGS } from "./choices";
// The CSV import's columns, shared by the importer (server) and the import page's help (browser).

/** The template's columns, in order: machine names that never change with the page's language. */
export const IMPORT_COLUMNS = [
  "row_id",
  "employer",
  "title_zh",
  "title_en",
  "summary_zh",
  "summary_en",
  "description_zh",
  "description_en",
  "how_to_apply_zh",
  "how_to_apply_en",
  "work_arrangement",
  "province",
  "city",
  "employment_form",
  "hours_min",
  "hours_max",
  "schedule",
  "pay_min",
  "pay_max",
  "pay_unit",
  "deadline",
  "text_only_possible",
  "phone_required",
  "camera_required",
  "sign_language_support",
  "captioned_meetings",
  "screen_reader_tested",
  "screen_reader_tools",
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
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Yes/no columns: the editor's checkboxes. */
export const FLAG_COLUMNS = OPENING_FLAGS satisfies readonly ImportColumn[];

/** The most rows one file may hold. */
export const MAX_IMPORT_ROWS = 500;
