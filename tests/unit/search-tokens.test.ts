import { describe, expect, it } from "vitest";
import { SEARCH_SYNONYMS } from "~/domain/search-synonyms";
import { tokenize, toTsqueryLiteral, toTsvectorLiteral } from "~/utils/search-tokens";

describe("tokenize", () => {
  it("turns Han runs into overlapping bigrams", () => {
    expect(tokenize("在线客服")).toEqual(["在线", "线客", "客服"]);
  });

  it("keeps a single Han character as itself", () => {
    expect(tokenize("手")).toEqual(["手"]);
  });

  it("lower-cases Latin words and splits on punctuation", () => {
    expect(tokenize("Customer-Service, NVDA")).toEqual(["customer", "service", "nvda"]);
  });

  it("normalises full-width letters and digits", () => {
    expect(tokenize("ＮＶＤＡ２０２５")).toEqual(["nvda2025"]);
  });

  it("mixes scripts in one string", () => {
    expect(tokenize("手语 sign language")).toEqual(["手语", "sign", "language"]);
  });

  it("splits a Latin or digit run from the Chinese it runs into, with no space between", () => {
    expect(tokenize("AI对话评估员")).toEqual(["ai", "对话", "话评", "评估", "估员"]);
    expect(tokenize("App测试员")).toEqual(["app", "测试", "试员"]);
    expect(tokenize("3D建模师")).toEqual(["3d", "建模", "模师"]);
    expect(tokenize("Java开发")).toEqual(["java", "开发"]);
    expect(tokenize("远程Python数据分析")).toEqual(["远程", "python", "数据", "据分", "分析"]);
  });

  it("finds a mixed title by its Chinese word and by its Latin word", () => {
    const vector = toTsvectorLiteral([{ text: "AI对话评估员", weight: "A" }]);
    expect(vector).toContain("'ai':1A");
    expect(vector).toContain("'对话':2A");
    expect(toTsqueryLiteral("对话")).toBe("'对话'");
    expect(toTsqueryLiteral("AI")).toBe("'ai'");
    expect(toTsqueryLiteral("AI对话")).toBe("'ai' & '对话'");
  });
});

describe("toTsvectorLiteral", () => {
  it("writes each lexeme once, with every position and the field weight", () => {
    expect(toTsvectorLiteral([{ text: "客服 客服", weight: "A" }])).toBe("'客服':1A,2A");
  });

  it("leaves a gap between fields so phrases cannot span them", () => {
    const literal = toTsvectorLiteral([
      { text: "数据", weight: "A" },
      { text: "标注", weight: "C" },
    ]);
    expect(literal).toBe("'数据':1A '标注':12C");
  });
});

describe("toTsqueryLiteral", () => {
  it("matches a Han word as a phrase of bigrams", () => {
    expect(toTsqueryLiteral("数据标注")).toBe("'数据' <-> '据标' <-> '标注'");
  });

  it("requires every word", () => {
    expect(toTsqueryLiteral("客服 Remote")).toBe("'客服' & 'remote'");
  });

  it("uses a prefix match for a single Han character", () => {
    expect(toTsqueryLiteral("手")).toBe("'手':*");
  });

  it("drops operators and quotes, so nothing the user types can change the query's shape", () => {
    expect(toTsqueryLiteral("a' | !b & (c) <-> d:*")).toBe("'a' & 'b' & 'c' & 'd'");
  });

  it("returns null when nothing searchable is left", () => {
    expect(toTsqueryLiteral("  !!! ")).toBeNull();
  });

  it("matches any word of a synonym group, whichever of them was typed", () => {
    const deaf = "('听障' | ('听力' <-> '力障' <-> '障碍') | ('听力' <-> '力残' <-> '残疾') | '聋人' | '聋':*)";
    for (const word of ["听障", "听力残疾", "聋人", "聋"]) expect(toTsqueryLiteral(word), word).toBe(deaf);
    expect(toTsqueryLiteral("在家")).toBe("('居家' | '在家' | '远程')");
  });

  it("finds a synonym inside a longer Han run and keeps the rest of the run as words", () => {
    expect(toTsqueryLiteral("居家客服")).toBe("('居家' | '在家' | '远程') & '客服'");
    expect(toTsqueryLiteral("数据标注 远程")).toBe("('数据' <-> '据标' <-> '标注') & ('居家' | '在家' | '远程')");
  });

  it("takes a one-character synonym only as a whole word: 盲文 is braille, not 盲 and 文", () => {
    expect(toTsqueryLiteral("盲文")).toBe("'盲文'");
    expect(toTsqueryLiteral("盲")).toContain("'视障'");
  });
});

describe("synonym groups", () => {
  it("list each word once, so a word belongs to exactly one group", () => {
    const words = SEARCH_SYNONYMS.flat();
    expect(new Set(words).size).toBe(words.length);
  });
});
