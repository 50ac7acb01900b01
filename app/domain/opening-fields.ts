// The fields of an opening that its editor writes, defined once, in the order revisions list them.
// The editor's order and checkbox groups, the editable columns, the CSV import's columns and required
// columns, the revision history's quoted fields, the list card's columns and the access profile's
// rows are all derived from this list.

/** Where a field sits: the editor's sections, and for yes/no items the access profile's groups. */
export type OpeningFieldSection =
  | "basics"
  | "work"
  | "communication"
  | "tools"
  | "workplace"
  | "support"
  | "pay"
  | "protection"
  | "deadline";

type FieldDefinition = {
  /** The opening table's column. */
  readonly column: string;
  /** The name in the editor form and the CSV import, when it differs from the column (pay is typed in yuan). */
  readonly input?: string;
  /** "derived" fields are computed from others (remote_anywhere), never typed in. */
  readonly kind: "text" | "choice" | "number" | "money" | "flag" | "list" | "date" | "derived";
  readonly section: OpeningFieldSection;
  /** A CSV file must have this column. */
  readonly required?: true;
  /** Short enough for the revision history to show the old and new value. */
  readonly quoted?: true;
  /** Shown on a list card (and in the Atom feed and JSON API), so selected for every list. */
  readonly card?: true;
  /** A yes/no item of the access profile: the i18n stem under opening.items and opening.explain. */
  readonly item?: string;
};

export const OPENING_FIELDS = [
  { column: "title_zh", kind: "text", section: "basics", quoted: true, card: true },
  { column: "title_en", kind: "text", section: "basics", quoted: true, card: true },
  { column: "summary_zh", kind: "text", section: "basics", card: true },
  { column: "summary_en", kind: "text", section: "basics", card: true },
  { column: "description_zh", kind: "text", section: "basics" },
  { column: "description_en", kind: "text", section: "basics" },
  { column: "how_to_apply_zh", kind: "text", section: "basics" },
  { column: "how_to_apply_en", kind: "text", section: "basics" },
  { column: "work_arrangement", kind: "choice", section: "work", required: true, quoted: true, card: true },
  { column: "remote_anywhere", kind: "derived", section: "work", card: true },
  { column: "province", kind: "text", section: "work", quoted: true, card: true },
  { column: "city", kind: "text", section: "work", quoted: true, card: true },
  { column: "employment_form", kind: "choice", section: "work", required: true, quoted: true, card: true },
  { column: "hours_min", kind: "number", section: "work", required: true, quoted: true, card: true },
  { column: "hours_max", kind: "number", section: "work", required: true, quoted: true, card: true },
  { column: "schedule", kind: "choice", section: "work", required: true, quoted: true, card: true },
  { column: "text_only_possible", kind: "flag", section: "communication", card: true, item: "textOnly" },
  { column: "phone_required", kind: "flag", section: "communication", item: "phone" },
  { column: "camera_required", kind: "flag", section: "communication", item: "camera" },
  { column: "sign_language_support", kind: "flag", section: "communication", card: true, item: "signLanguage" },
  { column: "captioned_meetings", kind: "flag", section: "communication", item: "captions" },
  { column: "screen_reader_tested", kind: "flag", section: "tools", card: true, item: "screenReader" },
  { column: "screen_reader_tools", kind: "list", section: "tools" },
  { column: "assistive_devices_provided", kind: "flag", section: "tools", item: "assistiveDevices" },
  { column: "step_free_workplace", kind: "flag", section: "workplace", item: "stepFree" },
  { column: "quiet_space", kind: "flag", section: "workplace", item: "quietSpace" },
  { column: "training_provided", kind: "flag", section: "support", item: "training" },
  { column: "mentor_support", kind: "flag", section: "support", item: "mentor" },
  { column: "trial_period", kind: "flag", section: "support", item: "trial" },
  { column: "pay_min_minor", input: "pay_min", kind: "money", section: "pay", required: true, quoted: true, card: true },
  { column: "pay_max_minor", input: "pay_max", kind: "money", section: "pay", required: true, quoted: true, card: true },
  { column: "pay_unit", kind: "choice", section: "pay", required: true, quoted: true, card: true },
  { column: "social_insurance", kind: "flag", section: "protection", item: "socialInsurance" },
  { column: "medical_insurance", kind: "flag", section: "protection", item: "medicalInsurance" },
  { column: "housing_fund", kind: "flag", section: "protection", item: "housingFund" },
  { column: "deadline", kind: "date", section: "deadline", quoted: true, card: true },
] as const satisfies readonly FieldDefinition[];

