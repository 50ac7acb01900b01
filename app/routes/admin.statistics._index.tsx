import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OutcomesPage } from "~/components/statistics";
import { requireRole } from "~/services/auth.server";
import { outcomeStatistics } from "~/services/statistics.server";
import { getDb } from "~/utils/db.server";
import { metaT, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["admin", "workspace"] };

// GET /admin/statistics: the outcomes of every partner's openings over the last 12 months, for
// platform admins, with small numbers hidden as on the partners' pages (issue 19, item 6).
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const stats = await outcomeStatistics(getDb(), { partnerId: null });
  return json({ stats }, { headers: { "Cache-Control": "private, no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("statistics.adminTitle"));

export default function AdminStatistics() {
  const { stats } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <OutcomesPage
      back={{ to: "/admin", label: t("admin.backToAdmin") }}
      title={t("statistics.adminTitle")}
      lead={t("statistics.leadWith", { lead: t("statistics.lead"), scope: t("statistics.leadAdmin") })}
      csvHref="/admin/statistics/export.csv"
      stats={stats}
    />
  );
}
