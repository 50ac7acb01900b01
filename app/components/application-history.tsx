import { useTranslation } from "react-i18next";
import type { ApplicationEventKind, ApplicationStatus } from "~/domain/application";
import { formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { useLocale } from "~/hooks/use-locale";
import { FreeText } from "./localized-text";

/** One entry in an application's history, as the pages receive it. */
export type HistoryEvent = {
  id: number;
  at: string;
  side: "seeker" | "organisation";
  kind: ApplicationEventKind;
  status: ApplicationStatus | null;
  message: string | null;
  actor_name: string | null;
  /** Set when partner staff acted for the seeker (an assisted application): which partner. */
  partner_id?: number | null;
  partner_name_zh?: string | null;
  partner_name_en?: string | null;
};

/**
 * An application's history and messages in time order, as an ordered list. `viewer` decides how
 * the two sides are named: "you" for yourself, "the employer" or "the applicant" for the other.
 */
export function ApplicationHistory({ events, viewer }: { events: HistoryEvent[]; viewer: "seeker" | "organisation" }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Staff who sent an application for the seeker are named, with their partner, to both sides.
  const assisted = (event: HistoryEvent) =>
    event.partner_id
      ? t(viewer === "seeker" ? "assisted.sentForYou" : "assisted.inboxSentBy", {
          name: event.actor_name ?? "",
          partner: pickText(locale, event.partner_name_zh, event.partner_name_en)?.text ?? "",
        })
      : null;
  const who = (event: HistoryEvent) =>
    assisted(event) ??
    (event.side === viewer
      ? viewer === "seeker"
        ? t("applications.fromYou")
        : (event.actor_name ?? t("applications.fromOrganisation"))
      : event.side === "seeker"
        ? t("inbox.fromApplicant")
        : t("applications.fromOrganisation"));
  return (
    <ol className="history application-history">
      {events.map((event) => (
        <li key={event.id}>
          <p className="application-history__head">
            <strong>{who(event)}</strong> · {formatDateTime(t, event.at)}
          </p>
          {event.kind === "status" && event.status ? <p>{t("applications.eventStatus", { status: t(`applications.status.${event.status}`) })}</p> : null}
          {event.kind === "passport_shared" ? <p>{t("applications.eventPassportShared")}</p> : null}
          {event.kind === "passport_withdrawn" ? <p>{t("applications.eventPassportWithdrawn")}</p> : null}
          {event.message ? <FreeText as="p" className="pre-wrap application-history__message" text={event.message} /> : null}
        </li>
      ))}
    </ol>
  );
}
