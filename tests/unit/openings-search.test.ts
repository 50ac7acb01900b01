import { describe, expect, it } from "vitest";
import { activeFilterCount, parseOpeningsSearch } from "~/validation/openings-search";
import { openingPathFrom } from "~/domain/opening";
import { searchQueryString, withoutAllFilters, withoutFilter } from "~/utils/search-url";

const parse = (query: string) => parseOpeningsSearch(new URLSearchParams(query));

describe("parseOpeningsSearch", () => {
  it("reads every filter", () => {
    const search = parse(
      "q=客服&arrangement=remote&arrangement=hybrid&form=piecework&access=text_only&access=screen_reader&maxHours=20&location=江苏/常州&minPay=25.5&payUnit=hour&insurance=social&certified=accessible_employer&posted=7&sort=closing&page=2&perPage=50",
    );
    expect(search).toMatchObject({
      q: "客服",
      arrangements: ["remote", "hybrid"],
      forms: ["piecework"],
      access: ["text_only", "screen_reader"],
      maxHours: 20,
      location: { kind: "place", province: "江苏", city: "常州" },
      minPay: { minor: 2550, unit: "hour" },
      insurance: "social",
      certified: "accessible_employer",
      postedWithinDays: 7,
      sort: "closing",
      page: 2,
      perPage: 50,
    });
    expect(activeFilterCount(search)).toBe(11);
  });

  it("ignores unknown values instead of failing", () => {
    const search = parse("arrangement=moon&form=&access=telepathy&insurance=gold&certified=platinum&posted=3&sort=random&perPage=7&maxHours=99");
    expect(search).toMatchObject({ arrangements: [], forms: [], access: [], insurance: "any", certified: null, postedWithinDays: null, maxHours: null, perPage: 20 });
    expect(search.sort).toBe("newest");
    expect(activeFilterCount(search)).toBe(0);
  });

  it("clamps pages and rejects negative, huge and non-numeric ones", () => {
    expect(parse("page=-3").page).toBe(1);
    expect(parse("page=abc").page).toBe(1);
    expect(parse("page=99999999999").page).toBe(1);
    expect(parse("page=1.5").page).toBe(1);
  });

  it("reads remote-from-anywhere and a whole province", () => {
    expect(parse("location=anywhere").location).toEqual({ kind: "anywhere" });
    expect(parse("location=江苏").location).toEqual({ kind: "place", province: "江苏", city: null });
  });

  it("needs both an amount and a unit for pay, and flags an unreadable amount", () => {
    expect(parse("minPay=25").minPay).toBeNull();
    expect(parse("minPay=¥3,500&payUnit=month").minPay).toEqual({ minor: 350000, unit: "month" });
    const bad = parse("minPay=abc&payUnit=hour");
    expect(bad.minPay).toBeNull();
    expect(bad.minPayInvalid).toBe(true);
  });

  it("sorts by relevance only when there are keywords", () => {
    expect(parse("q=客服").sort).toBe("relevance");
    expect(parse("sort=relevance").sort).toBe("newest");
  });

  it("cuts very long keywords and says so", () => {
    const search = parse(`q=${"字".repeat(300)}`);
    expect(Array.from(search.q)).toHaveLength(100);
    expect(search.queryTruncated).toBe(true);
  });

  it("de-duplicates repeated values", () => {
    expect(parse("access=text_only&access=text_only").access).toEqual(["text_only"]);
  });
});

describe("search URLs", () => {
  it("removes one value of a repeated filter and goes back to page 1", () => {
    expect(withoutFilter("?access=a&access=b&page=3", "access", "a")).toBe("?access=b");
  });

  it("removes pay amount and unit together", () => {
    expect(withoutFilter("?minPay=20&payUnit=hour&q=x", "minPay")).toBe("?q=x");
  });

  it("clears every filter but keeps keywords and sort", () => {
    expect(withoutAllFilters("?q=%E5%AE%A2%E6%9C%8D&arrangement=remote&maxHours=20&sort=closing&page=2")).toBe(
      "?q=%E5%AE%A2%E6%9C%8D&sort=closing",
    );
  });

  it("clears the certification filter with the others (it once stayed on after \"Clear all filters\")", () => {
    const all = "q=x&arrangement=remote&form=piecework&access=no_phone&maxHours=20&location=anywhere&minPay=25&payUnit=hour&insurance=social&certified=accessible_employer&posted=7&sort=closing";
    expect(activeFilterCount(parse(all))).toBe(9);
    const cleared = parse(withoutAllFilters(`?${all}`).slice(1));
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared.certified).toBeNull();
    expect(cleared).toMatchObject({ q: "x", sort: "closing" });
  });

  it("clears every key the parser reads, except keywords, sort and paging", () => {
    // Records each key parseOpeningsSearch asks the URL for, so a filter added to the parser
    // without being added to FILTER_KEYS fails here rather than surviving "Clear all filters".
    const read = new Set<string>();
    class RecordingParams extends URLSearchParams {
      override get(name: string) {
        read.add(name);
        return super.get(name);
      }
      override getAll(name: string) {
        read.add(name);
        return super.getAll(name);
      }
      override has(name: string, value?: string) {
        read.add(name);
        return super.has(name, value);
      }
    }
    parseOpeningsSearch(new RecordingParams(""));
    const kept = ["q", "sort", "page", "perPage"];
    expect([...read].filter((key) => !kept.includes(key)).length).toBeGreaterThanOrEqual(10);
    const survivors = [...read].filter((key) => !kept.includes(key) && withoutAllFilters(`?${key}=1`) !== "");
    expect(survivors).toEqual([]);
  });
});

describe("the search an opening's back link returns to (issue 19, item 8)", () => {
  it("writes a search back as the same search, leaving out defaults", () => {
    const query = "q=客服&arrangement=remote&access=text_only&minPay=25&payUnit=hour&sort=closing&page=2&perPage=50";
    const written = searchQueryString(parse(query));
    expect(parse(written)).toEqual(parse(query));
    expect(searchQueryString(parse(""))).toBe("");
    // The default sort and page are left out: a plain keyword search stays short.
    expect(searchQueryString(parse("q=手语&sort=relevance&page=1"))).toBe("q=%E6%89%8B%E8%AF%AD");
  });

  it("keeps only what the search understands, so a crafted `from` cannot smuggle anything into the link", () => {
    expect(searchQueryString(parse("next=https://evil.example&q=客服&arrangement=<script>"))).toBe("q=%E5%AE%A2%E6%9C%8D");
    expect(openingPathFrom(12, "")).toBe("/openings/12");
    expect(openingPathFrom(12, "q=%E5%AE%A2%E6%9C%8D&page=2")).toBe("/openings/12?from=q%3D%25E5%25AE%25A2%25E6%259C%258D%26page%3D2");
  });
});
