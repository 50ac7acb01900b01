import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { LocalizedText } from "~/components/localized-text";
import { getPublicCertificate } from "~/models/certificate.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { ASSESSMENT_AREAS } from "~/domain/certification";

// A public, read-only page: it works without JavaScript, so it ships none.
export const handle: RouteHandle = { hydrate: false, i18n: ["opening"] };

export async function loader({ params }: LoaderFunctionArgs) {
  const number = (params.number ?? "").trim().toUpperCase();
  const certificate = /^AW-\d{4}-\d{4,6}$/.test(number) ? await getPublicCertificate(getDb(), { number }) : undefined;
  if (!certificate) throw new Response("Not Found", { status: 404 });
  return json({ certificate });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const t = metaT(matches);
  const { number, status } = data.certificate;
  return pageTitle(matches, `${t("certificate.title", { number })} (${t(`certificate.status.${status}`)})`);
};

export default function CertificatePage() {
  const { certificate } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = (zh: string | null, en: string | null) => pickText(locale, zh, en);
  const reason = pick(certificate.reason_zh, certificate.reason_en);
  const met = new Set<string>(certificate.areas_met);

  return (
    <article className="certificate">
      <h1>{t("certificate.title", { number: certificate.number })}</h1>
      <p className="lead">{t("certificate.lead")}</p>

      <section aria-labelledby="status-heading" className={`status-panel status-panel--${certificate.status}`}>
        <h2 id="status-heading">
          {t("certificate.statusHeading", { status: t(`certificate.status.${certificate.status}`) })}
        </h2>
        <p>{t(`certificate.statusExplain.${certificate.status}`)}</p>
        {certificate.superseded_by_number ? (
          <p>
            <Link to={`/certificates/${certificate.superseded_by_number}`}>{t("certificate.supersededBy", { number: certificate.superseded_by_number })}</Link>
          </p>
        ) : null}
        {reason ? (
          <p>
            <strong>{t("certificate.reasonLabel")}</strong>
            <LocalizedText value={reason} />
          </p>
        ) : null}
      </section>

      <dl className="facts">
        <div>
          <dt>{t("certificate.employer")}</dt>
          <dd>
            <LocalizedText value={pick(certificate.employer_name_zh, certificate.employer_name_en)} />
          </dd>
        </div>
        {certificate.employer_credit_code ? (
          <div>
            <dt>{t("certificate.creditCode")}</dt>
            <dd>{certificate.employer_credit_code}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("certificate.level")}</dt>
          <dd>
            {t(`certificate.levels.${certificate.level}`)}
            <br />
            <span className="field__hint">{t(`certificate.levelExplain.${certificate.level}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t("certificate.criteriaVersion")}</dt>
          <dd>{certificate.criteria_version}</dd>
        </div>
        <div>
          <dt>{t("certificate.reviewer")}</dt>
          <dd>
            <LocalizedText value={pick(certificate.reviewer_name_zh, certificate.reviewer_name_en)} />
          </dd>
        </div>
        <div>
          <dt>{t("certificate.issuedOn")}</dt>
          <dd>{formatDate(t, certificate.issued_on)}</dd>
        </div>
        <div>
          <dt>{t("certificate.expiresOn")}</dt>
          <dd>{formatDate(t, certificate.expires_on)}</dd>
        </div>
      </dl>

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">{t("certificate.areasHeading")}</h2>
        <ul className="area-list">
          {ASSESSMENT_AREAS.map((area) => (
            <li key={area}>
              {t(`certificate.areas.${area}`)}
              {t("common.colon")}
              {met.has(area) ? t("certificate.areaMet") : t("certificate.areaNotMet")}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("certificate.historyHeading")}</h2>
        <ol className="history">
          {certificate.history.map((event, index) => {
            const eventReason = pick(event.reason_zh, event.reason_en);
            // Newest first: the last entry is the issue; a later "valid" is a reinstatement.
            const what = event.status === "valid" ? (index === certificate.history.length - 1 ? "issued" : "reinstated") : event.status;
            return (
              <li key={event.id}>
                <strong>{formatDate(t, event.at)}</strong>
                {t("common.colon")}
                {t(`certificate.historyEvent.${what}`)}
                {eventReason ? (
                  <>
                    {" — "}
                    <LocalizedText value={eventReason} />
                  </>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <ul className="link-list">
        <li>
          <Link to="/help#certification">{t("certificate.about")}</Link>
        </li>
        <li>
          <Link to="/certificates">{t("certificateLookup.another")}</Link>
        </li>
      </ul>
    </article>
  );
}
