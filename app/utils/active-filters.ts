import type { TFunction } from "i18next";
import type { OpeningsSearch } from "~/validation/openings-search";
import { formatPay } from "./format";
import { withoutFilter } from "./search-url";

/** One active filter: what to call it and the query string that removes it. */
export type ActiveFilter = { key: string; value?: string; label: string; removeQuery: string };

/** Describes every active filter in words, each with the link that removes it. */
export function describeActiveFilters(t: TFunction, search: OpeningsSearch, query: string): ActiveFilter[] {
  const out: Omit<ActiveFilter, "removeQuery">[] = [];
  for (const value of search.arrangements) out.push({ key: "arrangement", value, label: t(`enums.workArrangement.${value}`) });
  for (const value of search.forms) out.push({ key: "form", value, label: t(`enums.employmentForm.${value}`) });
  for (const value of search.access) out.push({ key: "access", value, label: t(`filters.access.${value}`) });
  if (search.maxHours !== null) out.push({ key: "maxHours", label: t("filters.maxHoursChip", { hours: search.maxHours }) });
  if (search.location?.kind === "anywhere") out.push({ key: "location", label: t("filters.locationAnywhere") });
  if (search.location?.kind === "place") {
    const { province, city } = search.location;
    out.push({ key: "location", label: city ? `${province} ${city}` : province });
  }
  if (search.minPay) {
    const pay = formatPay(t, { min: search.minPay.minor, max: search.minPay.minor, unit: search.minPay.unit, currency: "CNY" });
    out.push({ key: "minPay", label: t("filters.minPayChip", { pay }) });
  }
  if (search.insurance !== "any") out.push({ key: "insurance", label: t(`filters.insuranceLevels.${search.insurance}`) });
  if (search.certified !== null) out.push({ key: "certified", label: t(`filters.certifiedLevels.${search.certified}`) });
  if (search.postedWithinDays !== null) {
    out.push({ key: "posted", label: t(`filters.postedDays.${String(search.postedWithinDays) as "1" | "7" | "30"}`) });
  }
  return out.map((filter) => ({ ...filter, removeQuery: withoutFilter(query, filter.key, filter.value) }));
}
