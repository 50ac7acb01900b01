import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ParseKeys } from "i18next";
import { useTranslation } from "react-i18next";
import { FreeText } from "~/components/localized-text";
import { DoneMessage, OpeningTitle } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { ACTIVE_REPORT_STATUSES, getScopedReport } from "~/models/report.server";
import { decideReport } from "~/services/moderation.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { formatDateTime } from "~/utils/format";
import { namedTitle } from "~/utils/meta";
import { idParam, scopeFor } from "~/services/workspace.server";
import { moderationSchema } from "~/validation/opening";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace"] };

// GET/POST /staff/reports/:id: a report on one of this partner's openings, and the decision on it:
// dismiss, ask the employer or take the opening down, always with a reason. Other partners' reports are 404.

const DECISIONS = ["dismiss", "ask_employer", "unpublish"] as const;
const DONE = ["dismissed", "employer_asked", "unpublished"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const report = await getScopedReport(getDb(), { id: idParam(params.id), partnerIds: scopeFor(user, "staff").organisationIds });
  if (!report) throw new Response("Not Found", { status: 404 });
  const done = new URL(request.url).searchParams.get("done");
  return json({ report, active: ACTIVE_REPORT_STATUSES.includes(report.status), done: DONE.find((key) => key === done) ?? null });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "staff");
  const id = idParam(params.id);
  const partnerIds = scopeFor(user, "staff").organisationIds;
  const parsed = parseForm(await request.formData(), moderationSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const result = await decideReport(getDb(), {
    id,
    partnerIds,
    actorUserId: user.id,
    decision: parsed.data.decision,
    reason: parsed.data.reason,
    origin: getEnv().publicUrl,
  });
  if (!result.ok) {
    if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
    return formErrors(context, { errors: { decision: `moderation.errors.${result.error}` }, values: parsed.data }, 409);
  }
  return redirect(`/staff/reports/${id}?done=${result.status}`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "moderation.title", "moderation.titleNamed", data && { zh: data.report.title_zh, en: data.report.title_en });

export default function ModerateReport() {
  const { report, active, done } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <>
      <p className="back-link">
        <Link to="/staff">{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("moderation.title")}</h1>
      <DoneMessage message={done ? t(`moderation.done.${done}`) : null} />
      {/* Settled while this person was deciding: say so plainly, there is no form left to fix. */}
      {!active && result?.errors.decision ? (
        <p className="notice" role="alert">
          {t(result.errors.decision as ParseKeys)}
        </p>
      ) : null}
      <p className="lead">{t("moderation.lead")}</p>
      <dl className="facts">
        <div>
          <dt>{t("moderation.opening")}</dt>
          <dd>
            <Link to={`/staff/openings/${report.opening_id}`}>
              <OpeningTitle opening={report} />
            </Link>
            {" · "}
            {t(`workflow.statuses.${report.opening_status}`)}
          </dd>
        </div>
        <div>
          <dt>{t("moderation.reason")}</dt>
          <dd>{t(`report.reasons.${report.reason}`)}</dd>
        </div>
        <div>
          <dt>{t("moderation.details")}</dt>
          <dd>
            {report.details ? (
              <FreeText className="prose" text={report.details} />
            ) : (
              t("moderation.noDetails")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("moderation.received")}</dt>
          <dd>{formatDateTime(t, report.created_at)}</dd>
        </div>
        <div>
          <dt>{t("moderation.status")}</dt>
          <dd>
            <strong>{t(`moderation.statuses.${report.status}`)}</strong>
          </dd>
        </div>
      </dl>
      <p>{report.wants_outcome ? t("moderation.wantsOutcome") : t("moderation.noContact")}</p>

      {report.decided_at ? (
        <section aria-labelledby="previous-heading">
          <h2 id="previous-heading">{t("moderation.previousDecision")}</h2>
          <p>
            <strong>{t(`moderation.statuses.${report.status}`)}</strong>
            {t("common.answerSeparator")}
            {t("moderation.decidedBy", {
              name: report.decided_by_name ?? t("workflow.history.unknownActor"),
              date: formatDateTime(t, report.decided_at),
            })}
          </p>
          {report.decision_reason ? (
            <p>
              {t("workflow.history.reason")} <FreeText text={report.decision_reason} />
            </p>
          ) : null}
        </section>
      ) : null}

      {active ? (
        <section aria-labelledby="decide-heading">
          <h2 id="decide-heading">{t("moderation.decideHeading")}</h2>
          <PostForm errors={result?.errors} action={`/staff/reports/${report.id}`}>
            <RadioGroup
              name="decision"
              label={t("moderation.decisionLabel")}
              defaultValue={result?.values.decision}
              options={DECISIONS.map((decision, index) => ({
                value: decision,
                label: t(`moderation.decisions.${decision}` as ParseKeys),
                id: index === 0 ? "decision" : undefined,
              }))}
            />
            <TextArea
              id="reason"
              name="reason"
              label={t("moderation.reasonLabel")}
              description={t("moderation.reasonHint")}
              defaultValue={result?.values.reason}
              rows={4}
            />
            <Button type="submit">{t("moderation.submit")}</Button>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
