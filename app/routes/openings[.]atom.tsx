import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublicReadDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { buildAtomFeed } from "~/services/feeds.server";

// GET /openings.atom?… — the same search as /openings, newest first, as an Atom feed (public data:
// a read replica may serve it).
export function loader({ request }: LoaderFunctionArgs) {
  return buildAtomFeed(getPublicReadDb(), request, getEnv().publicUrl);
}
