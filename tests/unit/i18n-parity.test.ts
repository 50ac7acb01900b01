import { describe, expect, it } from "vitest";
import { AREAS } from "~/locales/areas";
import { areas as en } from "~/locales/en";
import { areas as zhCN } from "~/locales/zh-CN";

// The texts are split by area (app/locales/<language>/<area>.ts, docs/decisions/018); every check
// runs on each area file, so a failure names the file to fix.

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
  }
  throw new Error(`Unexpected value at ${prefix}: ${String(value)}`);
}

function leaves(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as object).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("locales", () => {
  it("both languages have a file for every area, and nothing else", () => {
    expect(Object.keys(zhCN).sort()).toEqual([...AREAS].sort());
    expect(Object.keys(en).sort()).toEqual([...AREAS].sort());
  });

  it("no key is in two areas", () => {
    const all = AREAS.flatMap((area) => keys(zhCN[area]));
    expect(all.length).toBe(new Set(all).size);
  });

  describe.each(AREAS)("area %s", (area) => {
    it("zh-CN and en have exactly the same keys", () => {
      expect(keys(en[area]).sort()).toEqual(keys(zhCN[area]).sort());
    });

    it("every string is non-empty in both languages", () => {
      for (const [key, text] of [...leaves(zhCN[area]), ...leaves(en[area])]) {
        expect(text.trim(), key).not.toBe("");
      }
    });

    it("each key uses the same interpolation placeholders in both languages", () => {
      const english = new Map(leaves(en[area]));
      for (const [key, text] of leaves(zhCN[area])) {
        // Month names and date patterns legitimately differ: "monthName" is English-only.
        if (key === "date.long") continue;
        expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(text));
      }
    });

    it("never uses the slur 残废", () => {
      for (const [key, text] of leaves(zhCN[area])) expect(text, key).not.toContain("残废");
    });
  });
});
