import { z } from "zod";
import { creditCodeProblem, normaliseCreditCode } from "~/utils/credit-code";

// Employer verification: the employer's request (with the business licence, checked separately as
// an upload) and the partner's decision. Every message is an i18n key.

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

/** A partner suspending (with a public reason) or reinstating an employer's verification. */
export const suspensionSchema = z
  .object({
    intent: z.enum(["suspend", "reinstate"], { error: "verification.review.errors.notSuspendable" }),
    suspendReason: z
      .string()
      .optional()
      .transform((value) => value?.trim() ?? "")
      .pipe(z.string().max(500, "verification.review.errors.suspendReasonTooLong"))
      .transform((value) => value || null),
  })
  .superRefine((form, ctx) => {
    if (form.intent === "suspend" && !form.suspendReason) ctx.addIssue({ code: "custom", path: ["suspendReason"], message: "verification.review.errors.suspendReasonRequired" });
  });
