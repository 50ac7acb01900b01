import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/services/auth.server";
import { outcomeStatistics, statisticsCsv } from "~/services/statistics.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { i18next } from "~/utils/i18next.server";

// GET /staff/statistics/export.csv: the partner's outcome tables as one CSV file, in the reader's
// language, small numbers hidden exactly as on the page.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const { chosen } = chosenOrganisation(user, "staff", request);
  const [stats, t, locale] = await Promise.all([outcomeStatistics(getDb(), { partnerId: chosen.organisation_id }), i18next.getFixedT(request), i18next.getLocale(request)]);
  return new Response(statisticsCsv(stats, t, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="accesswork-outcomes-${chosen.slug}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
