import { checkDatabase } from "~/models/health.server";
import { getDb } from "~/utils/db.server";

// GET /healthz — for load balancers and operators: 200 "ok" when this instance can reach the
// database; otherwise 503 naming the dependency that failed and why, e.g.
// "database: unavailable (refused)". Never cached.
export async function loader() {
  const database = await checkDatabase(getDb());
  const ok = database === "ok";
  return new Response(ok ? "ok" : `database: unavailable (${database})`, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8", ...(ok ? {} : { "Retry-After": "30" }) },
  });
}
