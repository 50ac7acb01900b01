import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/models/audit.server";
import { deleteSession, getSessionUserId } from "~/models/session.server";
import { getDb } from "~/utils/db.server";
import { clearSessionCookieHeader, readSessionToken } from "~/utils/session.server";

// POST /sign-out: ends the session on the server, not just in the browser.
export async function action({ request }: ActionFunctionArgs) {
  const token = await readSessionToken(request);
  if (token) {
    const db = getDb();
    const session = await getSessionUserId(db, { token });
    await deleteSession(db, { token });
    if (session) await recordAudit(db, { actorUserId: session.user_id, action: "auth.sign_out" });
  }
  return redirect("/", { status: 303, headers: { "Set-Cookie": await clearSessionCookieHeader() } });
}

// A GET (someone following an old link) just goes home; signing out needs a POST.
export function loader() {
  return redirect("/", 303);
}
