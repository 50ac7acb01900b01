import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";
import { resources } from "~/locales/resources.server";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, asLocale, i18nConfig, type Locale } from "./i18n";
import { addMetaTranslations } from "./meta";

// `meta` functions on the server may use any text.
for (const locale of SUPPORTED_LOCALES) addMetaTranslations(locale, resources[locale].translation);

/** Remembers an explicit language choice for a year; it holds only "en" or "zh-CN". */
export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false",
  maxAge: 60 * 60 * 24 * 365,
});

/** Per-request i18next: an explicit choice (cookie) wins, then `?lng=`, then Accept-Language. */
export const i18next = new RemixI18Next({
  detection: {
    supportedLanguages: [...SUPPORTED_LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    cookie: localeCookie,
    order: ["cookie", "searchParams", "header"],
  },
  i18next: { ...i18nConfig, resources },
});

/** The request's locale, always one we support. */
export async function getLocale(request: Request): Promise<Locale> {
  return asLocale(await i18next.getLocale(request)) ?? DEFAULT_LOCALE;
}
