import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildRobotsTxt } from "~/utils/feeds.server";

// GET /robots.txt — a route rather than a static file, because its Sitemap line must name this host.
export function loader({ request }: LoaderFunctionArgs) {
  return buildRobotsTxt(request);
}
