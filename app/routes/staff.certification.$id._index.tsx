import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicationHistory, ScorePanel } from "~/components/certification";
import { ReviewCriteriaForm } from "~/components/certification/review-criteria-form";
import { AssignForm, DecisionForm, OutcomesSection, RejectForm, SecondReviewForm } from "~/components/certification/review-decisions";
import { ReviewFacts } from "~/components/certification/review-facts";
import type { ReviewActionData, ReviewFormName } from "~/components/certification/review-types";
import { FreeText } from "~/components/localized-text";
import { DoneMessage } from "~/components/workspace";
import { listApplicationHistory } from "~/models/certification.server";
import { isOwnOrganisation, unexaminedEvidence } from "~/models/certification-policy.server";
import {
  approveApplication,
  assignToReviewer,
  getApplicationForReview,
  commentOnOutcomes,
  recordSecondReview,
  rejectApplication,
  saveReview,
  saveReviewAndRequestChanges,
  type ReviewError,
} from "~/models/certification-review.server";
import { chinaToday, countOutcomes, type OutcomeFigures } from "~/models/check-back.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { reviewerOf } from "~/services/reviewer.server";
import { idParam } from "~/services/workspace.server";
import { approveSchema, outcomesNoteSchema, parseReview, rejectSchema } from "~/validation/certification";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace", "certification"] };

// GET/POST /staff/certification/:id — reviewing an application: take it, score each criterion
// (agree, or adjust with a reason), ask for changes criterion by criterion, and approve at a level
// the reviewed score allows, or reject with reasons. Nobody reviews their own organisation, and only
// the partner the employer chose (or, for Inclusion Leader, a second reviewer from another partner)
// sees the application at all (docs/decisions/012). Inclusion Leader's outcomes are counted from
// the partners' 6-month check-backs and shown as numbers only: no names reach the reviewer.
// The page's pieces are in components/certification/review-*.tsx; its forms' parsing in
// validation/certification.ts.

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
    unexamined: unexaminedEvidence(criteria).map((c) => ({ id: c.id, code: c.code })),
    history,
    isReviewer: application.reviewer_user_id === user.id,
    partnerIds: user.memberships.filter((m) => m.kind === "partner").map((m) => m.organisation_id),
    done: DONE.find((d) => d === done) ?? null,
  });
}

const ERROR_FIELD: Record<ReviewError, { form: ReviewFormName; field: string }> = {
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
  evidenceUnexamined: { form: "decision", field: "level" },
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { id, reviewer, detail, own } = await loadForReviewer(request, params.id);
  if (own) throw new Response("Forbidden", { status: 403 });
  const db = getDb();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  /** A form's input was not valid: its errors, marked with the form they belong to. */
  const invalid = (form: ReviewFormName, failed: FormErrorData) => formErrors(context, { form, errors: failed.errors, values: failed.values, errorValues: failed.errorValues });
  const refused = (error: ReviewError) => {
    const { form, field } = ERROR_FIELD[error];
    return formErrors(context, { form, errors: { [field]: `certification.reviewErrors.${error}` }, values: submittedValues(formData, []) }, 409);
  };
  const done = (what: (typeof DONE)[number]) => redirect(`/staff/certification/${id}?done=${what}`, 303);

  if (intent === "assign") {
    const result = await assignToReviewer(db, { id, reviewer });
    return result.ok ? done("assigned") : refused(result.error);
  }
  if (intent === "save" || intent === "request_changes") {
    const parsed = parseReview(formData, detail.criteria);
    if (!parsed.ok) return invalid("review", parsed);
    const items = parsed.data;
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
    const parsed = parseForm(formData, outcomesNoteSchema);
    if (!parsed.ok) return invalid("outcomes", parsed);
    const result = await commentOnOutcomes(db, { id, reviewer, note: parsed.data.outcomes_note });
    return result.ok ? done("outcomes") : refused(result.error);
  }
  if (intent === "approve") {
    const parsed = parseForm(formData, approveSchema);
    if (!parsed.ok) return invalid("decision", parsed);
    const result = await approveApplication(db, { id, reviewer, level: parsed.data.level, reason: parsed.data.approve_note });
    return result.ok ? done("approved") : refused(result.error);
  }
  if (intent === "reject") {
    const parsed = parseForm(formData, rejectSchema);
    if (!parsed.ok) return invalid("reject", parsed);
    const result = await rejectApplication(db, { id, reviewer, reason: parsed.data.reject_reason });
    return result.ok ? done("rejected") : refused(result.error);
  }
  throw new Response("Bad Request", { status: 400 });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, metaT(matches)("certification.review.title", { id: data?.application.id ?? "" }));

export default function ReviewApplication() {
  const { application, version, criteria, score, reviewedScore, unexamined, history, isReviewer, partnerIds, done, outcomes } = useLoaderData<typeof loader>();
  const actionData = useActionData<ReviewActionData>();
  const { t } = useTranslation();
  const resultFor = (form: ReviewFormName) => (actionData?.form === form ? actionData : undefined);
  const underReview = application.status === "under_review";
  const canReview = isReviewer && underReview;
  const wantsLeader = application.target_level === "inclusion_leader";
  const canSecond =
    wantsLeader && underReview && !isReviewer && application.reviewer_user_id !== null && !application.second_reviewer_user_id &&
    partnerIds.some((p) => p !== application.reviewer_organisation_id && p !== application.reviewing_partner_id);
  const action = `/staff/certification/${application.id}`;

  return (
    <>
      <p className="back-link">
        <Link to="/staff/certification">{t("certification.review.back")}</Link>
      </p>
      <h1>{t("certification.review.title", { id: application.id })}</h1>
      <DoneMessage message={done ? t(`certification.review.done.${done}`) : null} />
      <ReviewFacts application={application} version={version} />

      {underReview && application.reviewer_user_id === null ? <AssignForm action={action} result={resultFor("assign")} /> : null}

      <ScorePanel score={score} headingId="claimed-heading" heading={t("certification.review.claimedHeading")} reader="reviewer" />
      <ScorePanel score={reviewedScore} headingId="reviewed-heading" heading={t("certification.review.reviewedHeading")} reader="reviewer" />

      <ReviewCriteriaForm action={action} applicationId={application.id} criteria={criteria} canReview={canReview} result={resultFor("review")} />

      {wantsLeader && outcomes ? (
        <OutcomesSection action={action} figures={outcomes} canComment={canReview} note={application.outcomes_note} result={resultFor("outcomes")} />
      ) : null}
      {canSecond ? <SecondReviewForm action={action} result={resultFor("second")} /> : null}

      {canReview ? (
        <>
          <DecisionForm action={action} cap={reviewedScore.highestLevel} unexamined={unexamined} result={resultFor("decision")} />
          <RejectForm action={action} result={resultFor("reject")} />
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
