import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import { metaT, pageTitle } from "~/utils/meta";

/** Update this when the statement is reviewed again. */
const LAST_REVIEWED = "2026-11-25";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, metaT(matches)("accessibility.title"));

export default function AccessibilityStatement() {
  const { t } = useTranslation();
  return (
    <div className="prose-page">
      <h1>{t("accessibility.title")}</h1>
      <p className="lead">{t("accessibility.lead")}</p>

      <h2>{t("accessibility.targetHeading")}</h2>
      <p>{t("accessibility.target")}</p>

      <h2>{t("accessibility.whatYouCanDoHeading")}</h2>
      <ul className="bullets">
        <li>{t("accessibility.canKeyboard")}</li>
        <li>{t("accessibility.canScreenReader")}</li>
        <li>{t("accessibility.canZoom")}</li>
        <li>{t("accessibility.canNoJs")}</li>
        <li>{t("accessibility.canLanguage")}</li>
      </ul>

      <h2>{t("accessibility.howWeTestHeading")}</h2>
      <p>{t("accessibility.howWeTest")}</p>

      <h2>{t("accessibility.limitationsHeading")}</h2>
      <ul className="bullets">
        <li>{t("accessibility.limitationNoApply")}</li>
        <li>{t("accessibility.limitationPlaces")}</li>
        <li>{t("accessibility.limitationContent")}</li>
      </ul>

      <h2>{t("accessibility.reportHeading")}</h2>
      <p>{t("accessibility.report")}</p>

      <h2>{t("accessibility.reviewedHeading")}</h2>
      <p>{t("accessibility.reviewed", { date: formatDate(t, LAST_REVIEWED) })}</p>
    </div>
  );
}
