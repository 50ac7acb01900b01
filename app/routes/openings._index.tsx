import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { ParseKeys, TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { RootLoaderData, RouteHandle } from "~/root";
import { OpeningCard } from "~/components/opening-card";
import { OpeningsSearchForm, SortControls } from "~/components/openings-search-form";
import { Pagination } from "~/components/pagination";
import { countPublishedOpenings, listOpeningPlaces, listPublishedOpenings } from "~/models/opening.server";
import { filterChips, MAX_QUERY_LENGTH, type OpeningsSearch } from "~/domain/opening-filters";
import { describeActiveFilters } from "~/utils/active-filters";
import { getPublicReadDb } from "~/utils/db.server";
import { cached } from "~/utils/ttl-cache.server";
import { localeFromMatches, metaT, pageTitle } from "~/utils/meta";
import { keywordFilterHints } from "~/utils/search-hints";
import { searchFeedPath, searchQueryString, withoutAllFilters, withoutFilter } from "~/utils/search-url";
import { useLocale } from "~/hooks/use-locale";
import { activeFilterCount, parseOpeningsSearch } from "~/validation/openings-search";

type Suggestion = { key: string; value: string | null; count: number; capped: boolean };

/** For an empty result: how many openings removing each single active filter would show. */
async function relaxSuggestions(url: URL, search: OpeningsSearch): Promise<Suggestion[]> {
  // One suggestion per chip: a filter that takes several values is relaxed one value at a time.
  const removable = filterChips(search).map(({ key, value }) => ({ key, value: value ?? null }));

  const db = getPublicReadDb();
  const counted = await Promise.all(
    removable.map(async ({ key, value }) => {
      const without = new URLSearchParams(withoutFilter(url.search, key, value ?? undefined));
      const { total, capped } = await countPublishedOpenings(db, parseOpeningsSearch(without));
      return { key, value, count: total, capped };
    }),
  );
  return counted.filter((suggestion) => suggestion.count > 0);
}

export const handle: RouteHandle = { hydrate: false, i18n: ["search", "opening"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const search = parseOpeningsSearch(url.searchParams);
  // Search reads only public openings, the same for everyone: a read replica may serve it.
  const db = getPublicReadDb();
  const [result, places] = await Promise.all([
    listPublishedOpenings(db, search),
    // The place list scans every public opening; a minute-old list is fine for a filter menu.
    cached("opening-places", 60_000, () => listOpeningPlaces(db)),
  ]);
  const relax = result.total === 0 && activeFilterCount(search) > 0 ? await relaxSuggestions(url, search) : [];
  // The search each result's link carries, so the opening's back link returns to this very page.
  const searchQuery = searchQueryString({ ...search, page: result.page });
  return json({ ...result, search, places, relax, hints: keywordFilterHints(search, url.search), searchQuery });
}

/** "N openings found (for q)", or "more than N" when the count stopped at its cap. */
function resultCountText(t: TFunction, total: number, capped: boolean, q: string | undefined): string {
  if (capped) return q ? t("openings.resultCountCappedWithQuery", { count: total, q }) : t("openings.resultCountCapped", { count: total });
  return q ? t("openings.resultCountWithQuery", { count: total, q }) : t("openings.resultCount", { count: total });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches, location }) => {
  const t = metaT(matches);
  if (!data) return pageTitle(matches, t("openings.title"));
  // The title carries the count, so the route announcer tells screen-reader users the result.
  const q = data.search.q;
  const count = resultCountText(t, data.total, data.totalCapped, q);
  const page = data.pageCount > 1 ? ` (${t("openings.pageOf", { page: data.page, pageCount: data.pageCount })})` : "";
  return [
    ...pageTitle(matches, `${count}${page}`),
    // Feed readers find the Atom feed of exactly this search.
    {
      tagName: "link",
      rel: "alternate",
      type: "application/atom+xml",
      title: t("filters.feed"),
      href: searchFeedPath("/openings.atom", location.search, localeFromMatches(matches)),
    },
  ];
};

export default function Openings() {
  const { items, total, totalCapped, matchedIn, page, pageCount, search, places, relax, hints, searchQuery } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const location = useLocation();
  const locale = useLocale();
  const active = describeActiveFilters(t, search, location.search);
  const countText = resultCountText(t, total, totalCapped, search.q);
  const labelFor = (key: string, value: string | null) =>
    active.find((filter) => filter.key === key && (filter.value ?? null) === value)?.label ?? key;

  return (
    <>
      <h1>{t("openings.heading")}</h1>
      <OpeningsSearchForm
        search={search}
        places={places}
        activeCount={active.length}
        openFilters={total === 0 && active.length > 0}
      />
      {search.queryTruncated ? (
        <p className="notice" role="note">
          {t("openings.queryTooLong", { max: MAX_QUERY_LENGTH })}
        </p>
      ) : null}
      {search.minPayInvalid ? (
        <p className="notice" role="note">
          {t("filters.minPayInvalid")}
        </p>
      ) : null}

      {active.length > 0 ? (
        <section aria-labelledby="active-filters-heading" className="active-filters">
          <h2 id="active-filters-heading" className="active-filters__heading">
            {t("filters.active")}
          </h2>
          <ul className="active-filters__list">
            {active.map((filter) => (
              <li key={`${filter.key}-${filter.value ?? ""}`}>
                <Link to={`/openings${filter.removeQuery}`} className="chip" aria-label={t("filters.remove", { label: filter.label })}>
                  {filter.label}
                  <span aria-hidden="true" className="chip__remove">
                    ×
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/openings${withoutAllFilters(location.search)}`}>{t("filters.clearAll")}</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="results-heading" className="results" id="results">
        <h2 id="results-heading" className="results__count">
          {countText}
          {pageCount > 1 ? <span className="results__page"> {t("openings.pageOf", { page, pageCount })}</span> : null}
        </h2>
        {matchedIn === "description" && total > 0 ? <p className="hint">{t("openings.matchedInDescription", { q: search.q })}</p> : null}
        {totalCapped ? <p className="hint">{t("openings.cappedHelp", { count: total })}</p> : null}
        {hints.map((hint) => (
          <p className="hint" key={`${hint.key}-${hint.value}`}>
            {t("filters.keywordHint", { word: hint.word })}{" "}
            <Link to={`/openings${hint.query}`}>{t("filters.keywordHintLink", { filter: t(hint.labelKey as ParseKeys) })}</Link>
          </p>
        ))}
        {total > 0 ? <SortControls search={search} /> : null}
        {items.length === 0 ? (
          <div className="empty">
            {relax.length > 0 ? (
              <>
                <h3>{t("filters.relaxHeading")}</h3>
                <ul className="link-list">
                  {relax.map((suggestion) => (
                    <li key={`${suggestion.key}-${suggestion.value ?? ""}`}>
                      <Link to={`/openings${withoutFilter(location.search, suggestion.key, suggestion.value ?? undefined)}`}>
                        {t(suggestion.capped ? "filters.relaxCapped" : "filters.relax", { label: labelFor(suggestion.key, suggestion.value), count: suggestion.count })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {search.q ? <p>{t("openings.emptyHelp")}</p> : null}
            {search.q || active.length > 0 ? (
              <p>
                <Link to="/openings">{t("openings.clearSearch")}</Link>
              </p>
            ) : null}
          </div>
        ) : (
          <ul className="card-list" aria-label={t("openings.resultsList")}>
            {items.map((opening) => (
              <li key={opening.id}>
                <OpeningCard opening={opening} searchQuery={searchQuery} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageCount={pageCount} search={location.search} />
        <p className="feed-link">
          <a href={searchFeedPath("/openings.atom", location.search, locale)} type="application/atom+xml">
            {t("filters.feed")}
          </a>
        </p>
      </section>
      <SaveSearch defaultName={[search.q, ...active.map((filter) => filter.label)].filter(Boolean).join(t("common.listSeparator")) || t("saved.defaultName")} />
    </>
  );
}

/** "Save this search" for signed-in people (a plain POST); a sign-in link for visitors. */
function SaveSearch({ defaultName }: { defaultName: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const root = useRouteLoaderData<RootLoaderData>("root");
  const here = `/openings${location.search}`;
  return (
    <section className="save-search" aria-labelledby="save-search-heading">
      <h2 id="save-search-heading">{t("saved.saveSearchHeading")}</h2>
      {root?.signedInAs ? (
        <Form method="post" action="/account/saved" className="form">
          <p className="field__hint">{t("saved.saveSearchHint")}</p>
          <input type="hidden" name="intent" value="save-search" />
          <input type="hidden" name="query" value={location.search} />
          <input type="hidden" name="defaultName" value={defaultName.slice(0, 80)} />
          <div className="field">
            <label className="field__label" htmlFor="save-search-name">
              {t("saved.saveSearchName")}
            </label>
            <p className="field__hint" id="save-search-name-hint">
              {t("saved.saveSearchNameHint")}
            </p>
            <input
              className="input"
              id="save-search-name"
              name="name"
              type="text"
              maxLength={80}
              defaultValue={defaultName.slice(0, 80)}
              aria-describedby="save-search-name-hint"
            />
          </div>
          <button type="submit" className="button button--secondary">
            {t("saved.saveSearchButton")}
          </button>
        </Form>
      ) : (
        <p>
          <Link to={`/sign-in?${new URLSearchParams({ redirectTo: here }).toString()}`}>{t("saved.signInToSaveSearch")}</Link>
        </p>
      )}
    </section>
  );
}
