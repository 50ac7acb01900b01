import type { Locale } from "~/utils/i18n";
import { jsonLdScriptContent } from "~/utils/job-posting";
import { pickText } from "~/utils/localized";

// An event's schema.org `Event` for search engines (issue 20, item 1), built on the server: the event
// page ships it as text, so its code stays out of the page's scripts (the 150 KB budget,
// tests/e2e/page-weight.spec.ts).

type EventForJsonLd = {
  title_zh: string;
  title_en: string | null;
  description_zh: string;
  description_en: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  cancelled_at: Date | string | null;
  attendance: "online" | "mixed";
  venue_name_zh: string | null;
  venue_name_en: string | null;
  venue_address_zh: string | null;
  venue_address_en: string | null;
  stream_url: string | null;
  partner_name_zh: string | null;
  partner_name_en: string | null;
};

/** The event as JSON-LD, ready for a `<script type="application/ld+json">`, in the reader's language. */
export function eventJsonLd(event: EventForJsonLd, locale: Locale, { url, partnerUrl }: { url: string; partnerUrl: string }): string {
  const online = { "@type": "VirtualLocation", url: event.stream_url ?? url };
  return jsonLdScriptContent({
    "@context": "https://schema.org",
    "@type": "Event",
    name: pickText(locale, event.title_zh, event.title_en)?.text,
    description: pickText(locale, event.description_zh, event.description_en)?.text,
    startDate: event.starts_at,
    endDate: event.ends_at,
    eventStatus: event.cancelled_at ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: event.attendance === "mixed" ? "https://schema.org/MixedEventAttendanceMode" : "https://schema.org/OnlineEventAttendanceMode",
    location:
      event.attendance === "mixed" && event.venue_name_zh
        ? [{ "@type": "Place", name: pickText(locale, event.venue_name_zh, event.venue_name_en)?.text, address: pickText(locale, event.venue_address_zh, event.venue_address_en)?.text }, online]
        : online,
    organizer: { "@type": "Organization", name: pickText(locale, event.partner_name_zh, event.partner_name_en)?.text, url: partnerUrl },
    isAccessibleForFree: true,
    url,
  });
}
