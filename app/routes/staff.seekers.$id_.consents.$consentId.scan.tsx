import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/models/audit.server";
import { getConsentScanFileId } from "~/models/caseload.server";
import { readFileContent } from "~/models/stored-file.server";
import { requireRole } from "~/services/auth.server";
import { fileResponse, getFileStore } from "~/services/uploads.server";
import { idParam, scopeFor } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";

// GET /staff/seekers/:id/consents/:consentId/scan: the scan of a signed paper consent, for the staff
// of the partner the consent names; 404 for anyone else and for a consent without a scan. Every
// opening is audit-logged: the form carries the person's name, number and signature.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const db = getDb();
  const seekerUserId = idParam(params.id);
  const consentId = idParam(params.consentId);
  const fileId = await getConsentScanFileId(db, {
    consentId,
    seekerUserId,
    reader: { partnerIds: scopeFor(user, "staff").organisationIds },
  });
  const file = fileId ? await readFileContent(db, getFileStore(), fileId) : undefined;
  if (!file) throw new Response("Not Found", { status: 404 });
  await recordAudit(db, {
    actorUserId: user.id,
    action: "consent.scan_read",
    targetType: "user",
    targetId: seekerUserId,
    details: { consentId },
  });
  return fileResponse(file.info, file.bytes);
}
