// No texts here: this module reaches the browser. The server's texts are in
// ~/locales/resources.server; a page's own are embedded in its HTML (docs/decisions/018).

/** Languages the portal speaks; the first is the default. */
export const SUPPORTED_LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** Narrows an arbitrary string to a supported locale, or null. */
export function asLocale(value: string | null | undefined): Locale | null {
  return SUPPORTED_LOCALES.find((locale) => locale === value) ?? null;
}

/** i18next options shared by server and browser. */
export const i18nConfig = {
  supportedLngs: [...SUPPORTED_LOCALES],
  fallbackLng: DEFAULT_LOCALE,
  defaultNS: "translation",
  // Keep "zh-CN" as written rather than lower-casing or splitting it.
  load: "currentOnly" as const,
  interpolation: { escapeValue: false },
  returnNull: false,
};

/**
 * Translates a key known only at run time, such as a validation message key from a zod schema.
 * Typed loosely on purpose: checking `t(x as ParseKeys)` against every key in the resources costs
 * the type checker minutes and gigabytes once there are several hundred keys (i18next issue 2070).
 * The i18n parity test and the form tests catch a missing key instead.
 */
export function translateKey(t: (...args: never[]) => unknown, key: string, values?: Record<string, string | number>): string {
  return (t as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values);
}
