import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { CancelledRegistration, EventCancelledNotice } from "~/components/event-cancelled";
import { EventApplyLink, EventVenue, EventWhen } from "~/components/event-parts";
import { LiveQuestions } from "~/components/live-questions";
import { LiveRoom, Transcript } from "~/components/live-room";
import { StreamPlayer } from "~/components/stream-player";
import { LocalizedText } from "~/components/localized-text";
import { OpeningCard } from "~/components/opening-card";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { CheckboxGroup } from "~/components/ui/checkbox-group";
import { PostForm } from "~/components/ui/form";
import { TextArea } from "~/components/ui/text-area";
import { ErrorSummary } from "~/components/ui/error-summary";
import { embedAllowed, EVENT_NEEDS, eventPhase, registrationOpen } from "~/domain/event";
import { useLocale } from "~/hooks/use-locale";
import { getHelperRole, getPublicEvent, getRegistration, listEventEmployers, listEventOpeningIds, markAttended } from "~/models/event.server";
import { currentPin, listQuestions, listRecentCaptions, listTranscript, recruiterEmployerFor, type LiveUpdate } from "~/models/live-event.server";
import { listPublicOpeningsByIds } from "~/models/opening.server";
import { getActiveConsent, PASSPORT_PURPOSE } from "~/models/passport.server";
import { getUser, requireUser } from "~/services/auth.server";
import { answerAndLog, askInLiveRoom, cancelRegistration, flagAndLog, needsFromPassport, readOwnNeeds, registerForEvent } from "~/services/events.server";
import { getLiveHub } from "~/services/live-updates.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { eventJsonLd } from "~/utils/event-json-ld.server";
import { getLocale } from "~/utils/i18next.server";
import { pickText } from "~/utils/localized";
import { localeFromMatches, pageTitle } from "~/utils/meta";
import { useNonce } from "~/utils/nonce";
import { translateKey } from "~/utils/i18n";
import { answerSchema, flagSchema, questionSchema, registrationSchema } from "~/validation/events";

// GET/POST /events/:id: one live recruitment event (issue 20): when, who organises it, the access it
// provides, how to take part, the employers and openings, and registration. A signed-in job seeker
// registers here, optionally telling the organiser what they need (prefilled from their own
// accommodation passport only when they ask), and can change that or cancel.
export const handle: RouteHandle = { i18n: ["events", "search", "opening"] };

const NOTICES = ["registered", "updated", "cancelled"] as const;
const QA_NOTICES = ["askedHeld", "askedPublished", "answered", "flagged"] as const;

/** How many of the latest caption lines the live room shows (newest first); the transcript has them all afterwards. */
const LIVE_LINES = 30;

const captionLine = (update: LiveUpdate) => ({ id: update.id, text: update.body ?? "", at: update.created_at.toISOString() });

