import { CERTIFICATE_LEVELS, type CertificateLevel } from "./certification";
import { EMPLOYMENT_FORMS, PAY_UNITS, WORK_ARRANGEMENTS, type EmploymentForm, type PayUnit, type WorkArrangement } from "./opening";

// The search filters of /openings, each defined once: its URL keys, how the URL is read and written,
// its chips (and so the count, "clear all" and the relax suggestions) and its form control. The SQL
// condition of each is next to the search query (models/opening.server.ts, FILTER_CONDITIONS), in a
// table typed by the same names, so a filter cannot exist here and not there. The parser
// (validation/openings-search.ts), the chips (utils/active-filters.ts), the search form, the Atom
// feed and the JSON API all read this table.

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

/** The access filters as the search form groups them; together they are exactly ACCESS_FILTERS (a test checks). */
export const ACCESS_FILTER_GROUPS: { key: "accessCommunication" | "accessTools" | "accessSupport"; items: AccessFilter[] }[] = [
  { key: "accessCommunication", items: ["text_only", "no_phone", "no_camera", "sign_language", "captions"] },
  { key: "accessTools", items: ["screen_reader", "assistive_devices", "step_free", "quiet_space"] },
  { key: "accessSupport", items: ["training", "mentor", "trial"] },
];

/** Minimum protection: medical insurance, social insurance, or the full 五险一金 package. */
export const INSURANCE_LEVELS = ["any", "medical", "social", "full"] as const;
export type InsuranceLevel = (typeof INSURANCE_LEVELS)[number];

export const POSTED_WITHIN = [1, 7, 30] as const;

/** The weekly hours the form offers for "at most N hours". */
export const MAX_HOURS_OPTIONS = [10, 15, 20, 30, 40] as const;

/** The URL key of the minimum pay's unit, which goes with the amount (`minPay`). */
export const PAY_UNIT_KEY = "payUnit";

/** A location filter: remote from anywhere, or a province (and optionally a city). */
export type LocationFilter = { kind: "anywhere" } | { kind: "place"; province: string; city: string | null };

/** The filter part of a search's state, one field per filter; each field's "off" value is the table's `none`. */
export type OpeningFilterValues = {
  arrangements: WorkArrangement[];
  forms: EmploymentForm[];
  access: AccessFilter[];
  maxHours: number | null;
  location: LocationFilter | null;
  minPay: { minor: number; unit: PayUnit } | null;
  insurance: InsuranceLevel;
  /** Only employers holding a current certificate at this level or higher. */
  certified: CertificateLevel | null;
  postedWithinDays: number | null;
};
export type FilterName = keyof OpeningFilterValues;

/** What a chip says: an i18n key (with values, or with a pay to format into `pay`), or a text as it is (a place name). */
export type ChipText = { i18nKey: string; values?: Record<string, string | number>; pay?: { minor: number; unit: PayUnit } } | { literal: string };

/** One active value of a filter: its URL key, the value to remove (for filters that take several), and its words. */
export type FilterChip = { key: string; value?: string; text: ChipText };

/** How the search form asks for the filter. */
export type FilterControl = "checkboxes" | "select" | "radio" | "amount-and-unit";

/** Reads a filter's raw values from the URL: trimmed and cut to a length, or every value of a key. */
export type FilterReader = { one: (key: string, max?: number) => string; all: (key: string) => string[] };

export type FilterDefinition<N extends FilterName> = {
  /** The URL key; the chips remove by it. */
  urlKey: string;
  /** Further keys that belong to the filter and go with it (the pay's unit). */
  extraUrlKeys?: readonly string[];
  control: FilterControl;
  /** The value when the filter is off. */
  none: OpeningFilterValues[N];
  /** Reads the value from the URL; anything unknown or malformed means "off", so a stale URL never errors. */
  parse: (read: FilterReader) => OpeningFilterValues[N];
  /** The URL parameters that give back this value; none when the filter is off. */
  write: (value: OpeningFilterValues[N]) => [string, string][];
  /** One chip per active value; none when the filter is off. */
  chips: (value: OpeningFilterValues[N]) => Omit<FilterChip, "key">[];
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);
const unique = <T>(values: T[]) => [...new Set(values)];
const numberOrNull = (raw: string) => (raw === "" ? null : raw);

