import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { buildSitemap } from "~/services/feeds.server";

// GET /sitemap.xml — the public pages and every public opening, for search engines.
export function loader() {
  return buildSitemap(getDb(), getEnv().publicUrl);
}
