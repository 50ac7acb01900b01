import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/hooks/use-locale";
import { LanguageSwitch } from "./language-switch";

/**
 * The banner: brand, main navigation and the language link, identical on every page. In demo mode
 * it starts with a notice that the site is a demo: plain text inside the banner landmark, read right
 * after the skip link, with no control of its own (no extra Tab stop, nothing to dismiss).
 */
export function SiteHeader({
  signedIn,
  workspaces,
  demoMode = false,
}: {
  signedIn: boolean;
  /** Links to the partner and employer workspaces, for people who belong to such organisations. */
  workspaces?: { staff: boolean; employer: boolean };
  demoMode?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <header className="site-header">
      {demoMode ? (
        <div className="site-header__demo">
          <p className="page-width">{t("shell.demoNotice")}</p>
        </div>
      ) : null}
      <div className="page-width site-header__inner">
        <a className="site-header__brand" href="/">
          <span className="site-header__name">{t("shell.brand")}</span>{" "}
          <span className="site-header__tagline" lang={locale === "en" ? "zh-CN" : "en"}>
            {t("shell.brandTagline")}
          </span>
        </a>
        <nav className="site-header__nav" aria-label={t("shell.primaryNav")}>
          <ul>
            <li>
              <NavLink to="/openings" prefetch="intent">
                {t("shell.navOpenings")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/help">{t("shell.navHelp")}</NavLink>
            </li>
            {signedIn ? (
              <>
                {workspaces?.staff ? (
                  <li>
                    <NavLink to="/staff">{t("workspace.navStaff")}</NavLink>
                  </li>
                ) : null}
                {workspaces?.employer ? (
                  <li>
                    <NavLink to="/employer">{t("workspace.navEmployer")}</NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink to="/account/saved">{t("saved.title")}</NavLink>
                </li>
                <li>
                  <NavLink to="/account" end>
                    {t("auth.navAccount")}
                  </NavLink>
                </li>
                <li>
                  {/* Signing out changes state, so it is a POST form, not a link. */}
                  <form method="post" action="/sign-out" className="site-header__sign-out">
                    <button type="submit" className="link-button">
                      {t("auth.signOut")}
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <li>
                <NavLink to="/sign-in">{t("auth.navSignIn")}</NavLink>
              </li>
            )}
            <li>
              <LanguageSwitch />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
