import { z } from "zod";
import { CERTIFICATE_LEVELS, type CertificateLevel } from "~/domain/certification";
import { EMPLOYMENT_FORMS, type EmploymentForm, PAY_UNITS, type PayUnit, WORK_ARRANGEMENTS, type WorkArrangement } from "~/domain/opening";

/** Page sizes a visitor may choose. */
export const PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** Longest keyword query we search on; longer input is cut, and the page says so. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The URL keys that are filters, as opposed to keywords (q), sorting and paging. The parser below
 * reads every filter through this list (its `filter`/`filterValues` take only these keys), and
 * "clear all filters" (utils/search-url.ts) removes exactly these keys.
 */
export const FILTER_KEYS = ["arrangement", "form", "access", "maxHours", "location", "minPay", "payUnit", "insurance", "certified", "posted"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Access-profile filters; choosing several means all of them must hold. */
export const ACCESS_FILTERS = [
  "text_only",
  "no_phone",
  "no_camera",
  "sign_language",
  "captions",
  "screen_reader",
  "assistive_devices",
  "step_free",
  "quiet_space",
  "training",
  "mentor",
  "trial",
] as const;
export type AccessFilter = (typeof ACCESS_FILTERS)[number];

/** Minimum protection: medical insurance, social insurance, or the full 五险一金 package. */
export const INSURANCE_LEVELS = ["any", "medical", "social", "full"] as const;
export type InsuranceLevel = (typeof INSURANCE_LEVELS)[number];

export const POSTED_WITHIN = [1, 7, 30] as const;
export const SORTS = ["relevance", "newest", "closing"] as const;
export type Sort = (typeof SORTS)[number];

/** A location filter: remote from anywhere, or a province (and optionally a city). */
export type LocationFilter = { kind: "anywhere" } | { kind: "place"; province: string; city: string | null };

/** The whole state of a search, as read from the URL. */
export type OpeningsSearch = {
  q: string;
  queryTruncated: boolean;
  arrangements: WorkArrangement[];
  forms: EmploymentForm[];
  access: AccessFilter[];
  maxHours: number | null;
  location: LocationFilter | null;
  minPay: { minor: number; unit: PayUnit } | null;
  /** The visitor typed a minimum pay we could not read; the page says so rather than guessing. */
  minPayInvalid: boolean;
  insurance: InsuranceLevel;
  /** Only employers holding a current certificate at this level or higher. */
  certified: CertificateLevel | null;
  postedWithinDays: number | null;
  sort: Sort;
  page: number;
  perPage: number;
};

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
