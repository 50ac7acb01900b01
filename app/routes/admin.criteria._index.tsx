import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listCriteriaVersions } from "~/models/criteria.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { metaT, pageTitle } from "~/utils/meta";
import { actionHeaders } from "~/utils/forms.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["certification", "admin"] };

// GET /admin/criteria: every version of the certification criteria. Published versions never
// change; a new draft starts as a copy of one (on the version's page).
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return json({ versions: await listCriteriaVersions(getDb()) }, { headers: { "Cache-Control": "no-store" } });
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("certification.criteria.title"));

export default function CriteriaVersions() {
  const { versions } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <p className="back-link">
        <Link to="/admin">{t("admin.backToAdmin")}</Link>
      </p>
      <h1>{t("certification.criteria.title")}</h1>
      <p className="lead">{t("certification.criteria.lead")}</p>
      <ul className="work-list">
        {versions.map((version) => (
          <li key={version.id} className="work-list__item">
            <Link to={`/admin/criteria/${version.id}`} className="work-list__title">
              {t("certification.criteria.versionName", { label: version.label })}
            </Link>
            <p className="work-list__meta">
              {t(`certification.criteria.statuses.${version.status}`)} · {t("certification.criteria.count", { count: Number(version.criteria_count ?? 0) })}
              {version.published_at ? <> · {t("certification.criteria.publishedOn", { date: formatDate(t, version.published_at) })}</> : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
