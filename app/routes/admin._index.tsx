import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalizedText } from "~/components/localized-text";
import { PartnerKindAndPlace } from "~/components/partner-list";
import { listPartnerOrganisations } from "~/models/organisation.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { actionHeaders } from "~/utils/forms.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["about", "certification", "admin"] };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return json({ partners: await listPartnerOrganisations(getDb()) }, { headers: { "Cache-Control": "no-store" } });
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("admin.title"));

export default function AdminHome() {
  const { partners } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.lead")}</p>
      <ul className="link-list">
        <li>
          <Link className="link-strong" to="/admin/criteria">
            {t("certification.criteria.nav")}
          </Link>
        </li>
        <li>
          <Link to="/admin/statistics">{t("admin.statisticsLink")}</Link>
        </li>
        <li>
          <Link to="/staff/barriers">{t("barrier.navLink")}</Link>
        </li>
      </ul>
      <h2>{t("admin.partnersHeading")}</h2>
      <p>
        <Link className="link-strong" to="/admin/organisations/new">
          {t("admin.addPartner")}
        </Link>
      </p>
      {partners.length === 0 ? <p>{t("admin.noPartners")}</p> : null}
      <ul className="admin-list">
        {partners.map((partner) => (
          <li key={partner.id} className="admin-list__item">
            <p className="admin-list__title">
              <Link to={`/admin/organisations/${partner.id}`}>
                <LocalizedText value={pickText(locale, partner.name_zh, partner.name_en)} />
              </Link>
            </p>
            <p className="admin-list__meta">
              <PartnerKindAndPlace partner={partner} />
              {" · "}
              {t("admin.staffCount", { count: partner.staff_count ?? 0 })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
