import type { ParseKeys, TFunction } from "i18next";
import { filterChips, type ChipText } from "~/domain/opening-filters";
import type { OpeningsSearch } from "~/validation/openings-search";
import { formatPay } from "./format";
import { withoutFilter } from "./search-url";

/** One active filter: what to call it and the query string that removes it. */
export type ActiveFilter = { key: string; value?: string; label: string; removeQuery: string };

/** A chip's words in the reader's language. */
function chipLabel(t: TFunction, text: ChipText): string {
  if ("literal" in text) return text.literal;
  const pay = text.pay ? { pay: formatPay(t, { min: text.pay.minor, max: text.pay.minor, unit: text.pay.unit, currency: "CNY" }) } : {};
  return t(text.i18nKey as ParseKeys, { ...text.values, ...pay });
}

/** Describes every active filter in words, each with the link that removes it (the filter table's chips). */
export function describeActiveFilters(t: TFunction, search: OpeningsSearch, query: string): ActiveFilter[] {
  return filterChips(search).map(({ key, value, text }) => ({
    key,
    ...(value === undefined ? {} : { value }),
    label: chipLabel(t, text),
    removeQuery: withoutFilter(query, key, value),
  }));
}
