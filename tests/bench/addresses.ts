// The addresses the benchmark asks for, as visitors would: thousands of different searches (Chinese,
// English and mixed keywords from the seed's own words, a few that find nothing, 0–4 filters, pages
// 1–3, every sort), the detail pages of many public openings, and the home page. Pure and seeded:
// the same inputs always give the same list, so two runs load the same mix.
import { CERTIFICATE_LEVELS } from "../../app/domain/certification";
import { EMPLOYMENT_FORMS, WORK_ARRANGEMENTS, type PayUnit } from "../../app/domain/opening";
import {
  ACCESS_FILTERS,
  DEFAULT_PAGE_SIZE,
  FILTER_NAMES,
  MAX_HOURS_OPTIONS,
  OPENING_FILTERS,
  PAY_UNIT_KEY,
  POSTED_WITHIN,
  writeFilters,
  type FilterDefinition,
  type FilterName,
  type LocationFilter,
  type OpeningFilterValues,
  type Sort,
} from "../../app/domain/opening-filters";
import type { SeedOpening } from "../../db/seed-types";
import { seededRandom, type Place } from "./generate";

/** How many distinct search addresses the mix holds (signed in and out use the same list). */
export const SEARCH_ADDRESS_COUNT = 2_500;
/** How many public openings' detail pages the mix holds, at most. */
export const DETAIL_ADDRESS_COUNT = 2_000;
const ADDRESS_SEED = 18_001;

/** Where the keywords of a search come from. */
export type KeywordKind = "zh" | "en" | "mixed" | "no-match" | "none";

/** One search address and what it asks for, so a test can check that the app reads it back the same. */
export interface SearchAddress {
  /** Path and query string, percent-encoded, as a browser sends it. */
  path: string;
  keywords: KeywordKind;
  q: string;
  filters: OpeningFilterValues;
  /** Active filters (one value each, so also the number of chips). */
  filterCount: number;
  sort: Sort;
  page: number;
  /** "form": every field of the search form, empty ones too, as the GET form submits it; "link": only what is set, as the app's own links write it. */
  style: "form" | "link";
}

/** The words searches are made of, all taken from the seed openings the generated ones vary. */
export interface SearchVocabulary {
  /** Chinese words of 2–4 characters from the titles. */
  zhTitle: string[];
  /** Chinese words of 2–4 characters from the summaries. */
  zhSummary: string[];
  /** English words of 4 letters or more from the titles and summaries, without filler words. */
  en: string[];
  /** Latin-script terms written inside the Chinese texts ("AI", "NVDA", "Excel"). */
  latinInZh: string[];
}

/**
 * Keywords in neither the seed nor the generated openings (a unit test checks each has a search
 * token no opening has): visitors also search for what is not there, and an empty result has its
 * own cost (the page counts what removing each filter would show).
 */
export const NO_MATCH_KEYWORDS: readonly string[] = [
  "潜水教练",
  "宇航员",
  "调酒师",
  "钢琴调律",
  "考古",
  "astronaut",
  "blacksmith",
  "sommelier",
  "zookeeper",
  "Kubernetes 运维",
  "Rust工程师",
];

