import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

/**
 * Closes every published opening whose deadline has passed (in China time, where deadlines are
 * read) and records an "expired" revision for each, in one statement: with several app instances
 * running the job, a row is closed by exactly one of them, because the second UPDATE finds it no
 * longer published. Returns the ids it closed.
 */
export async function closeExpiredOpenings(db: Kysely<Database>, { today }: { today: string }): Promise<number[]> {
  const result = await sql<{ opening_id: number }>`
    with closed as (
      update opening
      set status = 'closed', updated_at = now()
      where status = 'published' and deadline is not null and deadline < ${today}::date
      returning id, deadline
    )
    insert into opening_revision (opening_id, actor_user_id, action, changes)
    select id, null, 'expired', jsonb_build_object('status', jsonb_build_object('from', 'published', 'to', 'closed'))
    from closed
    returning opening_id
  `.execute(db);
  return result.rows.map((row) => row.opening_id).sort((a, b) => a - b);
}
