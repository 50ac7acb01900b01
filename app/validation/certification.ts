import { z } from "zod";
import { CHECK_BACK_OUTCOMES } from "~/domain/application";
import { CERTIFICATE_CHANGES, CERTIFICATE_LEVELS, type CertificateChange } from "~/domain/certification";
import { parseForm } from "~/utils/forms.server";
import { formatBytes, type UploadOutcome } from "~/utils/upload-outcome";

// Certification's forms: the employer's application steps, the reviewer's decisions, the criteria
// editor, certificate changes and the 6-month check-back. Every message is an i18n key. The step
// and review forms name their fields per criterion ("answer-12", "points-12"), so their schemas are
// built from the criteria on the page; a message about one criterion carries its code as the
// issue's `params`, which parseForm hands on as `errorValues` for the summary and the field.

/** The longest free text kept from an answer or review field. */
const MAX_TEXT = 4000;

/** A text field trimmed, and null when blank or missing (a repeated field counts as missing). */
const optionalText = (max = MAX_TEXT) => z.unknown().optional().transform((value) => (typeof value === "string" ? value.trim().slice(0, max) || null : null));

/** A required text field, trimmed; its message when blank. */
const requiredText = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message);

/** A checkbox: true when ticked. */
const ticked = z.unknown().optional().transform((value) => value === "on");

/** True for an http(s) address a reviewer can open. */
export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** A link an employer gave as evidence that a reviewer can follow. */
const usableLink = (value: string) => value.length <= 2000 && isWebLink(value);

// --- The employer's application -------------------------------------------------------------

/** The introduction: the level the application aims for, and whether to go on or stop for now. */
export const targetLevelSchema = z.object({
  level: z.enum(CERTIFICATE_LEVELS, "certification.errors.levelRequired"),
  intent: z.unknown().optional().transform((value) => (value === "later" ? "later" : "continue")),
});

/** "Check your answers": the reviewing partner, on a first submission (the model says when it is needed). */
export const submitApplicationSchema = z.object({
  partnerId: z.unknown().optional().transform((value) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : null)),
});

/** A criterion as an area step checks it: its code, whether it needs evidence, and the file already kept. */
export type StepCriterion = {
  id: number;
  code: string;
  evidence_required: boolean;
  answer: { evidence_file_id: string | null } | null;
};

/** One criterion's answer as the employer gives it on a step, and as the model saves it. */
export type AreaAnswer = {
  criterionId: number;
  answer: "yes" | "no" | null;
  evidenceText: string | null;
  evidenceUrl: string | null;
  employerResponse: string | null;
  /** A newly uploaded, already checked file; replaces any earlier one. */
  file?: { originalName: string; contentType: string; bytes: Uint8Array };
  removeFile?: boolean;
};

/**
 * One area's fields, read without judging them: every criterion's answer, evidence and response.
 * The file field is listed only for its place in the summary's order (files arrive separately).
 */
function areaFieldsSchema(criteria: readonly StepCriterion[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const { id } of criteria) {
    shape[`answer-${id}`] = z.unknown().optional().transform((value) => (value === "yes" || value === "no" ? value : null));
    shape[`file-${id}`] = z.unknown().optional();
    shape[`text-${id}`] = optionalText();
    shape[`url-${id}`] = optionalText(Number.MAX_SAFE_INTEGER);
    shape[`response-${id}`] = optionalText();
    shape[`remove-${id}`] = ticked;
  }
  return z.object(shape);
}

type AreaFields = Record<string, unknown>;

