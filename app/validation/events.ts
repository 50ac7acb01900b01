import { z } from "zod";
import { embedAllowed, EVENT_ATTENDANCE, EVENT_HELPER_ROLES, EVENT_MAX_DAYS, EVENT_NEEDS, EVENT_PROVISIONS, QA_MODERATION } from "~/domain/event";

// Live recruitment events (issue 20): staff's event form and a job seeker's registration. Every
// message is an i18n key.

/** The version of the text a seeker agrees to when they tell the organiser what they need (events.register.shareLabel). */
export const EVENT_NEEDS_CONSENT_VERSION = "event-needs-2026-12";

const length = (v: string) => Array.from(v).length;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => length(v) <= max, message)
    .transform((v) => v || null);

const requiredText = (max: number, required: string, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => v.length > 0, required)
    .refine((v) => length(v) <= max, tooLong);

/** One or several ticked boxes of the same name, as a list. */
const ticked = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.enum(values, { error: message })));

const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .transform((v) => [...new Set(v.filter((id) => /^\d{1,9}$/.test(id)).map(Number))]);

const address = (message: string) =>
  optionalText(500, message).refine((v) => v === null || /^https:\/\/[^\s]+\.[^\s]+$/i.test(v), message);

const time = (message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), message);

/** An instant from a day and a time of day in China (UTC+8). */
export function chinaInstant(day: string, hhmm: string): Date {
  return new Date(`${day}T${hhmm}:00+08:00`);
}

/** The day ("YYYY-MM-DD") and time ("HH:MM") in China of an instant, for the form's fields. */
export function chinaDayAndTime(value: Date | string): { day: string; time: string } {
  const shifted = new Date(new Date(value).getTime() + 8 * 3_600_000).toISOString();
  return { day: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** A real day: "2026-02-31" parses, as 3 March, so the day must come back unchanged. */
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
const isTime = (v: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v);

/**
 * Staff's event form. An event starts on a day at a time in China and ends later that day, or on a
 * later day given as `endDay` (an evening fair that runs past midnight, or one over a few days, at
 * most EVENT_MAX_DAYS). A mixed event (in person and online) names its venue and address in Chinese.
 * A player to embed must be on one of `embedOrigins`, the streaming services the deployment allows
 * (STREAM_EMBED_ORIGINS).
 */
export const eventSchemaFor = (embedOrigins: readonly string[]) =>
  z
    .object({
      titleZh: requiredText(120, "events.errors.titleRequired", "events.errors.titleTooLong"),
      titleEn: optionalText(160, "events.errors.titleTooLong"),
      descriptionZh: requiredText(4000, "events.errors.descriptionRequired", "events.errors.descriptionTooLong"),
      descriptionEn: optionalText(6000, "events.errors.descriptionTooLong"),
      day: z
        .string()
        .optional()
        .transform((v) => (v ?? "").trim())
        .refine(isDay, "events.errors.dayInvalid"),
      startTime: time("events.errors.startInvalid"),
      endDay: z
        .string()
        .optional()
        .transform((v) => (v ?? "").trim())
        .refine((v) => v === "" || isDay(v), "events.errors.endDayInvalid"),
      endTime: time("events.errors.endInvalid"),
      attendance: z.enum(EVENT_ATTENDANCE, { error: "events.errors.attendanceRequired" }).optional().default("online"),
      venueNameZh: optionalText(120, "events.errors.venueTooLong"),
      venueNameEn: optionalText(160, "events.errors.venueTooLong"),
      venueAddressZh: optionalText(200, "events.errors.venueTooLong"),
      venueAddressEn: optionalText(300, "events.errors.venueTooLong"),
      venueAccessZh: optionalText(1000, "events.errors.venueAccessTooLong"),
      venueAccessEn: optionalText(1500, "events.errors.venueAccessTooLong"),
      streamUrl: address("events.errors.addressInvalid"),
      embedUrl: address("events.errors.addressInvalid").refine((v) => v === null || embedAllowed(v, embedOrigins), "events.errors.embedNotAllowed"),
      replayUrl: address("events.errors.addressInvalid"),
      provisions: ticked(EVENT_PROVISIONS, "events.errors.provisionUnknown"),
      qaModeration: z.enum(QA_MODERATION, { error: "events.errors.moderationRequired" }),
      employers: ids,
      openings: ids,
    })
    .superRefine((value, ctx) => {
      if (!isTime(value.startTime) || !isTime(value.endTime)) {
        // Said in the times' own messages.
      } else if (!value.endDay) {
        // The same day: the times alone tell, even before the day is right.
        if (value.endTime <= value.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "events.errors.endBeforeStart" });
      } else if (isDay(value.day) && isDay(value.endDay)) {
        const length = chinaInstant(value.endDay, value.endTime).getTime() - chinaInstant(value.day, value.startTime).getTime();
        if (length <= 0) ctx.addIssue({ code: "custom", path: ["endTime"], message: "events.errors.endBeforeStartDay" });
        else if (length > EVENT_MAX_DAYS * 86_400_000) ctx.addIssue({ code: "custom", path: ["endDay"], message: "events.errors.tooLong" });
      }
      if (value.attendance === "mixed") {
        if (!value.venueNameZh) ctx.addIssue({ code: "custom", path: ["venueNameZh"], message: "events.errors.venueNameRequired" });
        if (!value.venueAddressZh) ctx.addIssue({ code: "custom", path: ["venueAddressZh"], message: "events.errors.venueAddressRequired" });
      }
    });

export type EventForm = z.infer<ReturnType<typeof eventSchemaFor>>;

/** The form's single-valued fields, in the order they are shown. */
const EVENT_FORM_TEXT_FIELDS = [
  "titleZh",
  "titleEn",
  "descriptionZh",
  "descriptionEn",
  "day",
  "startTime",
  "endDay",
  "endTime",
  "attendance",
  "venueNameZh",
  "venueNameEn",
  "venueAddressZh",
  "venueAddressEn",
  "venueAccessZh",
  "venueAccessEn",
  "streamUrl",
  "embedUrl",
  "replayUrl",
  "qaModeration",
] as const;

/** The submitted values to show again, the lists joined with commas. */
export function eventFormValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of EVENT_FORM_TEXT_FIELDS) values[key] = String(formData.get(key) ?? "");
  for (const key of ["provisions", "employers", "openings"]) values[key] = formData.getAll(key).map(String).join(",");
  return values;
}