// Short English words that say nothing about a job; nobody searches for them.
const FILLER = new Set(
  "with from your that this have will each about into their they what when more than then them there here also once only just after before every other where which while would could should some such very most over under been being does done make made takes take need needs".split(
    " ",
  ),
);

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_IN_ZH = /[A-Za-z][A-Za-z0-9+#]+/g;
const ENGLISH_WORD = /[A-Za-z][A-Za-z'-]{3,}/g;

// Characters that begin or end a phrase rather than a word: a substring starting or ending with
// one ("的工", "在家用") is a fragment of a sentence, not something a person would search for.
const EDGE_CHARACTERS = new Set(Array.from("的了和与及或在是有你我他她们也都就要会把被对从到给让为着过这那一每个等可以不很再还并且而"));

/** Every substring of 2 to 4 characters of each run of Chinese characters in one text. */
function chineseSubstrings(text: string | null): Set<string> {
  const found = new Set<string>();
  for (const [run] of (text ?? "").matchAll(HAN_RUN)) {
    const chars = Array.from(run);
    for (let length = 2; length <= 4; length++) {
      for (let start = 0; start + length <= chars.length; start++) {
        const piece = chars.slice(start, start + length);
        if (!EDGE_CHARACTERS.has(piece[0] ?? "") && !EDGE_CHARACTERS.has(piece[piece.length - 1] ?? "")) found.add(piece.join(""));
      }
    }
  }
  return found;
}

/**
 * Chinese words of 2–4 characters in the texts, found without a dictionary: a substring that
 * recurs in at least two of the texts is likely a word (客服, 数据标注), and one that only ever
 * occurs inside the same longer one is a fragment of it (数据标 in 数据标注) and is left out.
 */
function chineseWords(texts: readonly (string | null)[]): string[] {
  const textsWith = new Map<string, number>();
  for (const text of texts) for (const piece of chineseSubstrings(text)) textsWith.set(piece, (textsWith.get(piece) ?? 0) + 1);
  const recurring = [...textsWith].filter(([, n]) => n >= 2);
  const isFragment = (word: string, n: number) =>
    recurring.some(([longer, m]) => m === n && longer.length > word.length && longer.includes(word));
  return recurring
    .filter(([word, n]) => !isFragment(word, n))
    .map(([word]) => word)
    .sort();
}

/** The distinct matches of `pattern` in the texts as `normalise` turns them (null drops one), sorted. */
function matchesOf(texts: readonly (string | null)[], pattern: RegExp, normalise: (word: string) => string | null): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const [match] of (text ?? "").matchAll(pattern)) {
      const word = normalise(match);
      if (word !== null) words.add(word);
    }
  }
  return [...words].sort();
}

/** The vocabulary of the seed openings: what visitors would type, since it is what the openings say. */
export function searchVocabulary(openings: readonly SeedOpening[]): SearchVocabulary {
  const zhTexts = openings.flatMap((o) => [o.title_zh, o.summary_zh]);
  const enTexts = openings.flatMap((o) => [o.title_en, o.summary_en]);
  return {
    zhTitle: chineseWords(openings.map((o) => o.title_zh)),
    zhSummary: chineseWords(openings.map((o) => o.summary_zh)),
    en: matchesOf(enTexts, ENGLISH_WORD, (word) => {
      const lower = word.toLowerCase().replace(/-+$/, "");
      return FILLER.has(lower) || lower.includes("'") ? null : lower;
    }),
    latinInZh: matchesOf(zhTexts, LATIN_IN_ZH, (word) => word),
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick() needs a non-empty list");
  return item;
}

/** Picks a value by weight: `choices` pairs each value with its share. */
function weighted<T>(choices: readonly (readonly [T, number])[], random: () => number): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = choices[choices.length - 1];
  if (!last) throw new Error("weighted() needs choices");
  return last[0];
}

// The shares below are guesses at what visitors do, not measurements: mostly Chinese keywords,
// a good part without any filter, most on the first page.
const KEYWORD_SHARES: readonly (readonly [KeywordKind, number])[] = [
  ["zh", 40],
  ["en", 20],
  ["mixed", 15],
  ["no-match", 7],
  ["none", 18],
];
const FILTER_COUNT_SHARES: readonly (readonly [number, number])[] = [
  [0, 35],
  [1, 25],
  [2, 20],
  [3, 12],
  [4, 8],
];
const PAGE_SHARES: readonly (readonly [number, number])[] = [
  [1, 60],
  [2, 25],
  [3, 15],
];
const SORT_SHARES_WITH_KEYWORDS: readonly (readonly [Sort, number])[] = [
  ["relevance", 50],
  ["newest", 30],
  ["closing", 20],
];
// Relevance only exists with keywords (the parser turns it into newest without them).
const SORT_SHARES_WITHOUT: readonly (readonly [Sort, number])[] = [
  ["newest", 65],
  ["closing", 35],
];

