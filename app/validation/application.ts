import { z } from "zod";
import { INBOX_STATUSES, PASSPORT_NEEDS, type PassportNeed } from "~/domain/application";

// Applying, the accommodation passport and the inbox. Every message is an i18n key.

/** Limits on what a person types, in characters (Chinese counts one per character). */
export const APPLICATION_LIMITS = { name: 80, phone: 40, experience: 3000, message: 5000 } as const;

const length = (v: string) => Array.from(v).length;

const text = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((v) => v?.trim() ?? "")
    .refine((v) => length(v) <= max, tooLong);

/** The apply form. Only a name and a message are needed; nothing about disability ever is. */
export const applySchema = z.object({
  contactName: text(APPLICATION_LIMITS.name, "apply.errors.nameTooLong").refine((v) => v.length > 0, "apply.errors.nameRequired"),
  contactPhone: text(APPLICATION_LIMITS.phone, "apply.errors.phoneTooLong"),
  experience: text(APPLICATION_LIMITS.experience, "apply.errors.experienceTooLong"),
  message: text(APPLICATION_LIMITS.message, "apply.errors.messageTooLong").refine((v) => v.length > 0, "apply.errors.messageRequired"),
  sharePassport: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

/** What a draft keeps: the same fields, cut to their limits, never refused. */
export function draftFields(values: Record<string, string>) {
  const cut = (v: string | undefined, max: number) => Array.from(v ?? "").slice(0, max).join("");
  return {
    contactName: cut(values.contactName, APPLICATION_LIMITS.name),
    contactPhone: cut(values.contactPhone, APPLICATION_LIMITS.phone),
    experience: cut(values.experience, APPLICATION_LIMITS.experience),
    message: cut(values.message, APPLICATION_LIMITS.message),
    sharePassport: values.sharePassport === "on",
  };
}

// The passport's needs and the inbox's statuses are vocabulary (app/domain), listed in the browser too.
export { INBOX_STATUSES, PASSPORT_NEEDS, type PassportNeed } from "~/domain/application";

/** The version of the consent text shown on the passport page; bump it when passport.consentLabel changes. */
export const PASSPORT_CONSENT_VERSION = "passport-2026-11";

/** What a passport holds, once decrypted. */
export type PassportContent = { needs: PassportNeed[]; details: string; disability: string };

/** The passport form: everything optional except the separate consent. */
export const passportSchema = z.object({
  needs: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.enum(PASSPORT_NEEDS, { error: "passport.errors.needUnknown" }))),
  details: text(3000, "passport.errors.detailsTooLong"),
  disability: text(500, "passport.errors.disabilityTooLong"),
  consent: z.literal("on", { error: "passport.errors.consentRequired" }),
});

/** The inbox's "update" form: a new status, a message, or both. */
export const inboxUpdateSchema = z
  .object({
    status: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(z.enum(INBOX_STATUSES, { error: "inbox.errors.statusUnknown" }).nullable()),
    message: text(APPLICATION_LIMITS.message, "apply.errors.messageTooLong"),
  })
  .refine((v) => v.status !== null || v.message.length > 0, { path: ["status"], message: "inbox.errors.nothingToSend" });

/** A message from either side. */
export const messageSchema = z.object({
  message: text(APPLICATION_LIMITS.message, "apply.errors.messageTooLong").refine((v) => v.length > 0, "messages.errors.required"),
});

/** The version of the assisted-application permission text (assisted.consentLabel); bump it when that text changes. */
export const ASSIST_CONSENT_VERSION = "assist-2026-11";

const idField = (error: string) =>
  z
    .string({ error })
    .regex(/^\d{1,9}$/, error)
    .transform(Number);

/** The seeker's form giving a partner permission to apply for them: a partner and the separate, unticked consent. */
export const assistConsentSchema = z.object({
  partner: idField("assisted.errors.partnerRequired"),
  consent: z.literal("on", { error: "assisted.errors.consentRequired" }),
});

/** Partner staff applying for a seeker: whom for, and the application's fields (never the passport). */
export const assistedApplySchema = z.object({
  seeker: idField("assisted.errors.seekerRequired"),
  contactName: text(APPLICATION_LIMITS.name, "apply.errors.nameTooLong"),
  contactPhone: text(APPLICATION_LIMITS.phone, "apply.errors.phoneTooLong"),
  experience: text(APPLICATION_LIMITS.experience, "apply.errors.experienceTooLong"),
  message: text(APPLICATION_LIMITS.message, "apply.errors.messageTooLong").refine((v) => v.length > 0, "assisted.errors.messageRequired"),
});
