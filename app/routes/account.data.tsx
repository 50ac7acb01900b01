import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/models/audit.server";
import { exportUserData } from "~/models/user.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";

// GET /account/data: the signed-in person's own data, as a JSON download.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const data = await exportUserData(db, { id: user.id });
  await recordAudit(db, { actorUserId: user.id, action: "account.data_exported", targetType: "user", targetId: user.id });
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="accesswork-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
