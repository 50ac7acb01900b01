import { z } from "zod";
import { creditCodeProblem, normaliseCreditCode } from "~/utils/credit-code";

// The public certificate lookup (/certificates): one field that takes either a certificate's number
// or the employer's unified social credit code, as people copy them from paper. Every message is
// an i18n key.

/** A certificate number as printed: AW, the year and a serial, e.g. AW-2025-0003. */
export const CERTIFICATE_NUMBER = /^AW-\d{4}-\d{4,6}$/;

/** What was typed: a certificate number, or a valid credit code. */
export type CertificateLookup = { kind: "number"; number: string } | { kind: "creditCode"; creditCode: string };

export const certificateLookupSchema = z.object({
  lookup: z
    .string()
    .optional()
    .transform((value, ctx): CertificateLookup => {
      const typed = normaliseCreditCode(value ?? "");
      if (typed === "") {
        ctx.addIssue({ code: "custom", message: "certificateLookup.errors.required" });
        return z.NEVER;
      }
      // People type the dashes of a number with spaces or leave them out: AW 2025 0003, AW20250003.
      const number = /^AW(\d{4})(\d{4,6})$/.exec(typed.replace(/[^0-9A-Z]/g, ""));
      if (number) return { kind: "number", number: `AW-${number[1]}-${number[2]}` };
      const problem = creditCodeProblem(typed);
      if (problem === null) return { kind: "creditCode", creditCode: typed };
      ctx.addIssue({ code: "custom", message: problem === "checkDigit" ? "certificateLookup.errors.checkDigit" : "certificateLookup.errors.format" });
      return z.NEVER;
    }),
});
