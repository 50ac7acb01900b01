import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult, type IForbiddenRuleType } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { beforeAll, describe, expect, it } from "vitest";

// The floors of the code and which way imports may point between them (see
// docs/decisions/017-layers.md). Each rule below is checked on the real graph of app/ and db/,
// `import type` included (a type is the same tie for the reader), and reports its offending edges
// as "importer -> imported", so a failure names the file and the line to look at.
//
//   routes ─┬─> services ──> models ──> db/
//           │                   │
//           └─> components, hooks (UI: never db/, models or services)
//   domain: the vocabulary, imports only domain.   utils: leaf helpers, never models or services.

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Anything that is not a leaf: the floors above models, and the UI. */
const UP = "^app/(services|routes|components|hooks)/|^app/root\\.tsx$";

/** The rules, by name; `from`/`to` are dependency-cruiser path patterns (repository-relative). */
const RULES: IForbiddenRuleType[] = [
  { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
  {
    name: "models-import-no-services-routes-components-hooks",
    severity: "error",
    from: { path: "^app/models/" },
    to: { path: UP },
  },
  {
    name: "utils-are-leaves",
    severity: "error",
    from: { path: "^app/utils/" },
    to: { path: `^app/models/|${UP}` },
  },
  {
    name: "components-and-hooks-import-no-db-models-services",
    severity: "error",
    from: { path: "^app/(components|hooks)/" },
    to: { path: "^db/|^app/(models|services)/" },
  },
  {
    // A form's parsing is pure: input in, values or messages out. Models and actions both use it.
    name: "validation-imports-no-db-models-services-ui",
    severity: "error",
    from: { path: "^app/validation/" },
    to: { path: `^db/|^app/models/|${UP}` },
  },
  {
    name: "domain-imports-only-domain",
    severity: "error",
    from: { path: "^app/domain/" },
    to: { path: "^(app|db)/", pathNot: "^app/domain/" },
  },
  {
    name: "services-import-no-routes-components",
    severity: "error",
    from: { path: "^app/services/" },
    to: { path: "^app/(routes|components|hooks)/|^app/root\\.tsx$" },
  },
  {
    // The database's own code (the handle, migrations, schema, errors) stands below the app: of
    // app/ it may use only the vocabulary. The seed and the command line are the app's users.
    name: "db-imports-only-domain-from-app",
    severity: "error",
    from: { path: "^db/", pathNot: "^db/(cli\\.ts|seed\\.ts|seed-data\\.ts|seed-types\\.ts|seed-data/)" },
    to: { path: "^app/", pathNot: "^app/domain/" },
  },
  {
    // The seed and db/cli.ts are the app's users (they insert demo rows through the models and
    // rotate the passport key), but never reach above the models: no service, route or UI.
    name: "db-seed-and-cli-import-no-services-routes-ui",
    severity: "error",
    from: { path: "^db/(cli\\.ts|seed\\.ts|seed-data\\.ts|seed-types\\.ts|seed-data/)" },
    to: { path: UP },
  },
];


/** Offending edges by rule name; a circle is reported once, as "a -> b -> … -> a". */
let offences: Map<string, string[]>;

async function cruiseAll(): Promise<Map<string, string[]>> {
  const tsConfig = extractTSConfig(`${root}tsconfig.json`);
  const result = await cruise(
    ["app", "db"],
    {
      baseDir: root,
      validate: true,
      ruleSet: { forbidden: RULES },
      doNotFollow: { path: "node_modules" },
      tsPreCompilationDeps: true,
      tsConfig: { fileName: `${root}tsconfig.json` },
    },
    undefined,
    { tsConfig },
  );
  const output = result.output as ICruiseResult;
  const byRule = new Map<string, Set<string>>(RULES.map((rule) => [rule.name ?? "", new Set<string>()]));
  const circles = new Set<string>();
  for (const violation of output.summary.violations) {
    const name = violation.rule.name;
    if (name === "no-circular") {
      const files = [violation.from, ...(violation.cycle ?? []).map((step) => step.name)];
      // The same circle is reported once from each of its edges; keep one of them.
      const key = [...new Set(files)].sort().join("\n");
      if (!circles.has(key)) {
        circles.add(key);
        byRule.get(name)?.add(files.join(" -> "));
      }
      continue;
    }
    byRule.get(name)?.add(`${violation.from} -> ${violation.to}`);
  }
  return new Map([...byRule].map(([name, edges]) => [name, [...edges].sort()]));
}

describe("imports in app/ and db/", () => {
  beforeAll(async () => {
    offences = await cruiseAll();
  }, 120_000);

  it("resolve the ~/ alias, so the check sees the real graph", async () => {
    const tsConfig = extractTSConfig(`${root}tsconfig.json`);
    const result = await cruise(["app/services/rate-limits.server.ts"], { baseDir: root, doNotFollow: { path: "node_modules" }, maxDepth: 1, tsConfig: { fileName: `${root}tsconfig.json` } }, undefined, { tsConfig });
    const output = result.output as ICruiseResult;
    const module = output.modules.find((m) => m.source === "app/services/rate-limits.server.ts");
    expect(module?.dependencies.map((d) => d.resolved)).toContain("app/models/audit.server.ts");
  });

  it("form no circle", () => {
    expect(offences.get("no-circular")).toEqual([]);
  });

  for (const rule of RULES.filter((r) => r.name !== "no-circular")) {
    const name = rule.name ?? "";
    it(`follow the rule ${name}`, () => {
      expect(offences.get(name) ?? []).toEqual([]);
    });
  }
});
