import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { eventPhase, type EventProvision } from "~/domain/event";
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

/** "2026年12月12日 14:00–16:00（北京时间）" from an event's start and end. */
export function EventWhen({ startsAt, endsAt }: { startsAt: string | Date; endsAt: string | Date }) {
  const { t } = useTranslation();
  const start = inChina(startsAt);
  const end = inChina(endsAt);
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
