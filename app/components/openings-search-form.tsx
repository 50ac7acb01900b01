import { Form } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CERTIFICATE_LEVELS } from "~/domain/certification";
import { EMPLOYMENT_FORMS, PAY_UNITS, WORK_ARRANGEMENTS } from "~/domain/opening";
import {
  ACCESS_FILTER_GROUPS,
  FILTER_NAMES,
  INSURANCE_LEVELS,
  locationParam,
  MAX_HOURS_OPTIONS,
  OPENING_FILTERS,
  PAY_UNIT_KEY,
  POSTED_WITHIN,
  PAGE_SIZES,
  activeValueCount,
  type FilterName,
  type OpeningsSearch,
} from "~/domain/opening-filters";
import { KeywordFields } from "./search-form";
import { Button } from "./ui/button";
import { CheckboxGroup } from "./ui/checkbox-group";
import { RadioGroup } from "./ui/radio-group";
import { NativeSelect, type SelectOption } from "./ui/select";
import { TextField } from "./ui/text-field";

export const SEARCH_FORM_ID = "openings-search";

// Each control is named by its filter's URL key from the filter table.
const key = (name: FilterName) => OPENING_FILTERS[name].urlKey;

/**
 * The whole search as one GET form: keywords, then every filter inside a disclosure. Submitting
 * puts the state in the URL, so it works without JavaScript and can be bookmarked.
 */
export function OpeningsSearchForm({
  search,
  places,
  activeCount,
  openFilters,
}: {
  search: OpeningsSearch;
  places: { province: string | null; city: string | null }[];
  activeCount: number;
  openFilters: boolean;
}) {
  const { t } = useTranslation();
  const provinces = [...new Set(places.map((p) => p.province).filter((p): p is string => p !== null))];
  const locationOptions: SelectOption[] = [
    { value: "", label: t("filters.any") },
    { value: "anywhere", label: t("filters.locationAnywhere") },
    ...provinces.map((province) => ({
      group: province,
      options: [
        { value: province, label: t("filters.locationWholeProvince", { province }) },
        ...places
          .filter((p) => p.province === province && p.city)
          .map((p) => ({ value: `${province}/${p.city ?? ""}`, label: `${province} ${p.city ?? ""}` })),
      ],
    })),
  ];

  // One control per filter, in the table's order; the type makes a filter without a control fail to compile.
  // Each sits in a group that opens on demand (FilterGroups below); access needs are three groups.
  const controls: Record<FilterName, ReactNode> = {
    arrangements: (
      <CheckboxGroup
        name={key("arrangements")}
        hideLabel
        label={t("filters.arrangement")}
        defaultValue={search.arrangements}
        options={WORK_ARRANGEMENTS.map((value) => ({ value, label: t(`enums.workArrangement.${value}`) }))}
      />
    ),
    forms: (
      <CheckboxGroup
        name={key("forms")}
        hideLabel
        label={t("filters.form")}
        defaultValue={search.forms}
        options={EMPLOYMENT_FORMS.map((value) => ({ value, label: t(`enums.employmentForm.${value}`) }))}
      />
    ),
    access: ACCESS_FILTER_GROUPS.map((group) => (
      <CheckboxGroup
        key={group.key}
        name={key("access")}
        hideLabel
        label={t(`filters.${group.key}`)}
        description={group.key === "accessCommunication" ? t("filters.accessHint") : undefined}
        defaultValue={search.access.filter((a) => group.items.includes(a))}
        options={group.items.map((value) => ({ value, label: t(`filters.access.${value}`) }))}
      />
    )),
    maxHours: (
      <NativeSelect
        name={key("maxHours")}
        hideLabel
        label={t("filters.maxHours")}
        description={t("filters.maxHoursHint")}
        defaultValue={search.maxHours === null ? "" : String(search.maxHours)}
        options={[
          { value: "", label: t("filters.any") },
          ...MAX_HOURS_OPTIONS.map((hours) => ({ value: String(hours), label: t("filters.maxHoursOption", { hours }) })),
        ]}
      />
    ),
    location: (
      <NativeSelect
        name={key("location")}
        hideLabel
        label={t("filters.location")}
        defaultValue={search.location ? locationParam(search.location) : ""}
        options={locationOptions}
      />
    ),
    minPay: (
      <div className="pay-filter">
        <TextField
          name={key("minPay")}
          label={t("filters.minPay")}
          description={t("filters.minPayHint")}
          defaultValue={search.minPay ? String(search.minPay.minor / 100) : ""}
          inputMode="decimal"
          className="pay-filter__amount"
        />
        <NativeSelect
          name={PAY_UNIT_KEY}
          label={t("filters.payUnit")}
          defaultValue={search.minPay?.unit ?? "hour"}
          options={PAY_UNITS.map((unit) => ({ value: unit, label: t(`filters.payUnits.${unit}`) }))}
          className="pay-filter__unit"
        />
      </div>
    ),
    insurance: (
      <RadioGroup
        name={key("insurance")}
        hideLabel
        label={t("filters.insurance")}
        defaultValue={search.insurance}
        options={INSURANCE_LEVELS.map((level) => ({ value: level, label: t(`filters.insuranceLevels.${level}`) }))}
      />
    ),
    certified: (
      <RadioGroup
        name={key("certified")}
        hideLabel
        label={t("filters.certified")}
        description={t("filters.certifiedHint")}
        defaultValue={search.certified ?? ""}
        options={[
          { value: "", label: t("filters.certifiedLevels.any") },
          ...CERTIFICATE_LEVELS.map((level) => ({ value: level, label: t(`filters.certifiedLevels.${level}`) })),
        ]}
      />
    ),
    postedWithinDays: (
      <NativeSelect
        name={key("postedWithinDays")}
        hideLabel
        label={t("filters.posted")}
        defaultValue={search.postedWithinDays === null ? "" : String(search.postedWithinDays)}
        options={[
          { value: "", label: t("filters.any") },
          ...POSTED_WITHIN.map((days) => ({
            value: String(days),
            label: t(`filters.postedDays.${String(days) as "1" | "7" | "30"}`),
          })),
        ]}
      />
    ),
  };

  return (
    <Form method="get" action="/openings" id={SEARCH_FORM_ID} className="openings-form">
      <div role="search" className="search-form">
        <KeywordFields defaultValue={search.q} label={t("openings.searchLabel")} hint={t("openings.searchHint")} />
      </div>

      <details className="filters" open={openFilters}>
        <summary className="filters__summary">
          {activeCount > 0 ? t("filters.headingWithCount", { count: activeCount }) : t("filters.heading")}
        </summary>
        <div className="filters__body">
          <p className="field__hint">{t("filters.intro")}</p>
          {FILTER_NAMES.map((name) => (
            <Fragment key={name}>
              {name === "access" ? (
                ACCESS_FILTER_GROUPS.map((group, index) => (
                  <FilterGroup key={group.key} label={t(`filters.${group.key}`)} count={search.access.filter((a) => group.items.includes(a)).length}>
                    {(controls.access as ReactNode[])[index]}
                  </FilterGroup>
                ))
              ) : (
                <FilterGroup label={t(FILTER_LABEL[name])} count={activeValueCount(name, search[name])}>
                  {controls[name]}
                </FilterGroup>
              )}
            </Fragment>
          ))}
          <Button type="submit">{t("filters.apply")}</Button>
        </div>
      </details>
    </Form>
  );
}

