import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO, DEMO_PASSWORD } from "../support/demo-accounts";

// The demo password lives in the seed (db/seed-data/accounts.ts) and reaches the tests through one
// module, tests/support/demo-accounts.ts. A copy written out in a test would drift the day the seed
// changes it; this keeps it that way.

const TESTS = join(import.meta.dirname, "..");
const ALLOWED = new Set(["support/demo-accounts.ts"]);
const SKIPPED_FOLDERS = new Set([".artifacts", "node_modules"]);

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return SKIPPED_FOLDERS.has(name) ? [] : filesUnder(path);
    return [path];
  });
}

describe("the demo password", () => {
  it("is the seed's own", () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThan(8);
    expect(DEMO.seeker).toEqual({ email: "seeker@demo.accesswork.example", password: DEMO_PASSWORD });
  });

  it("is written out in no file under tests/ except tests/support/demo-accounts.ts", () => {
    const files = filesUnder(TESTS);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .map((path) => relative(TESTS, path))
      .filter((path) => !ALLOWED.has(path) && readFileSync(join(TESTS, path), "utf8").includes(DEMO_PASSWORD));
    expect(offenders).toEqual([]);
  });
});
