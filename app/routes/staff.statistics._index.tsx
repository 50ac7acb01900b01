import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OutcomesPage } from "~/components/statistics";
import { requireRole } from "~/services/auth.server";
import { outcomeStatistics } from "~/services/statistics.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { namedTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["workspace"] };

// GET /staff/statistics: the outcomes of the openings this partner posted, over the last 12 months,
// with small numbers hidden (issue 19, item 6); the same figures download as CSV.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  const stats = await outcomeStatistics(getDb(), { partnerId: chosen.organisation_id });
  return json(
    { org: { name_zh: chosen.name_zh, name_en: chosen.name_en }, query: options.length > 1 ? `?org=${chosen.organisation_id}` : "", stats },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "statistics.title", "statistics.titleNamed", data && { zh: data.org.name_zh, en: data.org.name_en });

export default function PartnerStatistics() {
  const { query, stats } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <OutcomesPage
      back={{ to: `/staff${query}`, label: t("workspace.backToStaff") }}
      title={t("statistics.title")}
      lead={t("statistics.leadWith", { lead: t("statistics.lead"), scope: t("statistics.leadPartner") })}
      csvHref={`/staff/statistics/export.csv${query}`}
      stats={stats}
    />
  );
}
