import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublicEvent } from "~/models/event.server";
import { getPublicReadDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

// GET /events/:id/calendar.ics: the event as an iCalendar file (RFC 5545), so a person can add it to
// their phone's calendar with its own reminder. Chinese title and description, with the English
// ones after them where there are any; times in UTC.

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
  const summary = event.title_en ? `${event.title_zh} / ${event.title_en}` : event.title_zh;
  const description = [event.description_zh, event.description_en, url].filter(Boolean).join("\n\n");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//AccessWork//Events//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:event-${event.id}@${new URL(origin).host}`,
    `DTSTAMP:${stamp(new Date())}`,
    `DTSTART:${stamp(new Date(event.starts_at))}`,
    `DTEND:${stamp(new Date(event.ends_at))}`,
    `SUMMARY:${icsText(summary)}`,
    `DESCRIPTION:${icsText(description)}`,
    `URL:${url}`,
    `LOCATION:${icsText(event.stream_url ?? url)}`,
    // A parameter value cannot hold backslash escapes: quoted, without any double quote of its own.
    `ORGANIZER;CN="${(event.partner_name_zh ?? event.partner_name_en ?? "").replace(/["\r\n]/g, "")}":${url}`,
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${icsText(summary)}`,
    "TRIGGER:-PT60M",
    "END:VALARM",
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
