import { getEnv } from "~/utils/env.server";
import { buildRobotsTxt } from "~/services/feeds.server";

// GET /robots.txt — a route rather than a static file, because its Sitemap line names the portal's
// public address (PUBLIC_URL).
export function loader() {
  return buildRobotsTxt(getEnv().publicUrl);
}
