import type { LoaderFunctionArgs } from "@remix-run/node";
import { importTemplate } from "~/models/opening-import.server";
import { requireRole } from "~/services/auth.server";

// GET /staff/openings/import/template.csv: the import template, UTF-8 with a byte order mark so
// that Excel shows the Chinese example correctly.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  return new Response(importTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="accesswork-openings-template.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
