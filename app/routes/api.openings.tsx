import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { buildApiResponse } from "~/services/feeds.server";

// GET /api/openings?… — the same search as /openings, one page at a time, as JSON
// (see docs/search-and-feeds.md).
export function loader({ request }: LoaderFunctionArgs) {
  return buildApiResponse(getDb(), request, getEnv().publicUrl);
}
