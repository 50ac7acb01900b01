import type { LoaderFunctionArgs } from "@remix-run/node";
import { readLicence } from "~/models/verification.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { fileResponse, getFileStore } from "~/services/uploads.server";
import { idParam, scopeFor } from "~/services/workspace.server";

// GET /employer/verification/:id/licence: the licence an employer sent, for its own members only.
// Another organisation's request is 404, so ids reveal nothing.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  const file = await readLicence(getDb(), getFileStore(), {
    requestId: idParam(params.id),
    employerIds: scopeFor(user, "employer").organisationIds,
  });
  if (!file) throw new Response("Not Found", { status: 404 });
  return fileResponse(file.info, file.bytes);
}