/** A number typed into the URL, or null when it is empty, unreadable or fails the check. No zod here:
 * the search form is rendered in the browser too, and zod would cost its pages about 90 KB. */
function numberWhere(raw: string | null, ok: (n: number) => boolean): number | null {
  if (raw === null) return null;
  const n = Number(raw);
  return Number.isFinite(n) && ok(n) ? n : null;
}
const hoursOrNull = (raw: string | null) => numberWhere(raw, (n) => Number.isInteger(n) && n >= 1 && n <= 60);
const payOrNull = (raw: string | null) => numberWhere(raw, (n) => n >= 0 && n <= 1_000_000);
const postedOrNull = (raw: string | null) =>
  numberWhere(raw, (n) => Number.isInteger(n) && (POSTED_WITHIN as readonly number[]).includes(n));

/** The minimum pay as typed (without ¥, commas and spaces), and the amount read from it (null if unreadable or empty). */
export function readPayAmount(read: FilterReader): { raw: string; amount: number | null } {
  const raw = read.one("minPay").replace(/[¥,，\s]/g, "");
  return { raw, amount: payOrNull(numberOrNull(raw)) };
}

/** A filter that takes several values of one list (checkboxes). */
function manyOf<N extends "arrangements" | "forms" | "access">(
  urlKey: string,
  values: readonly OpeningFilterValues[N][number][],
  chipKey: (value: OpeningFilterValues[N][number]) => string,
): FilterDefinition<N> {
  return {
    urlKey,
    control: "checkboxes",
    none: [] as OpeningFilterValues[N],
    parse: (read) => unique(read.all(urlKey).filter(oneOf(values))) as OpeningFilterValues[N],
    write: (chosen) => chosen.map((value) => [urlKey, value]),
    chips: (chosen) => chosen.map((value) => ({ value, text: { i18nKey: chipKey(value) } })),
  };
}

/** Every search filter, in the order of the form, the chips and the URL. */
export const OPENING_FILTERS: { [N in FilterName]: FilterDefinition<N> } = {
  arrangements: manyOf<"arrangements">("arrangement", WORK_ARRANGEMENTS, (value) => `enums.workArrangement.${value}`),
  forms: manyOf<"forms">("form", EMPLOYMENT_FORMS, (value) => `enums.employmentForm.${value}`),
  access: manyOf<"access">("access", ACCESS_FILTERS, (value) => `filters.access.${value}`),
  maxHours: {
    urlKey: "maxHours",
    control: "select",
    none: null,
    parse: (read) => hoursOrNull(numberOrNull(read.one("maxHours"))),
    write: (hours) => (hours === null ? [] : [["maxHours", String(hours)]]),
    chips: (hours) => (hours === null ? [] : [{ text: { i18nKey: "filters.maxHoursChip", values: { hours } } }]),
  },
  location: {
    urlKey: "location",
    control: "select",
    none: null,
    // "anywhere", a province ("江苏") or a province and city ("江苏/常州"): one select can offer all three.
    parse: (read) => {
      const value = read.one("location", 80);
      const [province, city] = value.split("/").map((part) => part.trim());
      return value === "anywhere" ? { kind: "anywhere" } : province ? { kind: "place", province, city: city || null } : null;
    },
    write: (location) => (location ? [["location", locationParam(location)]] : []),
    chips: (location) =>
      location === null
        ? []
        : location.kind === "anywhere"
          ? [{ text: { i18nKey: "filters.locationAnywhere" } }]
          : [{ text: { literal: location.city ? `${location.province} ${location.city}` : location.province } }],
  },
  minPay: {
    urlKey: "minPay",
    // Pay needs both the amount and its unit; removing one removes the pair.
    extraUrlKeys: [PAY_UNIT_KEY],
    control: "amount-and-unit",
    none: null,
    parse: (read) => {
      const { amount } = readPayAmount(read);
      const unit = read.one(PAY_UNIT_KEY);
      return amount !== null && amount > 0 && oneOf(PAY_UNITS)(unit) ? { minor: Math.round(amount * 100), unit } : null;
    },
    write: (pay) => (pay ? [["minPay", String(pay.minor / 100)], [PAY_UNIT_KEY, pay.unit]] : []),
    chips: (pay) => (pay ? [{ text: { i18nKey: "filters.minPayChip", pay } }] : []),
  },
  insurance: {
    urlKey: "insurance",
    control: "radio",
    none: "any",
    parse: (read) => {
      const level = read.one("insurance");
      return oneOf(INSURANCE_LEVELS)(level) ? level : "any";
    },
    write: (level) => (level === "any" ? [] : [["insurance", level]]),
    chips: (level) => (level === "any" ? [] : [{ text: { i18nKey: `filters.insuranceLevels.${level}` } }]),
  },
  certified: {
    urlKey: "certified",
    control: "radio",
    none: null,
    parse: (read) => {
      const level = read.one("certified");
      return oneOf(CERTIFICATE_LEVELS)(level) ? level : null;
    },
    write: (level) => (level === null ? [] : [["certified", level]]),
    chips: (level) => (level === null ? [] : [{ text: { i18nKey: `filters.certifiedLevels.${level}` } }]),
  },
  postedWithinDays: {
    urlKey: "posted",
    control: "select",
    none: null,
    parse: (read) => postedOrNull(numberOrNull(read.one("posted"))),
    write: (days) => (days === null ? [] : [["posted", String(days)]]),
    chips: (days) => (days === null ? [] : [{ text: { i18nKey: `filters.postedDays.${days}` } }]),
  },
};

