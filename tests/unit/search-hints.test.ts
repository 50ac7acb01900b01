import { describe, expect, it } from "vitest";
import { keywordFilterHints } from "~/utils/search-hints";
import { parseOpeningsSearch } from "~/validation/openings-search";

const hintsFor = (query: string) => keywordFilterHints(parseOpeningsSearch(new URLSearchParams(query)), `?${query}`);

describe("keyword hints: a word that a filter finds better", () => {
  it("offers the Remote filter for 远程, 居家 and remote, taking the word out of the keywords", () => {
    expect(hintsFor("q=远程客服")).toEqual([
      { word: "远程", key: "arrangement", value: "remote", labelKey: "enums.workArrangement.remote", query: "?q=%E5%AE%A2%E6%9C%8D&arrangement=remote" },
    ]);
    expect(hintsFor("q=Remote")[0]?.query).toBe("?arrangement=remote");
    expect(hintsFor("q=居家")[0]?.value).toBe("remote");
  });

  it("keeps the other filters and the sort, and goes back to page 1", () => {
    expect(hintsFor("q=手语+老师&form=flexible&sort=newest&page=3")).toEqual([
      {
        word: "手语",
        key: "access",
        value: "sign_language",
        labelKey: "filters.access.sign_language",
        query: "?q=%E8%80%81%E5%B8%88&form=flexible&sort=newest&access=sign_language",
      },
    ]);
  });

  it("says nothing when the filter is already on, or the word is only part of another word", () => {
    expect(hintsFor("q=远程&arrangement=remote")).toEqual([]);
    expect(hintsFor("q=remotely")).toEqual([]);
    expect(hintsFor("q=会计")).toEqual([]);
    expect(hintsFor("")).toEqual([]);
  });

  it("gives one hint per filter named, however many of its words were typed", () => {
    expect(hintsFor("q=远程 居家 字幕").map((hint) => hint.value)).toEqual(["remote", "captions"]);
  });
});
