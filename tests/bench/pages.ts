// One GET of each benchmarked page before the load: status, HTML bytes and the gzipped weight of
// the page together with the stylesheets and scripts it references.
import { gzipSync } from "node:zlib";

/** A page to benchmark: a short ASCII name for the table and its path with query string. */
export interface PageSpec {
  name: string;
  path: string;
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

/** The four pages the benchmark loads, in order. */
export function benchPages(detailId: number): PageSpec[] {
  return [
    { name: "home", path: "/" },
    { name: "search: keyword", path: `/openings?q=${encodeURIComponent("客服")}` },
    {
      name: "search: 4 filters",
      path: "/openings?arrangement=remote&access=text_only&access=screen_reader&maxHours=20&insurance=social",
    },
    { name: "detail", path: `/openings/${detailId}` },
  ];
}

const TAG = /<(link|script)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(source: string): Map<string, string> {
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

async function getOk(url: string): Promise<Buffer> {
  const response = await fetch(url, { redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}, expected 200`);
  return body;
}

/** Fetches a page and weighs it; `assetCache` keeps each asset's weight so shared files are fetched once. */
export async function snapshotPage(baseUrl: string, spec: PageSpec, assetCache: Map<string, AssetWeight>): Promise<PageSnapshot> {
  const pageUrl = new URL(spec.path, baseUrl).href;
  const html = await getOk(pageUrl);
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
