import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventForm } from "~/components/event-form";
import { countRegistrations, listEventChoices } from "~/models/event.server";
import { eventFieldsFromForm, requireOrganiserEvent, updateEventAndLog } from "~/services/events.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { chinaDayAndTime, eventFormValues, eventSchemaFor } from "~/validation/events";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["events", "workspace"] };

// GET/POST /staff/events/:id/edit: the organising partner's staff change an event: its texts, time,
// addresses (the replay after it), access, employers and openings. Another partner's event is 404.
// A new day or time is sent to everyone registered (services/events.server.ts, updateEventAndLog).

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { event } = await requireOrganiserEvent(request, params.id);
  const start = chinaDayAndTime(event.starts_at);
  const end = chinaDayAndTime(event.ends_at);
  const values: Record<string, string> = {
    titleZh: event.title_zh,
    titleEn: event.title_en ?? "",
    descriptionZh: event.description_zh,
    descriptionEn: event.description_en ?? "",
    day: start.day,
    startTime: start.time,
    // The end day is asked only when it is not the start's.
    endDay: end.day === start.day ? "" : end.day,
    endTime: end.time,
    attendance: event.attendance,
    venueNameZh: event.venue_name_zh ?? "",
    venueNameEn: event.venue_name_en ?? "",
    venueAddressZh: event.venue_address_zh ?? "",
    venueAddressEn: event.venue_address_en ?? "",
    venueAccessZh: event.venue_access_zh ?? "",
    venueAccessEn: event.venue_access_en ?? "",
    streamUrl: event.stream_url ?? "",
    embedUrl: event.embed_url ?? "",
    replayUrl: event.replay_url ?? "",
    qaModeration: event.qa_moderation,
    provisions: event.provisions.join(","),
    employers: event.employerIds.join(","),
    openings: event.openingIds.join(","),
  };
  const db = getDb();
  const [choices, registrations] = await Promise.all([listEventChoices(db, { partnerId: event.partner_id, keep: event }), countRegistrations(db, { eventId: event.id })]);
  // Before they change the time, staff see who a new time would be sent to (not for a cancelled event, which tells nobody).
  const toTell = event.cancelled_at ? 0 : registrations;
  return json({ id: event.id, values, choices, toTell, embedOrigins: getEnv().STREAM_EMBED_ORIGINS }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, event } = await requireOrganiserEvent(request, params.id);
  const formData = await request.formData();
  const parsed = parseForm(formData, eventSchemaFor(getEnv().STREAM_EMBED_ORIGINS));
  if (!parsed.ok) return formErrors(context, { errors: parsed.errors, values: eventFormValues(formData) });
  const db = getDb();
  const checked = await eventFieldsFromForm(db, { partnerId: event.partner_id, form: parsed.data, linked: event });
  if (!checked.ok) return formErrors(context, { errors: checked.errors, values: eventFormValues(formData) });
  const { fields } = checked;
  const saved = await updateEventAndLog(db, { id: event.id, partnerId: event.partner_id, staffUserId: user.id, fields, origin: getEnv().publicUrl });
  // The notice says when the people registered are being told of a new time.
  return redirect(`/staff/events/${event.id}?${saved.updated && saved.told > 0 ? "rescheduled" : "saved"}`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("eventsStaff.editTitle"));

export default function EditEvent() {
  const { id, values, choices, toTell, embedOrigins } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/staff/events/${id}`}>{t("eventsStaff.backToEvent")}</Link>
      </p>
      <h1>{t("eventsStaff.editTitle")}</h1>
      <EventForm action={`/staff/events/${id}/edit`} errors={result?.errors} values={result?.values ?? values} choices={choices} embedOrigins={embedOrigins} registrations={toTell} />
    </div>
  );
}
