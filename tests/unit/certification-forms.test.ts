import { describe, expect, it } from "vitest";
import { type UploadOutcome } from "~/utils/upload-outcome";
import { parseForm } from "~/utils/forms.server";
import {
  approveSchema,
  certificateChangeSchema,
  checkBackSchema,
  criteriaCopySchema,
  criteriaSettingsSchema,
  criterionSchema,
  isWebLink,
  outcomesNoteSchema,
  parseAreaStep,
  parseReview,
  rejectSchema,
  submitApplicationSchema,
  targetLevelSchema,
} from "~/validation/certification";

// The certification forms in the one form dialect: parseForm with the schemas of
// app/validation/certification.ts. Messages are i18n keys; those about one criterion carry its
// code (and a limit) as errorValues, so the summary can say which criterion each is about.

const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) for (const one of [value].flat()) data.append(key, one);
  return data;
};

const noFiles = (...ids: number[]): Record<string, UploadOutcome> => Object.fromEntries(ids.map((id) => [`file-${id}`, { status: "none" } as UploadOutcome]));

const criteria = [
  { id: 1, code: "A1", evidence_required: true, answer: null },
  { id: 2, code: "A2", evidence_required: false, answer: null },
  { id: 3, code: "A3", evidence_required: true, answer: { evidence_file_id: "f-3" } },
];

describe("an area of the application", () => {
  it("reports a missing answer, a bad link and missing evidence, in the order of the fields, each with its criterion's code", () => {
    const { answers, result } = parseAreaStep(form({ "answer-1": "yes", "url-1": "not a link", "text-2": "  ", "answer-3": "yes", "remove-3": "on" }), noFiles(1, 2, 3), criteria);
    expect(result).toEqual({
      ok: false,
      errors: {
        "file-1": "certification.errors.evidenceRequired",
        "url-1": "certification.errors.urlInvalid",
        "answer-2": "certification.errors.answerRequired",
        "file-3": "certification.errors.evidenceRequired",
      },
      errorValues: { "file-1": { code: "A1" }, "url-1": { code: "A1" }, "answer-2": { code: "A2" }, "file-3": { code: "A3" } },
      values: { "answer-1": "yes", "url-1": "not a link", "text-2": "  ", "answer-3": "yes", "remove-3": "on" },
    });
    // What is valid is still read, to be saved: nothing typed is lost, the bad link is left out.
    expect(answers).toEqual([
      { criterionId: 1, answer: "yes", evidenceText: null, evidenceUrl: null, employerResponse: null, removeFile: false },
      { criterionId: 2, answer: null, evidenceText: null, evidenceUrl: null, employerResponse: null, removeFile: false },
      { criterionId: 3, answer: "yes", evidenceText: null, evidenceUrl: null, employerResponse: null, removeFile: true },
    ]);
  });

  it("accepts a kept file, a description or a link as evidence, and trims what is typed", () => {
    const { answers, result } = parseAreaStep(
      form({ "answer-1": "yes", "text-1": "  Ramps at every door. ", "answer-2": "no", "answer-3": "yes", "url-2": "https://example.org/plan", "response-3": " Done " }),
      noFiles(1, 2, 3),
      criteria,
    );
    expect(result.ok).toBe(true);
    expect(answers).toEqual([
      { criterionId: 1, answer: "yes", evidenceText: "Ramps at every door.", evidenceUrl: null, employerResponse: null, removeFile: false },
      { criterionId: 2, answer: "no", evidenceText: null, evidenceUrl: "https://example.org/plan", employerResponse: null, removeFile: false },
      { criterionId: 3, answer: "yes", evidenceText: null, evidenceUrl: null, employerResponse: "Done", removeFile: false },
    ]);
  });

  it("refuses a file too large (with the limit) or of the wrong type, without also asking for evidence", () => {
    const files: Record<string, UploadOutcome> = {
      "file-1": { status: "too_large", name: "big.pdf", maxBytes: 5 * 1024 * 1024 },
      "file-2": { status: "wrong_type", name: "notes.exe" },
      "file-3": { status: "ok", name: "plan.pdf", contentType: "application/pdf", bytes: new Uint8Array([1]) },
    };
    const { answers, result } = parseAreaStep(form({ "answer-1": "yes", "answer-2": "no", "answer-3": "yes", "remove-3": "on" }), files, criteria);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({ "file-1": "certification.errors.fileTooLarge", "file-2": "certification.errors.fileWrongType" });
    expect(result.errorValues).toEqual({ "file-1": { code: "A1", max: "5 MB" }, "file-2": { code: "A2" } });
    // A new file replaces the old one rather than removing it.
    expect(answers[2]).toMatchObject({ file: { originalName: "plan.pdf", contentType: "application/pdf" }, removeFile: false });
  });
});

