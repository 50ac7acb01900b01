import { z } from "zod";
import {
  filterChips,
  parseFilters,
  readPayAmount,
  type FilterReader,
  DEFAULT_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  PAGE_SIZES,
  SORTS,
  type OpeningsSearch,
} from "~/domain/opening-filters";

// The search's values (page sizes, sorts, the shape of a search) live in app/domain, zod-free, because
// the search form renders in the browser; they are re-exported here for the server's callers.
export { DEFAULT_PAGE_SIZE, MAX_QUERY_LENGTH, PAGE_SIZES, SORTS, type OpeningsSearch, type Sort } from "~/domain/opening-filters";

const oneOf = <T extends string>(values: readonly T[]) => (value: string): value is T => (values as readonly string[]).includes(value);

// Every field falls back to "no filter", so a hand-edited or stale URL never errors.
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
const perPageSchema = z.coerce
  .number()
  .int()
  .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
  .catch(DEFAULT_PAGE_SIZE);
const text = (params: URLSearchParams, key: string, max = 50) => (params.get(key) ?? "").trim().slice(0, max);

/** Reads the search state from a URL's query string; unknown values are ignored. */
export function parseOpeningsSearch(params: URLSearchParams): OpeningsSearch {
  const read: FilterReader = { one: (key, max) => text(params, key, max), all: (key) => params.getAll(key) };
  const rawQuery = (params.get("q") ?? "").replace(/\s+/g, " ").trim();
  const chars = Array.from(rawQuery);
  const q = chars.slice(0, MAX_QUERY_LENGTH).join("");
  const filters = parseFilters(read);
  const pay = readPayAmount(read);
  const sort = text(params, "sort");

  return {
    q,
    queryTruncated: chars.length > MAX_QUERY_LENGTH,
    ...filters,
    minPayInvalid: pay.raw !== "" && pay.amount === null,
    // Relevance only means something with keywords; without them, newest first.
    sort: oneOf(SORTS)(sort) && !(sort === "relevance" && !q) ? sort : q ? "relevance" : "newest",
    page: pageSchema.parse(params.get("page") ?? undefined),
    perPage: perPageSchema.parse(params.get("perPage") ?? undefined),
  };
}

/** How many filters (not keywords, sort or paging) are active: one per chip. Drives "clear all" and the empty state. */
export function activeFilterCount(search: OpeningsSearch): number {
  return filterChips(search).length;
}
