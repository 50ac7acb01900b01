import { getPublicReadDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { buildSitemap } from "~/services/feeds.server";

// GET /sitemap.xml — the public pages and every public opening, for search engines (from a read
// replica when there is one).
export function loader() {
  return buildSitemap(getPublicReadDb(), getEnv().publicUrl);
}
