import { z } from "zod";

// Employer verification: the employer's request (with the business licence, checked separately as
// an upload) and the partner's decision. Every message is an i18n key.

/** The 31 characters a unified social credit code may use (no I, O, S, V or Z), in value order. */
const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A code as people type it: spaces and dashes dropped, letters upper-cased, full-width folded. */
export function normaliseCreditCode(value: string): string {
  return value
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, "")
    .toUpperCase();
}

/**
 * Why a unified social credit code (统一社会信用代码, GB 32100-2015) is wrong, or null when it is
 * valid: 18 characters from the code's alphabet, and the last one the check character (mod 31).
 */
export function creditCodeProblem(code: string): "length" | "characters" | "checkDigit" | null {
  if (code.length !== 18) return "length";
  if (![...code].every((ch) => CREDIT_CODE_CHARS.includes(ch))) return "characters";
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(code.charAt(i)) * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARS.charAt(check) === code.charAt(17) ? null : "checkDigit";
}

/** A required, valid unified social credit code, normalised. */
export const creditCode = z
  .string()
  .optional()
  .transform((value) => normaliseCreditCode(value ?? ""))
  .superRefine((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: "verification.errors.creditCodeRequired" });
      return;
    }
    const problem = creditCodeProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `verification.errors.creditCode_${problem}` });
  });

/** The employer's request; the licence file is checked by the upload parser. */
export const verificationRequestSchema = z.object({
  creditCode,
  partnerId: z
    .string({ error: "verification.errors.partnerRequired" })
    .regex(/^\d{1,9}$/, "verification.errors.partnerRequired")
    .transform(Number),
  note: z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? "")
    .pipe(z.string().max(1000, "verification.errors.noteTooLong"))
    .transform((value) => value || null),
});

/** A partner's decision: approve, or reject with a reason the employer will read. */
export const verificationDecisionSchema = z
  .object({
    decision: z.enum(["approve", "reject"], { error: "verification.errors.decisionRequired" }),
    reason: z
      .string()
      .optional()
      .transform((value) => value?.trim() ?? "")
      .pipe(z.string().max(1000, "verification.errors.reasonTooLong"))
      .transform((value) => value || null),
  })
  .superRefine((form, ctx) => {
    if (form.decision === "reject" && !form.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "verification.errors.reasonRequired" });
  });
