import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventForm } from "~/components/event-form";
import { listEventChoices } from "~/models/event.server";
import { requireRole } from "~/services/auth.server";
import { createEventAndLog, eventFieldsFromForm } from "~/services/events.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { eventFormValues, eventSchemaFor } from "~/validation/events";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["events", "workspace"] };

// GET/POST /staff/events/new: partner staff create a live recruitment event (issue 20, item 1). It is
// public once saved: the schedule lists every event of a verified partner.
async function staffOf(request: Request) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  return { user, partnerId: chosen.organisation_id, query: options.length > 1 ? `?org=${chosen.organisation_id}` : "" };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { partnerId, query } = await staffOf(request);
  return json({ query, choices: await listEventChoices(getDb(), { partnerId }), embedOrigins: getEnv().STREAM_EMBED_ORIGINS }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, partnerId } = await staffOf(request);
  const formData = await request.formData();
  const parsed = parseForm(formData, eventSchemaFor(getEnv().STREAM_EMBED_ORIGINS));
  if (!parsed.ok) return formErrors(context, { errors: parsed.errors, values: eventFormValues(formData) });
  const db = getDb();
  const checked = await eventFieldsFromForm(db, { partnerId, form: parsed.data });
  if (!checked.ok) return formErrors(context, { errors: checked.errors, values: eventFormValues(formData) });
  const { fields } = checked;
  const id = await createEventAndLog(db, { partnerId, staffUserId: user.id, fields });
  return redirect(`/staff/events/${id}?created`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("eventsStaff.newTitle"));

export default function NewEvent() {
  const { query, choices, embedOrigins } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/staff/events${query}`}>{t("eventsStaff.back")}</Link>
      </p>
      <h1>{t("eventsStaff.newTitle")}</h1>
      <EventForm action={`/staff/events/new${query}`} errors={result?.errors} values={result?.values ?? {}} choices={choices} embedOrigins={embedOrigins} />
    </div>
  );
}
