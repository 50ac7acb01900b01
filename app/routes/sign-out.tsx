import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "~/services/sign-in.server";
import { getDb } from "~/utils/db.server";
import { safeRedirectPath } from "~/utils/redirect";
import { clearSessionCookieHeader, readSessionToken } from "~/services/session.server";

// POST /sign-out: ends the session on the server, not just in the browser. A form may send
// `redirectTo` to come back (an invitation for another address, for example).
export async function action({ request }: ActionFunctionArgs) {
  const next = safeRedirectPath((await request.formData()).get("redirectTo"), "/");
  const token = await readSessionToken(request);
  if (token) {
    await signOut(getDb(), { token });
  }
  return redirect(next, { status: 303, headers: { "Set-Cookie": await clearSessionCookieHeader() } });
}

// A GET (someone following an old link) just goes home; signing out needs a POST.
export function loader() {
  return redirect("/", 303);
}
