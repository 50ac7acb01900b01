import { describe, expect, it } from "vitest";
import {
  CARD_COLUMNS,
  DETAIL_COLUMNS,
  EDITABLE_COLUMNS,
  EDITOR_FIELD_ORDER,
  flagsIn,
  IMPORT_COLUMNS,
  OPENING_FIELDS,
  OPENING_FLAGS,
  profileItems,
  QUOTED_REVISION_FIELDS,
  REQUIRED_IMPORT_COLUMNS,
} from "~/domain/opening-fields";
import { openingFormSchema } from "~/validation/opening";

// The opening's field list is the one definition the editor, the import, the workspace and the
// model's lists derive from. The orders below are what people see (the CSV template's columns, the
// error summary, the revision history), so they are pinned here as they were before the list existed.

describe("the opening's fields", () => {
  it("give the editable columns in revision order", () => {
    expect(EDITABLE_COLUMNS).toEqual([
      "title_zh", "title_en", "summary_zh", "summary_en", "description_zh", "description_en", "how_to_apply_zh", "how_to_apply_en",
      "work_arrangement", "remote_anywhere", "province", "city", "employment_form", "hours_min", "hours_max", "schedule",
      "text_only_possible", "phone_required", "camera_required", "sign_language_support", "captioned_meetings",
      "screen_reader_tested", "screen_reader_tools", "assistive_devices_provided", "step_free_workplace", "quiet_space",
      "training_provided", "mentor_support", "trial_period", "pay_min_minor", "pay_max_minor", "pay_unit",
      "social_insurance", "medical_insurance", "housing_fund", "deadline",
    ]);
  });

  it("give the editor's order and its checkbox groups", () => {
    expect(EDITOR_FIELD_ORDER).toEqual([
      "employerId", "partnerId", "title_zh", "title_en", "summary_zh", "summary_en", "description_zh", "description_en",
      "how_to_apply_zh", "how_to_apply_en", "work_arrangement", "province", "city", "employment_form", "hours_min", "hours_max",
      "schedule", "screen_reader_tools", "pay_min", "pay_max", "pay_unit", "deadline",
    ]);
    expect(OPENING_FLAGS).toEqual([
      "text_only_possible", "phone_required", "camera_required", "sign_language_support", "captioned_meetings",
      "screen_reader_tested", "assistive_devices_provided", "step_free_workplace", "quiet_space", "training_provided",
      "mentor_support", "trial_period", "social_insurance", "medical_insurance", "housing_fund",
    ]);
    expect(flagsIn("communication")).toEqual(["text_only_possible", "phone_required", "camera_required", "sign_language_support", "captioned_meetings"]);
    expect(flagsIn("tools")).toEqual(["screen_reader_tested", "assistive_devices_provided"]);
    expect(flagsIn("workplace")).toEqual(["step_free_workplace", "quiet_space"]);
    expect(flagsIn("support")).toEqual(["training_provided", "mentor_support", "trial_period"]);
    expect(flagsIn("protection")).toEqual(["social_insurance", "medical_insurance", "housing_fund"]);
    expect(profileItems("tools", "workplace").map((item) => item.item)).toEqual(["screenReader", "assistiveDevices", "stepFree", "quietSpace"]);
  });

  it("give the CSV template's columns and the required ones", () => {
    expect(IMPORT_COLUMNS).toEqual([
      "row_id", "employer", "title_zh", "title_en", "summary_zh", "summary_en", "description_zh", "description_en",
      "how_to_apply_zh", "how_to_apply_en", "work_arrangement", "province", "city", "employment_form", "hours_min", "hours_max",
      "schedule", "pay_min", "pay_max", "pay_unit", "deadline", "text_only_possible", "phone_required", "camera_required",
      "sign_language_support", "captioned_meetings", "screen_reader_tested", "screen_reader_tools", "assistive_devices_provided",
      "step_free_workplace", "quiet_space", "training_provided", "mentor_support", "trial_period", "social_insurance",
      "medical_insurance", "housing_fund",
    ]);
    expect(REQUIRED_IMPORT_COLUMNS).toEqual([
      "employer", "work_arrangement", "employment_form", "hours_min", "hours_max", "schedule", "pay_min", "pay_max", "pay_unit",
    ]);
  });

  it("give the revision history's quoted fields", () => {
    expect([...QUOTED_REVISION_FIELDS].sort()).toEqual(
      [
        "work_arrangement", "province", "city", "employment_form", "hours_min", "hours_max", "schedule", "pay_min_minor",
        "pay_max_minor", "pay_unit", "deadline", "status", "title_zh", "title_en",
      ].sort(),
    );
  });

  it("split the columns between a list card and the detail page", () => {
    expect([...CARD_COLUMNS, ...DETAIL_COLUMNS].sort()).toEqual([...EDITABLE_COLUMNS].sort());
    expect([...CARD_COLUMNS].sort()).toEqual(
      [
        "title_zh", "title_en", "summary_zh", "summary_en", "work_arrangement", "remote_anywhere", "province", "city",
        "employment_form", "hours_min", "hours_max", "schedule", "text_only_possible", "screen_reader_tested",
        "sign_language_support", "pay_min_minor", "pay_max_minor", "pay_unit", "deadline",
      ].sort(),
    );
  });

  it("are exactly what the editor's schema produces", () => {
    const result = openingFormSchema({ today: "2026-01-01" }).safeParse({
      title_zh: "标题",
      description_zh: "描述",
      work_arrangement: "remote",
      employment_form: "flexible",
      hours_min: "10",
      hours_max: "20",
      schedule: "flexible",
      pay_min: "10",
      pay_max: "20",
      pay_unit: "hour",
    });
    expect(result.success).toBe(true);
    expect(Object.keys(result.data ?? {}).sort()).toEqual(OPENING_FIELDS.map((field) => field.column).sort());
  });
});
