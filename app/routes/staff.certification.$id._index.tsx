import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Form as AriaForm } from "react-aria-components";
import { useTranslation } from "react-i18next";
import {
  ApplicationHistory,
  CriterionTags,
  pickCriterionText,
  ProblemSummary,
  ScorePanel,
  useAreaName,
  useDynamicT,
  useProblemMessages,
  type Problem,
} from "~/components/certification";
import { FreeText, Labelled } from "~/components/localized-text";
import { DoneMessage } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { TextField } from "~/components/ui/text-field";
import {
  approveApplication,
  assignToReviewer,
  getApplicationForReview,
  isOwnOrganisation,
  listApplicationHistory,
  commentOnOutcomes,
  recordSecondReview,
  rejectApplication,
  saveReview,
  saveReviewAndRequestChanges,
  type ReviewError,
} from "~/models/certification.server";
import { chinaToday, countOutcomes, type OutcomeFigures } from "~/models/check-back.server";
import { requireRole } from "~/utils/auth.server";
import { levelRank } from "~/utils/certification-score";
import { parseReviewForm, textValues, type FormProblem } from "~/utils/certification-forms.server";
import { getDb } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { reviewerOf } from "~/utils/reviewer.server";
import { useLocale } from "~/utils/use-locale";
import { idParam } from "~/utils/workspace.server";
import { ASSESSMENT_AREAS, CERTIFICATE_LEVELS } from "../../db/schema";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace", "certification"] };

// GET/POST /staff/certification/:id — reviewing an application: take it, score each criterion
// (agree, or adjust with a reason), ask for changes criterion by criterion, and approve at a level
// the reviewed score allows, or reject with reasons. Nobody reviews their own organisation, and only
// the partner the employer chose (or, for Inclusion Leader, a second reviewer from another partner)
// sees the application at all (docs/decisions/012). Inclusion Leader's outcomes are counted from
// the partners' 6-month check-backs and shown as numbers only: no names reach the reviewer.

const DONE = ["assigned", "saved", "changes_requested", "second_review", "outcomes", "approved", "rejected"] as const;

async function loadForReviewer(request: Request, idText: string | undefined) {
  const user = await requireRole(request, "staff");
  const id = idParam(idText);
  const reviewer = reviewerOf(user);
  const detail = await getApplicationForReview(getDb(), { id, reviewer });
  if (!detail) throw new Response("Not Found", { status: 404 });
  return { user, id, reviewer, detail, own: isOwnOrganisation(reviewer, detail.application.employer_id) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, id, detail, own } = await loadForReviewer(request, params.id);
  // A reviewer's own organisation's application is refused outright, evidence and all.
  if (own) throw new Response("Forbidden", { status: 403 });
  const history = await listApplicationHistory(getDb(), { id });
  const done = new URL(request.url).searchParams.get("done");
  const { application, version, criteria, score, reviewedScore } = detail;
  const outcomes: OutcomeFigures | null =
    application.target_level === "inclusion_leader" ? await countOutcomes(getDb(), { employerId: application.employer_id, today: chinaToday() }) : null;
  return json({
    outcomes,
    application,
    version: version.label,
    criteria,
    score,
    reviewedScore,
    history,
    isReviewer: application.reviewer_user_id === user.id,
    partnerIds: user.memberships.filter((m) => m.kind === "partner").map((m) => m.organisation_id),
    done: DONE.find((d) => d === done) ?? null,
  });
}

type ActionData = { form: string; problems: FormProblem[]; values: Record<string, string> };

