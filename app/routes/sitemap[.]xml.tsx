import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/utils/db.server";
import { buildSitemap } from "~/utils/feeds.server";

// GET /sitemap.xml — the public pages and every public opening, for search engines.
export function loader({ request }: LoaderFunctionArgs) {
  return buildSitemap(getDb(), request);
}
