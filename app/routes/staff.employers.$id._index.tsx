import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FreeText, LocalizedText } from "~/components/localized-text";
import { Place } from "~/components/place";
import { DoneMessage } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { changeSuspension, decideVerification } from "~/services/verification.server";
import { getVerificationForReview } from "~/models/verification.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { formatDateTime } from "~/utils/format";
import { translateKey } from "~/utils/i18n";
import { pickText } from "~/utils/localized";
import { namedTitle } from "~/utils/meta";
import { formatBytes } from "~/utils/upload-outcome";
import { useLocale } from "~/hooks/use-locale";
import { idParam, scopeFor } from "~/services/workspace.server";
import { suspensionSchema, verificationDecisionSchema } from "~/validation/verification";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "workspace"] };

// GET/POST /staff/employers/:id: an employer's request to be verified, as the partner it asked
// sees it: the details it gave, its business licence to download, and the decision (approve, or
// reject with a reason the employer reads). Employers that never asked this partner are 404.

const DONE = ["verified", "rejected", "suspended", "reinstated"] as const;

async function reviewFor(request: Request, idValue: string | undefined) {
  const user = await requireRole(request, "staff");
  const partnerIds = scopeFor(user, "staff").organisationIds;
  const review = await getVerificationForReview(getDb(), { employerId: idParam(idValue), partnerIds });
  if (!review) throw new Response("Not Found", { status: 404 });
  return { user, partnerIds, review };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { review } = await reviewFor(request, params.id);
  const done = new URL(request.url).searchParams.get("done");
  return json({
    review: { ...review, file_size: formatBytes(review.file_size) },
    done: DONE.find((key) => key === done) ?? null,
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, partnerIds, review } = await reviewFor(request, params.id);
  const formData = await request.formData();
  // The second form: suspending a verification this partner gave, or reinstating it.
  if (formData.has("intent")) {
    const change = parseForm(formData, suspensionSchema);
    if (!change.ok) return formErrors(context, { ...change, form: "suspension" });
    const changed = await changeSuspension(getDb(), {
      employerId: review.employer_id,
      partnerIds,
      actorUserId: user.id,
      suspend: change.data.intent === "suspend",
      reason: change.data.suspendReason,
      origin: getEnv().publicUrl,
    });
    if (!changed.ok) {
      if (changed.error === "notFound") throw new Response("Not Found", { status: 404 });
      return formErrors(context, { errors: { suspendReason: "verification.review.errors.notSuspendable" }, values: { suspendReason: change.data.suspendReason ?? "" }, form: "suspension" }, 409);
    }
    return redirect(`/staff/employers/${review.employer_id}?done=${change.data.intent === "suspend" ? "suspended" : "reinstated"}`, 303);
  }
  const parsed = parseForm(formData, verificationDecisionSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const result = await decideVerification(getDb(), {
    requestId: review.id,
    partnerIds,
    actorUserId: user.id,
    decision: parsed.data.decision,
    reason: parsed.data.reason,
    origin: getEnv().publicUrl,
  });
  if (!result.ok) {
    if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
    return formErrors(
      context,
      { errors: { decision: `verification.errors.${result.error}` }, values: { decision: parsed.data.decision, reason: parsed.data.reason ?? "" } },
      409,
    );
  }
  return redirect(`/staff/employers/${review.employer_id}?done=${result.status}`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "verification.review.title", "verification.review.titleNamed", data && { zh: data.review.name_zh, en: data.review.name_en });

export default function ReviewEmployer() {
  const { review, done } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData & { form?: string }>();
  const suspension = result?.form === "suspension" ? result : undefined;
  const decision = result?.form === "suspension" ? undefined : result;
  const { t } = useTranslation();
  const locale = useLocale();
  const pending = review.status === "pending";
  return (
    <>
      <p className="back-link">
        <Link to="/staff">{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("verification.review.title")}</h1>
      <DoneMessage message={done ? t(`verification.review.done.${done}`) : null} />
      {!pending && decision?.errors.decision ? (
        <p className="notice" role="alert">
          {translateKey(t, decision.errors.decision)}
        </p>
      ) : null}
      <p className="lead">{t("verification.review.lead")}</p>
      <dl className="facts">
        <div>
          <dt>{t("verification.review.employer")}</dt>
          <dd>
            <LocalizedText value={pickText(locale, review.name_zh, review.name_en)} />
          </dd>
        </div>
        {review.province || review.city ? (
          <div>
            <dt>{t("verification.review.place")}</dt>
            <dd>
              <Place province={review.province} city={review.city} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("verification.fields.creditCode")}</dt>
          <dd>{review.credit_code}</dd>
        </div>
        <div>
          <dt>{t("verification.fields.licence")}</dt>
          <dd>
            <a href={`/staff/employers/${review.employer_id}/licence`} download>
              {t("verification.download", { name: review.file_name, size: review.file_size })}
            </a>
          </dd>
        </div>
        <div>
          <dt>{t("verification.review.note")}</dt>
          <dd>{review.note ? <FreeText text={review.note} /> : t("verification.review.noNote")}</dd>
        </div>
        <div>
          <dt>{t("verification.fields.sentAt")}</dt>
          <dd>
            {review.submitted_by_name
              ? t("verification.review.sentBy", { name: review.submitted_by_name, date: formatDateTime(t, review.submitted_at) })
              : formatDateTime(t, review.submitted_at)}
          </dd>
        </div>
        <div>
          <dt>{t("verification.review.requestNumber")}</dt>
          <dd data-request-id={review.id}>{review.id}</dd>
        </div>
        <div>
          <dt>{t("verification.review.status")}</dt>
          <dd>
            <strong>{t(`verification.review.statuses.${review.status}`)}</strong>
          </dd>
        </div>
      </dl>

      {review.decided_at ? (
        <section aria-labelledby="previous-heading">
          <h2 id="previous-heading">{t("verification.review.decisionHeading")}</h2>
          <p>
            {t("verification.review.decidedBy", {
              name: review.decided_by_name ?? t("workflow.history.unknownActor"),
              date: formatDateTime(t, review.decided_at),
            })}
          </p>
          {review.decision_reason ? (
            <p>
              {t("workflow.history.reason")} <FreeText text={review.decision_reason} />
            </p>
          ) : null}
        </section>
      ) : null}

      {pending ? (
        <section aria-labelledby="decide-heading">
          <h2 id="decide-heading">{t("verification.review.decideHeading")}</h2>
          <p>{t("verification.review.checkList")}</p>
          <PostForm errors={decision?.errors} action={`/staff/employers/${review.employer_id}`}>
            <RadioGroup
              name="decision"
              label={t("verification.review.decisionLabel")}
              defaultValue={decision?.values.decision}
              options={[
                { value: "approve", label: t("verification.review.approve"), id: "decision" },
                { value: "reject", label: t("verification.review.reject") },
              ]}
            />
            <TextArea
              id="reason"
              name="reason"
              label={t("verification.review.reasonLabel")}
              description={t("verification.review.reasonHint")}
              defaultValue={decision?.values.reason}
              rows={4}
            />
            <Button type="submit">{t("verification.review.submit")}</Button>
          </PostForm>
        </section>
      ) : null}

      {/* Only the partner whose approval stands may suspend it (the model checks; this is what shows). */}
      {review.status === "verified" && review.verification_status === "verified" ? (
        <section aria-labelledby="suspend-heading">
          <h2 id="suspend-heading">{t("verification.review.suspendHeading")}</h2>
          <p>{t("verification.review.suspendLead")}</p>
          <PostForm errors={suspension?.errors} action={`/staff/employers/${review.employer_id}`}>
            <input type="hidden" name="intent" value="suspend" />
            <TextArea
              id="suspendReason"
              name="suspendReason"
              label={t("verification.review.suspendReason")}
              description={t("verification.review.suspendReasonHint")}
              defaultValue={suspension?.values.suspendReason}
              rows={4}
            />
            <Button type="submit" variant="secondary">
              {t("verification.review.suspendButton")}
            </Button>
          </PostForm>
        </section>
      ) : null}
      {review.status === "verified" && review.verification_status === "suspended" ? (
        <section aria-labelledby="suspended-heading" className="notice">
          <h2 id="suspended-heading">{t("verification.review.suspendedHeading")}</h2>
          <p>
            {t("verification.review.suspendedOn", { date: review.suspended_at ? formatDateTime(t, review.suspended_at) : "" })}{" "}
            {review.suspension_reason ? <FreeText text={review.suspension_reason} /> : null}
          </p>
          <p>{t("verification.review.reinstateLead")}</p>
          <PostForm errors={suspension?.errors} action={`/staff/employers/${review.employer_id}`}>
            <input type="hidden" name="intent" value="reinstate" />
            <Button type="submit">{t("verification.review.reinstateButton")}</Button>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
