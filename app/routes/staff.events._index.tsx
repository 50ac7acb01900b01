import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventWhen } from "~/components/event-parts";
import { LocalizedText } from "~/components/localized-text";
import { eventPhase } from "~/domain/event";
import { useLocale } from "~/hooks/use-locale";
import { listPartnerEvents } from "~/models/event.server";
import { requireRole } from "~/services/auth.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["events", "workspace"] };

// GET /staff/events: the chosen partner's live recruitment events (issue 20), newest first, with how
// many registered, and the way to create one.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  const events = await listPartnerEvents(getDb(), { partnerId: chosen.organisation_id });
  return json({ events, query: options.length > 1 ? `?org=${chosen.organisation_id}` : "", now: new Date().toISOString() }, { headers: { "Cache-Control": "private, no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("eventsStaff.title"));

export default function StaffEvents() {
  const { events, query, now } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <p className="back-link">
        <Link to="/staff">{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("eventsStaff.title")}</h1>
      <p className="lead">{t("eventsStaff.lead")}</p>
      <p>
        <Link className="button button--primary" to={`/staff/events/new${query}`}>
          {t("eventsStaff.newLink")}
        </Link>
      </p>
      {events.length === 0 ? (
        <p>{t("eventsStaff.none")}</p>
      ) : (
        <ul className="card-list">
          {events.map((event) => (
            <li key={event.id} className="opening-card">
              <h2 className="opening-card__title">
                <Link to={`/staff/events/${event.id}`}>
                  <LocalizedText value={pickText(locale, event.title_zh, event.title_en)} />
                </Link>
              </h2>
              <p className="opening-card__employer">
                <strong>{t(`events.phases.${eventPhase(event, new Date(now))}`)}</strong> · <EventWhen startsAt={event.starts_at} endsAt={event.ends_at} />
              </p>
              <p>{t("eventsStaff.registrations", { count: event.registrations ?? 0 })}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
