import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useEasyRead } from "~/hooks/use-easy-read";
import type { RouteHandle } from "~/root";
import { OpeningCard } from "~/components/opening-card";
import { PartnerList } from "~/components/partner-list";
import { SearchForm } from "~/components/search-form";
import { countPublishedOpenings, listNewestOpenings } from "~/models/opening.server";
import { listPartners } from "~/models/organisation.server";
import { getPublicReadDb } from "~/utils/db.server";
import { metaT, pageTitle } from "~/utils/meta";

const NEWEST_COUNT = 6;

export const handle: RouteHandle = { hydrate: false, i18n: ["search", "opening"] };

export async function loader(_args: LoaderFunctionArgs) {
  // Public data only, the same for everyone: a read replica may serve it (a moment behind).
  const db = getPublicReadDb();
  const [newest, total, partners] = await Promise.all([
    listNewestOpenings(db, { limit: NEWEST_COUNT }),
    // Counted up to COUNT_CAP from the newest-first index ("more than 1,000" past it): cheap on every view.
    countPublishedOpenings(db),
    listPartners(db),
  ]);
  return json({ newest, total, partners });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("home.title"));

export default function Home() {
  const { newest, total: { total, capped }, partners } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const easyRead = useEasyRead();
  return (
    <>
      <div className="hero">
        <h1>{t("home.title")}</h1>
        <p className="lead">{easyRead ? t("easyRead.homeLead") : t("home.lead")}</p>
        <section aria-labelledby="search-heading" className="hero__search">
          <h2 id="search-heading" className="visually-hidden">
            {t("home.searchHeading")}
          </h2>
          <SearchForm label={t("home.searchLabel")} hint={t("home.searchHint")} />
        </section>
      </div>

      <section aria-labelledby="promises-heading">
        <h2 id="promises-heading">{t("home.promisesHeading")}</h2>
        <ul className="promises">
          <li>{t("home.promiseFees")}</li>
          <li>{t("home.promiseVerified")}</li>
          <li>{t("home.promiseHonest")}</li>
        </ul>
      </section>

      <section aria-labelledby="newest-heading">
        <h2 id="newest-heading">{t("home.newestHeading")}</h2>
        {newest.length === 0 ? (
          <p>{t("home.noOpenings")}</p>
        ) : (
          <>
            <ul className="card-list">
              {newest.map((opening) => (
                <li key={opening.id}>
                  <OpeningCard opening={opening} />
                </li>
              ))}
            </ul>
            <p>
              <Link to="/openings" className="link-strong">
                {t(capped ? "home.allOpeningsCapped" : "home.allOpenings", { count: total })}
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t("home.eventsHeading")}</h2>
        <p>{t("home.eventsBody")}</p>
        <p>
          <Link to="/events" className="link-strong">
            {t("home.eventsLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="partners-heading">
        <h2 id="partners-heading">{t("home.partnersHeading")}</h2>
        <PartnerList partners={partners} />
        <p>
          <Link to="/partners" className="link-strong">
            {t("home.partnersLink")}
          </Link>
        </p>
      </section>
    </>
  );
}
