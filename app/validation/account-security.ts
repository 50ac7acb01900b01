import { z } from "zod";
import { newPasswordField } from "./auth";

/**
 * The code emailed for a first passkey. Full-width digits (typed with a Chinese input method) and
 * spaces are accepted: NFKC turns "１２３ ４５６" into "123456".
 */
export const emailCodeSchema = z.object({
  code: z
    .string()
    .transform((v) => v.normalize("NFKC").replace(/[\s-]/g, ""))
    .pipe(z.string().min(1, "security.code.required").regex(/^\d{6}$/, "security.code.format")),
});

/** The confirm page: the password again, and where to go back to. */
export const reauthSchema = z.object({
  password: z.string().min(1, "forms.passwordRequired").max(1024, "forms.passwordTooLong"),
  redirectTo: z.string().optional(),
});

/** Changing the password: the current one, and a new one checked as at sign-up. */
export const changePasswordSchema = z.object({
  // Two password fields: each says which one is missing.
  currentPassword: z.string().min(1, "security.password.currentRequired").max(1024, "forms.passwordTooLong"),
  newPassword: newPasswordField("security.password.newRequired"),
});
