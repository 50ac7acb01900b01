import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOwnApplication } from "~/models/application.server";
import { readFileContent } from "~/models/stored-file.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { fileResponse, getFileStore } from "~/services/uploads.server";
import { idParam } from "~/services/workspace.server";

// GET /account/applications/:id/cv: the person's own CV, as sent with this application.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const application = await getOwnApplication(db, { id: idParam(params.id), userId: user.id });
  const file = application?.cv_file_id ? await readFileContent(db, getFileStore(), application.cv_file_id) : undefined;
  if (!file) throw new Response("Not Found", { status: 404 });
  return fileResponse(file.info, file.bytes);
}
