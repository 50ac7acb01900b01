import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ReportReason, ReportStatus } from "~/domain/opening";
import { formatDate } from "~/utils/format";
import { OpeningTitle } from "./workspace";

// Its own file because it needs the "opening" text area (the reasons for a report), which the other
// workspace pieces do not: every page that imports a component must declare its areas
// (app/locales/areas.ts, docs/decisions/018).

/** One report in a partner's list: why, about which opening (a link to the report), its status and when it came. */
export function ReportWorkItem({
  report,
}: {
  report: { id: number; reason: ReportReason; status: ReportStatus; created_at: string } & Parameters<typeof OpeningTitle>[0]["opening"];
}) {
  const { t } = useTranslation();
  return (
    <li className="work-list__item">
      <Link to={`/staff/reports/${report.id}`} className="work-list__title">
        {t(`report.reasons.${report.reason}`)}
        {t("workspace.labelSeparator")}
        <OpeningTitle opening={report} />
      </Link>
      <p className="work-list__meta">
        {t(`moderation.statuses.${report.status}`)} · {t("staff.reportReceived", { date: formatDate(t, report.created_at) })}
      </p>
    </li>
  );
}
