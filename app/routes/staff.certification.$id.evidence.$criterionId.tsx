import type { LoaderFunctionArgs } from "@remix-run/node";
import { openEvidence } from "~/models/certification-review.server";
import { readFileContent } from "~/models/stored-file.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { fileResponse, getFileStore } from "~/services/uploads.server";
import { idParam } from "~/services/workspace.server";
import { reviewerOf } from "~/services/reviewer.server";

// GET /staff/certification/:id/evidence/:criterionId — an evidence file for partner staff who may
// review the application (the partner it was sent to, or a second reviewer; docs/decisions/012).
// Drafts, other partners' applications and the reviewer's own organisation's files are 404.
// The first download is remembered: approval waits until every file and link was opened
// (docs/decisions/024).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const db = getDb();
  const evidence = await openEvidence(db, { id: idParam(params.id), criterionId: idParam(params.criterionId), reviewer: reviewerOf(user) });
  const file = evidence?.fileId ? await readFileContent(db, getFileStore(), evidence.fileId) : undefined;
  if (!file) throw new Response("Not Found", { status: 404 });
  return fileResponse(file.info, file.bytes);
}
