import { describe, expect, it } from "vitest";
import en from "~/locales/en";
import zhCN from "~/locales/zh-CN";

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
  it("zh-CN and en have exactly the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it("every string is non-empty in both languages", () => {
    for (const [key, text] of [...leaves(zhCN), ...leaves(en)]) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("each key uses the same interpolation placeholders in both languages", () => {
    const english = new Map(leaves(en));
    for (const [key, text] of leaves(zhCN)) {
      // Month names and date patterns legitimately differ: "monthName" is English-only.
      if (key === "date.long") continue;
      expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });

  it("never uses the slur 残废", () => {
    for (const [key, text] of leaves(zhCN)) expect(text, key).not.toContain("残废");
  });
});