const ERROR_FIELD: Record<ReviewError, { form: string; field: string }> = {
  notFound: { form: "decision", field: "level" },
  ownOrganisation: { form: "decision", field: "level" },
  notAssigned: { form: "decision", field: "level" },
  alreadyAssigned: { form: "assign", field: "assign" },
  wrongStatus: { form: "decision", field: "level" },
  noChangeRequests: { form: "review", field: "review" },
  aboveCap: { form: "decision", field: "level" },
  needsSecondReview: { form: "decision", field: "level" },
  needsOutcomes: { form: "decision", field: "level" },
  sameOrganisation: { form: "second", field: "second" },
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { id, reviewer, detail, own } = await loadForReviewer(request, params.id);
  if (own) throw new Response("Forbidden", { status: 403 });
  const db = getDb();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const values = textValues(formData);
  const fail = (form: string, problems: FormProblem[], status = 400) => {
    context.form.hasErrors = true;
    return json<ActionData>({ form, problems, values }, { status });
  };
  const refused = (error: ReviewError) => {
    const { form, field } = ERROR_FIELD[error];
    return fail(form, [{ field, key: `certification.reviewErrors.${error}` }], 409);
  };
  const done = (what: (typeof DONE)[number]) => redirect(`/staff/certification/${id}?done=${what}`, 303);

  if (intent === "assign") {
    const result = await assignToReviewer(db, { id, reviewer });
    return result.ok ? done("assigned") : refused(result.error);
  }
  if (intent === "save" || intent === "request_changes") {
    const { items, problems } = parseReviewForm(formData, detail.criteria);
    if (problems.length > 0) return fail("review", problems);
    if (intent === "save") {
      const saved = await saveReview(db, { id, reviewer, items });
      return saved.ok ? done("saved") : refused(saved.error);
    }
    // One transaction: the scores and comments are saved and the application sent back together.
    const result = await saveReviewAndRequestChanges(db, { id, reviewer, items });
    return result.ok ? done("changes_requested") : refused(result.error);
  }
  if (intent === "second_review") {
    const result = await recordSecondReview(db, { id, reviewer });
    return result.ok ? done("second_review") : refused(result.error);
  }
  if (intent === "outcomes") {
    const note = String(formData.get("outcomes_note") ?? "").trim();
    if (!note) return fail("outcomes", [{ field: "outcomes_note", key: "certification.errors.outcomesNoteRequired" }]);
    if (note.length > 2000) return fail("outcomes", [{ field: "outcomes_note", key: "certification.errors.outcomesNoteTooLong" }]);
    const result = await commentOnOutcomes(db, { id, reviewer, note });
    return result.ok ? done("outcomes") : refused(result.error);
  }
  if (intent === "approve") {
    const level = CERTIFICATE_LEVELS.find((l) => l === formData.get("level"));
    if (!level) return fail("decision", [{ field: "level", key: "certification.errors.approveLevelRequired" }]);
    const note = String(formData.get("approve_note") ?? "").trim();
    const result = await approveApplication(db, { id, reviewer, level, reason: note || null });
    return result.ok ? done("approved") : refused(result.error);
  }
  if (intent === "reject") {
    const reason = String(formData.get("reject_reason") ?? "").trim();
    if (!reason) return fail("reject", [{ field: "reject_reason", key: "certification.errors.rejectReasonRequired" }]);
    const result = await rejectApplication(db, { id, reviewer, reason });
    return result.ok ? done("rejected") : refused(result.error);
  }
  throw new Response("Bad Request", { status: 400 });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, metaT(matches)("certification.review.title", { id: data?.application.id ?? "" }));

