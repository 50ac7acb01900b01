import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { readPageTexts } from "./components/page-texts";
import { asLocale, DEFAULT_LOCALE, i18nConfig } from "./utils/i18n";
import { startKeepingTyped } from "./utils/keep-typed";

// What people type while the page is still loading must survive hydration (see keep-typed.ts; the
// values are put back by <RestoreTyped> in root.tsx once the page itself has hydrated).
startKeepingTyped();

async function hydrate() {
  // The server already chose the language and wrote it into <html lang>.
  const lng = asLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
  // Only this page's texts, in this language, came with it (components/page-texts.tsx); a navigation
  // to a page that needs more fetches them first.
  const resources = { [lng]: { translation: readPageTexts(lng) } };
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