/** The problems on one area: a missing answer, a refused file, a bad link, or "yes" without the evidence it needs. */
function checkArea(criteria: readonly StepCriterion[], files: Record<string, UploadOutcome>) {
  return (fields: AreaFields, ctx: z.RefinementCtx) => {
    for (const criterion of criteria) {
      const { id, code } = criterion;
      const upload = files[`file-${id}`];
      const url = fields[`url-${id}`] as string | null;
      if (!fields[`answer-${id}`]) ctx.addIssue({ code: "custom", path: [`answer-${id}`], message: "certification.errors.answerRequired", params: { code } });
      if (upload?.status === "too_large") {
        ctx.addIssue({ code: "custom", path: [`file-${id}`], message: "certification.errors.fileTooLarge", params: { code, max: formatBytes(upload.maxBytes) } });
      } else if (upload?.status === "wrong_type") {
        ctx.addIssue({ code: "custom", path: [`file-${id}`], message: "certification.errors.fileWrongType", params: { code } });
      }
      if (url && !usableLink(url)) ctx.addIssue({ code: "custom", path: [`url-${id}`], message: "certification.errors.urlInvalid", params: { code } });
      const refusedFile = upload?.status === "too_large" || upload?.status === "wrong_type";
      const keepsFile = Boolean(criterion.answer?.evidence_file_id) && !fields[`remove-${id}`];
      const hasEvidence = upload?.status === "ok" || keepsFile || Boolean(fields[`text-${id}`]) || Boolean(url && usableLink(url));
      if (fields[`answer-${id}`] === "yes" && criterion.evidence_required && !hasEvidence && !refusedFile) {
        ctx.addIssue({ code: "custom", path: [`file-${id}`], message: "certification.errors.evidenceRequired", params: { code } });
      }
    }
  };
}

/** What was read from an area, as the answers to save: a bad link is left out, a chosen file kept. */
function areaAnswers(fields: AreaFields, criteria: readonly StepCriterion[], files: Record<string, UploadOutcome>): AreaAnswer[] {
  return criteria.map(({ id }) => {
    const upload = files[`file-${id}`];
    const file = upload?.status === "ok" ? { originalName: upload.name, contentType: upload.contentType, bytes: upload.bytes } : undefined;
    const url = fields[`url-${id}`] as string | null;
    return {
      criterionId: id,
      answer: fields[`answer-${id}`] as AreaAnswer["answer"],
      evidenceText: fields[`text-${id}`] as string | null,
      evidenceUrl: url && usableLink(url) ? url : null,
      employerResponse: fields[`response-${id}`] as string | null,
      ...(file ? { file } : {}),
      removeFile: Boolean(fields[`remove-${id}`]) && !file,
    };
  });
}

/**
 * Reads one area of the application. Everything valid comes back as `answers`, to be saved even
 * when something else needs fixing (nothing typed or uploaded is lost); `result` is parseForm's
 * answer, with the problems when there are any.
 */
export function parseAreaStep(formData: FormData, files: Record<string, UploadOutcome>, criteria: readonly StepCriterion[]) {
  const fields = areaFieldsSchema(criteria);
  const read = parseForm(formData, fields);
  const answers = read.ok ? areaAnswers(read.data, criteria, files) : [];
  const result = parseForm(formData, fields.superRefine(checkArea(criteria, files)));
  return { answers, result };
}

// --- The reviewer's decisions -----------------------------------------------------------------

/** A criterion as the reviewer scores it. */
export type ReviewCriterion = { id: number; code: string; points: number };

/** One criterion's review as the model saves it. */
export type ReviewItem = {
  criterionId: number;
  verdict: "agree" | "adjust";
  points: number | null;
  reason: string | null;
  changeRequest: string | null;
};

/** The reviewer's verdicts: agree, or adjust with points (0 to the criterion's worth) and a reason; and any change asked for. */
export function reviewSchema(criteria: readonly ReviewCriterion[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const { id } of criteria) {
    shape[`verdict-${id}`] = z.unknown().optional().transform((value) => (value === "adjust" ? "adjust" : "agree"));
    shape[`points-${id}`] = z.unknown().optional().transform((value) => (typeof value === "string" && /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : null));
    shape[`reason-${id}`] = optionalText();
    shape[`change-${id}`] = optionalText();
  }
  return z.object(shape).superRefine((fields, ctx) => {
    for (const { id, code, points } of criteria) {
      if (fields[`verdict-${id}`] !== "adjust") continue;
      const given = fields[`points-${id}`] as number | null;
      if (given === null || given > points) ctx.addIssue({ code: "custom", path: [`points-${id}`], message: "certification.errors.pointsInvalid", params: { code, max: points } });
      if (!fields[`reason-${id}`]) ctx.addIssue({ code: "custom", path: [`reason-${id}`], message: "certification.errors.adjustReasonRequired", params: { code } });
    }
  });
}

