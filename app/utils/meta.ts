import { isRouteErrorResponse } from "@remix-run/react";
import { createInstance, type ParseKeys, type TFunction } from "i18next";
import { asLocale, DEFAULT_LOCALE, i18nConfig, type Locale } from "./i18n";
import { pickText } from "./localized";

// A synchronous i18next instance for `meta` functions, which run outside React. It starts empty:
// the server gives it every text (utils/i18next.server.ts), the browser the areas it has loaded
// (utils/translations.ts), always before a page's `meta` runs.
const metaI18n = createInstance();
void metaI18n.init({ ...i18nConfig, resources: {}, lng: DEFAULT_LOCALE, initImmediate: false });

/** Adds texts (one language, deep-merged into what is there) for `meta` functions. */
export function addMetaTranslations(lng: Locale, texts: object) {
  metaI18n.addResourceBundle(lng, "translation", texts, true, true);
}

type Match = { id: string; data: unknown };

/** The locale the root loader chose, read from the route matches given to `meta`. */
export function localeFromMatches(matches: readonly Match[]): Locale {
  const root = matches.find((match) => match.id === "root")?.data as { locale?: string } | undefined;
  return asLocale(root?.locale) ?? DEFAULT_LOCALE;
}

/** A translator for `meta` functions. */
export function metaT(matches: readonly Match[]): TFunction {
  return metaI18n.getFixedT(localeFromMatches(matches));
}

/** True when this request's form action answered with errors (set by the root loader). */
function formHasErrors(matches: readonly Match[]): boolean {
  const root = matches.find((match) => match.id === "root")?.data as { formHasErrors?: boolean } | undefined;
  return root?.formHasErrors === true;
}

/** `<title>` for a page: "Page - AccessWork", prefixed with "Error: " when its form has errors. */
export function pageTitle(matches: readonly Match[], title: string) {
  const t = metaT(matches);
  const full = t("meta.titleTemplate", { title });
  return [{ title: formHasErrors(matches) ? `${t("meta.errorPrefix")}${full}` : full }];
}

/** A subject's name in both languages, as rows carry it (either may be missing). */
export type Names = { zh: string | null | undefined; en: string | null | undefined };

/**
 * `<title>` for a page about one thing (an opening, an organisation, a report), naming it so that
 * tabs, history and a screen reader's window list tell two such pages apart: `namedKey` with
 * {{name}}, the name in the page's language where it is written, else in the other. `plainKey`
 * when the thing has no name yet (an untitled draft) or the loader failed.
 */
export function namedTitle(matches: readonly Match[], plainKey: ParseKeys, namedKey: ParseKeys, names: Names | undefined) {
  const t = metaT(matches);
  const name = names ? pickText(localeFromMatches(matches), names.zh, names.en)?.text : undefined;
  return pageTitle(matches, name ? t(namedKey, { name }) : t(plainKey));
}

const ERROR_TITLES = { 404: "errors.notFoundTitle", 403: "errors.forbiddenTitle", 413: "errors.tooLargeTitle", 503: "errors.unavailableTitle" } as const;

/** Title for the root error boundary: 404, 403, 413, 503 or 500. */
export function errorTitle(matches: readonly Match[], error: unknown) {
  const t = metaT(matches);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key = status === 404 || status === 403 || status === 413 || status === 503 ? ERROR_TITLES[status] : "errors.serverTitle";
  return pageTitle(matches, t(key));
}
