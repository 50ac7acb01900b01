import { AREAS, SERVER_ONLY_AREAS, type Area, type PageArea } from "./areas";
import { areas as en } from "./en";
import { areas as zhCN } from "./zh-CN";

// The server has every text of every language: it renders pages and writes emails and feeds. A
// browser gets only its page's areas in its own language (pageTranslations, embedded in the HTML by
// root.tsx, or fetched from routes/locales.$lng.tsx on a client-side navigation).

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every text of one language, all areas merged: the shape i18next's typed keys are checked against. */
export type LocaleResource = UnionToIntersection<(typeof zhCN)[keyof typeof zhCN]>;

type Tree = { [key: string]: string | Tree };

/** Merges area trees; two areas may share a top-level key (e.g. "security") but never a text. */
function merge(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === "object" && typeof existing === "object") merge(existing, value);
    else if (existing === undefined) target[key] = typeof value === "object" ? merge({}, value) : value;
    else throw new Error(`Locale key "${key}" is in two areas`);
  }
  return target;
}

const byLanguage = { "zh-CN": zhCN as Record<Area, Tree>, en: en as Record<Area, Tree> };
export type ResourceLocale = keyof typeof byLanguage;

/** i18next resources with every area, for the server. */
export const resources = {
  "zh-CN": { translation: AREAS.reduce((all, area) => merge(all, byLanguage["zh-CN"][area]), {}) as LocaleResource },
  en: { translation: AREAS.reduce((all, area) => merge(all, byLanguage.en[area]), {}) as LocaleResource },
};

const cache = new Map<string, string>();

/**
 * The texts of the given areas in one language, as JSON safe to embed in a <script>. Never the
 * server-only areas (emails, feeds), whatever is asked.
 */
export function pageTranslations(lng: ResourceLocale, areas: readonly PageArea[]): string {
  const wanted = AREAS.filter((area) => areas.includes(area as PageArea) && !(SERVER_ONLY_AREAS as readonly Area[]).includes(area));
  const key = `${lng}:${wanted.join(",")}`;
  let json = cache.get(key);
  if (json === undefined) {
    // Escaped so that no text can end the <script> it is embedded in.
    json = JSON.stringify(wanted.reduce((all, area) => merge(all, byLanguage[lng][area]), {})).replace(/</g, "\\u003c");
    cache.set(key, json);
  }
  return json;
}
