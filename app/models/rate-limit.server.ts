import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

// A sliding-window counter in PostgreSQL, so limits hold across every app instance. We write it
// ourselves because rate-limiter-flexible's PostgreSQL store needs a `pg` pool, and the embedded
// PGlite default has none; one upsert does the job on both.
//
// Hits are counted per fixed window, and the previous window's hits still count in proportion to
// how much of it the sliding window still covers. A plain fixed window let a burst through at
// every edge: 10 tries in the last second of one minute and 10 more in the first second of the
// next all passed a limit of 10 a minute.

/**
 * Counts one hit against `key`; `allowed` is false once more than `limit` hits fall in the last
 * `windowSeconds`. `at` is for tests only: the moment of the hit (otherwise the database's clock).
 */
export async function hitRateLimit(
  db: Kysely<Database>,
  { key, limit, windowSeconds, at }: { key: string; limit: number; windowSeconds: number; at?: Date },
) {
  const now = at ? sql<Date>`${at.toISOString()}::timestamptz` : sql<Date>`now()`;
  const row = await db
    .insertInto("rate_limit")
    .values({
      key,
      window_start: sql<Date>`to_timestamp(floor(extract(epoch from ${now}) / ${windowSeconds}) * ${windowSeconds})`,
      hits: 1,
    })
    .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet({ hits: sql`rate_limit.hits + 1` }))
    .returning([
      "hits",
      sql<string>`extract(epoch from ${now}) - extract(epoch from rate_limit.window_start)`.as("elapsed"),
      // The previous window's row, which this statement does not touch.
      sql<number | null>`(select p.hits from rate_limit p where p.key = rate_limit.key and p.window_start = rate_limit.window_start - make_interval(secs => ${windowSeconds}))`.as(
        "previous",
      ),
    ])
    .executeTakeFirstOrThrow();
  const elapsed = Math.min(Math.max(Number(row.elapsed), 0), windowSeconds);
  const counted = row.hits + Number(row.previous ?? 0) * (1 - elapsed / windowSeconds);
  return { allowed: counted <= limit, hits: row.hits, retryAfterSeconds: Math.max(1, Math.ceil(windowSeconds - elapsed)) };
}

/** Forgets every hit counted against `key` (a successful sign-in clears its account's count of guesses). */
export async function clearRateLimit(db: Kysely<Database>, key: string) {
  await db.deleteFrom("rate_limit").where("key", "=", key).execute();
}

/** Forgets old windows; run occasionally. */
export async function pruneRateLimits(db: Kysely<Database>, { olderThanSeconds = 86_400 } = {}) {
  await db
    .deleteFrom("rate_limit")
    .where("window_start", "<", sql<Date>`now() - make_interval(secs => ${olderThanSeconds})`)
    .execute();
}
