import type { CertificateLevel, EmploymentForm, PayUnit, WorkArrangement } from "../../db/schema";

// The search's fixed values and types, with no zod: the search form and the page list them in the
// browser, and zod must not come with them (docs/decisions/018). The parser is in ./openings-search.

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
