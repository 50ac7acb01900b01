import { useMatches } from "@remix-run/react";
import type { i18n } from "i18next";
import { createContext, useContext, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ALWAYS, isPageArea, type I18nHandle, type PageArea } from "~/locales/areas";
import { asLocale, DEFAULT_LOCALE, type Locale } from "~/utils/i18n";
import { addMetaTranslations } from "~/utils/meta";

// A page's texts reach the browser with the page, not with the scripts (docs/decisions/018): the
// server writes the areas the matched routes declare (`handle.i18n`, plus "common"), in the page's
// language only, into a JSON <script> that entry.client reads before hydrating. A client-side
// navigation to a route that needs more areas fetches them (routes/locales.$lng.tsx) before the new
// page renders: <TextsReady> suspends inside the router's transition, so the old page stays until
// the texts are there and no raw key is ever shown.

/** The id of the JSON <script> holding the page's texts. */
export const PAGE_TEXTS_ID = "page-texts";

type Match = { handle?: unknown };

/** "common" plus every area the matched routes declare in `handle.i18n`. */
export function areasOf(matches: readonly Match[]): PageArea[] {
  const areas = new Set<PageArea>(ALWAYS);
  for (const match of matches) {
    const declared = (match.handle as I18nHandle | undefined)?.i18n;
    if (Array.isArray(declared)) for (const area of declared) if (isPageArea(area)) areas.add(area);
  }
  return [...areas];
}

/** On the server: writes the JSON of a page's texts (set by entry.server). */
export const PageTextsContext = createContext<((areas: readonly PageArea[]) => string) | null>(null);

// ---- In the browser ----

/** The JSON exactly as the server wrote it, so that hydration renders the same <script>. */
let embeddedJson = "";
const loaded = new Map<Locale, Set<PageArea>>();
const pending = new Map<string, Promise<void>>();

function markLoaded(lng: Locale, areas: readonly PageArea[]) {
  const set = loaded.get(lng) ?? new Set<PageArea>();
  for (const area of areas) set.add(area);
  loaded.set(lng, set);
}

/** Reads the texts the server embedded in the page; call once, before hydrating. */
export function readPageTexts(lng: Locale): Record<string, unknown> {
  embeddedJson = document.getElementById(PAGE_TEXTS_ID)?.textContent ?? "";
  if (!embeddedJson) return {};
  const { areas, texts } = JSON.parse(embeddedJson) as { areas: PageArea[]; texts: Record<string, unknown> };
  markLoaded(lng, areas);
  addMetaTranslations(lng, texts);
  return texts;
}

/** Fetches areas not yet in the browser and adds them to i18next (the page's and `meta`'s). */
function loadAreas(instance: i18n, lng: Locale, areas: readonly PageArea[]): Promise<void> {
  const key = `${lng}:${areas.join(",")}`;
  let promise = pending.get(key);
  if (!promise) {
    const version = (window as { __remixManifest?: { version?: string } }).__remixManifest?.version ?? "";
    const query = new URLSearchParams({ areas: areas.join(","), v: version });
    promise = fetch(`/locales/${lng}?${query.toString()}`, { credentials: "omit" })
      .then((response) => {
        if (!response.ok) throw new Error(`Texts for ${key}: HTTP ${response.status}`);
        return response.json() as Promise<{ areas: PageArea[]; texts: Record<string, unknown> }>;
      })
      .then(({ areas: got, texts }) => {
        instance.addResourceBundle(lng, "translation", texts, true, true);
        addMetaTranslations(lng, texts);
        markLoaded(lng, got);
      })
      .catch(() => {
        // Offline or the server failed: the address is already the new page's, and a full load
        // brings the page with its texts. Until then the old page stays.
        window.location.reload();
        return new Promise<void>(() => {});
      });
    pending.set(key, promise);
  }
  return promise;
}

/**
 * Renders its children once the texts of every matched route are in the browser; until then it
 * suspends (in a navigation, React keeps the previous page meanwhile). On the server all texts are
 * there, so it never waits.
 */
export function TextsReady({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const areas = areasOf(useMatches());
  if (typeof document !== "undefined") {
    const lng = asLocale(instance.language) ?? DEFAULT_LOCALE;
    const have = loaded.get(lng);
    const missing = areas.filter((area) => !have?.has(area));
    if (missing.length > 0) throw loadAreas(instance, lng, missing);
  }
  return children;
}

/** The JSON <script> with the page's texts; the browser keeps what the server wrote. */
export function PageTexts({ nonce }: { nonce: string | undefined }) {
  const write = useContext(PageTextsContext);
  const areas = areasOf(useMatches());
  const json = write ? write(areas) : embeddedJson;
  return <script id={PAGE_TEXTS_ID} type="application/json" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: json }} />;
}