export default function ReviewApplication() {
  const { application, version, criteria, score, reviewedScore, history, isReviewer, partnerIds, done, outcomes } = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const areaName = useAreaName();
  const problemsFor = (form: string): Problem[] | undefined => (result?.form === form ? result.problems : undefined);
  const reviewMessages = useProblemMessages(problemsFor("review"));
  const underReview = application.status === "under_review";
  const canReview = isReviewer && underReview;
  const cap = reviewedScore.highestLevel;
  const wantsLeader = application.target_level === "inclusion_leader";
  const canSecond =
    wantsLeader && underReview && !isReviewer && application.reviewer_user_id !== null && !application.second_reviewer_user_id &&
    partnerIds.some((p) => p !== application.reviewer_organisation_id && p !== application.reviewing_partner_id);
  const action = `/staff/certification/${application.id}`;
  const verdictText = (verdict: "agree" | "adjust", points: number | null) =>
    verdict === "agree" ? t("certification.review.agreed") : t("certification.review.adjusted", { points: points ?? 0 });
  const value = (name: string, saved: string | number | null | undefined) =>
    result?.form === "review" ? result.values[name] ?? "" : saved === null || saved === undefined ? "" : String(saved);

  return (
    <>
      <p className="back-link">
        <Link to="/staff/certification">{t("certification.review.back")}</Link>
      </p>
      <h1>{t("certification.review.title", { id: application.id })}</h1>
      <DoneMessage message={done ? t(`certification.review.done.${done}`) : null} />
      <dl className="facts">
        <div>
          <dt>{t("certification.application.employer")}</dt>
          <dd>{pickText(locale, application.employer_name_zh, application.employer_name_en)?.text}</dd>
        </div>
        <div>
          <dt>{t("certification.application.status")}</dt>
          <dd>
            <strong>{t(`certification.statuses.${application.status}`)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t("certification.application.levelSought")}</dt>
          <dd>{application.target_level ? t(`certificate.levels.${application.target_level}`) : null}</dd>
        </div>
        <div>
          <dt>{t("certificate.criteriaVersion")}</dt>
          <dd>{version}</dd>
        </div>
        {application.submitted_at ? (
          <div>
            <dt>{t("certification.application.submittedAt")}</dt>
            <dd>{formatDateTime(t, application.submitted_at)}</dd>
          </div>
        ) : null}
        {application.reviewing_partner_zh || application.reviewing_partner_en ? (
          <div>
            <dt>{t("certification.review.sentTo")}</dt>
            <dd>{pickText(locale, application.reviewing_partner_zh, application.reviewing_partner_en)?.text}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("certification.review.reviewer")}</dt>
          <dd>
            {application.reviewer_name
              ? `${application.reviewer_name} · ${pickText(locale, application.reviewer_org_zh, application.reviewer_org_en)?.text ?? ""}`
              : t("certification.review.unassigned")}
          </dd>
        </div>
        {wantsLeader ? (
          <div>
            <dt>{t("certification.review.secondReviewer")}</dt>
            <dd>
              {application.second_reviewer_name
                ? `${application.second_reviewer_name} · ${pickText(locale, application.second_reviewer_org_zh, application.second_reviewer_org_en)?.text ?? ""}`
                : t("certification.review.noSecondReviewer")}
            </dd>
          </div>
        ) : null}
      </dl>

      {application.certificate_number ? (
        <p>
          <Link to={`/staff/certificates/${application.certificate_number}`}>
            {t("certification.review.manageCertificate", { number: application.certificate_number })}
          </Link>
        </p>
      ) : null}

      {underReview && application.reviewer_user_id === null ? (
        <AriaForm method="post" action={action} className="form" validationBehavior="aria">
          <ProblemSummary problems={problemsFor("assign")} />
          <p>{t("certification.review.assignLead")}</p>
          <input type="hidden" name="intent" value="assign" />
          <Button type="submit" id="assign">
            {t("certification.review.assign")}
          </Button>
        </AriaForm>
      ) : null}

      <ScorePanel score={score} headingId="claimed-heading" heading={t("certification.review.claimedHeading")} reader="reviewer" />
      <ScorePanel score={reviewedScore} headingId="reviewed-heading" heading={t("certification.review.reviewedHeading")} reader="reviewer" />

      <AriaForm method="post" action={action} className="form" validationBehavior="aria" validationErrors={reviewMessages}>
        <ProblemSummary problems={problemsFor("review")} />
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
                              <a href={`/staff/certification/${application.id}/evidence/${c.id}`}>{a.file_name ?? t("certification.step.fileFallback")}</a>
                            </p>
                          ) : null}
                          {a?.evidence_text ? <FreeText as="p" text={a.evidence_text} /> : null}
                          {a?.evidence_url ? (
                            <p>
                              <a href={a.evidence_url} rel="noopener noreferrer nofollow">
                                {a.evidence_url}
                              </a>
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
      </AriaForm>

      {wantsLeader && outcomes ? (
        <OutcomesSection action={action} figures={outcomes} canComment={canReview} problems={problemsFor("outcomes")} values={result?.form === "outcomes" ? result.values : undefined} />
      ) : null}
      {canSecond ? (
        <AriaForm method="post" action={action} className="form" validationBehavior="aria">
          <ProblemSummary problems={problemsFor("second")} />
          <h2 id="second">{t("certification.review.secondHeading")}</h2>
          <p>{t("certification.review.secondLead")}</p>
          <input type="hidden" name="intent" value="second_review" />
          <Button type="submit">{t("certification.review.confirmSecond")}</Button>
        </AriaForm>
      ) : null}

      {canReview ? (
        <>
          <DecisionForm action={action} cap={cap} problems={problemsFor("decision")} values={result?.form === "decision" ? result.values : undefined} />
          <RejectForm action={action} problems={problemsFor("reject")} values={result?.form === "reject" ? result.values : undefined} />
        </>
      ) : null}

      {application.decision_reason ? (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">{t("certification.review.decisionReason")}</h2>
          <FreeText as="p" text={application.decision_reason} />
        </section>
      ) : null}

      <ApplicationHistory entries={history.map((h) => ({ ...h, id: String(h.id), at: String(h.at) }))} />
    </>
  );
}

/** Inclusion Leader's outcomes: the counted figures for everyone who sees the application, and the assigned reviewer's comment. */
function OutcomesSection({
  action,
  figures,
  canComment,
  problems,
  values,
}: {
  action: string;
  figures: OutcomeFigures;
  canComment: boolean;
  problems?: Problem[];
  values?: Record<string, string>;
}) {
  const { application } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const messages = useProblemMessages(problems);
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
        <AriaForm method="post" action={action} className="form" validationBehavior="aria" validationErrors={messages}>
          <ProblemSummary problems={problems} />
          <input type="hidden" name="intent" value="outcomes" />
          <TextArea
            id="outcomes_note"
            name="outcomes_note"
            label={t("certification.review.outcomesNoteLabel")}
            description={t("certification.review.outcomesNoteHint")}
            rows={3}
            defaultValue={values?.outcomes_note ?? application.outcomes_note ?? ""}
          />
          <Button type="submit">{t("certification.review.saveOutcomes")}</Button>
        </AriaForm>
      ) : application.outcomes_note ? (
        <p>
          <Labelled text={t("certification.review.outcomesComment")} />
          <FreeText text={application.outcomes_note} />
        </p>
      ) : null}
    </section>
  );
}

