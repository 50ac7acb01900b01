import { Form, Link } from "@remix-run/react";
import type { ParseKeys } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { OpeningStatus } from "~/domain/opening";
import { Button } from "~/components/ui/button";
import { ErrorSummary } from "~/components/ui/error-summary";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { formatDate, formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { useLocale } from "~/hooks/use-locale";
import { FreeText, LocalizedText } from "./localized-text";
import { DoneMessage, OpeningTitle, RevisionHistory, type RevisionEntry } from "./workspace";

/** The opening as the manage page's loader sends it. */
export type ManagedOpening = {
  id: number;
  status: OpeningStatus;
  expired: boolean;
  title_zh: string | null;
  title_en: string | null;
  deadline: string | null;
  updated_at: string;
  submitted_at: string | null;
  review_note: string | null;
  employer_name_zh: string | null;
  employer_name_en: string | null;
  employer_verification: string;
  partner_name_zh: string | null;
  partner_name_en: string | null;
  /** Sent applications, for the link to the inbox. */
  application_count: number;
};

/** What a failed POST on the manage page answers with: which form it came from, its errors and values. */
export type ManageActionData = { form: "actions" | "review"; errors: Record<string, string>; values: Record<string, string> };

/** The buttons on the manage page, one small POST form each; review decisions have their own form. */
const BUTTON_ACTIONS = ["publish", "submit", "close", "reopen"] as const;

/**
 * The manage page for one opening, shared by staff and employers: its status and details, what the
 * user may do next, the review decision (staff, for submitted openings), reports and the history.
 */
export function ManageOpening({
  side,
  opening,
  actions,
  revisions,
  done,
  actionData,
  reports,
}: {
  side: "staff" | "employer";
  opening: ManagedOpening;
  actions: string[];
  revisions: RevisionEntry[];
  done: string | null;
  actionData: ManageActionData | undefined;
  reports?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const base = side === "staff" ? "/staff/openings" : "/employer/openings";
  const self = `${base}/${opening.id}`;
  const status = opening.expired ? "expired" : opening.status;
  const isPublic = opening.status === "published" && !opening.expired && opening.employer_verification === "verified";
  const reviewErrors = actionData?.form === "review" ? actionData.errors : {};
  const actionErrors = actionData?.form === "actions" ? actionData.errors : {};

  return (
    <>
      <p className="back-link">
        <Link to={side === "staff" ? "/staff" : "/employer"}>{t(side === "staff" ? "workspace.backToStaff" : "workspace.backToEmployer")}</Link>
      </p>
      <h1>
        {t("workflow.managePrefix")}
        <OpeningTitle opening={opening} />
      </h1>
      <DoneMessage message={done ? t(done as ParseKeys) : null} />
      <ErrorSummary errors={actionErrors} fieldIds={{ actions: "actions-heading" }} />

      <dl className="facts">
        <div>
          <dt>{t("editor.fields.status")}</dt>
          <dd>
            <strong>{t(`workflow.statuses.${status}`)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t("workflow.details.employer")}</dt>
          <dd>
            <LocalizedText value={pickText(locale, opening.employer_name_zh, opening.employer_name_en)} />
            {" · "}
            {t(`workspace.verification.${opening.employer_verification as "verified"}`)}
          </dd>
        </div>
        <div>
          <dt>{t("workflow.details.partner")}</dt>
          <dd>
            <LocalizedText value={pickText(locale, opening.partner_name_zh, opening.partner_name_en)} />
          </dd>
        </div>
        <div>
          <dt>{t("workflow.details.deadline")}</dt>
          <dd>{opening.deadline ? formatDate(t, opening.deadline) : t("card.noDeadline")}</dd>
        </div>
        {opening.submitted_at ? (
          <div>
            <dt>{t("workflow.details.submitted")}</dt>
            <dd>{formatDateTime(t, opening.submitted_at)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("workflow.details.updated")}</dt>
          <dd>{formatDateTime(t, opening.updated_at)}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/inbox/openings/${opening.id}`}>{t("inbox.openingLink", { count: opening.application_count })}</Link>
      </p>
      {side === "staff" && isPublic ? (
        <p>
          <Link to={`/staff/apply/${opening.id}`}>{t("assisted.staffLink")}</Link>
        </p>
      ) : null}

      {opening.review_note && opening.status === "draft" ? (
        <section aria-labelledby="returned-heading" className="notice">
          <h2 id="returned-heading">{t("workflow.returnedHeading")}</h2>
          <FreeText as="p" text={opening.review_note} />
        </section>
      ) : null}

      {side === "staff" && opening.status === "pending_review" ? (
        <section aria-labelledby="review-heading" className="review-box">
          <h2 id="review-heading">{t("workflow.review.heading")}</h2>
          <p>{t("workflow.review.lead")}</p>
          <PostForm errors={reviewErrors} action={self}>
            <input type="hidden" name="intent" value="review" />
            <RadioGroup
              name="decision"
              label={t("workflow.review.decision")}
              defaultValue={actionData?.form === "review" ? actionData.values.decision : undefined}
              options={[
                { value: "approve", label: t("workflow.review.approve"), id: "decision" },
                { value: "return", label: t("workflow.review.return") },
              ]}
            />
            <TextArea
              id="reason"
              name="reason"
              label={t("workflow.review.reason")}
              description={t("workflow.review.reasonHint")}
              defaultValue={actionData?.form === "review" ? actionData.values.reason : undefined}
              rows={3}
            />
            <Button type="submit">{t("workflow.review.submit")}</Button>
          </PostForm>
        </section>
      ) : null}

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading" tabIndex={-1}>
          {t("workflow.actionsHeading")}
        </h2>
        <ul className="action-links">
          <li>
            <Link to={`${self}/edit`}>{t("workflow.edit")}</Link>
          </li>
          <li>
            <Link to={`${self}/preview`}>{t("workflow.preview")}</Link>
          </li>
          {isPublic ? (
            <li>
              <Link to={`/openings/${opening.id}`}>{t("workflow.viewPublic")}</Link>
            </li>
          ) : null}
        </ul>
        <div className="button-row">
          {BUTTON_ACTIONS.filter((action) => actions.includes(action)).map((action) => (
            <Form key={action} method="post" action={self}>
              <input type="hidden" name="intent" value={action} />
              <Button type="submit" variant={action === "close" ? "secondary" : "primary"}>
                {t(`workflow.actions.${action}`)}
              </Button>
            </Form>
          ))}
          <Form method="post" action={self}>
            <input type="hidden" name="intent" value="duplicate" />
            <Button type="submit" variant="secondary">
              {t("workflow.actions.duplicate")}
            </Button>
          </Form>
        </div>
        {side === "employer" && actions.includes("reopen") ? <p className="field__hint">{t("workflow.reopenEmployerHint")}</p> : null}
      </section>

      {reports}

      <RevisionHistory revisions={revisions} />
    </>
  );
}
