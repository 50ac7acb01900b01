import { useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LOCALE, type Locale } from "../utils/i18n";

/** The page's locale, as chosen by the root loader. */
export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? DEFAULT_LOCALE;
}
