import type { Locale } from "./i18n";

/** A piece of content and the language it is actually written in. */
export type LocalizedText = { text: string; lang: Locale };

/**
 * Picks the zh or en version of a piece of content for the reader's locale, falling back to
 * the other language (the caller marks that with its own `lang`). Null when neither exists.
 */
export function pickText(locale: Locale, zh: string | null | undefined, en: string | null | undefined): LocalizedText | null {
  const preferred = locale === "en" ? en : zh;
  if (preferred) return { text: preferred, lang: locale };
  if (locale === "en" && zh) return { text: zh, lang: "zh-CN" };
  if (locale === "zh-CN" && en) return { text: en, lang: "en" };
  return null;
}
