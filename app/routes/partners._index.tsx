import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { PartnerList } from "~/components/partner-list";
import { listPartners } from "~/models/organisation.server";
import { getPublicReadDb } from "~/utils/db.server";
import { metaT, pageTitle } from "~/utils/meta";

// A public, read-only page: it works without JavaScript, so it ships none.
export const handle: RouteHandle = { hydrate: false, i18n: ["opening"] };

export async function loader() {
  // Public data, the same for everyone: a read replica may serve it.
  return json({ partners: await listPartners(getPublicReadDb()) });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("partners.title"));

export default function Partners() {
  const { partners } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("partners.title")}</h1>
      <p className="lead">{t("partners.lead")}</p>
      {partners.length === 0 ? <p>{t("partners.none")}</p> : <PartnerList partners={partners} headingLevel={2} />}
      <p>
        <Link to="/numbers">{t("partners.numbersLink")}</Link>
      </p>
    </>
  );
}
