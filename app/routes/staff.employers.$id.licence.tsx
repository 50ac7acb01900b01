import type { LoaderFunctionArgs } from "@remix-run/node";
import { getVerificationForReview, readLicence } from "~/models/verification.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { fileResponse, getFileStore } from "~/services/uploads.server";
import { idParam, scopeFor } from "~/services/workspace.server";

// GET /staff/employers/:id/licence: the licence in the employer's latest request to one of this
// person's partners. An employer that never asked their partner is 404, like any id not theirs.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const partnerIds = scopeFor(user, "staff").organisationIds;
  const db = getDb();
  const review = await getVerificationForReview(db, { employerId: idParam(params.id), partnerIds });
  const file = review ? await readLicence(db, getFileStore(), { requestId: review.id, partnerIds }) : undefined;
  if (!file) throw new Response("Not Found", { status: 404 });
  return fileResponse(file.info, file.bytes);
}