/** Reads the review form into one item per criterion (points and reason only for an adjusted score). */
export function parseReview(formData: FormData, criteria: readonly ReviewCriterion[]) {
  const result = parseForm(formData, reviewSchema(criteria));
  if (!result.ok) return result;
  const fields = result.data as Record<string, unknown>;
  const items: ReviewItem[] = criteria.map(({ id }) => {
    const changeRequest = fields[`change-${id}`] as string | null;
    if (fields[`verdict-${id}`] !== "adjust") return { criterionId: id, verdict: "agree", points: null, reason: null, changeRequest };
    return { criterionId: id, verdict: "adjust", points: fields[`points-${id}`] as number, reason: fields[`reason-${id}`] as string, changeRequest };
  });
  return { ok: true as const, data: items };
}

/** Inclusion Leader's outcomes: the reviewer's comment on the counted figures. */
export const outcomesNoteSchema = z.object({
  outcomes_note: requiredText("certification.errors.outcomesNoteRequired").max(2000, "certification.errors.outcomesNoteTooLong"),
});

/** Approving at a level the reviewed score allows, with an optional note. */
export const approveSchema = z.object({
  level: z.enum(CERTIFICATE_LEVELS, "certification.errors.approveLevelRequired"),
  approve_note: optionalText(Number.MAX_SAFE_INTEGER),
});

/** Rejecting, with reasons the employer reads. */
export const rejectSchema = z.object({
  reject_reason: requiredText("certification.errors.rejectReasonRequired"),
});

// --- The criteria editor ----------------------------------------------------------------------

/** A whole number from 0 to 100, as typed. */
const percent = (message: string) =>
  z
    .string({ error: message })
    .refine((value) => /^\d{1,3}$/.test(value.trim()) && Number(value) <= 100, message)
    .transform(Number);

/** Copying a version to a new draft under a label such as "2026.1". */
export const criteriaCopySchema = z.object({
  label: z
    .string({ error: "certification.criteria.errors.labelInvalid" })
    .trim()
    .regex(/^\d{4}\.\d{1,2}$/, "certification.criteria.errors.labelInvalid"),
});

/** A draft version's validity (1 to 60 months) and each level's pass threshold (a percentage). */
export const criteriaSettingsSchema = z.object({
  validity_months: z
    .string({ error: "certification.criteria.errors.monthsInvalid" })
    .trim()
    .refine((value) => /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= 60, "certification.criteria.errors.monthsInvalid")
    .transform(Number),
  threshold_committed: percent("certification.criteria.errors.thresholdInvalid"),
  threshold_accessible_employer: percent("certification.criteria.errors.thresholdInvalid"),
  threshold_inclusion_leader: percent("certification.criteria.errors.thresholdInvalid"),
});

/** One criterion of a draft version: its level, points, flags, and text in both languages. */
export const criterionSchema = z.object({
  level: z.enum(CERTIFICATE_LEVELS, "certification.criteria.errors.levelRequired"),
  points: percent("certification.criteria.errors.pointsInvalid"),
  evidence_required: ticked,
  veto: ticked,
  text_zh: requiredText("certification.criteria.errors.textZhRequired"),
  text_en: requiredText("certification.criteria.errors.textEnRequired"),
  guidance_zh: optionalText(Number.MAX_SAFE_INTEGER),
  guidance_en: optionalText(Number.MAX_SAFE_INTEGER),
});

// --- Certificates and check-backs -------------------------------------------------------------

/** Suspending, reinstating or revoking a certificate, with a public reason in at least one language. */
export const certificateChangeSchema = z
  .object({
    change: z.enum(Object.keys(CERTIFICATE_CHANGES) as [CertificateChange, ...CertificateChange[]], "certification.manage.errors.changeRequired"),
    reason_zh: optionalText(Number.MAX_SAFE_INTEGER),
    reason_en: optionalText(Number.MAX_SAFE_INTEGER),
  })
  // On the Chinese reason, the first of the two; `when` shows it together with a missing change.
  .refine((form) => Boolean(form.reason_zh || form.reason_en), { path: ["reason_zh"], message: "certification.manage.errors.reasonRequired", when: () => true });

/** The 6-month check-back: what was found, and on which day (YYYY-MM-DD). */
export const checkBackSchema = z.object({
  outcome: z.enum(CHECK_BACK_OUTCOMES, "checkBacks.errors.outcomeRequired"),
  checked_on: z
    .string({ error: "checkBacks.errors.dateInvalid" })
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)), "checkBacks.errors.dateInvalid"),
});
