import { pingDatabase } from "~/models/health.server";
import { getDb } from "~/utils/db.server";

// GET /healthz — for load balancers: 200 when this instance can reach the database.
export async function loader() {
  const ok = await pingDatabase(getDb());
  return new Response(ok ? "ok" : "database unavailable", {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
  });
}
