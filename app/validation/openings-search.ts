import { z } from "zod";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "~/models/opening.server";

/** Longest keyword query we search on; longer input is cut, and the page says so. */
export const MAX_QUERY_LENGTH = 100;

// Every field falls back to a safe default, so a hand-edited or stale URL never errors.
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
const perPageSchema = z.coerce
  .number()
  .int()
  .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
  .catch(DEFAULT_PAGE_SIZE);

/** Reads the search state from a URL's query string. */
export function parseOpeningsSearch(params: URLSearchParams) {
  const raw = (params.get("q") ?? "").replace(/\s+/g, " ").trim();
  const chars = Array.from(raw);
  return {
    q: chars.slice(0, MAX_QUERY_LENGTH).join(""),
    queryTruncated: chars.length > MAX_QUERY_LENGTH,
    page: pageSchema.parse(params.get("page") ?? undefined),
    perPage: perPageSchema.parse(params.get("perPage") ?? undefined),
  };
}
