import type { LoaderFunctionArgs } from "@remix-run/node";
import { getApplicationForInbox } from "~/models/application.server";
import { recordAudit } from "~/models/audit.server";
import { readFileContent } from "~/models/stored-file.server";
import { requireMemberOfAny, requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { fileResponse, getFileStore } from "~/services/uploads.server";
import { idParam } from "~/services/workspace.server";

// GET /inbox/applications/:id/cv: the applicant's CV, for the same people as the application.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const application = await getApplicationForInbox(db, { id: idParam(params.id) });
  if (!application) throw new Response("Not Found", { status: 404 });
  await requireMemberOfAny(request, user, [application.employer_id, application.partner_id]);
  const file = application.cv_file_id ? await readFileContent(db, getFileStore(), application.cv_file_id) : undefined;
  if (!file) throw new Response("Not Found", { status: 404 });
  await recordAudit(db, { actorUserId: user.id, action: "application.cv_downloaded", targetType: "application", targetId: application.id });
  return fileResponse(file.info, file.bytes);
}
