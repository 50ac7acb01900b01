import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useEasyRead } from "~/hooks/use-easy-read";
import { Labelled } from "~/components/localized-text";
import { getEnv } from "~/utils/env.server";
import { formatDate } from "~/utils/format";
import { metaT, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["opening", "about"] };

/** Update this when the statement is reviewed again. */
const LAST_REVIEWED = "2026-11-26";

/** The rows of the table of checks; each names its WCAG 2.2 criteria and GB/T 37668-2019 indicators in the locales. */
const CHECKS = [
  "axe",
  "skip",
  "keyboard",
  "order",
  "focusVisible",
  "obscured",
  "reflow",
  "contrast",
  "forcedColours",
  "motion",
  "targets",
  "screenReader",
  "routeChange",
  "errors",
  "language",
  "noJs",
] as const;

/** The address for reports by email comes from configuration (ACCESSIBILITY_EMAIL). */
export function loader() {
  return json({ email: getEnv().ACCESSIBILITY_EMAIL });
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, metaT(matches)("accessibility.title"));

export default function AccessibilityStatement() {
  const { email } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const easyRead = useEasyRead();
  return (
    <div className="prose-page">
      <h1>{t("accessibility.title")}</h1>
      <p className="lead">{easyRead ? t("easyRead.accessibilityLead") : t("accessibility.lead")}</p>

      <h2>{t("accessibility.targetHeading")}</h2>
      <p>{t("accessibility.target")}</p>
      <p>{t("accessibility.aaaIntro")}</p>
      <ul className="bullets">
        <li>{t("accessibility.aaaContrast")}</li>
        <li>{t("accessibility.aaaKeyboard")}</li>
        <li>{t("accessibility.aaaMotion")}</li>
      </ul>
      <p>{t("accessibility.aaaPartial")}</p>

      <h2>{t("accessibility.whatYouCanDoHeading")}</h2>
      <ul className="bullets">
        <li>{t("accessibility.canKeyboard")}</li>
        <li>{t("accessibility.canScreenReader")}</li>
        <li>{t("accessibility.canZoom")}</li>
        <li>{t("accessibility.canNoJs")}</li>
        <li>{t("accessibility.canLanguage")}</li>
        <li>{t("accessibility.canEasyRead")}</li>
      </ul>

      <h2>{t("accessibility.howWeTestHeading")}</h2>
      <p>{t("accessibility.howWeTest")}</p>
      {/* A stacked table on narrow screens (see .checks-table), so it never scrolls sideways. */}
      <table className="checks-table">
        <caption>{t("accessibility.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("accessibility.tableCheck")}</th>
            <th scope="col">{t("accessibility.tableWcag")}</th>
            <th scope="col">{t("accessibility.tableGb")}</th>
          </tr>
        </thead>
        <tbody>
          {CHECKS.map((check) => (
            <tr key={check}>
              <th scope="row">{t(`accessibility.checks.${check}.check`)}</th>
              <td data-label={t("accessibility.tableWcag")}>{t(`accessibility.checks.${check}.wcag`)}</td>
              <td data-label={t("accessibility.tableGb")}>{t(`accessibility.checks.${check}.gb`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("accessibility.gbNote")}</p>

      <h2>{t("accessibility.limitationsHeading")}</h2>
      <ul className="bullets">
        <li>{t("accessibility.limitationScreenReaders")}</li>
        <li>{t("accessibility.limitationPasskeys")}</li>
        <li>{t("accessibility.limitationTargets")}</li>
        <li>{t("accessibility.limitationPlaces")}</li>
        <li>{t("accessibility.limitationContent")}</li>
      </ul>

      <h2 id="report">{t("accessibility.reportHeading")}</h2>
      <p>{t("accessibility.report")}</p>
      <p>
        <Link to="/accessibility/report" className="link-strong">
          {t("accessibility.reportLink")}
        </Link>
      </p>
      <p>
        <Labelled text={t("accessibility.reportEmail")} />
        <a href={`mailto:${email}`}>{email}</a>
      </p>

      <h2>{t("accessibility.reviewedHeading")}</h2>
      <p>{t("accessibility.reviewed", { date: formatDate(t, LAST_REVIEWED) })}</p>
    </div>
  );
}
