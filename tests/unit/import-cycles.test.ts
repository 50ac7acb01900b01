import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { describe, expect, it } from "vitest";

// A circle of imports once ran from the database handle through the demo seed, two models, the
// emails and the rate limits back to the database handle: which module is half-loaded then
// depends on which one a test or a route imported first. This fails on any circle in app/ and
// db/, type-only imports included, and names the files in it.

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Every distinct circle dependency-cruiser finds, each as "a -> b -> … -> a". */
async function importCircles(): Promise<string[]> {
  const tsConfig = extractTSConfig(`${root}tsconfig.json`);
  const result = await cruise(
    ["app", "db"],
    {
      baseDir: root,
      validate: true,
      ruleSet: { forbidden: [{ name: "no-circular", severity: "error", from: {}, to: { circular: true } }] },
      doNotFollow: { path: "node_modules" },
      // `import type` counts too: a circle of types is the same tangle for the reader.
      tsPreCompilationDeps: true,
      tsConfig: { fileName: `${root}tsconfig.json` },
    },
    undefined,
    { tsConfig },
  );
  const output = result.output as ICruiseResult;
  const circles = new Map<string, string>();
  for (const violation of output.summary.violations) {
    const files = [violation.from, ...(violation.cycle ?? []).map((step) => step.name)];
    // The same circle is reported once from each of its edges; keep one of them.
    const key = [...new Set(files)].sort().join("\n");
    if (!circles.has(key)) circles.set(key, files.join(" -> "));
  }
  return [...circles.values()];
}

describe("imports in app/ and db/", () => {
  it("resolve the ~/ alias, so the check sees the real graph", async () => {
    const tsConfig = extractTSConfig(`${root}tsconfig.json`);
    const result = await cruise(["app/services/rate-limits.server.ts"], { baseDir: root, doNotFollow: { path: "node_modules" }, maxDepth: 1, tsConfig: { fileName: `${root}tsconfig.json` } }, undefined, { tsConfig });
    const output = result.output as ICruiseResult;
    const module = output.modules.find((m) => m.source === "app/services/rate-limits.server.ts");
    expect(module?.dependencies.map((d) => d.resolved)).toContain("app/models/audit.server.ts");
  });

  it("form no circle", async () => {
    expect(await importCircles()).toEqual([]);
  });
});