/** Registering: what the person needs (optional), and, only if they say anything, their consent to tell the organiser. */
export const registrationSchema = z
  .object({
    needs: ticked(EVENT_NEEDS, "events.errors.needUnknown"),
    details: optionalText(1000, "events.errors.detailsTooLong"),
    share: z
      .string()
      .optional()
      .transform((v) => v === "on"),
  })
  .superRefine((value, ctx) => {
    if ((value.needs.length > 0 || value.details) && !value.share) ctx.addIssue({ code: "custom", path: ["share"], message: "events.errors.shareRequired" });
  });

/** What a registration's sealed needs hold. */
export type EventNeedsContent = { needs: (typeof EVENT_NEEDS)[number][]; details: string | null };

/** A caption line as the captioner sends it: one or a few sentences. */
export const captionSchema = z.object({
  caption: requiredText(500, "events.errors.captionRequired", "events.errors.captionTooLong"),
});

/** "Now presenting": one of the event's openings, or "none". */
export const pinSchema = z.object({
  opening: z
    .string({ error: "events.errors.pinRequired" })
    .regex(/^(none|\d{1,9})$/, "events.errors.pinRequired")
    .transform((v) => (v === "none" ? null : Number(v))),
});

/** A question asked in the live room, optionally anonymous to other viewers. */
export const questionSchema = z.object({
  question: requiredText(500, "events.errors.questionRequired", "events.errors.questionTooLong"),
  anonymous: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

const questionId = z.string({ error: "events.errors.questionGone" }).regex(/^\d{1,9}$/, "events.errors.questionGone").transform(Number);

/** An answer to a published question, by the organiser's staff or a verified recruiter. */
export const answerSchema = z.object({
  questionId,
  answer: requiredText(1000, "events.errors.answerRequired", "events.errors.answerTooLong"),
});

/** A moderator's decision on a question. */
export const moderationSchema = z.object({
  questionId,
  decision: z.enum(["published", "hidden"], { error: "events.errors.questionGone" }),
});

const itemId = z.string().regex(/^\d{1,9}$/).transform(Number);

/** A viewer's flag: a question or an answer. */
export const flagSchema = z.union([z.object({ questionId: itemId }), z.object({ answerId: itemId })]);

/** A moderator hides an answer. */
export const hideAnswerSchema = z.object({ answerId: itemId });

/** A moderator mutes a participant, or lets them ask again. */
export const muteSchema = z.object({ userId: itemId, muted: z.enum(["true", "false"]).transform((v) => v === "true") });

/** Staff invite someone with an account to caption or moderate one event. */
export const helperSchema = z.object({
  contact: requiredText(254, "events.errors.helperContactRequired", "events.errors.helperUnknown"),
  role: z.enum(EVENT_HELPER_ROLES, { error: "events.errors.helperRoleRequired" }),
});

/** Staff end a helper's invitation. */
export const removeHelperSchema = z.object({ userId: itemId });

/**
 * Staff cancel an event: why, in Chinese (required) and English (optional), told to everyone
 * registered; and the box saying they understand it cannot be undone, so no slip of a key cancels.
 */
export const cancelEventSchema = z.object({
  reasonZh: requiredText(300, "events.errors.cancelReasonRequired", "events.errors.cancelReasonTooLong"),
  reasonEn: optionalText(600, "events.errors.cancelReasonTooLong"),
  confirm: z.literal("on", { error: "events.errors.cancelConfirmRequired" }),
});
