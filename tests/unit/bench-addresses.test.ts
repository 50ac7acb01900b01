import { describe, expect, it } from "vitest";
import { writeFilters } from "~/domain/opening-filters";
import { tokenize } from "~/utils/search-tokens";
import { activeFilterCount, parseOpeningsSearch } from "~/validation/openings-search";
import { seedOpenings, seedOrganisations } from "../../db/seed-data";
import {
  DETAIL_ADDRESS_COUNT,
  NO_MATCH_KEYWORDS,
  detailAddresses,
  keywordAddresses,
  searchAddresses,
  searchVocabulary,
  type SearchAddress,
} from "../bench/addresses";
import { TITLE_QUALIFIERS, collectPlaces } from "../bench/generate";

// The benchmark's mix of addresses (tests/bench/addresses.ts) must be what visitors send and what
// the site really reads: thousands of different searches, each parsed back by the app's own parser
// into exactly the search it was made from.

const vocabulary = searchVocabulary(seedOpenings);
const places = collectPlaces([...seedOrganisations, ...seedOpenings]);
const searches = searchAddresses(vocabulary, places);
const parse = (path: string) => parseOpeningsSearch(new URL(path, "http://bench.test").searchParams);

describe("the benchmark's search addresses", () => {
  it("are at least 2,000 different ones, the same on every run", () => {
    expect(searches.length).toBeGreaterThanOrEqual(2_000);
    expect(new Set(searches.map((s) => s.path)).size).toBe(searches.length);
    expect(searchAddresses(vocabulary, places).map((s) => s.path)).toEqual(searches.map((s) => s.path));
    expect(searchAddresses(vocabulary, places, { seed: 7 }).map((s) => s.path)).not.toEqual(searches.map((s) => s.path));
  });

  it("are /openings addresses in plain ASCII, as a browser puts them on the request line", () => {
    for (const { path } of searches) {
      expect(path.startsWith("/openings?")).toBe(true);
      expect(path).toMatch(/^[\x21-\x7e]+$/);
    }
  });

  it("each parse, with the app's own parser, into exactly the search they were made from", () => {
    for (const search of searches) {
      const parsed = parse(search.path);
      expect(parsed.q, search.path).toBe(search.q.replace(/\s+/g, " ").trim());
      expect(parsed.sort, search.path).toBe(search.sort);
      expect(parsed.page, search.path).toBe(search.page);
      expect(parsed.perPage, search.path).toBe(20);
      expect(parsed.queryTruncated || parsed.minPayInvalid, search.path).toBe(false);
      expect(writeFilters(parsed), search.path).toEqual(writeFilters(search.filters));
      expect(activeFilterCount(parsed), search.path).toBe(search.filterCount);
    }
  });

  it("cover every sort, pages 1 to 3, 0 to 4 filters, every kind of keyword and both ways of writing an address", () => {
    const values = <T>(pick: (s: SearchAddress) => T) => new Set(searches.map(pick));
    expect(values((s) => s.sort)).toEqual(new Set(["relevance", "newest", "closing"]));
    expect(values((s) => s.page)).toEqual(new Set([1, 2, 3]));
    expect(values((s) => s.filterCount)).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(values((s) => s.keywords)).toEqual(new Set(["zh", "en", "mixed", "no-match", "none"]));
    expect(values((s) => s.style)).toEqual(new Set(["form", "link"]));
    // Relevance only with keywords: without them the parser would turn it into newest.
    expect(searches.filter((s) => s.sort === "relevance" && !s.q)).toEqual([]);
  });

  it("take their Chinese keywords of 2 to 4 characters and their English words from the seed's titles and summaries", () => {
    const texts = seedOpenings.flatMap((o) => [o.title_zh, o.summary_zh, o.title_en?.toLowerCase(), o.summary_en?.toLowerCase()]).filter(Boolean).join("\n");
    for (const { q } of searches.filter((s) => s.keywords === "zh")) {
      expect(Array.from(q).length).toBeGreaterThanOrEqual(2);
      expect(Array.from(q).length).toBeLessThanOrEqual(4);
      expect(texts.includes(q), q).toBe(true);
    }
    for (const { q } of searches.filter((s) => s.keywords === "en")) {
      for (const word of q.toLowerCase().split(" ")) expect(texts.includes(word), word).toBe(true);
    }
  });

  it("have keywords that find nothing: each has a search token that no opening, seeded or generated, has", () => {
    const corpus = new Set(
      [
        ...seedOpenings.flatMap((o) => [o.title_zh, o.title_en, o.summary_zh, o.summary_en, o.description_zh, o.description_en]),
        ...seedOrganisations.flatMap((o) => [o.name_zh, o.name_en]),
        ...TITLE_QUALIFIERS.flatMap((q) => [q.zh, q.en]),
      ].flatMap((text) => tokenize(text ?? "")),
    );
    for (const keyword of NO_MATCH_KEYWORDS) {
      expect(tokenize(keyword).some((token) => !corpus.has(token)), keyword).toBe(true);
    }
  });
});

describe("the benchmark's other addresses", () => {
  it("page through one keyword in every sort", () => {
    const paths = keywordAddresses("远程", 30);
    expect(paths).toHaveLength(30);
    const parsed = paths.map(parse);
    expect(new Set(parsed.map((p) => p.q))).toEqual(new Set(["远程"]));
    expect(new Set(parsed.map((p) => `${p.sort} ${p.page}`)).size).toBe(9);
  });

  it("open the detail pages of different public openings, in a fixed order that does not follow the ids", () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => i + 1);
    const paths = detailAddresses(ids);
    expect(paths).toHaveLength(DETAIL_ADDRESS_COUNT);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(detailAddresses(ids));
    expect(paths.slice(0, 3)).not.toEqual(["/openings/1", "/openings/2", "/openings/3"]);
    expect(detailAddresses([7, 8])).toHaveLength(2);
  });
});
