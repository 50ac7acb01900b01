import type { LoaderFunctionArgs } from "@remix-run/node";
import { getConsentScanFileId } from "~/models/caseload.server";
import { readFileContent } from "~/models/stored-file.server";
import { requireUser } from "~/services/auth.server";
import { fileResponse, getFileStore } from "~/services/uploads.server";
import { idParam } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";

// GET /account/consents/:consentId/scan: the person's own signed paper consent, as staff scanned it,
// so they can see exactly what was recorded for them; 404 for anyone else's.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const fileId = await getConsentScanFileId(db, {
    consentId: idParam(params.consentId),
    seekerUserId: user.id,
    reader: { ownerUserId: user.id },
  });
  const file = fileId ? await readFileContent(db, getFileStore(), fileId) : undefined;
  if (!file) throw new Response("Not Found", { status: 404 });
  return fileResponse(file.info, file.bytes);
}
