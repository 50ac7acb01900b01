import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { CaptionList } from "~/components/live-room";
import { FreeText, LocalizedText } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { useLocale } from "~/hooks/use-locale";
import { countFlags, countQuestions, currentPin, listMuted, listQuestions, listRecentCaptions } from "~/models/live-event.server";
import { listPublicOpeningsByIds } from "~/models/opening.server";
import { answerAndLog, hideAnswerAndLog, moderateAndLog, muteAndLog, pinOpening, requireEventConsole, sendCaption } from "~/services/events.server";
import { getLiveHub } from "~/services/live-updates.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { answerSchema, captionSchema, hideAnswerSchema, moderationSchema, muteSchema, pinSchema } from "~/validation/events";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["events", "workspace", "search", "opening"] };

// GET/POST /staff/events/:id/live: the live console of the organising partner's staff (issue 20,
// item 3), and of the captioners and moderators the partner invited for this event, each with only
// their part (domain/event.ts, consolePowers): send caption lines, set the opening being presented,
// moderate questions. Each is written to the event's
// log and reaches viewers at once through the live hub (every instance, by NOTIFY). Plain forms: it
// works without JavaScript, and after each line the cursor is back in the caption field.

// How many held and how many published questions the console lists. A busy event gets hundreds: all
// of them made the page about 1 MB and slow to load after every click (`npm run bench:events`).
const CONSOLE_QUESTIONS = 30;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { event, powers } = await requireEventConsole(request, params.id);
  const db = getDb();
  // The held questions that have waited longest come first: the moderator deals with them in turn,
  // and the next ones come up. Of the published, those published last (one just published from the
  // held list among them), which are the ones still being answered.
  const questionsShown = Promise.all([
    listQuestions(db, { eventId: event.id, statuses: ["held"], limit: CONSOLE_QUESTIONS }),
    listQuestions(db, { eventId: event.id, statuses: ["published"], limit: CONSOLE_QUESTIONS, newest: true }),
  ]).then(([held, published]) => [...held, ...published]);
  const [{ captions }, pin, openings, questions, counts, flags, muted] = await Promise.all([
    listRecentCaptions(db, { eventId: event.id, limit: 10 }),
    currentPin(db, { eventId: event.id }),
    listPublicOpeningsByIds(db, { ids: event.openingIds }),
    questionsShown,
    countQuestions(db, { eventId: event.id }),
    // Reports on the questions and answers shown, not on every one the event ever had.
    questionsShown.then((shown) =>
      countFlags(db, {
        eventId: event.id,
        only: { questionIds: shown.map((question) => question.id), answerIds: shown.flatMap((question) => question.answers.map((answer) => answer.id)) },
      }),
    ),
    listMuted(db, { eventId: event.id }),
  ]);
  const search = new URL(request.url).searchParams;
  return json(
    {
      event: { id: event.id, title_zh: event.title_zh, title_en: event.title_en },
      powers,
      captions: captions.map((line) => ({ id: line.id, text: line.body ?? "", at: line.created_at.toISOString() })),
      pin,
      openings: openings.map((opening) => ({ id: opening.id, title_zh: opening.title_zh, title_en: opening.title_en })),
      questions: questions.map(({ created_at: _, ...question }) => question),
      questionCounts: { held: counts.held, published: counts.published },
      flags,
      muted,
      organiser: { name_zh: event.partner_name_zh, name_en: event.partner_name_en },
      notice: search.has("sent") ? ("sent" as const) : search.has("pinned") ? ("pinned" as const) : search.has("moderated") ? ("moderated" as const) : null,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, event, powers } = await requireEventConsole(request, params.id);
  const formData = await request.formData();
  const db = getDb();
  const intent = formData.get("intent");
  // Each kind of write is checked against what this person may do here, whatever the page showed.
  const allowed = ["moderate", "hide-answer", "mute"].includes(String(intent))
    ? powers.moderate
    : intent === "answer"
      ? powers.answer
      : intent === "pin"
        ? powers.pin
        : powers.caption;
  if (!allowed) throw new Response("Forbidden", { status: 403 });
  if (intent === "moderate") {
    const parsed = parseForm(formData, moderationSchema);
    if (
      !parsed.ok ||
      !(await moderateAndLog(db, { eventId: event.id, questionId: parsed.data.questionId, staffUserId: user.id, status: parsed.data.decision }))
    )
      throw new Response("Not Found", { status: 404 });
    getLiveHub().poke(event.id);
    return redirect(`/staff/events/${event.id}/live?moderated#held-heading`, 303);
  }
  if (intent === "hide-answer") {
    const parsed = hideAnswerSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success || !(await hideAnswerAndLog(db, { eventId: event.id, answerId: parsed.data.answerId, staffUserId: user.id })))
      throw new Response("Not Found", { status: 404 });
    getLiveHub().poke(event.id);
    return redirect(`/staff/events/${event.id}/live?moderated#published-heading`, 303);
  }
  if (intent === "mute") {
    const parsed = muteSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success || !(await muteAndLog(db, { eventId: event.id, userId: parsed.data.userId, staffUserId: user.id, muted: parsed.data.muted })))
      throw new Response("Not Found", { status: 404 });
    return redirect(`/staff/events/${event.id}/live?moderated#muted-heading`, 303);
  }
  if (intent === "answer") {
    const parsed = parseForm(formData, answerSchema);
    const form = `answer-${String(formData.get("questionId") ?? "")}`;
    if (!parsed.ok) return formErrors(context, { ...parsed, form });
    if (!(await answerAndLog(db, { eventId: event.id, questionId: parsed.data.questionId, userId: user.id, asOrganiser: true, body: parsed.data.answer })))
      return formErrors(context, { errors: { answer: "events.errors.questionGone" }, values: submittedValues(formData, []), form });
    getLiveHub().poke(event.id);
    return redirect(`/staff/events/${event.id}/live?moderated#published-heading`, 303);
  }
  if (intent === "pin") {
    const parsed = parseForm(formData, pinSchema);
    if (!parsed.ok) return formErrors(context, { ...parsed, form: "pin" });
    if (!(await pinOpening(db, { eventId: event.id, staffUserId: user.id, openingId: parsed.data.opening })))
      return formErrors(context, { errors: { opening: "events.errors.pinUnknown" }, values: submittedValues(formData, []), form: "pin" });
    getLiveHub().poke(event.id);
    return redirect(`/staff/events/${event.id}/live?pinned`, 303);
  }
  const parsed = parseForm(formData, captionSchema);
  if (!parsed.ok) return formErrors(context, { ...parsed, form: "caption" });
  await sendCaption(db, { eventId: event.id, staffUserId: user.id, body: parsed.data.caption });
  getLiveHub().poke(event.id);
  return redirect(`/staff/events/${event.id}/live?sent#caption`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("eventsStaff.liveTitle"));

