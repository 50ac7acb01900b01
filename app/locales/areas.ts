// The areas the texts are split into (docs/decisions/018-locales-and-page-weight.md). Safe for the
// browser: names and types only, no texts. The texts are in app/locales/<language>/<area>.ts.

/** Every area; the last two are used only by the server and never sent to a browser. */
export const AREAS = ["common", "search", "opening", "about", "auth", "account", "apply", "workspace", "certification", "admin", "events", "emails", "feeds"] as const;
export type Area = (typeof AREAS)[number];

/** Emails and feeds are written on the server only: no page ever receives these. */
export const SERVER_ONLY_AREAS = ["emails", "feeds"] as const satisfies readonly Area[];

/** An area a page may declare in `handle.i18n`. */
export type PageArea = Exclude<Area, (typeof SERVER_ONLY_AREAS)[number]>;

/** Every page has these, whatever it declares: the shell, dates, money, form and error texts. */
export const ALWAYS: readonly PageArea[] = ["common"];

export function isPageArea(value: unknown): value is PageArea {
  return typeof value === "string" && (AREAS as readonly string[]).includes(value) && !(SERVER_ONLY_AREAS as readonly string[]).includes(value);
}

/** The shape another language's area must have: the same keys as zh-CN's, all strings. */
export type LocaleArea<T> = { [K in keyof T]: T[K] extends string ? string : LocaleArea<T[K]> };

/** A route's `handle`: `i18n` lists the areas its page needs besides "common" (remix-i18next's convention). */
export type I18nHandle = { i18n?: readonly PageArea[] };
