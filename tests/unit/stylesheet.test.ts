import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// A merge once left two blocks of app.css unclosed. The browser then read every rule after them as
// nested inside a narrow-screen media query, so the certification and application styles applied
// only on phones, and no test noticed. This checks that every block of every stylesheet closes
// where it should (the build bundles them into one file, so a block left open in one file would
// swallow the files after it), and that app.css, which lists them, leaves none out.

const STYLES = fileURLToPath(new URL("../../app/styles/", import.meta.url));
/** Every stylesheet under app/styles, as a path relative to it. */
const sheets = (readdirSync(STYLES, { recursive: true }) as string[]).filter((name) => name.endsWith(".css")).map((name) => name.replaceAll("\\", "/")).sort();

/** The unclosed blocks of a stylesheet, by line, ignoring braces inside comments and strings. */
function unclosedBlocks(css: string): string[] {
  const open: { line: number; text: string }[] = [];
  const problems: string[] = [];
  const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " ")).replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (s) => s.replace(/[{}]/g, " "));
  code.split("\n").forEach((text, index) => {
    for (const ch of text) {
      if (ch === "{") {
        // A plain rule never holds another rule in our stylesheet (no CSS nesting); at-rules may.
        const outer = open[open.length - 1];
        if (outer && !outer.text.startsWith("@")) problems.push(`line ${index + 1}: "${text.trim()}" opens inside another rule`);
        open.push({ line: index + 1, text: text.trim() });
      }
      if (ch === "}" && !open.pop()) problems.push(`line ${index + 1}: a closing brace with nothing open`);
    }
  });
  return [...problems, ...open.map((block) => `line ${block.line}: "${block.text}" is never closed`)];
}

describe("stylesheets", () => {
  it.each(sheets)("%s closes every block it opens, and nests rules only inside at-rules", (name) => {
    expect(unclosedBlocks(readFileSync(STYLES + name, "utf8"))).toEqual([]);
  });

  it("app.css imports every other stylesheet once, and holds no rules of its own", () => {
    const entry = readFileSync(STYLES + "app.css", "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    const imported = [...entry.matchAll(/@import\s+"\.\/([^"]+)";/g)].map((match) => match[1]);
    expect([...imported].sort()).toEqual(sheets.filter((name) => name !== "app.css"));
    expect(entry.replace(/@import\s+"[^"]+";/g, "").trim()).toBe("");
  });

  it("the check finds a block left open", () => {
    expect(unclosedBlocks("@media (max-width: 10rem) {\n  a { color: red; }\n.b {\n  margin: 0;\n}\n")).toEqual(['line 1: "@media (max-width: 10rem) {" is never closed']);
    expect(unclosedBlocks(".a {\n  margin: 0;\n.b {\n  margin: 0;\n}\n}\n")).toEqual(['line 3: ".b {" opens inside another rule']);
  });
});
