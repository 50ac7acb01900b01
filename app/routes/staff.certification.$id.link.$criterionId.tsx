import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { openEvidence } from "~/models/certification-review.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { idParam } from "~/services/workspace.server";
import { reviewerOf } from "~/services/reviewer.server";

// GET /staff/certification/:id/link/:criterionId — the employer's evidence link, opened through
// the portal so that the opening is remembered (approval waits until every file and link was
// opened, docs/decisions/024), then on to the address itself. Only http and https addresses are
// ever stored (validation/certification.ts); anything else, and anyone who may not review the
// application, gets 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const evidence = await openEvidence(getDb(), { id: idParam(params.id), criterionId: idParam(params.criterionId), reviewer: reviewerOf(user) });
  const url = evidence?.url?.trim();
  if (!url || !/^https?:\/\//i.test(url)) throw new Response("Not Found", { status: 404 });
  return redirect(url, { status: 303, headers: { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" } });
}
