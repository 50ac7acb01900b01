import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventWhen } from "~/components/event-parts";
import { LocalizedText } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { PostForm } from "~/components/ui/form";
import { TextArea } from "~/components/ui/text-area";
import { useLocale } from "~/hooks/use-locale";
import { countRegistrations } from "~/models/event.server";
import { cancelEventAndTell, requireOrganiserEvent } from "~/services/events.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { translateKey } from "~/utils/i18n";
import { pickText } from "~/utils/localized";
import { localeFromMatches, metaT, pageTitle } from "~/utils/meta";
import { cancelEventSchema } from "~/validation/events";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["events", "workspace"] };

// GET/POST /staff/events/:id/cancel: the organising partner's staff cancel an event that is not over
// (issue 20). A page of its own, reached from the event's staff page, says what cancelling does and
// asks why (told to everyone registered) and for a ticked "I understand", so no slip of a key
// cancels an event; a mistake keeps everything typed. Another partner's event is 404, as on every
// staff event page (requireOrganiserEvent); helpers, who are not the partner's staff, never get here.
// An event already cancelled or over has nothing to cancel: its staff page is where to go.

/** The staff page of an event that cannot be cancelled (any more). */
const eventPage = (id: number) => redirect(`/staff/events/${id}`, 303);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { event } = await requireOrganiserEvent(request, params.id);
  if (event.cancelled_at || event.ends_at <= new Date()) throw eventPage(event.id);
  const registrations = await countRegistrations(getDb(), { eventId: event.id });
  return json(
    { event: { id: event.id, title_zh: event.title_zh, title_en: event.title_en, starts_at: event.starts_at, ends_at: event.ends_at }, registrations },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, event } = await requireOrganiserEvent(request, params.id);
  const parsed = parseForm(await request.formData(), cancelEventSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const cancelled = await cancelEventAndTell(getDb(), { event, staffUserId: user.id, reasonZh: parsed.data.reasonZh, reasonEn: parsed.data.reasonEn, origin: getEnv().publicUrl });
  // Over or cancelled meanwhile (another staff member was quicker): its page says which.
  if (!cancelled.ok) return eventPage(event.id);
  return redirect(`/staff/events/${event.id}?cancelled`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const title = pickText(localeFromMatches(matches), data.event.title_zh, data.event.title_en)?.text ?? "";
  return pageTitle(matches, metaT(matches)("eventsStaff.cancelTitle", { title }));
};

export default function CancelEvent() {
  const { event, registrations } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const values = result?.values;
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/staff/events/${event.id}`}>{t("eventsStaff.backToEvent")}</Link>
      </p>
      <h1>{t("eventsStaff.cancelHeading")}</h1>
      <p className="lead">
        <LocalizedText value={pickText(locale, event.title_zh, event.title_en)} />
        <br />
        <EventWhen startsAt={event.starts_at} endsAt={event.ends_at} />
      </p>
      <p>{t("eventsStaff.cancelLead")}</p>
      <ul>
        <li>{registrations === 0 ? t("eventsStaff.cancelEffects.noneTold") : t("eventsStaff.cancelEffects.told", { count: registrations })}</li>
        <li>{t("eventsStaff.cancelEffects.page")}</li>
        <li>{t("eventsStaff.cancelEffects.console")}</li>
        <li>{t("eventsStaff.cancelEffects.final")}</li>
      </ul>
      <PostForm errors={result?.errors} action={`/staff/events/${event.id}/cancel`}>
        <TextArea
          id="reasonZh"
          name="reasonZh"
          label={t("eventsStaff.cancelReasonZh")}
          description={t("eventsStaff.cancelReasonZhHint")}
          defaultValue={values?.reasonZh ?? ""}
          rows={3}
          inputLang="zh-CN"
        />
        <TextArea
          id="reasonEn"
          name="reasonEn"
          label={t("eventsStaff.cancelReasonEn")}
          description={t("eventsStaff.cancelReasonEnHint")}
          defaultValue={values?.reasonEn ?? ""}
          rows={3}
          inputLang="en"
        />
        {/* The error is described by the checkbox, so a screen reader says it with the checkbox. */}
        <Checkbox
          id="confirm"
          name="confirm"
          label={t("eventsStaff.cancelConfirm")}
          defaultSelected={values?.confirm === "on"}
          isInvalid={Boolean(result?.errors.confirm)}
          aria-describedby={result?.errors.confirm ? "confirm-error" : undefined}
        />
        {result?.errors.confirm ? (
          <p className="field__error" id="confirm-error">
            {translateKey(t, result.errors.confirm)}
          </p>
        ) : null}
        <p>
          <Button type="submit" className="button--warning">
            {t("eventsStaff.cancelSubmit")}
          </Button>
        </p>
      </PostForm>
      <p>
        <Link to={`/staff/events/${event.id}`}>{t("eventsStaff.cancelKeep")}</Link>
      </p>
    </div>
  );
}
