import { z } from "zod";
import { CERTIFICATE_LEVELS, EMPLOYMENT_FORMS, PAY_UNITS, WORK_ARRANGEMENTS } from "../../db/schema";
import {
  ACCESS_FILTERS,
  DEFAULT_PAGE_SIZE,
  INSURANCE_LEVELS,
  MAX_QUERY_LENGTH,
  PAGE_SIZES,
  POSTED_WITHIN,
  SORTS,
  type FilterKey,
  type LocationFilter,
  type OpeningsSearch,
} from "./openings-search-values";

export * from "./openings-search-values";

const oneOf = <T extends string>(values: readonly T[]) => (value: string): value is T => (values as readonly string[]).includes(value);

// Every field falls back to "no filter", so a hand-edited or stale URL never errors.
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
const perPageSchema = z.coerce
  .number()
  .int()
  .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
  .catch(DEFAULT_PAGE_SIZE);
const hoursSchema = z.coerce.number().int().min(1).max(60).nullable().catch(null);
const paySchema = z.coerce.number().min(0).max(1_000_000).nullable().catch(null);
const postedSchema = z.coerce
  .number()
  .int()
  .refine((n) => (POSTED_WITHIN as readonly number[]).includes(n))
  .nullable()
  .catch(null);

const text = (params: URLSearchParams, key: string, max = 50) => (params.get(key) ?? "").trim().slice(0, max);
const unique = <T>(values: T[]) => [...new Set(values)];
const numberOrNull = (raw: string) => (raw === "" ? null : raw);

/** Reads the search state from a URL's query string; unknown values are ignored. */
export function parseOpeningsSearch(params: URLSearchParams): OpeningsSearch {
  const filter = (key: FilterKey, max?: number) => text(params, key, max);
  const filterValues = (key: FilterKey) => params.getAll(key);
  const rawQuery = (params.get("q") ?? "").replace(/\s+/g, " ").trim();
  const chars = Array.from(rawQuery);
  const q = chars.slice(0, MAX_QUERY_LENGTH).join("");

  // "anywhere", a province ("江苏") or a province and city ("江苏/常州"): one select can offer all three.
  const locationValue = filter("location", 80);
  const [province, city] = locationValue.split("/").map((part) => part.trim());
  const location: LocationFilter | null =
    locationValue === "anywhere"
      ? { kind: "anywhere" }
      : province
        ? { kind: "place", province, city: city || null }
        : null;

  const rawPay = filter("minPay").replace(/[¥,，\s]/g, "");
  const payAmount = paySchema.parse(numberOrNull(rawPay));
  const payUnit = filter("payUnit");
  const minPay =
    payAmount !== null && payAmount > 0 && oneOf(PAY_UNITS)(payUnit) ? { minor: Math.round(payAmount * 100), unit: payUnit } : null;

  const insurance = filter("insurance");
  const sort = text(params, "sort");
  const certified = filter("certified");

  return {
    q,
    queryTruncated: chars.length > MAX_QUERY_LENGTH,
    arrangements: unique(filterValues("arrangement").filter(oneOf(WORK_ARRANGEMENTS))),
    forms: unique(filterValues("form").filter(oneOf(EMPLOYMENT_FORMS))),
    access: unique(filterValues("access").filter(oneOf(ACCESS_FILTERS))),
    maxHours: hoursSchema.parse(numberOrNull(filter("maxHours"))),
    location,
    minPay,
    minPayInvalid: rawPay !== "" && payAmount === null,
    insurance: oneOf(INSURANCE_LEVELS)(insurance) ? insurance : "any",
    certified: oneOf(CERTIFICATE_LEVELS)(certified) ? certified : null,
    postedWithinDays: postedSchema.parse(numberOrNull(filter("posted"))),
    // Relevance only means something with keywords; without them, newest first.
    sort: oneOf(SORTS)(sort) && !(sort === "relevance" && !q) ? sort : q ? "relevance" : "newest",
    page: pageSchema.parse(params.get("page") ?? undefined),
    perPage: perPageSchema.parse(params.get("perPage") ?? undefined),
  };
}

/** How many filters (not keywords, sort or paging) are active: drives "clear all" and the empty state. */
export function activeFilterCount(search: OpeningsSearch): number {
  return (
    search.arrangements.length +
    search.forms.length +
    search.access.length +
    (search.maxHours !== null ? 1 : 0) +
    (search.location ? 1 : 0) +
    (search.minPay ? 1 : 0) +
    (search.insurance !== "any" ? 1 : 0) +
    (search.certified !== null ? 1 : 0) +
    (search.postedWithinDays !== null ? 1 : 0)
  );
}
