import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/**
 * Prefixes the page title with "Error:" while a form that is checked in the browser shows errors,
 * as server-checked forms do through `pageTitle`.
 */
export function useErrorTitle(hasErrors: boolean) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!hasErrors) return;
    const prefix = t("meta.errorPrefix");
    const original = document.title;
    if (!original.startsWith(prefix)) document.title = `${prefix}${original}`;
    return () => {
      document.title = original;
    };
  }, [hasErrors, t]);
}
