import { z } from "zod";
import { DISABILITY_CATEGORIES, PROFILE_LOCALES } from "~/domain/account";

/** Choices for the interface language; "auto" means no preference (browser and language link decide). */
export { PROFILE_LOCALES };

const digits = (value: string) => value.replace(/\D/g, "").length;

/** Profile form. Only the name is required; empty optional fields are stored as null. */
export const profileSchema = z.object({
  displayName: z.string().trim().min(1, "forms.nameRequired").max(80, "forms.nameTooLong"),
  // Mobile or landline as people write it: digits with spaces, dashes, brackets and a leading +.
  phone: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || (/^\+?[\d\s()-]+$/.test(v) && digits(v) >= 5 && digits(v) <= 20), "profile.phoneInvalid")
    .transform((v) => v || null),
  preferredLocale: z
    .enum(PROFILE_LOCALES, "profile.localeInvalid")
    .default("auto")
    .transform((v) => (v === "auto" ? null : v)),
  preferredWork: z
    .string()
    .trim()
    .default("")
    .refine((v) => Array.from(v).length <= 500, "profile.workTooLong")
    .transform((v) => v || null),
});

/** The version of the text a seeker agrees to when they let the portal count their disability category. */
export const COUNTING_CONSENT_VERSION = "counting-2026-12";

/** "Count me": one of the seven categories, and the separate, unticked consent for counting only. */
export const countingSchema = z.object({
  category: z.enum(DISABILITY_CATEGORIES, "counting.errors.chooseCategory"),
  consent: z.literal("on", { error: "counting.errors.consentRequired" }),
});
