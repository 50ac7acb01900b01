import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { asLocale } from "~/utils/i18n";
import { localeCookie } from "~/utils/i18next.server";
import { safeRedirectPath } from "~/utils/redirect";

// GET /language?lng=en&next=/openings — the language switch. A link, so it needs no JavaScript.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const locale = asLocale(url.searchParams.get("lng"));
  const next = safeRedirectPath(url.searchParams.get("next"));
  if (!locale) return redirect(next, 303);
  return redirect(next, { status: 303, headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
}
