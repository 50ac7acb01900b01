import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

// Page weight (issue 17, item 6): no page may ship more than 150 KB of gzipped JavaScript. Reads the
// Remix build manifest that `npm run build` wrote to public/build/ (no browser, no server request):
// a route's scripts are the entry with its imports, the manifest itself, and the module and imports
// of the route and of every layout above it. Pages with `handle.hydrate === false` ship none of this
// (docs/decisions/004), but they are counted too: the limit holds for every route.
// Translations are not in these scripts: entry.server embeds the page's own areas in the HTML
// (docs/decisions/018), and the budget for them is checked in tests/unit/i18n-areas.test.ts.

const LIMIT_KB = 150;
const BUILD = join(process.cwd(), "public", "build");

type ManifestEntry = { module: string; imports?: string[] };
type ManifestRoute = ManifestEntry & { id: string; parentId?: string };
type Manifest = { entry: ManifestEntry; routes: Record<string, ManifestRoute>; url?: string };

function readManifest(): { manifest: Manifest; file: string } {
  const file = readdirSync(BUILD).find((name) => /^manifest-[\w-]+\.js$/.test(name));
  if (!file) throw new Error("No public/build/manifest-*.js: run `npm run build` first.");
  const text = readFileSync(join(BUILD, file), "utf8");
  const json = text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1);
  return { manifest: JSON.parse(json) as Manifest, file: `/build/${file}` };
}

const gzipped = new Map<string, number>();
function gzippedBytes(url: string): number {
  let size = gzipped.get(url);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(BUILD, url.replace(/^\/build\//, "")))).length;
    gzipped.set(url, size);
  }
  return size;
}

/** Every script a document of this route loads, without duplicates. */
function scriptsOf(manifest: Manifest, manifestFile: string, routeId: string): Set<string> {
  const scripts = new Set<string>([manifestFile, manifest.entry.module, ...(manifest.entry.imports ?? [])]);
  for (let route: ManifestRoute | undefined = manifest.routes[routeId]; route; route = route.parentId ? manifest.routes[route.parentId] : undefined) {
    scripts.add(route.module);
    for (const chunk of route.imports ?? []) scripts.add(chunk);
  }
  return scripts;
}

test("every route ships at most 150 KB of gzipped JavaScript", () => {
  const { manifest, file } = readManifest();
  const rows = Object.keys(manifest.routes)
    .map((id) => {
      const scripts = scriptsOf(manifest, file, id);
      const bytes = [...scripts].reduce((sum, url) => sum + gzippedBytes(url), 0);
      return { id, scripts: scripts.size, kb: Math.round(bytes / 102.4) / 10 };
    })
    .sort((a, b) => b.kb - a.kb);
  const width = Math.max(...rows.map((row) => row.id.length));
  console.log(
    [`${"route".padEnd(width)}  scripts  KB gzipped`, ...rows.map((row) => `${row.id.padEnd(width)}  ${String(row.scripts).padStart(7)}  ${row.kb.toFixed(1).padStart(10)}`)].join("\n"),
  );
  const over = rows.filter((row) => row.kb > LIMIT_KB).map((row) => `${row.id}: ${row.kb} KB`);
  expect(over, `routes over ${LIMIT_KB} KB of gzipped JavaScript`).toEqual([]);
});
