import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublicReadDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { buildApiResponse } from "~/services/feeds.server";

// GET /api/openings?… — the same search as /openings, one page at a time, as JSON
// (see docs/search-and-feeds.md). Public data: a read replica may serve it.
export function loader({ request }: LoaderFunctionArgs) {
  return buildApiResponse(getPublicReadDb(), request, getEnv().publicUrl);
}
