import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The README's code map is how a newcomer finds their way in, and it once fell behind the tree
// (it named two UI wrappers when there were eleven). This keeps the folder level honest: every
// top-level folder under app/, db/ and tests/ is in the map, and everything the map names exists.

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The folders whose direct subfolders must all appear in the map. */
const MAPPED_ROOTS = ["app", "db", "tests"] as const;

/** The lines of the first fenced block after the "What is in the code" heading. */
function codeMapLines(): string[] {
  const readme = readFileSync(path.join(root, "README.md"), "utf8").split("\n");
  const heading = readme.findIndex((line) => /^##\s+What is in the code\s*$/.test(line));
  expect(heading, 'README has a "## What is in the code" section').toBeGreaterThanOrEqual(0);
  const open = readme.findIndex((line, i) => i > heading && line.startsWith("```"));
  const close = readme.findIndex((line, i) => i > open && line.startsWith("```"));
  expect(open, "the code map is a fenced block").toBeGreaterThan(heading);
  expect(close).toBeGreaterThan(open);
  return readme.slice(open + 1, close).filter((line) => line.trim() !== "");
}

/**
 * Every path the map names, repository-relative, folders ending in "/". A line is its entries
 * (separated by ", ") then two or more spaces and a description; an unindented folder entry is the
 * root the indented lines under it belong to.
 */
function mapEntries(): string[] {
  const entries: string[] = [];
  let current = "";
  for (const line of codeMapLines()) {
    const indented = /^\s/.test(line);
    const [names = ""] = line.trim().split(/\s{2,}/);
    for (const name of names.split(/,\s*/)) {
      if (indented) entries.push(current + name);
      else {
        entries.push(name);
        if (name.endsWith("/")) current = name;
      }
    }
  }
  return entries;
}

/** Whether a directory holds at least one file, at any depth (git keeps no empty folders). */
function holdsFiles(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? holdsFiles(path.join(dir, entry.name)) : true,
  );
}

/** Whether a map entry exists on disk: a folder with files in it, or a file. */
function existsOnDisk(entry: string): boolean {
  const full = path.join(root, entry);
  if (!existsSync(full)) return false;
  return entry.endsWith("/") ? statSync(full).isDirectory() && holdsFiles(full) : statSync(full).isFile();
}

/** The direct subfolders of a root that hold files, as "root/name/", hidden ones left out. */
function foldersOnDisk(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .filter((entry) => holdsFiles(path.join(root, dir, entry.name)))
    .map((entry) => `${dir}/${entry.name}/`);
}

describe("the README's code map", () => {
  it("names the repository's main folders", () => {
    const entries = mapEntries();
    for (const folder of ["app/", "db/", "tests/", "docs/", ".ci/"]) expect(entries).toContain(folder);
  });

  it.each(MAPPED_ROOTS)("lists every folder that exists under %s/", (dir) => {
    const entries = new Set(mapEntries());
    const missing = foldersOnDisk(dir).filter((folder) => !entries.has(folder));
    expect(missing, "folders on disk that the README's code map leaves out").toEqual([]);
  });

  it("names only folders and files that exist", () => {
    const stale = mapEntries()
      .filter((entry) => !entry.includes("*"))
      .filter((entry) => !existsOnDisk(entry));
    expect(stale, "entries in the README's code map that are not on disk").toEqual([]);
  });
});
