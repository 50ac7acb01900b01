import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

// A fixed-window counter in PostgreSQL, so limits hold across every app instance. We write it
// ourselves because rate-limiter-flexible's PostgreSQL store needs a `pg` pool, and the embedded
// PGlite default has none; one upsert does the job on both.

/** Counts one hit against `key`; `allowed` is false once more than `limit` hits fall in the window. */
export async function hitRateLimit(
  db: Kysely<Database>,
  { key, limit, windowSeconds }: { key: string; limit: number; windowSeconds: number },
) {
  const row = await db
    .insertInto("rate_limit")
    .values({
      key,
      window_start: sql<Date>`to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds})`,
      hits: 1,
    })
    .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet({ hits: sql`rate_limit.hits + 1` }))
    .returning([
      "hits",
      sql<number>`ceil(extract(epoch from window_start) + ${windowSeconds} - extract(epoch from now()))::int`.as("retry_after"),
    ])
    .executeTakeFirstOrThrow();
  return { allowed: row.hits <= limit, hits: row.hits, retryAfterSeconds: Math.max(1, row.retry_after) };
}

/** Forgets old windows; run occasionally. */
export async function pruneRateLimits(db: Kysely<Database>, { olderThanSeconds = 86_400 } = {}) {
  await db
    .deleteFrom("rate_limit")
    .where("window_start", "<", sql<Date>`now() - make_interval(secs => ${olderThanSeconds})`)
    .execute();
}
