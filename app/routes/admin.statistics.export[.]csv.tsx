import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/services/auth.server";
import { outcomeStatistics, statisticsCsv } from "~/services/statistics.server";
import { getDb } from "~/utils/db.server";
import { i18next } from "~/utils/i18next.server";

// GET /admin/statistics/export.csv: the portal's outcome tables as one CSV file (see the partner's).
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const [stats, t, locale] = await Promise.all([outcomeStatistics(getDb(), { partnerId: null }), i18next.getFixedT(request), i18next.getLocale(request)]);
  return new Response(statisticsCsv(stats, t, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="accesswork-outcomes.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