/** Each filter's name, the words of its group's summary (access needs have one per group). */
const FILTER_LABEL = {
  arrangements: "filters.arrangement",
  forms: "filters.form",
  access: "filters.accessCommunication",
  maxHours: "filters.maxHours",
  location: "filters.location",
  minPay: "filters.minPay",
  insurance: "filters.insurance",
  certified: "filters.certified",
  postedWithinDays: "filters.posted",
} as const satisfies Record<FilterName, string>;

/**
 * One filter's group: closed until opened, so that a screen-reader or switch user passes one
 * summary per filter, not every option, on the way to "Apply filters"; open when it has a choice.
 * The summary names the filter and how many of its values are chosen; a single control's own label
 * says the same, so it is kept for assistive technology only (`hideLabel`; the pay's two fields
 * keep theirs, which differ). Closed groups' controls are still sent with the form.
 */
function FilterGroup({ label, count, children }: { label: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <details className="filter-group" open={count > 0}>
      <summary className="filter-group__summary">
        <span className="filter-group__label">{count > 0 ? t("filters.groupWithCount", { label, count }) : label}</span>
      </summary>
      <div className="filter-group__body">{children}</div>
    </details>
  );
}

/** Sort order and page size: controls that belong to the search form but sit above the results. */
export function SortControls({ search }: { search: OpeningsSearch }) {
  const { t } = useTranslation();
  const sorts = search.q ? (["relevance", "newest", "closing"] as const) : (["newest", "closing"] as const);
  return (
    <div className="sort-controls" role="group" aria-label={t("filters.sortAndPaging")}>
      <NativeSelect
        form={SEARCH_FORM_ID}
        name="sort"
        label={t("filters.sort")}
        defaultValue={search.sort}
        options={sorts.map((sort) => ({ value: sort, label: t(`filters.sorts.${sort}`) }))}
      />
      <NativeSelect
        form={SEARCH_FORM_ID}
        name="perPage"
        label={t("filters.perPage")}
        defaultValue={String(search.perPage)}
        options={PAGE_SIZES.map((count) => ({ value: String(count), label: t("filters.perPageOption", { count }) }))}
      />
      <Button type="submit" form={SEARCH_FORM_ID} variant="secondary">
        {t("filters.update")}
      </Button>
    </div>
  );
}