function eventId(value: string | undefined) {
  return /^\d{1,9}$/.test(value ?? "") ? Number(value) : null;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = eventId(params.id);
  const db = getDb();
  const event = id === null ? undefined : await getPublicEvent(db, { id });
  if (!event) throw new Response("Not Found", { status: 404 });
  const [employers, openingIds, user] = await Promise.all([listEventEmployers(db, { eventId: event.id }), listEventOpeningIds(db, { eventId: event.id }), getUser(request)]);
  // Someone the partner invited to caption or moderate finds their console from here (a cancelled event has none).
  const helping = user && !event.cancelled_at ? ((await getHelperRole(db, { eventId: event.id, userId: user.id })) ?? null) : null;
  const openings = await listPublicOpeningsByIds(db, { ids: openingIds });
  const search = new URL(request.url).searchParams;
  let registration = null;
  if (user) {
    const own = await getRegistration(db, { eventId: event.id, userId: user.id });
    // Opening the page while the event is on, signed in and registered, is attending it.
    if (own && eventPhase(event) === "live") await markAttended(db, { eventId: event.id, userId: user.id });
    const hasPassport = Boolean(await getActiveConsent(db, { userId: user.id, purpose: PASSPORT_PURPOSE }));
    // Prefilled from the passport only when the person asks for it, and then nothing is sent until they submit.
    const prefill = search.get("prefill") === "passport" && hasPassport ? await needsFromPassport(db, { userId: user.id }) : null;
    const current = own ? await readOwnNeeds(db, { eventId: event.id, userId: user.id }) : null;
    registration = { registered: Boolean(own), hasPassport, prefilled: Boolean(prefill), shared: Boolean(current), needs: prefill ?? current };
  }
  const now = new Date();
  const phase = eventPhase(event, now);
  // The live room while the event is on; its whole transcript once it is over.
  let live = null;
  let transcript = null;
  if (phase === "live") {
    const [{ captions, lastId }, pin, published, recruiterOf] = await Promise.all([
      listRecentCaptions(db, { eventId: event.id, limit: LIVE_LINES }),
      currentPin(db, { eventId: event.id }),
      listQuestions(db, { eventId: event.id, statuses: ["published"] }),
      user ? recruiterEmployerFor(db, { eventId: event.id, userId: user.id }) : undefined,
    ]);
    const [pinned] = pin === null ? [] : await listPublicOpeningsByIds(db, { ids: [pin] });
    // Other viewers never learn who asked an anonymous question.
    const questions = published.map((question) => ({ id: question.id, body: question.body, asker: question.anonymous ? null : question.asker_name, answers: question.answers }));
    const pending = user ? (await listQuestions(db, { eventId: event.id, statuses: ["held"], userId: user.id })).map((question) => question.body) : [];
    live = { captions: captions.map(captionLine), lastId, pinned: pinned ?? null, questions, asking: user ? { pending } : null, recruiterOf: recruiterOf ?? null };
  } else if (phase === "past") {
    transcript = (await listTranscript(db, { eventId: event.id })).map(captionLine);
  }
  return json(
    {
      event,
      live,
      transcript,
      employers,
      openings,
      registration,
      helping,
      // The player, only from a service the deployment still allows (the page's security policy lists the same).
      player: event.embed_url && embedAllowed(event.embed_url, getEnv().STREAM_EMBED_ORIGINS) ? event.embed_url : null,
      phase,
      open: registrationOpen(event, now),
      notice: NOTICES.find((notice) => search.has(notice)) ?? null,
      qaNotice: QA_NOTICES.find((notice) => search.has(notice)) ?? null,
      jsonLd: eventJsonLd(event, await getLocale(request), { url: `${getEnv().publicUrl}/events/${event.id}`, partnerUrl: `${getEnv().publicUrl}/partners/${event.partner_slug}` }),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = eventId(params.id);
  const db = getDb();
  const event = id === null ? undefined : await getPublicEvent(db, { id });
  if (!event) throw new Response("Not Found", { status: 404 });
  const formData = await request.formData();
  const intent = formData.get("intent");
  // A cancelled event takes no registration, question or answer (a page opened before it was
  // cancelled may still send one); a person registered may still remove their registration.
  if (event.cancelled_at && intent !== "cancel") return formErrors(context, { errors: { form: "events.errors.cancelled" }, values: submittedValues(formData, []) });
  if (intent === "ask") {
    const parsed = parseForm(formData, questionSchema);
    if (!parsed.ok) return formErrors(context, { ...parsed, form: "ask" });
    const asked = await askInLiveRoom(db, { event, userId: user.id, body: parsed.data.question, anonymous: parsed.data.anonymous });
    if (!asked.ok) return formErrors(context, { errors: { question: asked.error }, values: submittedValues(formData, []), form: "ask" });
    if (asked.status === "published") getLiveHub().poke(event.id);
    return redirect(`/events/${event.id}?${asked.status === "published" ? "askedPublished" : "askedHeld"}#qa-heading`, 303);
  }
  if (intent === "answer") {
    const parsed = parseForm(formData, answerSchema);
    const form = `answer-${String(formData.get("questionId") ?? "")}`;
    if (!parsed.ok) return formErrors(context, { ...parsed, form });
    const answered = await answerAndLog(db, { eventId: event.id, questionId: parsed.data.questionId, userId: user.id, asOrganiser: false, body: parsed.data.answer });
    if (!answered) return formErrors(context, { errors: { answer: "events.errors.questionGone" }, values: submittedValues(formData, []), form });
    getLiveHub().poke(event.id);
    return redirect(`/events/${event.id}?answered#qa-heading`, 303);
  }
  if (intent === "flag") {
    const parsed = flagSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success || !(await flagAndLog(db, { eventId: event.id, userId: user.id, target: parsed.data }))) throw new Response("Not Found", { status: 404 });
    return redirect(`/events/${event.id}?flagged#qa-heading`, 303);
  }
  if (intent === "cancel") {
    await cancelRegistration(db, { eventId: event.id, userId: user.id });
    return redirect(`/events/${event.id}?cancelled#register`, 303);
  }
  const values = { details: String(formData.get("details") ?? ""), needs: formData.getAll("needs").map(String).join(","), share: formData.get("share") === "on" ? "on" : "" };
  if (!registrationOpen(event)) return formErrors(context, { errors: { form: "events.errors.closed" }, values });
  const parsed = parseForm(formData, registrationSchema);
  if (!parsed.ok) return formErrors(context, { errors: parsed.errors, values });
  const { needs, details, share } = parsed.data;
  const given = share && (needs.length > 0 || details) ? { needs, details } : null;
  const { isNew, refused } = await registerForEvent(db, { event, user, needs: given, origin: getEnv().publicUrl });
  if (refused) return formErrors(context, { errors: { form: refused }, values });
  return redirect(`/events/${event.id}?${isNew ? "registered" : "updated"}#register`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const title = pickText(localeFromMatches(matches), data.event.title_zh, data.event.title_en);
  return pageTitle(matches, title?.text ?? "");
};

export default function EventPage() {
  const { event, live, transcript, employers, openings, registration, helping, player, phase, open, notice, qaNotice, jsonLd } = useLoaderData<typeof loader>();
  const actionResult = useActionData<FormErrorData & { form?: string }>();
  // The registration form's result; the live room's forms (ask, answer) say which they are.
  const result = actionResult?.form ? undefined : actionResult;
  const { t } = useTranslation();
  const locale = useLocale();
  const nonce = useNonce();
  const organiser = pickText(locale, event.partner_name_zh, event.partner_name_en);
  const description = pickText(locale, event.description_zh, event.description_en);
  const values = result?.values;
  const needs = values ? (values.needs ?? "").split(",").filter(Boolean) : (registration?.needs?.needs ?? []);
  const details = values ? values.details : (registration?.needs?.details ?? "");

  return (
    <>
      <p className="back-link">
        <Link to="/events">{t("events.backToEvents")}</Link>
      </p>
      <LocalizedText as="h1" value={pickText(locale, event.title_zh, event.title_en)} />
      <p className="lead">
        <strong>{t(`events.phases.${phase}`)}</strong> · <EventWhen startsAt={event.starts_at} endsAt={event.ends_at} /> · {t(`events.attendance.${event.attendance}`)}
      </p>
      {/* Registering (or asking) from a page opened before the event was cancelled: the summary links to the notice. */}
      {event.cancelled_at && result ? <ErrorSummary errors={result.errors} fieldIds={{ form: "cancelled-heading" }} /> : null}
      <EventCancelledNotice event={event} />
      <p>
        {t("events.organiserLabel")}: <Link to={`/partners/${event.partner_slug}`}>{organiser?.text}</Link>
      </p>
      <p>
        <a href={`/events/${event.id}/calendar.ics`} download>
          {/* Cancelled, the file is the same event marked cancelled: for a calendar that has it already. */}
          {event.cancelled_at ? t("events.cancelled.calendar") : t("events.calendar")}
        </a>
      </p>
      {helping ? (
        <p className="notice">
          {t(`events.helping.${helping}`)} <Link to={`/staff/events/${event.id}/live`}>{t("events.helping.consoleLink")}</Link>
        </p>
      ) : null}

      {live ? (
        <>
          <LiveRoom eventId={event.id} captions={live.captions} lastId={live.lastId} pinned={live.pinned} />
          {qaNotice && !actionResult ? (
            <p className="notice notice--success" role="status">
              {t(`events.qa.${qaNotice}`)}
            </p>
          ) : null}
          <LiveQuestions
            eventId={event.id}
            questions={live.questions}
            organiser={organiser?.text ?? ""}
            moderation={event.qa_moderation}
            asking={live.asking}
            recruiterOf={live.recruiterOf}
            result={actionResult?.form ? actionResult : undefined}
          />
        </>
      ) : null}

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t("events.aboutHeading")}</h2>
        {description?.text.split(/\n+/).map((paragraph, index) => (
          <LocalizedText key={index} as="p" value={{ text: paragraph, lang: description.lang }} />
        ))}
      </section>

      <section aria-labelledby="access-heading">
        <h2 id="access-heading">{t("events.accessHeading")}</h2>
        {event.provisions.length === 0 ? (
          <p>{t("events.accessNoneBody")}</p>
        ) : (
          <>
            <p>{t("events.accessLead")}</p>
            <dl className="facts">
              {event.provisions.map((provision) => (
                <div key={provision}>
                  <dt>{t(`events.provisions.${provision}`)}</dt>
                  <dd>{t(`events.provisionHints.${provision}`)}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </section>

      {event.attendance === "mixed" ? <EventVenue event={event} /> : null}

      <section aria-labelledby="watch-heading">
        <h2 id="watch-heading">{t("events.watchHeading")}</h2>
        {phase === "cancelled" ? (
          <p>{t("events.cancelled.noStream")}</p>
        ) : phase === "past" ? (
          event.replay_url ? (
            <p>
              <a href={event.replay_url} rel="noopener noreferrer">
                {t("events.replay")}
              </a>
            </p>
          ) : (
            <p>{t("events.noReplay")}</p>
          )
        ) : event.stream_url || player ? (
          <>
            {player ? <StreamPlayer url={player} title={pickText(locale, event.title_zh, event.title_en)?.text ?? ""} /> : null}
            {event.stream_url ? (
              <p>
                <a href={event.stream_url} rel="noopener noreferrer">
                  {t("events.watchStream")}
                </a>
              </p>
            ) : null}
            {player ? null : <p>{t("events.watchStreamNote")}</p>}
          </>
        ) : (
          <p>{t("events.watchNoStream")}</p>
        )}
      </section>

      {transcript ? <Transcript captions={transcript} /> : null}

      <section aria-labelledby="employers-heading">
        <h2 id="employers-heading">{t("events.employersHeading")}</h2>
        {employers.length === 0 ? (
          <p>{t("events.noEmployers")}</p>
        ) : (
          <ul>
            {employers.map((employer) => (
              <li key={employer.id}>
                <Link to={`/employers/${employer.slug}`}>
                  <LocalizedText value={pickText(locale, employer.name_zh, employer.name_en)} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="openings-heading">
        <h2 id="openings-heading">{t("events.openingsHeading")}</h2>
        {openings.length === 0 ? (
          <p>{t("events.noOpenings")}</p>
        ) : (
          <ul className="card-list">
            {openings.map((opening) => (
              <li key={opening.id}>
                <OpeningCard opening={opening} />
                {event.cancelled_at ? null : <EventApplyLink eventId={event.id} opening={opening} />}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="register" id="register-section">
        <h2 id="register" tabIndex={-1}>
          {t("events.register.heading")}
        </h2>
        {notice && !result ? (
          <p className="notice notice--success" role="status">
            {t(`events.register.${notice}Now`)}
          </p>
        ) : null}
        {event.cancelled_at ? (
          <CancelledRegistration eventId={event.id} registered={Boolean(registration?.registered)} />
        ) : !open ? (
          <p>{t("events.register.closed")}</p>
        ) : !registration ? (
          <>
            <p>{t("events.register.signInFirst")}</p>
            <p>
              <Link className="button button--primary" to={`/sign-in?${new URLSearchParams({ redirectTo: `/events/${event.id}#register` }).toString()}`}>
                {t("events.register.signInLink")}
              </Link>
            </p>
          </>
        ) : (
          <>
            {registration.registered ? (
              <>
                <p>{t("events.register.registered")}</p>
                <p>{registration.shared ? t("events.register.needsShared") : t("events.register.noNeedsShared")}</p>
                <h3>{t("events.register.changeHeading")}</h3>
              </>
            ) : (
              <p>{t("events.register.lead")}</p>
            )}
            {registration.prefilled && !result ? (
              <p className="notice" role="status">
                {t("events.register.fromPassportDone")}
              </p>
            ) : registration.hasPassport ? (
              <p>
                <Link to={`/events/${event.id}?prefill=passport#register`}>{t("events.register.fromPassport")}</Link>
              </p>
            ) : null}
            <PostForm errors={result?.errors} action={`/events/${event.id}`}>
              <input type="hidden" name="intent" value="register" />
              <CheckboxGroup
                id="needs"
                name="needs"
                label={t("events.register.needsLabel")}
                defaultValue={needs}
                options={EVENT_NEEDS.map((need) => ({ value: need, label: t(`events.register.needs.${need}`) }))}
              />
              <TextArea id="details" name="details" label={t("events.register.detailsLabel")} description={t("events.register.detailsHint")} defaultValue={details ?? ""} rows={3} />
              <p className="field__hint" id="share-hint">
                {t("events.register.shareHint")}
              </p>
              <Checkbox
                id="share"
                name="share"
                label={t("events.register.shareLabel", { organiser: organiser?.text ?? "" })}
                defaultSelected={values ? values.share === "on" : registration.shared && !registration.prefilled}
                isInvalid={Boolean(result?.errors.share)}
                aria-describedby={result?.errors.share ? "share-hint share-error" : "share-hint"}
              />
              {result?.errors.share ? (
                <p className="field__error" id="share-error">
                  {translateKey(t, result.errors.share)}
                </p>
              ) : null}
              <Button type="submit">{registration.registered ? t("events.register.update") : t("events.register.submit")}</Button>
            </PostForm>
            {registration.registered ? (
              <>
                <h3>{t("events.register.cancelHeading")}</h3>
                <p>{t("events.register.cancelBody")}</p>
                <Form method="post" action={`/events/${event.id}`}>
                  <input type="hidden" name="intent" value="cancel" />
                  <Button type="submit" variant="secondary">
                    {t("events.register.cancel")}
                  </Button>
                </Form>
              </>
            ) : null}
          </>
        )}
      </section>
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </>
  );
}
