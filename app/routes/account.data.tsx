import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportApplications, listNotifications } from "~/models/application.server";
import { recordAudit } from "~/models/audit.server";
import { getPassport, listConsents } from "~/models/passport.server";
import { exportUserData } from "~/models/user.server";
import { requireUser } from "~/services/auth.server";
import { exportOwnEventData } from "~/services/events.server";
import { getDb } from "~/utils/db.server";

// GET /account/data: the signed-in person's own data, as a JSON download.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const [data, applications, passport, consents, notifications, events] = await Promise.all([
    exportUserData(db, { id: user.id }),
    exportApplications(db, { userId: user.id }),
    // Decrypted: it is the owner's own information.
    getPassport(db, { userId: user.id }),
    listConsents(db, { userId: user.id }),
    listNotifications(db, { userId: user.id, limit: 10_000 }),
    // Their event registrations (with what they told the organiser they need) and questions.
    exportOwnEventData(db, { userId: user.id }),
  ]);
  await recordAudit(db, { actorUserId: user.id, action: "account.data_exported", targetType: "user", targetId: user.id });
  const body = JSON.stringify(
    {
      exportedAt: new Date().toISOString(),
      ...data,
      applications,
      accommodationPassport: passport ? { ...passport.content, updatedAt: passport.updatedAt } : null,
      consents,
      notifications: notifications.map(({ kind, params, created_at, read_at }) => ({ kind, params, created_at, read_at })),
      events,
    },
    null,
    2,
  );
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="accesswork-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
