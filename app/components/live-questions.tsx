import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/hooks/use-locale";
import { pickText } from "~/utils/localized";
import { FreeText } from "./localized-text";
import { Button } from "./ui/button";
import { Checkbox } from "./ui/checkbox";
import { PostForm } from "./ui/form";
import { TextArea } from "./ui/text-area";

// The live room's text Q&A (issue 20, item 3): published questions with their answers, each answer
// saying whether the organiser or a verified recruiter (and of which employer) gave it; the form to
// ask, for people signed in; and, for a verified recruiter of an employer taking part, a form to
// answer each question. Plain forms: it works without JavaScript.

/** A small form: one button that flags a question or an answer for the moderators. */
function FlagButton({ eventId, name, id, label, describedBy }: { eventId: number; name: "questionId" | "answerId"; id: number; label: string; describedBy: string }) {
  return (
    <Form method="post" action={`/events/${eventId}`} className="live-questions__flag">
      <input type="hidden" name="intent" value="flag" />
      <input type="hidden" name={name} value={id} />
      {/* Which question or answer: the button's description is its text. */}
      <Button type="submit" variant="secondary" aria-describedby={describedBy}>
        {label}
      </Button>
    </Form>
  );
}

export type PublicAnswer = { id: number; body: string; employer_name_zh: string | null; employer_name_en: string | null; employer_id: number | null; answerer_name: string | null };
export type PublicQuestion = { id: number; body: string; asker: string | null; answers: PublicAnswer[] };

export function LiveQuestions({
  eventId,
  questions,
  organiser,
  moderation,
  asking,
  recruiterOf,
  result,
}: {
  eventId: number;
  questions: PublicQuestion[];
  organiser: string;
  moderation: "held" | "open";
  /** null: a visitor (a link to sign in); otherwise the person's questions still held. */
  asking: { pending: string[] } | null;
  /** The employer a signed-in verified recruiter answers for, if any. */
  recruiterOf: { name_zh: string | null; name_en: string | null } | null;
  result?: { form?: string; errors: Record<string, string>; values: Record<string, string> };
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const askResult = result?.form === "ask" ? result : undefined;
  const recruiterName = recruiterOf ? (pickText(locale, recruiterOf.name_zh, recruiterOf.name_en)?.text ?? "") : "";
  return (
    <section aria-labelledby="qa-heading">
      <h2 id="qa-heading">{t("events.qa.heading")}</h2>
      <p>{t("events.qa.lead")}</p>
      {questions.length === 0 ? (
        <p>{t("events.qa.none")}</p>
      ) : (
        <ol className="live-questions">
          {questions.map((question) => {
            const answerResult = result?.form === `answer-${question.id}` ? result : undefined;
            return (
              <li key={question.id}>
                <p className="live-questions__question" id={`question-text-${question.id}`}>
                  <FreeText text={question.body} />
                </p>
                <p className="live-questions__who">{t("events.qa.asker", { name: question.asker ?? t("events.qa.anonymous") })}</p>
                {asking ? <FlagButton eventId={eventId} name="questionId" id={question.id} label={t("events.qa.flag")} describedBy={`question-text-${question.id}`} /> : null}
                {question.answers.length === 0 ? (
                  <p className="live-questions__who">{t("events.qa.noAnswer")}</p>
                ) : (
                  <ul className="live-questions__answers">
                    {question.answers.map((answer) => (
                      <li key={answer.id}>
                        <p className="live-questions__badge">
                          {answer.employer_id === null
                            ? t("events.qa.byOrganiser", { organiser })
                            : t("events.qa.byRecruiter", { employer: pickText(locale, answer.employer_name_zh, answer.employer_name_en)?.text ?? "", name: answer.answerer_name ?? "" })}
                        </p>
                        <p id={`answer-text-${answer.id}`}>
                          <FreeText text={answer.body} />
                        </p>
                        {asking ? <FlagButton eventId={eventId} name="answerId" id={answer.id} label={t("events.qa.flagAnswer")} describedBy={`answer-text-${answer.id}`} /> : null}
                      </li>
                    ))}
                  </ul>
                )}
                {recruiterOf ? (
                  <PostForm errors={answerResult?.errors} action={`/events/${eventId}`}>
                    <input type="hidden" name="intent" value="answer" />
                    <input type="hidden" name="questionId" value={question.id} />
                    <TextArea
                      id={answerResult ? "answer" : `answer-${question.id}`}
                      name="answer"
                      label={t("events.qa.answerLabel", { employer: recruiterName })}
                      defaultValue={answerResult?.values.answer ?? ""}
                      rows={2}
                    />
                    <Button type="submit" variant="secondary">
                      {t("events.qa.answer")}
                    </Button>
                  </PostForm>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {asking === null ? (
        <p>
          <Link to={`/sign-in?${new URLSearchParams({ redirectTo: `/events/${eventId}#qa-heading` }).toString()}`}>{t("events.qa.signInToAsk")}</Link>
        </p>
      ) : (
        <>
          {asking.pending.length > 0 ? (
            <>
              <p>{t("events.qa.yourPending")}</p>
              <ul>
                {asking.pending.map((body, index) => (
                  <li key={index}>
                    <FreeText text={body} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <PostForm errors={askResult?.errors} action={`/events/${eventId}`}>
            <input type="hidden" name="intent" value="ask" />
            <TextArea
              id="question"
              name="question"
              label={t("events.qa.askLabel")}
              description={moderation === "held" ? t("events.qa.askHintHeld") : t("events.qa.askHintOpen")}
              defaultValue={askResult?.values.question ?? ""}
              rows={3}
            />
            <Checkbox id="anonymous" name="anonymous" label={t("events.qa.anonymousLabel")} defaultSelected={askResult?.values.anonymous === "on"} />
            <Button type="submit">{t("events.qa.ask")}</Button>
          </PostForm>
        </>
      )}
    </section>
  );
}
