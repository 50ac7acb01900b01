import { describe, expect, it } from "vitest";
import { resources } from "~/locales/resources.server";
import { chinaToday, moderationSchema, openingFormSchema, reportSchema, reviewDecisionSchema } from "~/validation/opening";

const today = "2026-11-25";
const valid = {
  title_zh: "在线文字客服",
  description_en: "Answer customers by text chat.",
  work_arrangement: "remote",
  employment_form: "flexible",
  hours_min: "10",
  hours_max: "20",
  schedule: "flexible",
  pay_min: "25",
  pay_max: "40",
  pay_unit: "hour",
};

const errorsOf = (input: Record<string, string>, options: { currentDeadline?: string | null } = {}) => {
  const result = openingFormSchema({ today, ...options }).safeParse(input);
  if (result.success) return {};
  // The first problem per field, as the form shows it (utils/forms.server.ts).
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
};

describe("opening form", () => {
  it("reports every problem at once, each as an i18n key on its field", () => {
    expect(errorsOf({ work_arrangement: "on_site", hours_min: "abc", hours_max: "", pay_min: "¥", pay_max: "3", pay_unit: "week" })).toEqual({
      title_zh: "editor.errors.titleRequired",
      description_zh: "editor.errors.descriptionRequired",
      province: "editor.errors.provinceRequired",
      employment_form: "editor.errors.formRequired",
      schedule: "editor.errors.scheduleRequired",
      hours_min: "editor.errors.hoursMinNumber",
      hours_max: "editor.errors.hoursMaxRequired",
      pay_min: "editor.errors.payMinRequired",
      pay_unit: "editor.errors.payUnitRequired",
    });
  });

  it("names the fewest and the most hours, and the lowest and the highest pay, in their own messages (issue 19)", () => {
    // Left empty, then typed as words: each field has a message of its own for each problem.
    const cases = [
      { typed: { hours_min: "", hours_max: "", pay_min: "", pay_max: "" }, problem: "Required" },
      { typed: { hours_min: "ten", hours_max: "twenty", pay_min: "abc", pay_max: "x" }, problem: "Number" },
    ];
    const keys: string[] = [];
    for (const { typed, problem } of cases) {
      const errors = errorsOf({ ...valid, ...typed });
      expect(errors).toMatchObject({
        hours_min: `editor.errors.hoursMin${problem}`,
        hours_max: `editor.errors.hoursMax${problem}`,
        pay_min: `editor.errors.payMin${problem}`,
        pay_max: `editor.errors.payMax${problem}`,
      });
      keys.push(...Object.values(errors));
    }
    // In both languages, no two of these read the same in an error summary.
    for (const { translation } of [resources["zh-CN"], resources.en]) {
      const texts = keys.map((key) =>
        key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], translation),
      );
      expect(texts.every((text) => typeof text === "string" && text.length > 0), texts.join(" | ")).toBe(true);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it("needs a title and a description in at least one language, either one", () => {
    expect(errorsOf(valid)).toEqual({});
    expect(errorsOf({ ...valid, title_zh: "  ", title_en: "Support agent" })).toEqual({});
    expect(errorsOf({ ...valid, title_zh: "", description_en: "" })).toEqual({
      title_zh: "editor.errors.titleRequired",
      description_zh: "editor.errors.descriptionRequired",
    });
  });

  it("checks the order of hours and pay, and their ranges", () => {
    expect(errorsOf({ ...valid, hours_min: "30", hours_max: "20" })).toEqual({ hours_max: "editor.errors.hoursOrder" });
    expect(errorsOf({ ...valid, hours_max: "61" })).toEqual({ hours_max: "editor.errors.hoursRange" });
    expect(errorsOf({ ...valid, pay_min: "50", pay_max: "40" })).toEqual({ pay_max: "editor.errors.payOrder" });
    expect(errorsOf({ ...valid, pay_min: "0.355" })).toEqual({ pay_min: "editor.errors.payMinNumber" });
  });

  it("turns yuan into fen exactly, and derives 'anywhere' from a remote job without a province", () => {
    const data = openingFormSchema({ today }).parse({ ...valid, pay_min: "0.35", pay_max: "3,800", screen_reader_tested: "on", screen_reader_tools: "NVDA、争渡读屏, NVDA" });
    expect(data).toMatchObject({ pay_min_minor: 35, pay_max_minor: 380000, remote_anywhere: true, province: null, screen_reader_tools: ["NVDA", "争渡读屏"] });
    const placed = openingFormSchema({ today }).parse({ ...valid, work_arrangement: "hybrid", province: "江苏", city: "常州", step_free_workplace: "on" });
    expect(placed).toMatchObject({ remote_anywhere: false, province: "江苏", city: "常州", step_free_workplace: true });
    // A remote job has no workplace to be step-free, and tools are only listed when tested.
    const remote = openingFormSchema({ today }).parse({ ...valid, step_free_workplace: "on", screen_reader_tools: "JAWS" });
    expect(remote).toMatchObject({ step_free_workplace: false, screen_reader_tools: [] });
    expect(errorsOf({ ...valid, province: "江苏省" })).toEqual({ province: "editor.errors.provinceInvalid" });
  });

  it("accepts only real dates from today on, but lets an existing past deadline stand", () => {
    expect(errorsOf({ ...valid, deadline: "2026-02-30" })).toEqual({ deadline: "editor.errors.deadlineInvalid" });
    expect(errorsOf({ ...valid, deadline: "2026-11-24" })).toEqual({ deadline: "editor.errors.deadlinePast" });
    expect(errorsOf({ ...valid, deadline: "2026-11-24" }, { currentDeadline: "2026-11-24" })).toEqual({});
    expect(errorsOf({ ...valid, deadline: today })).toEqual({});
  });

  it("reads today's date in China time", () => {
    expect(chinaToday(new Date("2026-11-24T17:00:00Z"))).toBe("2026-11-25");
    expect(chinaToday(new Date("2026-11-24T15:59:00Z"))).toBe("2026-11-24");
  });
});

describe("decision and report forms", () => {
  it("a return needs a reason; an approval does not", () => {
    expect(reviewDecisionSchema.safeParse({ decision: "approve" }).success).toBe(true);
    const returned = reviewDecisionSchema.safeParse({ decision: "return", reason: " " });
    expect(returned.success ? null : returned.error.issues.map((i) => [i.path[0], i.message])).toEqual([["reason", "workflow.errors.returnReasonRequired"]]);
    const none = reviewDecisionSchema.safeParse({});
    expect(none.success ? null : none.error.issues[0]?.message).toBe("workflow.errors.decisionRequired");
  });

  it("moderation always needs a decision and a reason", () => {
    const result = moderationSchema.safeParse({ reason: "" });
    expect(result.success ? null : result.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["decision", "moderation.errors.decisionRequired"],
      ["reason", "workflow.errors.reasonRequired"],
    ]);
  });

  it("a report needs only a reason; the address, if given, must be an address", () => {
    expect(reportSchema.parse({ reason: "asks_fees" })).toEqual({ reason: "asks_fees", details: null, contactEmail: null });
    const bad = reportSchema.safeParse({ reason: "spam", contactEmail: "nope" });
    expect(bad.success ? null : bad.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["reason", "report.errors.reasonRequired"],
      ["contactEmail", "forms.emailInvalid"],
    ]);
  });
});
