import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { buildAtomFeed } from "~/services/feeds.server";

// GET /openings.atom?… — the same search as /openings, newest first, as an Atom feed.
export function loader({ request }: LoaderFunctionArgs) {
  return buildAtomFeed(getDb(), request, getEnv().publicUrl);
}
