import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ManageOpening, type ManageActionData } from "~/components/manage-opening";
import { listOpeningReports } from "~/models/report.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { loadManagedOpening, manageAction } from "~/services/manage.server";
import { localeFromMatches, metaT, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace"] };

// GET/POST /staff/openings/:id: one of this partner's openings, what can be done with it, its
// reports and its history. Anyone else's opening is 404, even with its id in the URL.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const data = await loadManagedOpening(user, "staff", request, params.id);
  const reports = await listOpeningReports(getDb(), { openingId: data.opening.id });
  return json({ ...data, reports });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "staff");
  return manageAction(user, "staff", request, context, params.id);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaT(matches);
  const title = data ? pickText(localeFromMatches(matches), data.opening.title_zh, data.opening.title_en)?.text : null;
  return pageTitle(matches, t("workflow.manageTitle", { title: title ?? t("workflow.untitled") }));
};

export default function StaffManageOpening() {
  const { opening, actions, revisions, done, reports } = useLoaderData<typeof loader>();
  const actionData = useActionData<ManageActionData>();
  const { t } = useTranslation();
  return (
    <ManageOpening
      side="staff"
      opening={opening}
      actions={actions}
      revisions={revisions}
      done={done}
      actionData={actionData}
      reports={
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t("workflow.reportsHeading")}</h2>
          {reports.length === 0 ? (
            <p>{t("workflow.noReports")}</p>
          ) : (
            <ul className="work-list">
              {reports.map((report) => (
                <li key={report.id} className="work-list__item">
                  <Link to={`/staff/reports/${report.id}`} className="work-list__title">
                    {t(`report.reasons.${report.reason}`)}
                  </Link>
                  <p className="work-list__meta">
                    {t(`moderation.statuses.${report.status}`)} · {t("staff.reportReceived", { date: formatDate(t, report.created_at) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      }
    />
  );
}
