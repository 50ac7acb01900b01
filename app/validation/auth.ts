import { z } from "zod";
import { looksLikeMobile, normaliseMobile } from "~/domain/account";
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

/** What an "email address or mobile number" field held: one or the other, already normalised. */
export type Login = { email: string; mobile?: undefined } | { mobile: string; email?: undefined };

/**
 * An "email address or mobile number" field. Digits (with spaces, dashes or +86) are read as a
 * mainland mobile number, anything else as an address; each has its own error, so the person is
 * told what was wrong with what they meant. `requiredMessage` lets a form ask for someone else's.
 */
export const emailOrMobile = (requiredMessage = "forms.loginRequired") =>
  z
    .string()
    .trim()
    .min(1, requiredMessage)
    .max(254, "forms.emailInvalid")
    .superRefine((value, ctx) => {
      if (looksLikeMobile(value)) {
        if (!normaliseMobile(value)) ctx.addIssue({ code: "custom", message: "forms.mobileInvalid" });
      } else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
        ctx.addIssue({ code: "custom", message: "forms.emailInvalid" });
      }
    })
    .transform((value): Login => {
      const mobile = looksLikeMobile(value) ? normaliseMobile(value) : null;
      return mobile ? { mobile } : { email: value };
    });

/** The sign-up, sign-in and forgotten-password forms' "email address or mobile number" field. */
export const loginField = emailOrMobile();

/** A new password: 8–128 characters of any script, no composition rules, not a common one. */
export const newPasswordField = (requiredMessage = "forms.passwordRequired") =>
  z
    .string()
    .refine((v) => v.length > 0, requiredMessage)
    .refine((v) => v.length === 0 || length(v) >= 8, "forms.passwordTooShort")
    .refine((v) => length(v) <= 128, "forms.passwordTooLong")
    .refine((v) => length(v) < 8 || !isCommonPassword(v), "forms.passwordCommon");
const newPassword = newPasswordField();

const displayName = z.string().trim().min(1, "forms.nameRequired").max(80, "forms.nameTooLong");

/** Sign-up form: an email address or a mobile number (which a code then proves). */
export const signUpSchema = z.object({ displayName, login: loginField, password: newPassword });

/** Sign-in form: any password is checked against the hash, whatever its length. */
export const signInSchema = z.object({
  login: loginField,
  password: z.string().min(1, "forms.passwordRequired").max(1024, "forms.passwordTooLong"),
  redirectTo: z.string().optional(),
});

/** Forgotten-password form: the link goes by email, or by text message to a mobile number. */
export const forgotPasswordSchema = z.object({ login: loginField });

/** The one-time code sent to a mobile number: six digits, typed or pasted with any spaces. */
export const mobileCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().min(1, "forms.codeRequired").regex(/^\d{6}$/, "forms.codeInvalid")),
});

/** New-password form on the reset page. */
export const resetPasswordSchema = z.object({ password: newPassword });

/** Account deletion needs an explicit tick. */
export const deleteAccountSchema = z.object({
  confirm: z.literal("yes", { error: "accountData.deleteConfirmRequired" }),
});

/** Creating an account from an invitation: the address comes from the invitation itself. */
export const invitationAccountSchema = z.object({ displayName, password: newPassword });
