import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode, useEffect, type ReactNode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { asLocale, DEFAULT_LOCALE, i18nConfig, resources } from "./utils/i18n";
import { keepTypedValues } from "./utils/keep-typed";

// What people type while the page is still loading must survive hydration (see keep-typed.ts).
const restoreTyped = keepTypedValues();

/** Runs after the whole tree has hydrated: a parent's effect runs after all of its children's. */
function AfterHydration({ children }: { children: ReactNode }) {
  useEffect(() => restoreTyped(), []);
  return children;
}

async function hydrate() {
  // The server already chose the language and wrote it into <html lang>.
  const lng = asLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
  await i18next.use(initReactI18next).init({ ...i18nConfig, resources, lng });
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <AfterHydration>
            <RemixBrowser />
          </AfterHydration>
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
