import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { eventPhase, type EventAttendance, type EventProvision } from "~/domain/event";
import { useLocale } from "~/hooks/use-locale";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { LocalizedText } from "./localized-text";

// Pieces the events pages share: when an event is, in China time, and the access it provides.

/** "YYYY-MM-DD" and "HH:MM" in China (UTC+8) of an instant. */
function inChina(value: string | Date) {
  const shifted = new Date(new Date(value).getTime() + 8 * 3_600_000).toISOString();
  return { day: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** "2026年12月12日 14:00–16:00（北京时间）" from an event's start and end; both days when it ends on a later one. */
export function EventWhen({ startsAt, endsAt }: { startsAt: string | Date; endsAt: string | Date }) {
  const { t } = useTranslation();
  const start = inChina(startsAt);
  const end = inChina(endsAt);
  if (end.day !== start.day) return <>{t("events.whenSpan", { day: formatDate(t, start.day), start: start.time, endDay: formatDate(t, end.day), end: end.time })}</>;
  return <>{t("events.when", { day: formatDate(t, start.day), start: start.time, end: end.time })}</>;
}

/** The provisions as one short line, for a list of events. */
export function ProvisionsLine({ provisions }: { provisions: readonly EventProvision[] }) {
  const { t } = useTranslation();
  if (provisions.length === 0) return <>{t("events.accessNone")}</>;
  return <>{t("events.accessShort", { list: provisions.map((provision) => t(`events.provisions.${provision}`)).join(t("events.listSeparator")) })}</>;
}

export type EventListItem = {
  id: number;
  title_zh: string;
  title_en: string | null;
  starts_at: string;
  ends_at: string;
  cancelled_at: string | null;
  attendance?: EventAttendance;
  provisions: EventProvision[];
  partner_name_zh: string | null;
  partner_name_en: string | null;
};

/** A list of events: title (a link), phase, when, organiser and access. */
export function EventList({ events, empty, now }: { events: EventListItem[]; empty: string; now: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (events.length === 0) return <p>{empty}</p>;
  return (
    <ul className="card-list">
      {events.map((event) => (
        <li key={event.id} className="opening-card">
          <h3 className="opening-card__title">
            <Link to={`/events/${event.id}`}>
              <LocalizedText value={pickText(locale, event.title_zh, event.title_en)} />
            </Link>
          </h3>
          <p className="opening-card__employer">
            <strong>{t(`events.phases.${eventPhase(event, new Date(now))}`)}</strong> · <EventWhen startsAt={event.starts_at} endsAt={event.ends_at} />
            {event.attendance === "mixed" ? <> · {t("events.attendance.mixed")}</> : null}
          </p>
          <p className="opening-card__employer">
            {t("events.organiser", { name: pickText(locale, event.partner_name_zh, event.partner_name_en)?.text ?? "" })}
          </p>
          <p>
            <ProvisionsLine provisions={event.provisions} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Apply from this event" under an opening the event presents: the apply page records that the
 * application came from the event. The opening's title is spoken with the link, so each link in a
 * list says where it goes.
 */
export function EventApplyLink({ eventId, opening }: { eventId: number; opening: { id: number; title_zh: string | null; title_en: string | null } }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = pickText(locale, opening.title_zh, opening.title_en)?.text ?? "";
  // The name is given whole: a visually hidden part would be read after a pause ("申请 ：title").
  return (
    <p className="event-apply">
      <Link to={`/openings/${opening.id}/apply?event=${eventId}`} aria-label={`${t("events.applyFromEvent")}${t("events.applyFromEventFor")}${title}`}>
        {t("events.applyFromEvent")}
      </Link>
    </p>
  );
}

/** Where a mixed event happens, and the venue's access in the organiser's words. */
export function EventVenue({
  event,
}: {
  event: { venue_name_zh: string | null; venue_name_en: string | null; venue_address_zh: string | null; venue_address_en: string | null; venue_access_zh: string | null; venue_access_en: string | null };
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const access = pickText(locale, event.venue_access_zh, event.venue_access_en);
  return (
    <section aria-labelledby="venue-heading">
      <h2 id="venue-heading">{t("events.venue.heading")}</h2>
      <p>{t("events.venue.lead")}</p>
      <dl className="facts">
        <div>
          <dt>{t("events.venue.name")}</dt>
          <dd>
            <LocalizedText value={pickText(locale, event.venue_name_zh, event.venue_name_en)} />
          </dd>
        </div>
        <div>
          <dt>{t("events.venue.address")}</dt>
          <dd>
            <LocalizedText value={pickText(locale, event.venue_address_zh, event.venue_address_en)} />
          </dd>
        </div>
        <div>
          <dt>{t("events.venue.access")}</dt>
          <dd>{access ? access.text.split(/\n+/).map((line, index) => <LocalizedText key={index} as="p" value={{ text: line, lang: access.lang }} />) : t("events.venue.accessUnknown")}</dd>
        </div>
      </dl>
    </section>
  );
}
