import { z } from "zod";
import { EMPLOYMENT_FORMS, PAY_UNITS, REPORT_REASONS, SCHEDULES, WORK_ARRANGEMENTS } from "~/domain/opening";
import { PROVINCES } from "~/utils/places";

// The opening editor, the review decision and the public report form. Every message is an i18n
// key; the error summary links each to the field named by the issue's path.

// The editor's yes/no fields (checkboxes here, yes/no columns in the CSV import) and its fields in
// page order (the error summary lists problems in this order) come from the opening's one field list.
export { EDITOR_FIELD_ORDER, OPENING_FLAGS } from "~/domain/opening-fields";

/** Optional free text: trimmed, empty becomes null. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? "")
    .pipe(z.string().max(max, tooLong))
    .transform((value) => (value === "" ? null : value));

/** A checkbox: present ("on") when ticked, absent when not. */
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on");

/**
 * A whole number of hours a week, typed into a text box. The fewest and the most have messages of
 * their own: two summary lines that read the same would not say which field to fix.
 */
const hours = (required: string, notNumber: string) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? "")
    .pipe(z.string().min(1, required).regex(/^\d{1,2}$/, notNumber))
    .transform(Number);

/** An amount in yuan with at most two decimals ("25", "0.35", "3800"), returned in fen; lowest and highest named as for hours. */
const money = (required: string, notNumber: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim().replace(/[,，]/g, "").replace(/^[¥￥]/, ""))
    .pipe(z.string().min(1, required).regex(/^\d{1,6}(\.\d{1,2})?$/, notNumber))
    .transform((value) => {
      const [whole = "0", fraction = ""] = value.split(".");
      return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
    });

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.string({ error: message }).pipe(z.enum(values, { error: message }));

/** True for a real calendar date written as YYYY-MM-DD. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date in China (UTC+8, no daylight saving), where deadlines are read. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Screen-reader names typed as a list: commas, 、 or new lines separate them. */
function toolList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[,，、;；\n]+/u).map((tool) => tool.trim()).filter(Boolean))].slice(0, 10);
}

/**
 * The opening editor's fields. `today` (China time) bounds the deadline; an opening that already
 * has a deadline in the past may keep it (`currentDeadline`), so other edits are not blocked.
 */
