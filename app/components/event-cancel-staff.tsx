import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/utils/format";
import { Reason, type Cancelled } from "./event-cancelled";

// A cancelled event (issue 20) on its organiser's staff page: the notice, and the way to cancel one.

/** At the top of the organiser's staff page of a cancelled event: when, and the reason the people registered were told. */
export function StaffCancelledNotice({ event }: { event: Cancelled }) {
  const { t } = useTranslation();
  if (!event.cancelled_at) return null;
  return (
    <section className="notice event-cancelled" aria-labelledby="cancelled-heading">
      <h2 id="cancelled-heading">{t("events.cancelled.heading")}</h2>
      <p>{t("eventsStaff.cancelledBanner", { when: formatDateTime(t, event.cancelled_at) })}</p>
      <Reason event={event} label={t("eventsStaff.cancelledReason")} />
    </section>
  );
}

/**
 * At the end of the organiser's staff page of an event not cancelled and not over: the way to cancel
 * it, on a page of its own with the reason and a confirmation, so no slip of a key cancels an event.
 */
export function StaffCancelSection({ event, now }: { event: Cancelled & { id: number; ends_at: string }; now: string }) {
  const { t } = useTranslation();
  if (event.cancelled_at || new Date(event.ends_at) <= new Date(now)) return null;
  return (
    <section aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t("eventsStaff.cancelHeading")}</h2>
      <p>{t("eventsStaff.cancelSectionBody")}</p>
      <p>
        <Link to={`/staff/events/${event.id}/cancel`}>{t("eventsStaff.cancelLink")}</Link>
      </p>
    </section>
  );
}
