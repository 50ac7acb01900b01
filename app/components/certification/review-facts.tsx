import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { useLocale } from "~/hooks/use-locale";
import type { ReviewedApplication } from "./review-types";

/** The application at a glance on the reviewer's page: employer, status, level, version, who reviews it. */
export function ReviewFacts({ application, version }: { application: ReviewedApplication; version: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const wantsLeader = application.target_level === "inclusion_leader";
  return (
    <>
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
    </>
  );
}
