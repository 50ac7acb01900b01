import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OpeningCard } from "~/components/opening-card";
import { Pagination } from "~/components/pagination";
import { SearchForm } from "~/components/search-form";
import { listPublishedOpenings } from "~/models/opening.server";
import { getDb } from "~/utils/db.server";
import { metaT, pageTitle } from "~/utils/meta";
import { MAX_QUERY_LENGTH, parseOpeningsSearch } from "~/validation/openings-search";

export async function loader({ request }: LoaderFunctionArgs) {
  const search = parseOpeningsSearch(new URL(request.url).searchParams);
  const result = await listPublishedOpenings(getDb(), search);
  return json({ ...result, q: search.q, queryTruncated: search.queryTruncated });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaT(matches);
  if (!data) return pageTitle(matches, t("openings.title"));
  // The title carries the count, so the route announcer tells screen-reader users the result.
  const count = data.q
    ? t("openings.resultCountWithQuery", { count: data.total, q: data.q })
    : t("openings.resultCount", { count: data.total });
  const page = data.pageCount > 1 ? ` (${t("openings.pageOf", { page: data.page, pageCount: data.pageCount })})` : "";
  return pageTitle(matches, `${count}${page}`);
};

export default function Openings() {
  const { items, total, page, pageCount, q, queryTruncated } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const location = useLocation();
  const countText = q
    ? t("openings.resultCountWithQuery", { count: total, q })
    : t("openings.resultCount", { count: total });

  return (
    <>
      <h1>{t("openings.heading")}</h1>
      <SearchForm defaultValue={q} label={t("openings.searchLabel")} hint={t("openings.searchHint")} />
      {queryTruncated ? (
        <p className="notice" role="note">
          {t("openings.queryTooLong", { max: MAX_QUERY_LENGTH })}
        </p>
      ) : null}

      <section aria-labelledby="results-heading" className="results">
        <h2 id="results-heading" className="results__count">
          {countText}
          {pageCount > 1 ? (
            <span className="results__page"> {t("openings.pageOf", { page, pageCount })}</span>
          ) : null}
        </h2>
        {items.length === 0 ? (
          <div className="empty">
            <p>{t("openings.emptyHelp")}</p>
            {q ? (
              <p>
                <Link to="/openings">{t("openings.clearSearch")}</Link>
              </p>
            ) : null}
          </div>
        ) : (
          <ul className="card-list" aria-label={t("openings.resultsList")}>
            {items.map((opening) => (
              <li key={opening.id}>
                <OpeningCard opening={opening} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageCount={pageCount} search={location.search} />
      </section>
    </>
  );
}
