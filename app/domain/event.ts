// Live recruitment events (issue 20): the access an event provides, what a registered job seeker
// may ask for, and where an event is in its life. Safe for the browser.

/** What an event provides for access; each has a label and a one-line explanation in events.provisions.*. */
export const EVENT_PROVISIONS = ["captions", "sign_language", "text_qa", "text_only_room", "breaks", "materials_in_advance"] as const;
export type EventProvision = (typeof EVENT_PROVISIONS)[number];

/** What a registered person may tell the organiser they need to take part (events.needs.*). */
export const EVENT_NEEDS = ["captions", "sign_language", "text_qa", "text_only_room", "breaks", "materials_in_advance", "screen_reader_materials"] as const;
export type EventNeed = (typeof EVENT_NEEDS)[number];

/** What an invited helper does in one event's live console: type captions, or moderate questions. */
export const EVENT_HELPER_ROLES = ["captioner", "moderator"] as const;
export type EventHelperRole = (typeof EVENT_HELPER_ROLES)[number];

/**
 * What a person may do in an event's live console: the organising partner's staff everything; an
 * invited captioner send captions; an invited moderator publish and hide questions, hide answers and
 * mute. Answering as the organiser and choosing the opening presented stay with the partner's staff.
 */
export function consolePowers(access: "organiser" | EventHelperRole) {
  const organiser = access === "organiser";
  return { organiser, caption: organiser || access === "captioner", moderate: organiser || access === "moderator", pin: organiser, answer: organiser };
}
export type ConsolePowers = ReturnType<typeof consolePowers>;

/** Where people take part: online only, or in person at a venue and online at once (schema.org's eventAttendanceMode). */
export const EVENT_ATTENDANCE = ["online", "mixed"] as const;
export type EventAttendance = (typeof EVENT_ATTENDANCE)[number];

/** The longest an event may run: a job fair over a few days, not a standing listing. */
export const EVENT_MAX_DAYS = 7;

/** Whether questions wait for a moderator or appear at once. */
export const QA_MODERATION = ["held", "open"] as const;
export type QaModeration = (typeof QA_MODERATION)[number];

/** Where an event is: not started, on now, over; a cancelled event is "cancelled" whatever the time. */
export type EventPhase = "upcoming" | "live" | "past" | "cancelled";

export function eventPhase(event: { starts_at: string | Date; ends_at: string | Date; cancelled_at: string | Date | null }, now = new Date()): EventPhase {
  if (event.cancelled_at) return "cancelled";
  if (now < new Date(event.starts_at)) return "upcoming";
  if (now < new Date(event.ends_at)) return "live";
  return "past";
}

/** Registration opens when the event is created and closes when it ends. */
export function registrationOpen(event: Parameters<typeof eventPhase>[0], now = new Date()): boolean {
  const phase = eventPhase(event, now);
  return phase === "upcoming" || phase === "live";
}

/** The reminder goes this long before the start (issue 20: "an hour before"). */
export const REMINDER_MINUTES_BEFORE = 60;

/** Events happen in China: times are entered and shown in China Standard Time (UTC+8, no daylight saving). */
export const EVENT_TIME_ZONE = "Asia/Shanghai";

/** The consent purpose for what a person told one event's organiser they need; the consent's partner_id names the organiser. */
export const eventNeedsPurpose = (eventId: number) => `event_needs:${eventId}`;

/** Bound into the sealed needs, so a ciphertext moved to another registration cannot be opened there. */
export const eventNeedsContext = (eventId: number, userId: number) => `event-needs:${eventId}:${userId}`;

/** How an embedded stream is played: an HLS address in the page's own video player, or the service's player page in a frame. */
export function streamKind(url: string): "hls" | "page" {
  try {
    return new URL(url).pathname.toLowerCase().endsWith(".m3u8") ? "hls" : "page";
  } catch {
    return "page";
  }
}

/** Whether `url` is on one of the streaming services the deployment allows to be embedded (https origins). */
export function embedAllowed(url: string, origins: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && origins.includes(parsed.origin);
  } catch {
    return false;
  }
}
