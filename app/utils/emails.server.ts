import { createInstance, type TFunction } from "i18next";
import { DEFAULT_LOCALE, i18nConfig, resources, type Locale } from "./i18n";

// Emails are written in the recipient's language, not the language of the person whose action
// sent them, so they need a translator that works outside a request.
const emailI18n = createInstance();
void emailI18n.init({ ...i18nConfig, resources, lng: DEFAULT_LOCALE, initImmediate: false });

/** A translator for an email to someone who reads `locale` (the default language when unknown). */
export function emailT(locale: Locale | null | undefined): TFunction {
  return emailI18n.getFixedT(locale ?? DEFAULT_LOCALE);
}
