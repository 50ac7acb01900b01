// Before the load: one GET of a representative page of each kind (status, HTML bytes and the gzipped
// weight of the page together with the stylesheets and scripts it references), and a check that a
// sample of every kind's addresses answers 200 with the page it should be.
import { gzipSync } from "node:zlib";

/** The kinds of page the benchmark loads, in the order of its tables. */
export const PAGE_KINDS = ["home", "search", "signed-in search", "detail"] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** A page to benchmark: its kind, its path with query string, and the request headers (the session cookie when signed in). */
export interface PageSpec {
  kind: PageKind;
  path: string;
  headers: Readonly<Record<string, string>>;
}

/** A gzipped stylesheet or script that a page references. */
export interface AssetWeight {
  url: string;
  kind: "css" | "js";
  bytes: number;
  gzipBytes: number;
}

/** A page as fetched once: its exact HTML (served again by the floor) and its weight. */
export interface PageSnapshot {
  spec: PageSpec;
  html: Buffer;
  htmlGzipBytes: number;
  assets: AssetWeight[];
  /** HTML plus every referenced stylesheet and script, each gzipped on its own. */
  totalGzipBytes: number;
}

/** The keyword search that stands for every search: the floor serves its HTML, and the cached table loads it. */
export const REPRESENTATIVE_SEARCH = `/openings?q=${encodeURIComponent("客服")}`;

/** One representative page of each kind, in table order; `cookie` signs in the signed-in search. */
export function representativePages(detailPath: string, cookie: string): PageSpec[] {
  return [
    { kind: "home", path: "/", headers: {} },
    { kind: "search", path: REPRESENTATIVE_SEARCH, headers: {} },
    { kind: "signed-in search", path: REPRESENTATIVE_SEARCH, headers: { Cookie: cookie } },
    { kind: "detail", path: detailPath, headers: {} },
  ];
}

// Something each kind of page always shows, so an answer that is 200 but the wrong page (an error
// page rendered with 200, a redirect followed somewhere else) is caught.
const KIND_MARKERS: Record<PageKind, string> = {
  home: 'id="newest-heading"',
  search: 'id="results-heading"',
  "signed-in search": 'id="results-heading"',
  detail: 'id="apply-online-heading"',
};
/** Only a signed-in page has the sign-out form: it shows the session cookie really signs in, and that the other pages are anonymous. */
const SIGNED_IN_MARKER = 'action="/sign-out"';

/** Why this HTML is not the page of this kind it should be, or null when it is. */
export function pageProblem(kind: PageKind, html: string): string | null {
  if (!html.includes(KIND_MARKERS[kind])) return `it lacks ${KIND_MARKERS[kind]}, so it is not a ${kind} page`;
  const signedIn = html.includes(SIGNED_IN_MARKER);
  if (kind === "signed-in search" && !signedIn) return "it is not signed in (no sign-out form)";
  if (kind !== "signed-in search" && signedIn) return "it is signed in, but should be anonymous";
  return null;
}

const TAG = /<(link|script)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/** The attributes of one HTML tag, names lower-cased, values as written (entities not decoded). */
export function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const [, name, double, single, bare] = match;
    if (name) found.set(name.toLowerCase(), double ?? single ?? bare ?? "");
  }
  return found;
}

/** The stylesheets (`<link rel="stylesheet">`) and scripts (`<script src>`, `<link rel="modulepreload">`) an HTML page references, deduplicated. */
export function referencedAssets(html: string): { href: string; kind: "css" | "js" }[] {
  const seen = new Map<string, "css" | "js">();
  for (const [, tag, source] of html.matchAll(TAG)) {
    const attrs = attributes(source ?? "");
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const href = attrs.get("href");
    const src = attrs.get("src");
    if (tag?.toLowerCase() === "script" && src) seen.set(src, "js");
    else if (href && rel.includes("stylesheet")) seen.set(href, "css");
    else if (href && rel.includes("modulepreload")) seen.set(href, "js");
  }
  return [...seen].map(([href, kind]) => ({ href, kind }));
}

async function getOk(url: string, headers: Readonly<Record<string, string>> = {}): Promise<Buffer> {
  const response = await fetch(url, { redirect: "manual", headers });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}, expected 200`);
  return body;
}

/** Fetches a page and weighs it; `assetCache` keeps each asset's weight so shared files are fetched once. */
export async function snapshotPage(baseUrl: string, spec: PageSpec, assetCache: Map<string, AssetWeight>): Promise<PageSnapshot> {
  const pageUrl = new URL(spec.path, baseUrl).href;
  const html = await getOk(pageUrl, spec.headers);
  const problem = pageProblem(spec.kind, html.toString("utf8"));
  if (problem) throw new Error(`GET ${pageUrl} answered 200, but ${problem}`);
  const assets: AssetWeight[] = [];
  for (const { href, kind } of referencedAssets(html.toString("utf8"))) {
    const url = new URL(href, pageUrl).href;
    let weight = assetCache.get(url);
    if (!weight) {
      const body = await getOk(url);
      weight = { url, kind, bytes: body.byteLength, gzipBytes: gzipSync(body).byteLength };
      assetCache.set(url, weight);
    }
    assets.push(weight);
  }
  const htmlGzipBytes = gzipSync(html).byteLength;
  const totalGzipBytes = htmlGzipBytes + assets.reduce((sum, asset) => sum + asset.gzipBytes, 0);
  return { spec, html, htmlGzipBytes, assets, totalGzipBytes };
}

/**
 * GETs `count` of the addresses, spread evenly over the list, and throws unless each answers 200
 * with the page of its kind. Returns how many were checked.
 */
export async function checkAddresses(baseUrl: string, kind: PageKind, paths: readonly string[], headers: Readonly<Record<string, string>>, count: number): Promise<number> {
  const step = Math.max(1, Math.floor(paths.length / count));
  let checked = 0;
  for (let i = 0; i < paths.length && checked < count; i += step, checked++) {
    const url = new URL(paths[i] as string, baseUrl).href;
    const problem = pageProblem(kind, (await getOk(url, headers)).toString("utf8"));
    if (problem) throw new Error(`GET ${url} answered 200, but ${problem}`);
  }
  return checked;
}
