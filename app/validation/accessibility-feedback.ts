import { z } from "zod";

// The barrier report form on /accessibility/report. Messages are i18n keys.

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? "")
    .pipe(z.string().max(max, tooLong))
    .transform((value) => (value === "" ? null : value));

/** What went wrong (required), where, with which tools, and an optional address for an answer. */
export const accessibilityFeedbackSchema = z.object({
  problem: z
    .string({ error: "barrier.errors.problemRequired" })
    .transform((value) => value.trim())
    .pipe(z.string().min(1, "barrier.errors.problemRequired").max(4000, "barrier.errors.problemTooLong")),
  page: optionalText(500, "barrier.errors.pageTooLong"),
  assistiveTechnology: optionalText(300, "barrier.errors.technologyTooLong"),
  contactEmail: optionalText(254, "forms.emailInvalid").refine(
    (value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    "forms.emailInvalid",
  ),
});
