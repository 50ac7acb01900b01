// Building /openings URLs from the current query string. The URL holds the whole search state,
// so every change is just a link: it works without JavaScript, can be shared, and Back works.

import { companionKeys, DEFAULT_PAGE_SIZE, FILTER_KEYS, writeFilters, type OpeningsSearch } from "~/domain/opening-filters";

function toQuery(params: URLSearchParams): string {
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The query string without one filter value (or every value of `key`), back on page 1. */
export function withoutFilter(search: string, key: string, value?: string): string {
  const params = new URLSearchParams(search);
  if (value === undefined) params.delete(key);
  else {
    const kept = params.getAll(key).filter((v) => v !== value);
    params.delete(key);
    for (const v of kept) params.append(key, v);
  }
  // A filter's companion keys go with it: pay needs both the amount and its unit.
  for (const companion of companionKeys(key)) params.delete(companion);
  params.delete("page");
  return toQuery(params);
}

/** The query string with every filter removed, keeping the keywords and sort. */
export function withoutAllFilters(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of FILTER_KEYS) params.delete(key);
  params.delete("page");
  return toQuery(params);
}

/**
 * The same search as an Atom feed or JSON, without paging. The feed carries the reader's language
 * in `lng`, because a feed reader sends neither our cookie nor, usually, Accept-Language.
 */
export function searchFeedPath(path: "/openings.atom" | "/api/openings", search: string, locale?: string): string {
  const params = new URLSearchParams(search);
  params.delete("page");
  params.delete("lng");
  if (locale) params.set("lng", locale);
  return `${path}${toQuery(params)}`;
}

/**
 * A search as its canonical query string (keywords, filters in table order, then sort, page and
 * page size where they differ from the defaults), without "?". Built only from parsed values, so
 * nothing a link carried reaches a page unchecked.
 */
export function searchQueryString(search: OpeningsSearch): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  for (const [key, value] of writeFilters(search)) params.append(key, value);
  if (search.sort !== (search.q ? "relevance" : "newest")) params.set("sort", search.sort);
  if (search.page > 1) params.set("page", String(search.page));
  if (search.perPage !== DEFAULT_PAGE_SIZE) params.set("perPage", String(search.perPage));
  return params.toString();
}