/** A question as its moderator sees it: the text (which the mute button's description points to) and who asked. */
function QuestionAsked({ question }: { question: { id: number; body: string; anonymous: boolean; asker_name: string } }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="live-questions__question" id={`console-question-${question.id}`}>
        <FreeText text={question.body} />
      </p>
      <p className="live-questions__who">{t(question.anonymous ? "eventsStaff.askedByAnonymous" : "eventsStaff.askedBy", { name: question.asker_name })}</p>
    </>
  );
}

export default function LiveConsole() {
  const { event, powers, captions, pin, openings, questions, questionCounts, flags, muted, organiser, notice } = useLoaderData<typeof loader>();
  const held = questions.filter((question) => question.status === "held");
  const published = questions.filter((question) => question.status === "published");
  const mutedIds = new Set(muted.map((person) => person.user_id));
  /** "Stop the asker asking more", unless they already are. */
  const muteForm = (userId: number, questionId: number) =>
    mutedIds.has(userId) ? null : (
      <Form method="post" action={`/staff/events/${event.id}/live`}>
        <input type="hidden" name="intent" value="mute" />
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="muted" value="true" />
        <Button type="submit" variant="secondary" aria-describedby={`console-question-${questionId}`}>
          {t("eventsStaff.mute")}
        </Button>
      </Form>
    );
  const result = useActionData<FormErrorData & { form?: string }>();
  const { t } = useTranslation();
  const locale = useLocale();
  const captionResult = result?.form === "caption" ? result : undefined;
  const pinResult = result?.form === "pin" ? result : undefined;
  // Right after a line was sent, the cursor goes back to the caption field so the captioner keeps
  // typing; never on arriving at the page. Without JavaScript the address's #caption brings it into view.
  const sent = notice === "sent";
  useEffect(() => {
    if (sent) document.getElementById("caption")?.focus();
  }, [sent]);
  return (
    <div className="narrow">
      <p className="back-link">
        {powers.organiser ? (
          <Link to={`/staff/events/${event.id}`}>{t("eventsStaff.backToEvent")}</Link>
        ) : (
          <Link to={`/events/${event.id}`}>{t("eventsStaff.backToPublicEvent")}</Link>
        )}
      </p>
      <h1>{t("eventsStaff.liveTitle")}</h1>
      <LocalizedText as="p" className="lead" value={pickText(locale, event.title_zh, event.title_en)} />
      <p>{t(powers.organiser ? "eventsStaff.liveLead" : powers.caption ? "eventsStaff.liveLeadCaptioner" : "eventsStaff.liveLeadModerator")}</p>
      {notice && !result ? (
        <p className="notice notice--success" role="status">
          {t(`eventsStaff.${notice}`)}
        </p>
      ) : null}
      {powers.caption ? (
        <PostForm errors={captionResult?.errors} action={`/staff/events/${event.id}/live`}>
          <input type="hidden" name="intent" value="caption" />
          <TextArea
            id="caption"
            name="caption"
            label={t("eventsStaff.captionLabel")}
            description={t("eventsStaff.captionHint")}
            defaultValue={captionResult?.values.caption ?? ""}
            rows={3}
          />
          <Button type="submit">{t("eventsStaff.send")}</Button>
        </PostForm>
      ) : null}

      {powers.pin ? (
        <PostForm errors={pinResult?.errors} action={`/staff/events/${event.id}/live`}>
          <input type="hidden" name="intent" value="pin" />
          <RadioGroup
            id="opening"
            name="opening"
            label={t("eventsStaff.pinLabel")}
            defaultValue={pinResult?.values.opening ?? (pin === null ? "none" : String(pin))}
            options={[
              { value: "none", label: t("eventsStaff.pinNone") },
              ...openings.map((opening) => ({ value: String(opening.id), label: pickText(locale, opening.title_zh, opening.title_en)?.text ?? "" })),
            ]}
          />
          <Button type="submit" variant="secondary">
            {t("eventsStaff.pin")}
          </Button>
        </PostForm>
      ) : null}

      {powers.moderate ? (
        <>
          <section aria-labelledby="held-heading">
            <h2 id="held-heading">{t("eventsStaff.heldHeading")}</h2>
            {questionCounts.held > held.length ? <p>{t("eventsStaff.heldShown", { shown: held.length, total: questionCounts.held })}</p> : null}
            {held.length === 0 ? (
              <p>{t("eventsStaff.noneHeld")}</p>
            ) : (
              <ol className="live-questions">
                {held.map((question) => (
                  <li key={question.id}>
                    <QuestionAsked question={question} />
                    <Form method="post" action={`/staff/events/${event.id}/live`} className="button-row">
                      <input type="hidden" name="intent" value="moderate" />
                      <input type="hidden" name="questionId" value={question.id} />
                      <Button type="submit" name="decision" value="published">
                        {t("eventsStaff.publish")}
                      </Button>{" "}
                      <Button type="submit" name="decision" value="hidden" variant="secondary">
                        {t("eventsStaff.hide")}
                      </Button>
                    </Form>
                    {muteForm(question.user_id, question.id)}
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section aria-labelledby="published-heading">
            <h2 id="published-heading">{t("eventsStaff.publishedHeading")}</h2>
            {questionCounts.published > published.length ? (
              <p>{t("eventsStaff.publishedShown", { shown: published.length, total: questionCounts.published })}</p>
            ) : null}
            {published.length === 0 ? (
              <p>{t("events.qa.none")}</p>
            ) : (
              <ol className="live-questions">
                {published.map((question) => {
                  const answerResult = result?.form === `answer-${question.id}` ? result : undefined;
                  return (
                    <li key={question.id}>
                      <QuestionAsked question={question} />
                      {flags.questions[question.id] ? (
                        <p className="live-questions__badge">{t("eventsStaff.flags", { count: flags.questions[question.id] })}</p>
                      ) : null}
                      {question.answers.length > 0 ? (
                        <ul className="live-questions__answers">
                          {question.answers.map((answer) => (
                            <li key={answer.id}>
                              <p className="live-questions__badge">
                                {answer.employer_id === null
                                  ? t("events.qa.byOrganiser", { organiser: pickText(locale, organiser.name_zh, organiser.name_en)?.text ?? "" })
                                  : t("events.qa.byRecruiter", {
                                      employer: pickText(locale, answer.employer_name_zh, answer.employer_name_en)?.text ?? "",
                                      name: answer.answerer_name ?? "",
                                    })}
                              </p>
                              <FreeText as="p" text={answer.body} />
                              {flags.answers[answer.id] ? (
                                <p className="live-questions__badge">{t("eventsStaff.flags", { count: flags.answers[answer.id] })}</p>
                              ) : null}
                              <Form method="post" action={`/staff/events/${event.id}/live`}>
                                <input type="hidden" name="intent" value="hide-answer" />
                                <input type="hidden" name="answerId" value={answer.id} />
                                <Button type="submit" variant="secondary">
                                  {t("eventsStaff.hideAnswer")}
                                </Button>
                              </Form>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      {powers.answer ? (
                        <PostForm errors={answerResult?.errors} action={`/staff/events/${event.id}/live`}>
                          <input type="hidden" name="intent" value="answer" />
                          <input type="hidden" name="questionId" value={question.id} />
                          <TextArea
                            id={answerResult ? "answer" : `answer-${question.id}`}
                            name="answer"
                            label={t("eventsStaff.answerAsOrganiser")}
                            defaultValue={answerResult?.values.answer ?? ""}
                            rows={2}
                          />
                          <Button type="submit" variant="secondary">
                            {t("events.qa.answer")}
                          </Button>
                        </PostForm>
                      ) : null}
                      <Form method="post" action={`/staff/events/${event.id}/live`}>
                        <input type="hidden" name="intent" value="moderate" />
                        <input type="hidden" name="questionId" value={question.id} />
                        <Button type="submit" name="decision" value="hidden" variant="secondary">
                          {t("eventsStaff.hide")}
                        </Button>
                      </Form>
                      {muteForm(question.user_id, question.id)}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>

          <section aria-labelledby="muted-heading">
            <h2 id="muted-heading">{t("eventsStaff.mutedHeading")}</h2>
            {muted.length === 0 ? (
              <p>{t("eventsStaff.noneMuted")}</p>
            ) : (
              <ul className="live-questions">
                {muted.map((person) => (
                  <li key={person.user_id}>
                    <Form method="post" action={`/staff/events/${event.id}/live`}>
                      <input type="hidden" name="intent" value="mute" />
                      <input type="hidden" name="userId" value={person.user_id} />
                      <input type="hidden" name="muted" value="false" />
                      <Button type="submit" variant="secondary">
                        {t("eventsStaff.unmute", { name: person.display_name })}
                      </Button>
                    </Form>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t("eventsStaff.recentHeading")}</h2>
        {captions.length === 0 ? <p>{t("events.live.noCaptions")}</p> : <CaptionList lines={captions} reversed />}
      </section>
    </div>
  );
}
