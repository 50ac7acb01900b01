import { useTranslation } from "react-i18next";
import { FreeText, Labelled } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { TextField } from "~/components/ui/text-field";
import { useLocale } from "~/hooks/use-locale";
import { formatDateTime } from "~/utils/format";
import { ASSESSMENT_AREAS } from "~/domain/certification";
import { CriterionTags, pickCriterionText, useAreaName } from "./index";
import type { ReviewActionData, ReviewedCriterion } from "./review-types";

/**
 * The reviewer's form, area by area: each criterion's answer and evidence, and (for the assigned
 * reviewer while it is under review) a verdict, points, reason and a change to ask for. Others
 * read the verdicts given so far. "Save" and "Request changes" both send it.
 */
export function ReviewCriteriaForm({
  action,
  applicationId,
  criteria,
  canReview,
  result,
}: {
  action: string;
  applicationId: number;
  criteria: ReviewedCriterion[];
  canReview: boolean;
  /** The failed POST of this form, if it was this one. */
  result: ReviewActionData | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const areaName = useAreaName();
  const verdictText = (verdict: "agree" | "adjust", points: number | null) =>
    verdict === "agree" ? t("certification.review.agreed") : t("certification.review.adjusted", { points: points ?? 0 });
  const value = (name: string, saved: string | number | null | undefined) =>
    result ? result.values[name] ?? "" : saved === null || saved === undefined ? "" : String(saved);

  return (
    <PostForm action={action} errors={result?.errors} errorValues={result?.errorValues}>
      <h2 id="review-heading">{t("certification.review.criteriaHeading")}</h2>
      {!canReview ? <p>{t("certification.review.readOnly")}</p> : null}
      {ASSESSMENT_AREAS.map((area) => {
        const inArea = criteria.filter((c) => c.area === area);
        if (inArea.length === 0) return null;
        return (
          <section key={area} aria-labelledby={`area-${area}`}>
            <h3 id={`area-${area}`}>{areaName(area)}</h3>
            {inArea.map((c) => {
              const a = c.answer;
              return (
                <section key={c.id} aria-labelledby={`criterion-${c.id}`} className="criterion">
                  <h4 id={`criterion-${c.id}`} className="criterion__title">
                    {c.code} · {pickCriterionText(locale, c.text_zh, c.text_en)}
                  </h4>
                  <CriterionTags criterion={c} />
                  <dl className="facts">
                    <div>
                      <dt>{t("certification.review.answer")}</dt>
                      <dd>{a?.answer ? t(a.answer === "yes" ? "certification.review.answeredYes" : "certification.review.answeredNo") : t("certification.review.notAnswered")}</dd>
                    </div>
                    <div>
                      <dt>{t("certification.review.evidence")}</dt>
                      <dd>
                        {a?.evidence_file_id ? (
                          <p>
                            <a href={`/staff/certification/${applicationId}/evidence/${c.id}`}>{a.file_name ?? t("certification.step.fileFallback")}</a>
                          </p>
                        ) : null}
                        {a?.evidence_text ? <FreeText as="p" text={a.evidence_text} /> : null}
                        {a?.evidence_url ? (
                          <p>
                            {/* Through the portal, which remembers the opening, then on to the address. */}
                            <a href={`/staff/certification/${applicationId}/link/${c.id}`} rel="nofollow">
                              {a.evidence_url}
                            </a>
                          </p>
                        ) : null}
                        {a?.evidence_file_id || a?.evidence_url ? (
                          <p className="hint">
                            {a.evidence_opened_at
                              ? t("certification.review.evidenceOpened", { date: formatDateTime(t, a.evidence_opened_at), name: a.evidence_opened_by_name ?? t("certification.review.someone") })
                              : t("certification.review.evidenceNotOpened")}
                          </p>
                        ) : null}
                        {!a?.evidence_file_id && !a?.evidence_text && !a?.evidence_url ? t("certification.review.noEvidence") : null}
                      </dd>
                    </div>
                    {a?.employer_response ? (
                      <div>
                        <dt>{t("certification.review.employerResponse")}</dt>
                        <dd>
                          <FreeText text={a.employer_response} />
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                  {canReview ? (
                    <>
                      <RadioGroup
                        name={`verdict-${c.id}`}
                        label={t("certification.review.verdictLabel", { code: c.code })}
                        defaultValue={value(`verdict-${c.id}`, a?.review_verdict) || "agree"}
                        options={[
                          { value: "agree", label: t("certification.review.agree"), id: `verdict-${c.id}` },
                          { value: "adjust", label: t("certification.review.adjust") },
                        ]}
                      />
                      <TextField
                        id={`points-${c.id}`}
                        name={`points-${c.id}`}
                        label={t("certification.review.pointsLabel", { code: c.code, max: c.points })}
                        inputMode="numeric"
                        defaultValue={value(`points-${c.id}`, a?.review_points)}
                      />
                      <TextArea
                        id={`reason-${c.id}`}
                        name={`reason-${c.id}`}
                        label={t("certification.review.reasonLabel", { code: c.code })}
                        rows={2}
                        defaultValue={value(`reason-${c.id}`, a?.review_reason)}
                      />
                      <TextArea
                        id={`change-${c.id}`}
                        name={`change-${c.id}`}
                        label={t("certification.review.changeLabel", { code: c.code })}
                        description={t("certification.review.changeHint")}
                        rows={2}
                        defaultValue={value(`change-${c.id}`, a?.change_request)}
                      />
                    </>
                  ) : a?.review_verdict ? (
                    <p>
                      {a.review_reason ? (
                        <>
                          <Labelled text={verdictText(a.review_verdict, a.review_points)} />
                          <FreeText text={a.review_reason} />
                        </>
                      ) : (
                        verdictText(a.review_verdict, a.review_points)
                      )}
                    </p>
                  ) : null}
                  {!canReview && a?.change_request ? (
                    <p>
                      <Labelled text={t("certification.review.changeAsked")} />
                      <FreeText text={a.change_request} />
                    </p>
                  ) : null}
                </section>
              );
            })}
          </section>
        );
      })}
      {canReview ? (
        <div className="button-row" id="review">
          <Button type="submit" name="intent" value="save">
            {t("certification.review.save")}
          </Button>
          <Button type="submit" name="intent" value="request_changes" variant="secondary">
            {t("certification.review.requestChanges")}
          </Button>
        </div>
      ) : null}
    </PostForm>
  );
}
