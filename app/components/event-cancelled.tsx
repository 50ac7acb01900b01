import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { useLocale } from "~/hooks/use-locale";
import { formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { Labelled, LocalizedText } from "./localized-text";

// A cancelled event (issue 20), as the public sees it: the notice at the top of its page, and what
// is left of registering. The organiser's staff parts are in event-cancel-staff.tsx, so the public
// page does not ship them. The reason is shown in the reader's language when
// the organiser gave one in it, else in Chinese, marked as such.

export type Cancelled = {
  cancelled_at: string | null;
  cancel_reason_zh: string | null;
  cancel_reason_en: string | null;
};

/** The reason, one paragraph per line the organiser typed, after its label. */
export function Reason({ event, label }: { event: Cancelled; label: string }) {
  const locale = useLocale();
  const reason = pickText(locale, event.cancel_reason_zh, event.cancel_reason_en);
  if (!reason) return null;
  const [first = "", ...rest] = reason.text.split(/\n+/);
  return (
    <>
      <p>
        <Labelled text={label} />
        <LocalizedText value={{ text: first, lang: reason.lang }} />
      </p>
      {rest.map((line, index) => (
        <LocalizedText key={index} as="p" value={{ text: line, lang: reason.lang }} />
      ))}
    </>
  );
}

/**
 * "This event is cancelled", at the top of a cancelled event's public page: who cancelled it and when,
 * their reason, and that nothing more will come. Its heading takes focus from the error summary when
 * someone tried to register from a page opened before the cancellation.
 */
export function EventCancelledNotice({ event }: { event: Cancelled & { partner_name_zh: string | null; partner_name_en: string | null } }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!event.cancelled_at) return null;
  return (
    <section className="notice event-cancelled" aria-labelledby="cancelled-heading">
      <h2 id="cancelled-heading" tabIndex={-1}>
        {t("events.cancelled.heading")}
      </h2>
      <p>{t("events.cancelled.by", { organiser: pickText(locale, event.partner_name_zh, event.partner_name_en)?.text ?? "", when: formatDateTime(t, event.cancelled_at) })}</p>
      <Reason event={event} label={t("events.cancelled.reasonLabel")} />
      <p>{t("events.cancelled.body")}</p>
    </section>
  );
}

/**
 * The registration part of a cancelled event's page: no registering; a person registered is told
 * their registration is still kept and may remove it (the page's "cancel" intent), and with it what
 * they said they need.
 */
export function CancelledRegistration({ eventId, registered }: { eventId: number; registered: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t("events.cancelled.register")}</p>
      {registered ? (
        <>
          <p>{t("events.cancelled.stillRegistered")}</p>
          <Form method="post" action={`/events/${eventId}`}>
            <input type="hidden" name="intent" value="cancel" />
            <Button type="submit" variant="secondary">
              {t("events.cancelled.remove")}
            </Button>
          </Form>
        </>
      ) : null}
    </>
  );
}