/** Sometimes capitalised, as people type: the search lower-cases Latin words anyway. */
function asTyped(word: string, random: () => number): string {
  return random() < 0.2 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The keywords of one search of the given kind ("" for none). */
function keywordsOf(kind: KeywordKind, vocabulary: SearchVocabulary, random: () => number): string {
  const zh = () => pick(random() < 0.7 ? vocabulary.zhTitle : vocabulary.zhSummary, random);
  const en = () => asTyped(pick(vocabulary.en, random), random);
  switch (kind) {
    case "zh":
      return zh();
    case "en":
      return random() < 0.8 ? en() : `${en()} ${en()}`;
    case "mixed": {
      // "AI 客服", "NVDA读屏", "remote 客服": a Latin term beside a Chinese word, with or without a space.
      const latin = vocabulary.latinInZh.length > 0 && random() < 0.6 ? pick(vocabulary.latinInZh, random) : en();
      return random() < 0.5 ? `${latin} ${zh()}` : random() < 0.5 ? `${latin}${zh()}` : `${zh()} ${latin}`;
    }
    case "no-match":
      return pick(NO_MATCH_KEYWORDS, random);
    case "none":
      return "";
  }
}

/** A minimum pay a person would type for the unit: whole yuan an hour or a month, small amounts a piece. */
function randomPay(random: () => number): { minor: number; unit: PayUnit } {
  const unit = pick(["hour", "month", "piece"] as const, random);
  const yuan =
    unit === "hour" ? 15 + 5 * Math.floor(random() * 6) : unit === "month" ? 2_000 + 500 * Math.floor(random() * 9) : pick([0.5, 1, 2, 5, 10, 20], random);
  return { minor: Math.round(yuan * 100), unit };
}

/** Remote from anywhere, a whole province, or a province and city, from the places the openings name. */
function randomLocation(random: () => number, places: readonly Place[]): LocationFilter {
  const roll = random();
  if (roll < 0.2) return { kind: "anywhere" };
  const place = pick(places, random);
  return { kind: "place", province: place.province, city: roll < 0.5 ? null : place.city };
}

/** One random (active) value per filter. */
const RANDOM_VALUE: { [N in FilterName]: (random: () => number, places: readonly Place[]) => OpeningFilterValues[N] } = {
  arrangements: (random) => [pick(WORK_ARRANGEMENTS, random)],
  forms: (random) => [pick(EMPLOYMENT_FORMS, random)],
  access: (random) => [pick(ACCESS_FILTERS, random)],
  maxHours: (random) => pick(MAX_HOURS_OPTIONS, random),
  location: randomLocation,
  minPay: randomPay,
  insurance: (random) => pick(["medical", "social", "full"] as const, random),
  certified: (random) => pick(CERTIFICATE_LEVELS, random),
  postedWithinDays: (random) => pick(POSTED_WITHIN, random),
};

/** Every filter off, as the filter table defines "off". */
function noFilters(): OpeningFilterValues {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, OPENING_FILTERS[name].none])) as OpeningFilterValues;
}

function setRandom<N extends FilterName>(values: OpeningFilterValues, name: N, random: () => number, places: readonly Place[]): void {
  values[name] = RANDOM_VALUE[name](random, places);
}

/** `count` different filters, each with one random value. */
function randomFilters(count: number, random: () => number, places: readonly Place[]): OpeningFilterValues {
  const values = noFilters();
  const names = [...FILTER_NAMES];
  for (let i = 0; i < count; i++) {
    const [name] = names.splice(Math.floor(random() * names.length), 1);
    if (name) setRandom(values, name, random, places);
  }
  return values;
}

function definition<N extends FilterName>(name: N): FilterDefinition<N> {
  return OPENING_FILTERS[name];
}

// What the search form (components/openings-search-form.tsx) submits for a filter that is off:
// empty selects and text, "hour" as the pay unit, "any" insurance. Checkboxes send nothing.
const FORM_DEFAULTS: Readonly<Record<string, string>> = { [PAY_UNIT_KEY]: "hour", insurance: "any" };

