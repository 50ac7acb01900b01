import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { portalNumbers } from "~/services/statistics.server";
import { getPublicReadDb } from "~/utils/db.server";
import { metaT, pageTitle } from "~/utils/meta";

// GET /numbers: the portal in numbers, for anyone (issue 19, item 6): what is open now, and what
// has happened since the portal began. Counts of people of fewer than 5 are never shown as numbers.
// A public, read-only page: it works without JavaScript, so it ships none.
export const handle: RouteHandle = { hydrate: false, i18n: ["opening"] };

export async function loader() {
  // The same for everyone: a read replica may serve it.
  return json({ numbers: await portalNumbers(getPublicReadDb()) });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("numbers.title"));

export default function Numbers() {
  const { numbers } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const figure = (value: number | null) => (value === null ? t("numbers.fewer") : value.toLocaleString("en"));
  const now = [
    ["publicOpenings", numbers.publicOpenings],
    ["partners", numbers.partners],
    ["verifiedEmployers", numbers.verifiedEmployers],
    ["certifiedEmployers", numbers.certifiedEmployers],
  ] as const;
  const since = [
    ["applications", numbers.applications],
    ["interviews", numbers.interviews],
    ["hires", numbers.hires],
    ["employed", numbers.employed],
  ] as const;
  return (
    <>
      <h1>{t("numbers.title")}</h1>
      <p className="lead">{t("numbers.lead")}</p>
      <h2>{t("numbers.nowHeading")}</h2>
      <dl className="facts">
        {now.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`numbers.${key}`)}</dt>
            <dd>{figure(value)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("numbers.sinceHeading")}</h2>
      <dl className="facts">
        {since.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`numbers.${key}`)}</dt>
            <dd>{figure(value)}</dd>
          </div>
        ))}
      </dl>
      <p>{t("numbers.smallNote")}</p>
      <p>{t("numbers.howNote")}</p>
      <p>
        <Link to="/partners">{t("numbers.partnersLink")}</Link>
      </p>
    </>
  );
}
