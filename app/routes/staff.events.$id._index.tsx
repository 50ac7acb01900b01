import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaffCancelledNotice, StaffCancelSection } from "~/components/event-cancel-staff";
import { EventWhen, ProvisionsLine } from "~/components/event-parts";
import { LocalizedText } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextField } from "~/components/ui/text-field";
import { EVENT_HELPER_ROLES, eventPhase } from "~/domain/event";
import { useLocale } from "~/hooks/use-locale";
import { eventStatistics, listHelpers } from "~/models/event.server";
import { inviteHelperAndLog, readRegistrationsForStaff, removeHelperAndLog, requireOrganiserEvent } from "~/services/events.server";
import { actionHeaders, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { helperSchema, removeHelperSchema } from "~/validation/events";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { localeFromMatches, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["events", "workspace"] };

// GET /staff/events/:id: one of the partner's events for its staff: the details, and who registered
// with what they chose to tell the organiser they need (issue 20, item 2). Showing those needs is
// access data read by someone other than the person: it is audit-logged (services/events.server.ts).
// Another partner's event is 404, as one that does not exist. POST: invite someone with an account to
// caption or moderate this event, or end that invitation (audit-logged). Cancelling it is a page of
// its own (staff.events.$id.cancel.tsx); once cancelled, this page says when and why.
const NOTICES = ["created", "saved", "rescheduled", "helperInvited", "helperRemoved", "cancelled"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, event } = await requireOrganiserEvent(request, params.id);
  const db = getDb();
  const [registrations, figures, helpers] = await Promise.all([
    readRegistrationsForStaff(db, { eventId: event.id, staffUserId: user.id }),
    eventStatistics(db, { eventId: event.id }),
    listHelpers(db, { eventId: event.id }),
  ]);
  const search = new URL(request.url).searchParams;
  return json(
    { event, registrations, figures, helpers, notice: NOTICES.find((key) => search.has(key)) ?? null, now: new Date().toISOString() },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, event } = await requireOrganiserEvent(request, params.id);
  const formData = await request.formData();
  const db = getDb();
  if (formData.get("intent") === "remove-helper") {
    const parsed = removeHelperSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success || !(await removeHelperAndLog(db, { eventId: event.id, userId: parsed.data.userId, staffUserId: user.id }))) throw new Response("Not Found", { status: 404 });
    return redirect(`/staff/events/${event.id}?helperRemoved#helpers-heading`, 303);
  }
  const parsed = parseForm(formData, helperSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const invited = await inviteHelperAndLog(db, { eventId: event.id, contact: parsed.data.contact, role: parsed.data.role, staffUserId: user.id, origin: getEnv().publicUrl });
  if (!invited.ok) return formErrors(context, { errors: { contact: invited.error }, values: submittedValues(formData, []) });
  return redirect(`/staff/events/${event.id}?helperInvited#helpers-heading`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  return pageTitle(matches, pickText(localeFromMatches(matches), data.event.title_zh, data.event.title_en)?.text ?? "");
};

export default function StaffEvent() {
  const { event, registrations, figures, helpers, notice, now } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <p className="back-link">
        <Link to="/staff/events">{t("eventsStaff.back")}</Link>
      </p>
      <LocalizedText as="h1" value={pickText(locale, event.title_zh, event.title_en)} />
      {notice && !result ? (
        <p className="notice notice--success" role="status">
          {t(`eventsStaff.${notice}`)}
        </p>
      ) : null}
      <p className="lead">
        <strong>{t(`events.phases.${eventPhase(event, new Date(now))}`)}</strong> · <EventWhen startsAt={event.starts_at} endsAt={event.ends_at} />
      </p>
      <StaffCancelledNotice event={event} />
      <p>
        <ProvisionsLine provisions={event.provisions} />
      </p>
      <ul>
        <li>
          <Link to={`/events/${event.id}`}>{t("eventsStaff.viewPublic")}</Link>
        </li>
        <li>
          <Link to={`/staff/events/${event.id}/edit`}>{t("eventsStaff.edit")}</Link>
        </li>
        {/* A cancelled event has no live console (it sends here). */}
        {event.cancelled_at ? null : (
          <li>
            <Link to={`/staff/events/${event.id}/live`}>{t("eventsStaff.liveLink")}</Link>
          </li>
        )}
      </ul>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t("eventsStaff.figuresHeading")}</h2>
        <dl className="facts">
          {(["registrations", "attended", "questions", "published", "answers", "applications", "hired"] as const).map((key) => (
            <div key={key}>
              <dt>{t(`eventsStaff.figures.${key}`)}</dt>
              <dd>{figures[key]}</dd>
            </div>
          ))}
        </dl>
        <p className="field__hint">{t("eventsStaff.figuresNote")}</p>
      </section>

      <section aria-labelledby="helpers-heading">
        <h2 id="helpers-heading" tabIndex={-1}>
          {t("eventsStaff.helpersHeading")}
        </h2>
        <p>{t("eventsStaff.helpersLead")}</p>
        {helpers.length === 0 ? (
          <p>{t("eventsStaff.noHelpers")}</p>
        ) : (
          <ul className="helper-list">
            {helpers.map((helper) => (
              <li key={helper.user_id}>
                {t("eventsStaff.helperLine", {
                  name: helper.display_name,
                  contact: [helper.email, helper.mobile].filter(Boolean).join(" / "),
                  role: t(`eventsStaff.helperRoles.${helper.role}`),
                })}
                <Form method="post" action={`/staff/events/${event.id}`}>
                  <input type="hidden" name="intent" value="remove-helper" />
                  <input type="hidden" name="userId" value={helper.user_id} />
                  <Button type="submit" variant="secondary">
                    {t("eventsStaff.removeHelper", { name: helper.display_name })}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        )}
        {/* Without JavaScript the page comes back at this section, with its error summary. */}
        {event.cancelled_at ? (
          <p>{t("eventsStaff.noInviteCancelled")}</p>
        ) : (
          <PostForm errors={result?.errors} action={`/staff/events/${event.id}#helpers-heading`}>
            <input type="hidden" name="intent" value="invite-helper" />
            <TextField id="contact" name="contact" label={t("eventsStaff.helperContact")} defaultValue={result?.values.contact ?? ""} autoComplete="off" />
            <RadioGroup
              id="role"
              name="role"
              label={t("eventsStaff.helperRole")}
              defaultValue={result?.values.role ?? "captioner"}
              options={EVENT_HELPER_ROLES.map((role) => ({ value: role, label: t(`eventsStaff.helperRoles.${role}`) }))}
            />
            <Button type="submit">{t("eventsStaff.invite")}</Button>
          </PostForm>
        )}
      </section>

      <section aria-labelledby="registrations-heading">
        <h2 id="registrations-heading">{t("eventsStaff.registrationsHeading")}</h2>
        {registrations.length === 0 ? (
          <p>{t("eventsStaff.noRegistrations")}</p>
        ) : (
          <>
            <p>{t("eventsStaff.registrationsLead")}</p>
            <table className="checks-table checks-table--wide">
                <thead>
                  <tr>
                    <th scope="col">{t("eventsStaff.person")}</th>
                    <th scope="col">{t("eventsStaff.contact")}</th>
                    <th scope="col">{t("eventsStaff.registeredAt")}</th>
                    <th scope="col">{t("eventsStaff.needs")}</th>
                  </tr>
                </thead>
                <tbody>
                  {registrations.map((registration) => (
                    <tr key={registration.id}>
                      <th scope="row">{registration.display_name}</th>
                      <td data-label={t("eventsStaff.contact")}>{[registration.email, registration.mobile].filter(Boolean).join(" / ")}</td>
                      <td data-label={t("eventsStaff.registeredAt")}>
                        {formatDateTime(t, registration.registered_at)}
                        {registration.reminded_at ? ` (${t("eventsStaff.reminded")})` : ""}
                      </td>
                      <td data-label={t("eventsStaff.needs")}>
                        {registration.needs ? (
                          <>
                            {registration.needs.needs.map((need) => t(`events.register.needs.${need}`)).join(t("events.listSeparator"))}
                            {registration.needs.details ? <p>{registration.needs.details}</p> : null}
                          </>
                        ) : (
                          t("eventsStaff.noNeeds")
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
            </table>
          </>
        )}
      </section>

      <StaffCancelSection event={event} now={now} />
    </>
  );
}
