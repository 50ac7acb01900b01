import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/hooks/use-locale";

/** A plain link to the other language, so switching works without JavaScript. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  const other = locale === "en" ? "zh-CN" : "en";
  const params = new URLSearchParams(location.search);
  params.delete("lng");
  const rest = params.toString();
  const next = `${location.pathname}${rest ? `?${rest}` : ""}`;
  const href = `/language?${new URLSearchParams({ lng: other, next }).toString()}`;
  return (
    // The link text is in the other language, so it carries that language's lang and hreflang.
    <a className={className} href={href} lang={other} hrefLang={other} aria-label={t("shell.languageSwitchLabel")}>
      {t("shell.languageSwitch")}
    </a>
  );
}
