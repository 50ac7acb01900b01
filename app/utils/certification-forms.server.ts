import type { AnswerInput, ReviewInput } from "~/models/certification.server";
import type { UploadOutcome } from "../services/uploads.server";
import { formatBytes } from "../services/uploads.server";

// Reading the certification forms. Their fields are named per criterion ("answer-12", "file-12"),
// so they are checked here rather than by one fixed zod schema. Errors are i18n keys with the
// criterion's code, so the summary can say which criterion each one is about.

/** One problem on a form: the field it links to, the message key and its values. */
export type FormProblem = { field: string; key: string; values?: Record<string, string | number> };

/** Every text value submitted, to show the form again exactly as it was filled in. */
export function textValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

const MAX_TEXT = 4000;

/** A trimmed text field, or null when blank. */
function text(formData: FormData, name: string): string | null {
  const value = formData.get(name);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** True for an http(s) address a reviewer can open. */
export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

type StepCriterion = { id: number; code: string; evidence_required: boolean; answer: { evidence_file_id: string | null; change_request: string | null } | null };

/**
 * Reads one area's answers. Everything valid is returned to be saved (so nothing typed or uploaded
 * is lost), with the problems found: a missing answer, a bad link, a refused file, or "yes" with
 * no evidence where evidence is required.
 */
export function parseStepForm(
  formData: FormData,
  files: Record<string, UploadOutcome>,
  criteria: StepCriterion[],
): { answers: AnswerInput[]; problems: FormProblem[] } {
  const answers: AnswerInput[] = [];
  const problems: FormProblem[] = [];
  for (const criterion of criteria) {
    const { id, code } = criterion;
    const raw = formData.get(`answer-${id}`);
    const answer = raw === "yes" || raw === "no" ? raw : null;
    const evidenceText = text(formData, `text-${id}`)?.slice(0, MAX_TEXT) ?? null;
    let evidenceUrl = text(formData, `url-${id}`);
    const employerResponse = text(formData, `response-${id}`)?.slice(0, MAX_TEXT) ?? null;
    const removeFile = formData.get(`remove-${id}`) === "on";
    const upload = files[`file-${id}`];
    let file: AnswerInput["file"];
    if (upload?.status === "ok") file = { originalName: upload.name, contentType: upload.contentType, bytes: upload.bytes };
    if (!answer) problems.push({ field: `answer-${id}`, key: "certification.errors.answerRequired", values: { code } });
    if (upload?.status === "too_large") {
      problems.push({ field: `file-${id}`, key: "certification.errors.fileTooLarge", values: { code, max: formatBytes(upload.maxBytes) } });
    } else if (upload?.status === "wrong_type") {
      problems.push({ field: `file-${id}`, key: "certification.errors.fileWrongType", values: { code } });
    }
    if (evidenceUrl && (evidenceUrl.length > 2000 || !isWebLink(evidenceUrl))) {
      problems.push({ field: `url-${id}`, key: "certification.errors.urlInvalid", values: { code } });
      evidenceUrl = null;
    }
    const keepsFile = Boolean(criterion.answer?.evidence_file_id) && !removeFile;
    const refusedFile = upload?.status === "too_large" || upload?.status === "wrong_type";
    if (answer === "yes" && criterion.evidence_required && !file && !keepsFile && !evidenceText && !evidenceUrl && !refusedFile) {
      problems.push({ field: `file-${id}`, key: "certification.errors.evidenceRequired", values: { code } });
    }
    answers.push({ criterionId: id, answer, evidenceText, evidenceUrl, employerResponse, file, removeFile: removeFile && !file });
  }
  return { answers, problems };
}

type ReviewCriterion = { id: number; code: string; points: number };

/** Reads the reviewer's verdicts: agree, or adjust with points (0 to the criterion's worth) and a reason. */
export function parseReviewForm(formData: FormData, criteria: ReviewCriterion[]): { items: ReviewInput[]; problems: FormProblem[] } {
  const items: ReviewInput[] = [];
  const problems: FormProblem[] = [];
  for (const { id, code, points } of criteria) {
    const verdict = formData.get(`verdict-${id}`) === "adjust" ? "adjust" : "agree";
    const changeRequest = text(formData, `change-${id}`)?.slice(0, MAX_TEXT) ?? null;
    if (verdict === "agree") {
      items.push({ criterionId: id, verdict, points: null, reason: null, changeRequest });
      continue;
    }
    const pointsText = text(formData, `points-${id}`);
    const value = pointsText !== null && /^\d{1,3}$/.test(pointsText) ? Number(pointsText) : NaN;
    const reason = text(formData, `reason-${id}`)?.slice(0, MAX_TEXT) ?? null;
    if (Number.isNaN(value) || value > points) problems.push({ field: `points-${id}`, key: "certification.errors.pointsInvalid", values: { code, max: points } });
    if (!reason) problems.push({ field: `reason-${id}`, key: "certification.errors.adjustReasonRequired", values: { code } });
    items.push({ criterionId: id, verdict, points: Number.isNaN(value) ? null : Math.min(value, points), reason, changeRequest });
  }
  return { items, problems };
}
