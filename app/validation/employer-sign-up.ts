import { z } from "zod";
import { signUpSchema } from "./auth";
import { creditCode } from "./verification";

const organisationName = z
  .string()
  .trim()
  .default("")
  .refine((v) => Array.from(v).length <= 120, "employerSignUp.errors.nameTooLong")
  .transform((v) => v || null);

/**
 * An employer joining on its own: the organisation (a name in at least one language, its unified
 * social credit code, the partner it chooses to check its licence), then the person's own account.
 */
export const employerSignUpSchema = z
  .object({
    nameZh: organisationName,
    nameEn: organisationName,
    creditCode,
    partnerId: z
      .string({ error: "employerSignUp.errors.partnerRequired" })
      .regex(/^\d{1,9}$/, "employerSignUp.errors.partnerRequired")
      .transform(Number),
  })
  .extend(signUpSchema.shape)
  // On the first field, which the summary links to; shown together with every other problem.
  .refine((value) => Boolean(value.nameZh || value.nameEn), { path: ["nameZh"], message: "employerSignUp.errors.nameRequired", when: () => true });
