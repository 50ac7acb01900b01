import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import { describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import {
  ACCESS_FILTER_GROUPS,
  ACCESS_FILTERS,
  FILTER_KEYS,
  FILTER_NAMES,
  filterActive,
  filterChips,
  OPENING_FILTERS,
  writeFilters,
  type FilterName,
} from "~/domain/opening-filters";
import { resources } from "~/locales/resources.server";
import { FILTER_CONDITIONS } from "~/models/opening.server";
import { withoutAllFilters, withoutFilter } from "~/utils/search-url";
import { activeFilterCount, parseOpeningsSearch } from "~/validation/openings-search";

// The filter table is the one definition of the search filters; these check that each filter in it
// is whole: the URL reads back to the same URL, it has a chip in both languages, "clear all" and its
// own chip clear it, and the search query has an SQL condition for it.

/** A URL that turns each filter on, written the way the table writes it. The type makes a new filter need one. */
const SAMPLES: Record<FilterName, string> = {
  arrangements: "arrangement=remote&arrangement=hybrid",
  forms: "form=piecework",
  access: "access=text_only&access=screen_reader",
  maxHours: "maxHours=20",
  location: "location=%E6%B1%9F%E8%8B%8F%2F%E5%B8%B8%E5%B7%9E",
  minPay: "minPay=25.5&payUnit=hour",
  insurance: "insurance=social",
  certified: "certified=accessible_employer",
  postedWithinDays: "posted=7",
};

const parse = (query: string) => parseOpeningsSearch(new URLSearchParams(query));
const toQuery = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();

function lookup(resource: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), resource);
}

describe("the filter table", () => {
  it("has an SQL condition for every filter and no other", () => {
    expect(Object.keys(FILTER_CONDITIONS).sort()).toEqual([...FILTER_NAMES].sort());
  });

  it("keeps each filter's URL keys to itself", () => {
    expect(new Set(FILTER_KEYS).size).toBe(FILTER_KEYS.length);
    for (const key of ["q", "sort", "page", "perPage", "lng"]) expect(FILTER_KEYS).not.toContain(key);
  });

  it("groups every access filter once in the form", () => {
    expect(ACCESS_FILTER_GROUPS.flatMap((group) => group.items).sort()).toEqual([...ACCESS_FILTERS].sort());
  });

  for (const name of FILTER_NAMES) {
    describe(name, () => {
      const sample = SAMPLES[name];
      const search = parse(sample);

      it("round-trips URL -> parse -> URL", () => {
        expect(filterActive(name, search[name])).toBe(true);
        expect(toQuery(writeFilters(search))).toBe(sample);
        expect(parse(toQuery(writeFilters(search)))[name]).toEqual(search[name]);
        // Off writes nothing and reads back as off.
        expect(OPENING_FILTERS[name].write(OPENING_FILTERS[name].none as never)).toEqual([]);
        expect(parse("")[name]).toEqual(OPENING_FILTERS[name].none);
      });

      it("has a chip per value, worded in both languages", () => {
        const chips = filterChips(search);
        expect(chips.length).toBeGreaterThan(0);
        expect(activeFilterCount(search)).toBe(chips.length);
        for (const chip of chips) {
          expect(chip.key).toBe(OPENING_FILTERS[name].urlKey);
          if ("i18nKey" in chip.text) {
            expect(typeof lookup(resources.en.translation, chip.text.i18nKey), chip.text.i18nKey).toBe("string");
            expect(typeof lookup(resources["zh-CN"].translation, chip.text.i18nKey), chip.text.i18nKey).toBe("string");
          } else {
            expect(chip.text.literal).not.toBe("");
          }
        }
      });

      it("is cleared by \"clear all\" and by removing its chips", () => {
        const query = `?q=x&${sample}&sort=closing`;
        const cleared = parse(withoutAllFilters(query).slice(1));
        expect(cleared[name]).toEqual(OPENING_FILTERS[name].none);
        expect(cleared).toMatchObject({ q: "x", sort: "closing" });
        let rest = query;
        for (const chip of filterChips(search)) rest = withoutFilter(rest, chip.key, chip.value);
        expect(activeFilterCount(parse(rest.slice(1)))).toBe(0);
      });

      it("narrows the SQL query", () => {
        const db = new Kysely<Database>({
          dialect: {
            createAdapter: () => new PostgresAdapter(),
            createDriver: () => new DummyDriver(),
            createIntrospector: (kysely) => new PostgresIntrospector(kysely),
            createQueryCompiler: () => new PostgresQueryCompiler(),
          },
        });
        const base = db.selectFrom("opening as o").innerJoin("organisation as e", "e.id", "o.employer_id").select("o.id");
        const condition = FILTER_CONDITIONS[name] as (query: unknown, value: unknown, db: unknown) => typeof base;
        const narrowed = condition(base, search[name], db);
        expect(narrowed.compile().sql).not.toBe(base.compile().sql);
      });
    });
  }
});
