import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublicEvent } from "~/models/event.server";
import { getPublicReadDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

// GET /events/:id/calendar.ics: the event as an iCalendar file (RFC 5545), so a person can add it to
// their phone's calendar with its own reminder. Chinese title and description, with the English
// ones after them where there are any; times in UTC. A cancelled event's file is the same event
// (its UID) marked CANCELLED, with a higher SEQUENCE, its reason first and no alarm; a new day or
// time raises the SEQUENCE too (migration 0038).

/** Escapes text for an iCalendar property value. */
function icsText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets, as RFC 5545 asks, without splitting a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  for (const char of line) {
    if (Buffer.byteLength(current + char) > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
    }
    current += char;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const stamp = (value: Date) => value.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

export async function loader({ params }: LoaderFunctionArgs) {
  const id = /^\d{1,9}$/.test(params.id ?? "") ? Number(params.id) : null;
  const event = id === null ? undefined : await getPublicEvent(getPublicReadDb(), { id });
  if (!event) throw new Response("Not Found", { status: 404 });
  const origin = getEnv().publicUrl;
  const url = `${origin}/events/${event.id}`;
  const title = event.title_en ? `${event.title_zh} / ${event.title_en}` : event.title_zh;
  // A cancelled event says so in its title too: some calendars import a file without reading STATUS.
  const summary = event.cancelled_at ? `已取消 Cancelled: ${title}` : title;
  const cancelled = event.cancelled_at ? [`已取消：${event.cancel_reason_zh ?? ""}`, event.cancel_reason_en ? `Cancelled: ${event.cancel_reason_en}` : null] : [];
  const description = [...cancelled, event.description_zh, event.description_en, url].filter(Boolean).join("\n\n");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//AccessWork//Events//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:event-${event.id}@${new URL(origin).host}`,
    `DTSTAMP:${stamp(new Date())}`,
    // A new time or a cancellation is a change to the same event (same UID): the higher sequence
    // (raised by each, migration 0038) makes a calendar that has an earlier file take the change
    // rather than ignore it as older.
    `SEQUENCE:${event.calendar_sequence}`,
    `STATUS:${event.cancelled_at ? "CANCELLED" : "CONFIRMED"}`,
    `DTSTART:${stamp(new Date(event.starts_at))}`,
    `DTEND:${stamp(new Date(event.ends_at))}`,
    `SUMMARY:${icsText(summary)}`,
    `DESCRIPTION:${icsText(description)}`,
    `URL:${url}`,
    // A mixed event's place is where a calendar (and a map) should lead; the stream is in the description's link.
    `LOCATION:${icsText(event.attendance === "mixed" && event.venue_name_zh ? `${event.venue_name_zh}，${event.venue_address_zh ?? ""}` : (event.stream_url ?? url))}`,
    // A parameter value cannot hold backslash escapes: quoted, without any double quote of its own.
    `ORGANIZER;CN="${(event.partner_name_zh ?? event.partner_name_en ?? "").replace(/["\r\n]/g, "")}":${url}`,
    // No alarm for an event that will not happen.
    ...(event.cancelled_at ? [] : ["BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${icsText(summary)}`, "TRIGGER:-PT60M", "END:VALARM"]),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return new Response(`${lines.map(fold).join("\r\n")}\r\n`, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="event-${event.id}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
