// Server-only code must never reach the browser: a route that imported db/ directly once put
// about 116 KB of PGlite into public/build (see docs/stack.md).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Strings that only server code contains. */
export const SERVER_ONLY = /pglite|PGlite|argon2|node:crypto|kysely/g;

/** A browser bundle file that contains server-only code, and what it contains. */
export interface BundleLeak {
  file: string;
  matches: string[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Scans every file under `dir` (public/build) for server-only code; returns the offending files. */
export function findServerCodeInBundles(dir: string): { scanned: number; leaks: BundleLeak[] } {
  const files = filesUnder(dir);
  const leaks: BundleLeak[] = [];
  for (const file of files) {
    const matches = new Set(readFileSync(file, "utf8").match(SERVER_ONLY) ?? []);
    if (matches.size > 0) leaks.push({ file, matches: [...matches].sort() });
  }
  return { scanned: files.length, leaks };
}
