import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useEasyRead } from "~/hooks/use-easy-read";
import { getEnv } from "~/utils/env.server";
import { metaT, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["opening", "about"] };

/** The portal's own address comes from configuration (CONTACT_EMAIL). */
export function loader() {
  return json({ email: getEnv().CONTACT_EMAIL });
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, metaT(matches)("help.title"));

export default function Help() {
  const { email } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const easyRead = useEasyRead();
  return (
    <div className="prose-page">
      <h1>{t("help.title")}</h1>
      <p className="lead">{easyRead ? t("easyRead.helpLead") : t("help.lead")}</p>

      <h2>{t("help.findHeading")}</h2>
      <p>{easyRead ? t("easyRead.helpFind") : t("help.find")}</p>
      <p>
        <Link to="/openings">{t("shell.navOpenings")}</Link>
      </p>

      <h2>{t("help.feesHeading")}</h2>
      <p>{easyRead ? t("easyRead.helpFees") : t("help.fees")}</p>

      <h2>{t("help.keyboardHeading")}</h2>
      <p>{easyRead ? t("easyRead.helpKeyboard") : t("help.keyboard")}</p>

      <h2>{t("help.languageHeading")}</h2>
      <p>{easyRead ? t("easyRead.helpLanguage") : t("help.language")}</p>

      <h2 id="certification">{t("help.certificationHeading")}</h2>
      <p>{t("help.certification")}</p>

      <h2>{t("help.contactHeading")}</h2>
      <p>{easyRead ? t("easyRead.helpContact") : t("help.contact")}</p>
      <p>
        <a href={`mailto:${email}`} className="link-strong">
          {email}
        </a>
      </p>
      <p>{t("help.contactPartners")}</p>
      <p>
        <Link to="/partners">{t("help.contactPartnersLink")}</Link>
      </p>
    </div>
  );
}
