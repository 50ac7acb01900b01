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

/**
 * The language free text (a reason, a report) is most likely written in, so it can carry `lang`:
 * Chinese when Han characters make up a fair share of its letters, English otherwise.
 */
export function guessLang(text: string): Locale {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return han * 2 >= latin && han > 0 ? "zh-CN" : "en";
}