/** The filters' names in table order. */
export const FILTER_NAMES = Object.keys(OPENING_FILTERS) as FilterName[];

/** The URL keys that are filters, as opposed to keywords (q), sorting and paging: "clear all filters" removes exactly these. */
export const FILTER_KEYS: readonly string[] = FILTER_NAMES.flatMap((name) => [OPENING_FILTERS[name].urlKey, ...(OPENING_FILTERS[name].extraUrlKeys ?? [])]);

/** The keys that go with a filter's URL key, removed with it (the pay's unit with the amount). */
export function companionKeys(urlKey: string): readonly string[] {
  return FILTER_NAMES.map((name) => OPENING_FILTERS[name]).find((filter) => filter.urlKey === urlKey)?.extraUrlKeys ?? [];
}

/** The `location` parameter for a location filter. */
export function locationParam(location: LocationFilter): string {
  if (location.kind === "anywhere") return "anywhere";
  return location.city ? `${location.province}/${location.city}` : location.province;
}

/** Reads every filter from the URL. */
export function parseFilters(read: FilterReader): OpeningFilterValues {
  const values = {} as Record<FilterName, unknown>;
  for (const name of FILTER_NAMES) values[name] = OPENING_FILTERS[name].parse(read);
  return values as OpeningFilterValues;
}

// One filter's definition and value, kept together so the two stay of the same filter.
function definition<N extends FilterName>(name: N): FilterDefinition<N> {
  return OPENING_FILTERS[name];
}

/** The URL parameters for these filter values, in table order. */
export function writeFilters(values: OpeningFilterValues): [string, string][] {
  return FILTER_NAMES.flatMap(<N extends FilterName>(name: N) => definition(name).write(values[name]));
}

/** Every active filter value as a chip, in table order: the count, "clear all", the chips and the relax suggestions use this. */
export function filterChips(values: OpeningFilterValues): FilterChip[] {
  return FILTER_NAMES.flatMap(<N extends FilterName>(name: N) =>
    definition(name)
      .chips(values[name])
      .map((chip) => ({ key: definition(name).urlKey, ...chip })),
  );
}

/** How many values of the filter are chosen (its chips): 0 when it is off. */
export function activeValueCount<N extends FilterName>(name: N, value: OpeningFilterValues[N]): number {
  return definition(name).chips(value).length;
}

/** True when the filter is on (it has a chip). */
export function filterActive<N extends FilterName>(name: N, value: OpeningFilterValues[N]): boolean {
  return definition(name).chips(value).length > 0;
}

/** Page sizes a visitor may choose. */
export const PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** Longest keyword query we search on; longer input is cut, and the page says so. */
export const MAX_QUERY_LENGTH = 100;

export const SORTS = ["relevance", "newest", "closing"] as const;
export type Sort = (typeof SORTS)[number];

/** The whole state of a search, as read from the URL. */
export type OpeningsSearch = OpeningFilterValues & {
  q: string;
  queryTruncated: boolean;
  /** The visitor typed a minimum pay we could not read; the page says so rather than guessing. */
  minPayInvalid: boolean;
  sort: Sort;
  page: number;
  perPage: number;
};
