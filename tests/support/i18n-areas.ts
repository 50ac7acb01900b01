import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { AREAS, SERVER_ONLY_AREAS, type Area } from "~/locales/areas";
import { areas as zhCN } from "~/locales/zh-CN";

// Which text areas each route's page uses (docs/decisions/018): the keys written out in the route
// and in every module it imports for the browser (components, hooks, validation, leaf utils;
// transitively, type-only imports left out), mapped to the areas that hold them. Server-only modules
// (*.server.ts) are not followed: what they render runs where every text is.

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Area of every key and of every key prefix ("opening.groups" -> the areas under it). */
function keyIndex(): Map<string, Set<Area>> {
  const index = new Map<string, Set<Area>>();
  const walk = (value: unknown, area: Area, path: string) => {
    if (path) {
      const set = index.get(path) ?? new Set<Area>();
      set.add(area);
      index.set(path, set);
    }
    if (value && typeof value === "object") for (const [key, child] of Object.entries(value)) walk(child, area, path ? `${path}.${key}` : key);
  };
  for (const area of AREAS) walk(zhCN[area], area, "");
  return index;
}

/**
 * Keys written out in a source file: string literals that are a key ("auth.signIn"), and the fixed
 * start of template literals that build one (`enums.status.${value}` -> "enums.status").
 */
export function keysIn(source: string, index: Map<string, Set<Area>>): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/(["'])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)) {
    if (index.has(match[2] ?? "")) found.add(match[2] ?? "");
  }
  for (const match of source.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*)\.?\$\{/g)) {
    if (index.has(match[1] ?? "")) found.add(match[1] ?? "");
  }
  return [...found];
}

/** The route files, each with its Remix parent routes (layouts) besides root. */
export function routeFiles(): { id: string; file: string; parents: string[] }[] {
  const dir = join(root, "app", "routes");
  const names = readdirSync(dir).filter((name) => /\.tsx?$/.test(name));
  const ids = new Set(names.map((name) => name.replace(/\.tsx?$/, "")));
  return names.map((name) => {
    const id = name.replace(/\.tsx?$/, "");
    const segments = id.split(".");
    const parents: string[] = [];
    for (let n = 1; n < segments.length; n++) {
      // "openings.$id_.apply" is not nested in "openings.$id": a trailing "_" opts out.
      if (segments[n - 1]?.endsWith("_")) break;
      const prefix = segments.slice(0, n).join(".");
      if (ids.has(prefix)) parents.push(`app/routes/${names.find((other) => other.replace(/\.tsx?$/, "") === prefix)}`);
    }
    return { id: `routes/${id}`, file: `app/routes/${name}`, parents };
  });
}

/** The app modules each given file reaches for the browser, itself included. */
async function browserClosure(entries: string[]): Promise<Map<string, string[]>> {
  const tsConfig = extractTSConfig(`${root}tsconfig.json`);
  const result = await cruise(
    entries,
    {
      baseDir: root,
      doNotFollow: { path: ["node_modules", "\\.server\\.tsx?$"] },
      tsPreCompilationDeps: false,
      tsConfig: { fileName: `${root}tsconfig.json` },
    },
    undefined,
    { tsConfig },
  );
  const modules = new Map((result.output as ICruiseResult).modules.map((module) => [module.source, module]));
  const closures = new Map<string, string[]>();
  for (const entry of entries) {
    const seen = new Set<string>([entry]);
    const queue = [entry];
    while (queue.length) {
      const current = queue.shift() ?? "";
      if (current !== entry && /\.server\.tsx?$/.test(current)) continue;
      for (const dependency of modules.get(current)?.dependencies ?? []) {
        const next = dependency.resolved;
        if (!next.startsWith("app/") || /\.server\.tsx?$/.test(next) || seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    closures.set(entry, [...seen]);
  }
  return closures;
}

export type RouteAreas = {
  id: string;
  file: string;
  parents: string[];
  /** Areas the page needs: every area holding a key its browser modules write out (without "common" and server-only areas). */
  needed: Area[];
  /** For each needed area, a few of the keys that need it, with the file they are in. */
  because: Map<Area, string[]>;
};

const serverOnly = new Set<Area>(SERVER_ONLY_AREAS);

export async function routeAreas(): Promise<{ routes: RouteAreas[]; rootNeeds: Map<Area, string[]> }> {
  const index = keyIndex();
  const routes = routeFiles();
  const closures = await browserClosure(["app/root.tsx", ...routes.map((route) => route.file)]);
  const needsOf = (entry: string) => {
    const because = new Map<Area, string[]>();
    for (const file of closures.get(entry) ?? []) {
      for (const key of keysIn(readFileSync(join(root, file), "utf8"), index)) {
        for (const area of index.get(key) ?? []) {
          if (serverOnly.has(area) || area === "common") continue;
          because.set(area, [...(because.get(area) ?? []), `${key} (${basename(file)})`]);
        }
      }
    }
    return because;
  };
  return {
    rootNeeds: needsOf("app/root.tsx"),
    routes: routes.map((route) => {
      const because = needsOf(route.file);
      return { ...route, needed: AREAS.filter((area) => because.has(area)), because };
    }),
  };
}

/** The areas a route file declares in `export const handle = { …, i18n: [...] }`. */
export function declaredAreas(file: string): string[] {
  const source = readFileSync(join(root, file), "utf8");
  const handle = /export const handle\b[^=]*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? "";
  const list = /i18n:\s*\[([^\]]*)\]/.exec(handle)?.[1] ?? "";
  return [...list.matchAll(/"([\w-]+)"/g)].map((match) => match[1] ?? "");
}
