import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { asLocale, DEFAULT_LOCALE, i18nConfig, resources } from "./utils/i18n";

async function hydrate() {
  // The server already chose the language and wrote it into <html lang>.
  const lng = asLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
  await i18next.use(initReactI18next).init({ ...i18nConfig, resources, lng });
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
