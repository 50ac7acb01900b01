import { z } from "zod";
import { isCommonPassword } from "~/utils/common-passwords";

// Lengths count characters as people see them (code points), so a 64-character Chinese
// passphrase is 64, and an emoji is 1.
const length = (value: string) => Array.from(value).length;

/** An email address field; `requiredMessage` lets a form ask for someone else's address. */
export const emailAddress = (requiredMessage = "forms.emailRequired") =>
  z
    .string()
    .trim()
    .min(1, requiredMessage)
    .max(254, "forms.emailInvalid")
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "forms.emailInvalid");

const email = emailAddress();

/** A new password: 8–128 characters of any script, no composition rules, not a common one. */
export const newPasswordField = (requiredMessage = "forms.passwordRequired") =>
  z
    .string()
    .refine((v) => v.length > 0, requiredMessage)
    .refine((v) => v.length === 0 || length(v) >= 8, "forms.passwordTooShort")
    .refine((v) => length(v) <= 128, "forms.passwordTooLong")
    .refine((v) => length(v) < 8 || !isCommonPassword(v), "forms.passwordCommon");
const newPassword = newPasswordField();

/** Sign-up form. */
export const signUpSchema = z.object({
  displayName: z.string().trim().min(1, "forms.nameRequired").max(80, "forms.nameTooLong"),
  email,
  password: newPassword,
});

/** Sign-in form: any password is checked against the hash, whatever its length. */
export const signInSchema = z.object({
  email,
  password: z.string().min(1, "forms.passwordRequired").max(1024, "forms.passwordTooLong"),
  redirectTo: z.string().optional(),
});

/** Forgotten-password form. */
export const forgotPasswordSchema = z.object({ email });

/** New-password form on the reset page. */
export const resetPasswordSchema = z.object({ password: newPassword });

/** Account deletion needs an explicit tick. */
export const deleteAccountSchema = z.object({
  confirm: z.literal("yes", { error: "accountData.deleteConfirmRequired" }),
});

/** Creating an account from an invitation: the address comes from the invitation itself. */
export const invitationAccountSchema = signUpSchema.pick({ displayName: true, password: true });
