import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// A merge once left two blocks of app.css unclosed. The browser then read every rule after them as
// nested inside a narrow-screen media query, so the certification and application styles applied
// only on phones, and no test noticed. This checks that every block closes where it should.

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

describe("app.css", () => {
  it("closes every block it opens, and nests rules only inside at-rules", () => {
    const css = readFileSync(new URL("../../app/styles/app.css", import.meta.url), "utf8");
    expect(unclosedBlocks(css)).toEqual([]);
  });

  it("the check finds a block left open", () => {
    expect(unclosedBlocks("@media (max-width: 10rem) {\n  a { color: red; }\n.b {\n  margin: 0;\n}\n")).toEqual(['line 1: "@media (max-width: 10rem) {" is never closed']);
    expect(unclosedBlocks(".a {\n  margin: 0;\n.b {\n  margin: 0;\n}\n}\n")).toEqual(['line 3: ".b {" opens inside another rule']);
  });
});