describe("the reviewer's verdicts", () => {
  const reviewed = [
    { id: 1, code: "A1", points: 10 },
    { id: 2, code: "A2", points: 5 },
  ];

  it("reads agree and adjust, with points and a reason only for an adjusted score", () => {
    expect(parseReview(form({ "verdict-1": "agree", "points-1": "3", "change-1": " Add a photo ", "verdict-2": "adjust", "points-2": " 4 ", "reason-2": "Only one entrance" }), reviewed)).toEqual({
      ok: true,
      data: [
        { criterionId: 1, verdict: "agree", points: null, reason: null, changeRequest: "Add a photo" },
        { criterionId: 2, verdict: "adjust", points: 4, reason: "Only one entrance", changeRequest: null },
      ],
    });
  });

  it("asks for points within the criterion's worth and a reason, naming the criterion and its maximum", () => {
    const result = parseReview(form({ "verdict-1": "adjust", "points-1": "11", "verdict-2": "adjust", "points-2": "x", "reason-2": "Why" }), reviewed);
    expect(result).toMatchObject({
      ok: false,
      errors: { "points-1": "certification.errors.pointsInvalid", "reason-1": "certification.errors.adjustReasonRequired", "points-2": "certification.errors.pointsInvalid" },
      errorValues: { "points-1": { code: "A1", max: 10 }, "reason-1": { code: "A1" }, "points-2": { code: "A2", max: 5 } },
    });
  });
});

describe("the application's other steps and the reviewer's decisions", () => {
  it("needs a level to aim for", () => {
    expect(parseForm(form({ intent: "later" }), targetLevelSchema)).toMatchObject({ ok: false, errors: { level: "certification.errors.levelRequired" } });
    expect(parseForm(form({ level: "inclusion_leader", intent: "later" }), targetLevelSchema)).toEqual({ ok: true, data: { level: "inclusion_leader", intent: "later" } });
    expect(parseForm(form({ level: "committed" }), targetLevelSchema)).toEqual({ ok: true, data: { level: "committed", intent: "continue" } });
  });

  it("reads the reviewing partner as a number, or none", () => {
    expect(parseForm(form({ partnerId: "12" }), submitApplicationSchema)).toEqual({ ok: true, data: { partnerId: 12 } });
    expect(parseForm(form({ partnerId: "" }), submitApplicationSchema)).toEqual({ ok: true, data: { partnerId: null } });
  });

  it("needs a comment on the outcomes, of at most 2,000 characters", () => {
    expect(parseForm(form({ outcomes_note: "  " }), outcomesNoteSchema)).toMatchObject({ errors: { outcomes_note: "certification.errors.outcomesNoteRequired" } });
    expect(parseForm(form({ outcomes_note: "x".repeat(2001) }), outcomesNoteSchema)).toMatchObject({ errors: { outcomes_note: "certification.errors.outcomesNoteTooLong" } });
    expect(parseForm(form({ outcomes_note: " Enough " }), outcomesNoteSchema)).toEqual({ ok: true, data: { outcomes_note: "Enough" } });
  });

  it("approves at a chosen level, with an optional note", () => {
    expect(parseForm(form({ approve_note: "ok" }), approveSchema)).toMatchObject({ ok: false, errors: { level: "certification.errors.approveLevelRequired" }, values: { approve_note: "ok" } });
    expect(parseForm(form({ level: "committed", approve_note: " " }), approveSchema)).toEqual({ ok: true, data: { level: "committed", approve_note: null } });
  });

  it("rejects only with a reason", () => {
    expect(parseForm(form({ reject_reason: " " }), rejectSchema)).toMatchObject({ errors: { reject_reason: "certification.errors.rejectReasonRequired" } });
    expect(parseForm(form({ reject_reason: " No ramps " }), rejectSchema)).toEqual({ ok: true, data: { reject_reason: "No ramps" } });
  });
});

