import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { NativeSelect } from "~/components/ui/select";
import { WorkspaceResults } from "~/components/workspace";
import { ReportWorkItem } from "~/components/report-work-item";
import { REPORT_REASONS, REPORT_STATUSES } from "~/domain/opening";
import { searchPartnerReports } from "~/models/report.server";
import { requireRole } from "~/services/auth.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { namedTitle } from "~/utils/meta";
import { reportSearchSchema } from "~/validation/workspace-search";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace"] };

const PER_PAGE = 20;

// GET /staff/reports: every report from the public about a partner's openings, decided ones too,
// by status and reason, those still to decide first, 20 a page (issue 19, item 7). A GET form and
// plain page links: it works without JavaScript.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  const params = reportSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = params.page ?? 1;
  const found = await searchPartnerReports(getDb(), {
    partnerId: chosen.organisation_id,
    status: params.status ?? null,
    reason: params.reason ?? null,
    limit: PER_PAGE,
    offset: (page - 1) * PER_PAGE,
  });
  return json(
    {
      org: { id: chosen.organisation_id, name_zh: chosen.name_zh, name_en: chosen.name_en },
      multiple: options.length > 1,
      filters: { status: params.status ?? "", reason: params.reason ?? "" },
      reports: found.rows,
      total: found.total,
      page,
      pageCount: Math.max(1, Math.ceil(found.total / PER_PAGE)),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "reportSearch.title", "reportSearch.titleNamed", data && { zh: data.org.name_zh, en: data.org.name_en });

export default function StaffReports() {
  const { org, multiple, filters, reports, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const query = multiple ? `?org=${org.id}` : "";
  const filtered = Boolean(filters.status || filters.reason);
  return (
    <>
      <p className="back-link">
        <Link to={`/staff${query}`}>{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("reportSearch.title")}</h1>
      <p className="lead">{t("reportSearch.lead")}</p>
      <Form method="get" action="/staff/reports" role="search" aria-label={t("reportSearch.title")} className="form">
        {multiple ? <input type="hidden" name="org" value={org.id} /> : null}
        <NativeSelect
          id="status"
          name="status"
          label={t("reportSearch.status")}
          defaultValue={filters.status}
          options={[{ value: "", label: t("reportSearch.anyStatus") }, ...REPORT_STATUSES.map((value) => ({ value, label: t(`moderation.statuses.${value}`) }))]}
        />
        <NativeSelect
          id="reason"
          name="reason"
          label={t("reportSearch.reason")}
          defaultValue={filters.reason}
          options={[{ value: "", label: t("reportSearch.anyReason") }, ...REPORT_REASONS.map((value) => ({ value, label: t(`report.reasons.${value}`) }))]}
        />
        <Button type="submit">{t("reportSearch.submit")}</Button>
      </Form>
      {filtered ? (
        <p>
          <Link to={`/staff/reports${query}`}>{t("reportSearch.clear")}</Link>
        </p>
      ) : null}
      <WorkspaceResults count={t("reportSearch.count", { count: total })} page={page} pageCount={pageCount} none={t("reportSearch.none")}>
        {reports.map((report) => (
          <ReportWorkItem key={report.id} report={report} />
        ))}
      </WorkspaceResults>
    </>
  );
}
