import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "./language-switch";

/** The footer: statement, display settings, help and language links. (The demo notice is at the top, in the banner.) */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="page-width">
        <nav aria-label={t("shell.footerNav")}>
          <ul className="site-footer__links">
            <li>
              <Link to="/accessibility">{t("shell.footerAccessibility")}</Link>
            </li>
            <li>
              <Link to="/preferences">{t("shell.footerPreferences")}</Link>
            </li>
            <li>
              <Link to="/help">{t("shell.footerHelp")}</Link>
            </li>
            <li>
              <Link to="/partners">{t("shell.footerPartners")}</Link>
            </li>
            <li>
              <LanguageSwitch />
            </li>
          </ul>
        </nav>
        <p className="site-footer__about">{t("shell.footerAbout")}</p>
      </div>
    </footer>
  );
}
