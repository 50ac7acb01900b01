import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { metaT, pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, metaT(matches)("help.title"));

export default function Help() {
  const { t } = useTranslation();
  return (
    <div className="prose-page">
      <h1>{t("help.title")}</h1>
      <p className="lead">{t("help.lead")}</p>

      <h2>{t("help.findHeading")}</h2>
      <p>{t("help.find")}</p>
      <p>
        <Link to="/openings">{t("shell.navOpenings")}</Link>
      </p>

      <h2>{t("help.feesHeading")}</h2>
      <p>{t("help.fees")}</p>

      <h2>{t("help.keyboardHeading")}</h2>
      <p>{t("help.keyboard")}</p>

      <h2>{t("help.languageHeading")}</h2>
      <p>{t("help.language")}</p>

      <h2 id="certification">{t("help.certificationHeading")}</h2>
      <p>{t("help.certification")}</p>

      <h2>{t("help.contactHeading")}</h2>
      <p>{t("help.contact")}</p>
    </div>
  );
}
