import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { EventList } from "~/components/event-parts";
import { listPublicEvents } from "~/models/event.server";
import { getPublicReadDb } from "~/utils/db.server";
import { metaT, pageTitle } from "~/utils/meta";

// GET /events: the public schedule of live recruitment events (issue 20): on now, coming up, past.
// A read-only page that works without JavaScript, so it ships none.
export const handle: RouteHandle = { hydrate: false, i18n: ["events"] };

export async function loader() {
  const now = new Date();
  const { live, upcoming, past } = await listPublicEvents(getPublicReadDb(), { now });
  return json({ live, upcoming, past, now: now.toISOString() });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("events.title"));

export default function Events() {
  const { live, upcoming, past, now } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("events.title")}</h1>
      <p className="lead">{t("events.lead")}</p>
      <section aria-labelledby="live-heading">
        <h2 id="live-heading">{t("events.liveHeading")}</h2>
        <EventList events={live} empty={t("events.noneLive")} now={now} />
      </section>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t("events.upcomingHeading")}</h2>
        <EventList events={upcoming} empty={t("events.noneUpcoming")} now={now} />
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t("events.pastHeading")}</h2>
        <EventList events={past} empty={t("events.nonePast")} now={now} />
      </section>
    </>
  );
}
