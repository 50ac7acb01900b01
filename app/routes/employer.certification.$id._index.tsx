import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicationHistory, pickCriterionText } from "~/components/certification";
import { DoneMessage } from "~/components/workspace";
import { FreeText, Labelled } from "~/components/localized-text";
import { listApplicationHistory } from "~/models/certification.server";
import { getEmployerApplication } from "~/models/certification-employer.server";
import { EDITABLE_STATUSES } from "~/models/certification-policy.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { idParam, scopeFor } from "~/services/workspace.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace", "certification"] };

// GET /employer/certification/:id: where an application stands, what the reviewer asked for, the
// decision, and its dated history. Other employers' applications are 404.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  const id = idParam(params.id);
  const db = getDb();
  const detail = await getEmployerApplication(db, { id, employerIds: scopeFor(user, "employer").organisationIds });
  if (!detail) throw new Response("Not Found", { status: 404 });
  const history = await listApplicationHistory(db, { id });
  const done = new URL(request.url).searchParams.get("done") === "submitted";
  const { application, version, criteria } = detail;
  return json({
    application,
    version: version.label,
    editable: EDITABLE_STATUSES.includes(application.status),
    changeRequests: criteria
      .filter((c) => c.answer?.change_request)
      .map((c) => ({ id: c.id, code: c.code, area: c.area, text_zh: c.text_zh, text_en: c.text_en, request: c.answer?.change_request ?? "" })),
    history,
    done,
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, metaT(matches)("certification.application.name", { id: data?.application.id ?? "" }));

export default function ApplicationOverview() {
  const { application, version, editable, changeRequests, history, done } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const base = `/employer/certification/${application.id}`;
  return (
    <>
      <p className="back-link">
        <Link to="/employer/certification">{t("certification.employer.backToCertification")}</Link>
      </p>
      <h1>{t("certification.application.name", { id: application.id })}</h1>
      <DoneMessage message={done ? t("certification.application.submittedNotice") : null} />
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
          <dd>{application.target_level ? t(`certificate.levels.${application.target_level}`) : t("certification.application.noLevel")}</dd>
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
            <dt>{t("certification.application.sentTo")}</dt>
            <dd>{pickText(locale, application.reviewing_partner_zh, application.reviewing_partner_en)?.text}</dd>
          </div>
        ) : null}
      </dl>

      {application.status === "approved" && application.certificate_number ? (
        <p className="notice notice--success">
          <Labelled text={t("certification.application.approvedNotice", { level: t(`certificate.levels.${application.decision_level ?? "committed"}`) })} />
          <Link to={`/certificates/${application.certificate_number}`}>
            {t("certification.application.viewCertificate", { number: application.certificate_number })}
          </Link>
        </p>
      ) : null}
      {application.status === "rejected" ? (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">{t("certification.application.rejectedHeading")}</h2>
          {application.decision_reason ? <FreeText as="p" text={application.decision_reason} /> : null}
        </section>
      ) : null}

      {application.status === "changes_requested" && changeRequests.length > 0 ? (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">{t("certification.application.changesHeading")}</h2>
          <p>{t("certification.application.changesLead")}</p>
          <ul className="bullets">
            {changeRequests.map((c) => (
              <li key={c.id}>
                <Link to={`${base}/${c.area}#criterion-${c.id}`}>
                  {c.code} · {pickCriterionText(locale, c.text_zh, c.text_en)}
                </Link>
                <p>
                  <Labelled text={t("certification.application.reviewerSays")} />
                  <FreeText text={c.request} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {editable ? (
        <p>
          <Link to={`${base}/${application.target_level ? "check" : "intro"}`} className="button button--primary">
            {application.status === "changes_requested" ? t("certification.application.respond") : t("certification.application.continue")}
          </Link>
        </p>
      ) : null}
      {application.status === "under_review" ? <p>{t("certification.application.underReviewLead")}</p> : null}

      <ApplicationHistory entries={history.map((h) => ({ ...h, id: String(h.id), at: String(h.at) }))} />
    </>
  );
}
