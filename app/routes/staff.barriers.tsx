import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listAccessibilityFeedback } from "~/models/accessibility-feedback.server";
import { requireStaffOrAdmin } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { metaT, pageTitle } from "~/utils/meta";
import { actionHeaders } from "~/utils/forms.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["about"] };

// GET /staff/barriers: barrier reports about the portal itself, for partner staff and platform admins.

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaffOrAdmin(request);
  const reports = await listAccessibilityFeedback(getDb());
  return json({ reports }, { headers: { "Cache-Control": "private, no-store" } });
}

export const headers = actionHeaders;

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, metaT(matches)("barrier.listTitle"));

export default function BarrierReports() {
  const { reports } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t("barrier.listTitle")}</h1>
      <p className="lead">{t("barrier.listLead")}</p>
      {reports.length === 0 ? (
        <p className="empty">{t("barrier.listEmpty")}</p>
      ) : (
        <ul className="admin-list" aria-label={t("barrier.listTitle")}>
          {reports.map((report) => (
            <li key={report.id} className="admin-list__item">
              <p className="admin-list__title prose" lang={report.locale}>
                {report.problem}
              </p>
              <dl className="facts">
                <div>
                  <dt>{t("barrier.listPage")}</dt>
                  <dd lang={report.page ? report.locale : undefined}>{report.page ?? t("barrier.noAnswer")}</dd>
                </div>
                <div>
                  <dt>{t("barrier.listTechnology")}</dt>
                  <dd lang={report.assistive_technology ? report.locale : undefined}>{report.assistive_technology ?? t("barrier.noAnswer")}</dd>
                </div>
                <div>
                  <dt>{t("barrier.listContact")}</dt>
                  <dd>{report.contact_email ?? t("barrier.noAnswer")}</dd>
                </div>
              </dl>
              <p className="admin-list__meta">{t("barrier.listReceived", { date: formatDateTime(t, report.created_at) })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