export function openingFormSchema({ today, currentDeadline = null }: { today: string; currentDeadline?: string | null }) {
  return z
    .object({
      title_zh: optionalText(120, "editor.errors.titleTooLong"),
      title_en: optionalText(120, "editor.errors.titleTooLong"),
      summary_zh: optionalText(400, "editor.errors.summaryTooLong"),
      summary_en: optionalText(600, "editor.errors.summaryTooLong"),
      description_zh: optionalText(5000, "editor.errors.descriptionTooLong"),
      description_en: optionalText(8000, "editor.errors.descriptionTooLong"),
      how_to_apply_zh: optionalText(1000, "editor.errors.howToApplyTooLong"),
      how_to_apply_en: optionalText(1500, "editor.errors.howToApplyTooLong"),
      work_arrangement: choice(WORK_ARRANGEMENTS, "editor.errors.arrangementRequired"),
      province: optionalText(20, "editor.errors.provinceInvalid").refine(
        (value) => value === null || PROVINCES.includes(value),
        "editor.errors.provinceInvalid",
      ),
      city: optionalText(30, "editor.errors.cityTooLong"),
      employment_form: choice(EMPLOYMENT_FORMS, "editor.errors.formRequired"),
      hours_min: hours("editor.errors.hoursMinRequired", "editor.errors.hoursMinNumber"),
      hours_max: hours("editor.errors.hoursMaxRequired", "editor.errors.hoursMaxNumber"),
      schedule: choice(SCHEDULES, "editor.errors.scheduleRequired"),
      text_only_possible: checkbox,
      phone_required: checkbox,
      camera_required: checkbox,
      sign_language_support: checkbox,
      captioned_meetings: checkbox,
      screen_reader_tested: checkbox,
      screen_reader_tools: optionalText(200, "editor.errors.toolsTooLong"),
      assistive_devices_provided: checkbox,
      step_free_workplace: checkbox,
      quiet_space: checkbox,
      training_provided: checkbox,
      mentor_support: checkbox,
      trial_period: checkbox,
      pay_min: money("editor.errors.payMinRequired", "editor.errors.payMinNumber"),
      pay_max: money("editor.errors.payMaxRequired", "editor.errors.payMaxNumber"),
      pay_unit: choice(PAY_UNITS, "editor.errors.payUnitRequired"),
      social_insurance: checkbox,
      medical_insurance: checkbox,
      housing_fund: checkbox,
      deadline: optionalText(10, "editor.errors.deadlineInvalid").refine(
        (value) => value === null || isCalendarDate(value),
        "editor.errors.deadlineInvalid",
      ),
    })
    .superRefine((form, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (!form.title_zh && !form.title_en) issue("title_zh", "editor.errors.titleRequired");
      if (!form.description_zh && !form.description_en) issue("description_zh", "editor.errors.descriptionRequired");
      if (form.work_arrangement !== "remote" && !form.province) issue("province", "editor.errors.provinceRequired");
      // Fields that failed their own check are not numbers here; compare only real ones.
      const number = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
      if (number(form.hours_min) && form.hours_min > 60) issue("hours_min", "editor.errors.hoursRange");
      if (number(form.hours_max) && (form.hours_max < 1 || form.hours_max > 60)) issue("hours_max", "editor.errors.hoursRange");
      else if (number(form.hours_min) && number(form.hours_max) && form.hours_min > form.hours_max) {
        issue("hours_max", "editor.errors.hoursOrder");
      }
      if (number(form.pay_min) && number(form.pay_max) && form.pay_min > form.pay_max) issue("pay_max", "editor.errors.payOrder");
      if (typeof form.deadline === "string" && isCalendarDate(form.deadline) && form.deadline < today && form.deadline !== currentDeadline) {
        issue("deadline", "editor.errors.deadlinePast");
      }
      // Run even when other fields failed, so one submit reports every problem at once.
    }, { when: () => true })
    .transform(({ pay_min, pay_max, screen_reader_tools, ...form }) => {
      const remote = form.work_arrangement === "remote";
      return {
        ...form,
        // Remote work without a province can be done from anywhere in China.
        remote_anywhere: remote && !form.province,
        city: form.province ? form.city : null,
        screen_reader_tools: form.screen_reader_tested ? toolList(screen_reader_tools) : [],
        // A remote job has no workplace of ours to be step-free or quiet.
        step_free_workplace: remote ? false : form.step_free_workplace,
        quiet_space: remote ? false : form.quiet_space,
        pay_min_minor: pay_min,
        pay_max_minor: pay_max,
      };
    });
}

/** The fields an editor form produces, ready for the opening model. */
export type OpeningFormData = z.infer<ReturnType<typeof openingFormSchema>>;

/** The staff editor also names the employer the opening is for. */
export const employerChoiceSchema = z.object({
  employerId: z.string({ error: "editor.errors.employerRequired" }).regex(/^\d{1,9}$/, "editor.errors.employerRequired").transform(Number),
});

/** The employer editor names the partner who will review it. */
export const partnerChoiceSchema = z.object({
  partnerId: z.string({ error: "editor.errors.partnerRequired" }).regex(/^\d{1,9}$/, "editor.errors.partnerRequired").transform(Number),
});

const reason = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? "")
  .pipe(z.string().min(1, "workflow.errors.reasonRequired").max(1000, "workflow.errors.reasonTooLong"));

/** A partner's decision on an opening an employer submitted. */
export const reviewDecisionSchema = z
  .object({
    decision: z.enum(["approve", "return"], { error: "workflow.errors.decisionRequired" }),
    reason: z.string().optional(),
  })
  .superRefine((form, ctx) => {
    if (form.decision === "return" && !form.reason?.trim()) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "workflow.errors.returnReasonRequired" });
    }
    if ((form.reason?.trim().length ?? 0) > 1000) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "workflow.errors.reasonTooLong" });
    }
  })
  .transform((form) => ({ decision: form.decision, reason: form.reason?.trim() || null }));

/** A report from the public. */
export const reportSchema = z.object({
  reason: z.enum(REPORT_REASONS, { error: "report.errors.reasonRequired" }),
  details: optionalText(2000, "report.errors.detailsTooLong"),
  contactEmail: optionalText(254, "forms.emailInvalid").refine(
    (value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    "forms.emailInvalid",
  ),
});

/** Staff's decision on a report: what they did and why. */
export const moderationSchema = z.object({
  decision: z.enum(["dismiss", "ask_employer", "unpublish"], { error: "moderation.errors.decisionRequired" }),
  reason,
});