describe("the criteria editor", () => {
  it("copies under a label such as 2026.1", () => {
    expect(parseForm(form({ label: "next" }), criteriaCopySchema)).toMatchObject({ errors: { label: "certification.criteria.errors.labelInvalid" } });
    expect(parseForm(form({ label: " 2026.1 " }), criteriaCopySchema)).toEqual({ ok: true, data: { label: "2026.1" } });
  });

  it("checks the validity and every threshold at once", () => {
    expect(parseForm(form({ validity_months: "61", threshold_committed: "50", threshold_accessible_employer: "101", threshold_inclusion_leader: "" }), criteriaSettingsSchema)).toMatchObject({
      errors: {
        validity_months: "certification.criteria.errors.monthsInvalid",
        threshold_accessible_employer: "certification.criteria.errors.thresholdInvalid",
        threshold_inclusion_leader: "certification.criteria.errors.thresholdInvalid",
      },
    });
    expect(parseForm(form({ validity_months: " 24 ", threshold_committed: "50", threshold_accessible_employer: "70", threshold_inclusion_leader: "85" }), criteriaSettingsSchema)).toEqual({
      ok: true,
      data: { validity_months: 24, threshold_committed: 50, threshold_accessible_employer: 70, threshold_inclusion_leader: 85 },
    });
  });

  it("needs a criterion's level, points and text in both languages, in the order of the fields", () => {
    const result = parseForm(form({ points: "101", text_zh: " ", guidance_en: "x" }), criterionSchema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.entries(result.errors)).toEqual([
      ["level", "certification.criteria.errors.levelRequired"],
      ["points", "certification.criteria.errors.pointsInvalid"],
      ["text_zh", "certification.criteria.errors.textZhRequired"],
      ["text_en", "certification.criteria.errors.textEnRequired"],
    ]);
    expect(parseForm(form({ level: "committed", points: "5", veto: "on", text_zh: "有坡道", text_en: " Ramps ", guidance_zh: "" }), criterionSchema)).toEqual({
      ok: true,
      data: { level: "committed", points: 5, evidence_required: false, veto: true, text_zh: "有坡道", text_en: "Ramps", guidance_zh: null, guidance_en: null },
    });
  });
});

describe("certificates and check-backs", () => {
  it("changes a certificate only with a change and a reason in either language, reporting both at once", () => {
    expect(parseForm(form({ reason_en: " " }), certificateChangeSchema)).toMatchObject({
      errors: { change: "certification.manage.errors.changeRequired", reason_zh: "certification.manage.errors.reasonRequired" },
    });
    expect(parseForm(form({ change: "suspend", reason_en: " Audit " }), certificateChangeSchema)).toEqual({ ok: true, data: { change: "suspend", reason_zh: null, reason_en: "Audit" } });
    expect(parseForm(form({ change: "promote", reason_zh: "原因" }), certificateChangeSchema)).toMatchObject({ errors: { change: "certification.manage.errors.changeRequired" } });
  });

  it("records a check-back with an outcome and a real date", () => {
    expect(parseForm(form({ checked_on: "2026-02-30x" }), checkBackSchema)).toMatchObject({
      errors: { outcome: "checkBacks.errors.outcomeRequired", checked_on: "checkBacks.errors.dateInvalid" },
    });
    expect(parseForm(form({ outcome: "employed", checked_on: " 2026-06-01 " }), checkBackSchema)).toEqual({ ok: true, data: { outcome: "employed", checked_on: "2026-06-01" } });
  });
});

describe("evidence links", () => {
  it("are http(s) addresses with a dotted host", () => {
    expect(isWebLink("https://example.org/x")).toBe(true);
    expect(isWebLink("http://intranet/x")).toBe(false);
    expect(isWebLink("javascript:alert(1)")).toBe(false);
  });
});