type Field = (typeof OPENING_FIELDS)[number];

/** A column the editor writes. */
export type EditableColumn = Field["column"];
/** A yes/no column: a checkbox in the editor, a yes/no column in the CSV import. */
export type FlagColumn = Extract<Field, { kind: "flag" }>["column"];
/** A column every list card shows. */
export type CardColumn = Extract<Field, { card: true }>["column"];
/** A field's name in the editor form and the CSV import. */
export type InputName = InputOf<Field>;
type InputOf<F extends Field> = F extends { input: infer I } ? I : F extends { kind: "derived" } ? never : F["column"];

const inputName = (field: Field): string => ("input" in field ? field.input : field.column);
const typedIn = (field: Field) => field.kind !== "derived";

/** The columns the editor writes, in the order revisions list them. */
export const EDITABLE_COLUMNS: readonly EditableColumn[] = OPENING_FIELDS.map((field) => field.column);

/** The yes/no fields, in editor order. */
export const OPENING_FLAGS = OPENING_FIELDS.filter((field) => field.kind === "flag").map((field) => field.column) as readonly FlagColumn[];

/** The yes/no fields of one editor section (its group of checkboxes). */
export function flagsIn(section: OpeningFieldSection): readonly FlagColumn[] {
  return OPENING_FLAGS.filter((column) => OPENING_FIELDS.find((field) => field.column === column)?.section === section);
}

/**
 * The editor's fields that can be wrong, in page order (the error summary lists problems in this
 * order): the organisation choices, then every field but the checkboxes.
 */
export const EDITOR_FIELD_ORDER = [
  "employerId",
  "partnerId",
  ...OPENING_FIELDS.filter((field) => typedIn(field) && field.kind !== "flag").map(inputName),
] as readonly ("employerId" | "partnerId" | Exclude<InputName, FlagColumn>)[];

/** The access profile's items come last in the CSV template, as in the editor's lower half. */
const profileSections: readonly OpeningFieldSection[] = ["communication", "tools", "workplace", "support", "protection"];
const inProfile = (field: Field) => profileSections.includes(field.section);

/** The CSV template's columns, in order: machine names that never change with the page's language. */
export const IMPORT_COLUMNS = [
  "row_id",
  "employer",
  ...OPENING_FIELDS.filter((field) => typedIn(field) && !inProfile(field)).map(inputName),
  ...OPENING_FIELDS.filter((field) => typedIn(field) && inProfile(field)).map(inputName),
] as readonly ("row_id" | "employer" | InputName)[];

/** Columns a CSV file must have; the others may be left out. */
export const REQUIRED_IMPORT_COLUMNS = ["employer", ...OPENING_FIELDS.filter((field) => "required" in field).map(inputName)] as readonly (
  | "employer"
  | InputName
)[];

/** Fields the revision history quotes (old and new value); long texts are only named. Status is quoted too. */
export const QUOTED_REVISION_FIELDS: ReadonlySet<string> = new Set([
  ...OPENING_FIELDS.filter((field) => "quoted" in field).map((field) => field.column),
  "status",
]);

/** The editable columns a list card shows. */
export const CARD_COLUMNS = OPENING_FIELDS.filter((field) => "card" in field).map((field) => field.column) as readonly CardColumn[];

/** The editable columns only the detail page shows. */
export const DETAIL_COLUMNS = OPENING_FIELDS.filter((field) => !("card" in field)).map((field) => field.column) as readonly Exclude<
  EditableColumn,
  CardColumn
>[];

/** A yes/no item of the access profile: its column and the i18n stem of its label and explanation. */
export type ProfileItem = { column: FlagColumn; item: Extract<Field, { kind: "flag" }>["item"] };

/** The access profile's yes/no items in one or more sections, in editor order. */
export function profileItems(...sections: OpeningFieldSection[]): ProfileItem[] {
  return OPENING_FIELDS.flatMap((field) => (field.kind === "flag" && sections.includes(field.section) ? [{ column: field.column, item: field.item }] : []));
}
