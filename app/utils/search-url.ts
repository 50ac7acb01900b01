// Building /openings URLs from the current query string. The URL holds the whole search state,
// so every change is just a link: it works without JavaScript, can be shared, and Back works.

import { FILTER_KEYS } from "~/validation/openings-search-values";

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
  // Pay needs both the amount and its unit; removing one removes the pair.
  if (key === "minPay") params.delete("payUnit");
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