function DecisionForm({ action, cap, problems, values }: { action: string; cap: string | null; problems?: Problem[]; values?: Record<string, string> }) {
  const { t } = useTranslation();
  const tv = useDynamicT();
  const messages = useProblemMessages(problems);
  const allowed = CERTIFICATE_LEVELS.filter((level) => cap !== null && levelRank(level) <= levelRank(cap as (typeof CERTIFICATE_LEVELS)[number]));
  return (
    <AriaForm method="post" action={action} className="form" validationBehavior="aria" validationErrors={messages}>
      <ProblemSummary problems={problems} />
      <h2 id="approve-heading">{t("certification.review.approveHeading")}</h2>
      <p>{cap ? t("certification.review.capLead", { level: tv(`certificate.levels.${cap}`) }) : t("certification.review.noCap")}</p>
      <input type="hidden" name="intent" value="approve" />
      <RadioGroup
        name="level"
        label={t("certification.review.approveLevelLabel")}
        defaultValue={values?.level}
        options={(allowed.length > 0 ? allowed : CERTIFICATE_LEVELS.slice(0, 1)).map((level, index) => ({
          value: level,
          label: t(`certificate.levels.${level}`),
          id: index === 0 ? "level" : undefined,
        }))}
      />
      <TextArea id="approve_note" name="approve_note" label={t("certification.review.approveNoteLabel")} rows={2} defaultValue={values?.approve_note ?? ""} />
      <Button type="submit">{t("certification.review.approve")}</Button>
    </AriaForm>
  );
}

function RejectForm({ action, problems, values }: { action: string; problems?: Problem[]; values?: Record<string, string> }) {
  const { t } = useTranslation();
  const messages = useProblemMessages(problems);
  return (
    <AriaForm method="post" action={action} className="form" validationBehavior="aria" validationErrors={messages}>
      <ProblemSummary problems={problems} />
      <h2 id="reject-heading">{t("certification.review.rejectHeading")}</h2>
      <input type="hidden" name="intent" value="reject" />
      <TextArea
        id="reject_reason"
        name="reject_reason"
        label={t("certification.review.rejectReasonLabel")}
        description={t("certification.review.rejectReasonHint")}
        rows={3}
        defaultValue={values?.reject_reason ?? ""}
      />
      <Button type="submit" variant="secondary">
        {t("certification.review.reject")}
      </Button>
    </AriaForm>
  );
}
