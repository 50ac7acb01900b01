import type { LoaderFunctionArgs } from "@remix-run/node";
import { isPageArea } from "~/locales/areas";
import { pageTranslations } from "~/locales/resources.server";
import { asLocale } from "~/utils/i18n";

// The texts of some areas in one language, for a client-side navigation to a page that needs areas
// the browser does not have yet (components/page-texts.tsx). Never the server-only areas (emails,
// feeds). The URL carries the build version, so a response can be kept until the next deploy.

export function loader({ params, request }: LoaderFunctionArgs) {
  const lng = asLocale(params.lng);
  const asked = (new URL(request.url).searchParams.get("areas") ?? "").split(",");
  if (!lng || asked.some((area) => !isPageArea(area))) throw new Response("Not found", { status: 404 });
  const areas = asked.filter(isPageArea);
  return new Response(`{"areas":${JSON.stringify(areas)},"texts":${pageTranslations(lng, areas)}}`, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
