import type { LoaderFunctionArgs } from "@remix-run/node";
import { getEvidenceFileId } from "~/models/certification.server";
import { readFileContent } from "~/models/stored-file.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { fileResponse, getFileStore } from "~/services/uploads.server";
import { idParam, scopeFor } from "~/services/workspace.server";

// GET /employer/certification/:id/evidence/:criterionId — an evidence file, for the employer's own
// members only; anyone else gets 404, the same as for a file that does not exist.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  const db = getDb();
  const fileId = await getEvidenceFileId(db, {
    id: idParam(params.id),
    criterionId: idParam(params.criterionId),
    employerIds: scopeFor(user, "employer").organisationIds,
  });
  const file = fileId ? await readFileContent(db, getFileStore(), fileId) : undefined;
  if (!file) throw new Response("Not Found", { status: 404 });
  return fileResponse(file.info, file.bytes);
}
