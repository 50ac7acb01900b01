import { z } from "zod";
import { DISABILITY_CATEGORIES, normaliseMobile } from "~/domain/account";
import { OFFLINE_CONSENT_HOW, OFFLINE_COUNTING_HOW } from "~/domain/caseload";

// Staff serving job seekers offline (issue 19, item 5): registering someone who came to the office
// or phoned, with the permission they gave, the caseload's notes, correcting a mistyped number, and
// a disability category for counting given on paper or by phone.

/**
 * The version of the consent to be counted by disability category as staff read it to the person
 * (caseload.countingConsentText in app/locales/<language>/workspace.ts). It says one thing more than
 * the seeker's own text (COUNTING_CONSENT_VERSION): the partner whose staff recorded it sees the category.
 */
export const COUNTING_OFFLINE_CONSENT_VERSION = "counting-offline-2026-12";

/** A mobile number as staff type it, in any of the usual spellings; 11 digits once parsed. */
const mobileNumber = z
  .string()
  .trim()
  .min(1, "caseload.errors.mobileRequired")
  .transform((v) => normaliseMobile(v) ?? "")
  .refine((v) => v !== "", "forms.mobileInvalid");

const optionalText = (max: number, message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => Array.from(v).length <= max, message)
    .transform((v) => v || null);

/** Registering a seeker: name, mobile number, what work they look for, and their permission as given. */
export const offlineSeekerSchema = z.object({
  displayName: z.string().trim().min(1, "caseload.errors.nameRequired").max(80, "forms.nameTooLong"),
  mobile: mobileNumber,
  preferredWork: optionalText(200, "caseload.errors.workTooLong"),
  how: z.enum(OFFLINE_CONSENT_HOW, { error: "caseload.errors.howRequired" }),
  note: optionalText(300, "caseload.errors.noteTooLong"),
  consent: z.literal("on", { error: "caseload.errors.consentRequired" }),
});

/** A note on a seeker, with an optional next step and its date. */
export const caseloadNoteSchema = z.object({
  body: z.string().trim().min(1, "caseload.errors.noteRequired").max(2000, "caseload.errors.noteTooLong2"),
  nextStep: optionalText(200, "caseload.errors.nextStepTooLong"),
  nextStepDue: z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), "caseload.errors.dueInvalid")
    .transform((v) => v || null),
});

/** Correcting the number staff typed, while nobody has claimed the account: the same check as registering. */
export const correctMobileSchema = z.object({ mobile: mobileNumber });

/** A disability category for counting, with the person's consent as they gave it to staff: on paper or by phone. */
export const offlineCountingSchema = z.object({
  category: z.enum(DISABILITY_CATEGORIES, "caseload.errors.categoryRequired"),
  how: z.enum(OFFLINE_COUNTING_HOW, { error: "caseload.errors.howRequired" }),
  note: optionalText(300, "caseload.errors.noteTooLong"),
  consent: z.literal("on", { error: "caseload.errors.consentRequired" }),
});
