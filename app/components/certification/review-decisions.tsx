import { useTranslation } from "react-i18next";
import { FreeText, Labelled } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { levelRank } from "~/utils/certification-score";
import { CERTIFICATE_LEVELS, type CertificateLevel } from "~/domain/certification";
import { useDynamicT } from "./index";
import type { OutcomeCounts, ReviewActionData } from "./review-types";

// The reviewer's smaller forms: taking the application, the second review, the outcomes comment,
// approving and rejecting. Each is a PostForm whose `result` is the failed POST if it was this form.

type FormProps = { action: string; result: ReviewActionData | undefined };

/** Taking an application from the queue. */
export function AssignForm({ action, result }: FormProps) {
  const { t } = useTranslation();
  return (
    <PostForm action={action} errors={result?.errors}>
      <p>{t("certification.review.assignLead")}</p>
      <input type="hidden" name="intent" value="assign" />
      <Button type="submit" id="assign">
        {t("certification.review.assign")}
      </Button>
    </PostForm>
  );
}

/** Inclusion Leader's second review, by staff of another partner. */
export function SecondReviewForm({ action, result }: FormProps) {
  const { t } = useTranslation();
  return (
    <PostForm action={action} errors={result?.errors}>
      <h2 id="second">{t("certification.review.secondHeading")}</h2>
      <p>{t("certification.review.secondLead")}</p>
      <input type="hidden" name="intent" value="second_review" />
      <Button type="submit">{t("certification.review.confirmSecond")}</Button>
    </PostForm>
  );
}

/** Inclusion Leader's outcomes: the counted figures for everyone who sees the application, and the assigned reviewer's comment. */
export function OutcomesSection({
  action,
  figures,
  canComment,
  note,
  result,
}: FormProps & {
  figures: OutcomeCounts;
  canComment: boolean;
  /** The comment saved so far. */
  note: string | null;
}) {
  const { t } = useTranslation();
  const rows = [
    ["hired", figures.hired],
    ["due", figures.due],
    ["checked", figures.checked],
    ["stillEmployed", figures.stillEmployed],
    ["unreachable", figures.unreachable],
  ] as const;
  return (
    <section aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">{t("certification.review.outcomesHeading")}</h2>
      <p>{t("certification.review.outcomesLead")}</p>
      <dl className="facts">
        {rows.map(([key, count]) => (
          <div key={key}>
            <dt>{t(`certification.review.outcomes.${key}`)}</dt>
            <dd>{t("certification.review.outcomes.people", { count })}</dd>
          </div>
        ))}
      </dl>
      <p>{figures.stillEmployed > 0 ? t("certification.review.outcomesEnough") : t("certification.review.outcomesNotEnough")}</p>
      {canComment ? (
        <PostForm action={action} errors={result?.errors}>
          <input type="hidden" name="intent" value="outcomes" />
          <TextArea
            id="outcomes_note"
            name="outcomes_note"
            label={t("certification.review.outcomesNoteLabel")}
            description={t("certification.review.outcomesNoteHint")}
            rows={3}
            defaultValue={result?.values.outcomes_note ?? note ?? ""}
          />
          <Button type="submit">{t("certification.review.saveOutcomes")}</Button>
        </PostForm>
      ) : note ? (
        <p>
          <Labelled text={t("certification.review.outcomesComment")} />
          <FreeText text={note} />
        </p>
      ) : null}
    </section>
  );
}

/** Approving at a level the reviewed score allows (`cap`), with an optional note. */
export function DecisionForm({
  action,
  cap,
  unexamined,
  result,
}: FormProps & { cap: CertificateLevel | null; unexamined: readonly { id: number; code: string }[] }) {
  const { t } = useTranslation();
  const tv = useDynamicT();
  const allowed = CERTIFICATE_LEVELS.filter((level) => cap !== null && levelRank(level) <= levelRank(cap));
  return (
    <PostForm action={action} errors={result?.errors}>
      <h2 id="approve-heading">{t("certification.review.approveHeading")}</h2>
      <p>{cap ? t("certification.review.capLead", { level: tv(`certificate.levels.${cap}`) }) : t("certification.review.noCap")}</p>
      {unexamined.length > 0 ? (
        <div className="notice">
          <p>{t("certification.review.unexaminedLead", { count: unexamined.length })}</p>
          <ul>
            {unexamined.map((c) => (
              <li key={c.id}>
                <a href={`#criterion-${c.id}`}>{t("certification.review.unexaminedItem", { code: c.code })}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <input type="hidden" name="intent" value="approve" />
      <RadioGroup
        name="level"
        label={t("certification.review.approveLevelLabel")}
        defaultValue={result?.values.level}
        options={(allowed.length > 0 ? allowed : CERTIFICATE_LEVELS.slice(0, 1)).map((level, index) => ({
          value: level,
          label: t(`certificate.levels.${level}`),
          id: index === 0 ? "level" : undefined,
        }))}
      />
      <TextArea id="approve_note" name="approve_note" label={t("certification.review.approveNoteLabel")} rows={2} defaultValue={result?.values.approve_note ?? ""} />
      <Button type="submit">{t("certification.review.approve")}</Button>
    </PostForm>
  );
}

/** Rejecting, with reasons the employer reads. */
export function RejectForm({ action, result }: FormProps) {
  const { t } = useTranslation();
  return (
    <PostForm action={action} errors={result?.errors}>
      <h2 id="reject-heading">{t("certification.review.rejectHeading")}</h2>
      <input type="hidden" name="intent" value="reject" />
      <TextArea
        id="reject_reason"
        name="reject_reason"
        label={t("certification.review.rejectReasonLabel")}
        description={t("certification.review.rejectReasonHint")}
        rows={3}
        defaultValue={result?.values.reject_reason ?? ""}
      />
      <Button type="submit" variant="secondary">
        {t("certification.review.reject")}
      </Button>
    </PostForm>
  );
}