/** The fields of one filter as the GET form submits them, in the form's order. */
function formFields<N extends FilterName>(name: N, values: OpeningFilterValues): [string, string][] {
  const filter = definition(name);
  const written = filter.write(values[name]);
  if (filter.control === "checkboxes") return written;
  return [filter.urlKey, ...(filter.extraUrlKeys ?? [])].map((key) => [key, written.find(([k]) => k === key)?.[1] ?? FORM_DEFAULTS[key] ?? ""]);
}

/** The default sort, which the app's own links leave out of the address. */
function defaultSort(q: string): Sort {
  return q ? "relevance" : "newest";
}

/**
 * The address of a search. Link style writes only what is set, through the filter table's own
 * writer, as the app's chips and pagination do; form style is what submitting the search form
 * gives (every field, in the form's order, then sort and page size), plus the page a pagination
 * link adds.
 */
export function searchPath(search: Pick<SearchAddress, "q" | "filters" | "sort" | "page" | "style">): string {
  const params = new URLSearchParams();
  if (search.style === "form") {
    params.append("q", search.q);
    for (const name of FILTER_NAMES) for (const [key, value] of formFields(name, search.filters)) params.append(key, value);
    params.append("sort", search.sort);
    params.append("perPage", String(DEFAULT_PAGE_SIZE));
  } else {
    if (search.q) params.append("q", search.q);
    for (const [key, value] of writeFilters(search.filters)) params.append(key, value);
    if (search.sort !== defaultSort(search.q)) params.append("sort", search.sort);
  }
  if (search.page > 1) params.append("page", String(search.page));
  return `/openings?${params.toString()}`;
}

/** One random search. */
function randomSearch(vocabulary: SearchVocabulary, places: readonly Place[], random: () => number): SearchAddress {
  const keywords = weighted(KEYWORD_SHARES, random);
  const q = keywordsOf(keywords, vocabulary, random);
  const filterCount = weighted(FILTER_COUNT_SHARES, random);
  const search = {
    keywords,
    q,
    filters: randomFilters(filterCount, random, places),
    filterCount,
    sort: weighted(q ? SORT_SHARES_WITH_KEYWORDS : SORT_SHARES_WITHOUT, random),
    page: weighted(PAGE_SHARES, random),
    style: random() < 0.4 ? ("form" as const) : ("link" as const),
  };
  return { ...search, path: searchPath(search) };
}

/**
 * `count` different search addresses, in the order the load walks them. Seeded: the same
 * vocabulary and places always give the same list.
 */
export function searchAddresses(
  vocabulary: SearchVocabulary,
  places: readonly Place[],
  { count = SEARCH_ADDRESS_COUNT, seed = ADDRESS_SEED }: { count?: number; seed?: number } = {},
): SearchAddress[] {
  const random = seededRandom(seed);
  const byPath = new Map<string, SearchAddress>();
  for (let attempt = 0; byPath.size < count; attempt++) {
    if (attempt > count * 20) throw new Error(`Could only make ${byPath.size} different search addresses of ${count}`);
    const search = randomSearch(vocabulary, places, random);
    if (!byPath.has(search.path)) byPath.set(search.path, search);
  }
  return [...byPath.values()];
}

/**
 * The detail pages of up to DETAIL_ADDRESS_COUNT of these public openings, in a seeded random
 * order, so the load does not walk the table in id order.
 */
export function detailAddresses(publicIds: readonly number[], seed = ADDRESS_SEED): string[] {
  const random = seededRandom(seed);
  const ids = [...publicIds];
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j] as number, ids[i] as number];
  }
  return ids.slice(0, DETAIL_ADDRESS_COUNT).map((id) => `/openings/${id}`);
}

/** `count` searches for one keyword, cycling through pages 1–3 and every sort: what one person paging through the results asks for. */
export function keywordAddresses(q: string, count: number): string[] {
  const combinations = (["relevance", "newest", "closing"] as const).flatMap((sort) =>
    [1, 2, 3].map((page) => searchPath({ q, filters: noFilters(), sort, page, style: "link" })),
  );
  return Array.from({ length: count }, (_, i) => combinations[i % combinations.length] as string);
}
