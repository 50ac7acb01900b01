import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema";
import type { RevisionAction, RevisionChanges } from "~/domain/opening";

// The revision kept for every change to an opening: what changed, who changed it, and why.

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

/** Old and new values of the editable columns that differ. */
export function diffOpening(before: Partial<Record<string, unknown>>, after: Partial<Record<string, unknown>>, columns: readonly string[]) {
  const changes: RevisionChanges = {};
  for (const column of columns) {
    const from = before[column] ?? null;
    const to = after[column] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[column] = { from, to };
  }
  return changes;
}

/** Adds one entry to an opening's history, inside the caller's transaction. */
export async function addRevision(
  trx: Trx,
  entry: { openingId: number; actorUserId: number | null; action: RevisionAction; changes?: RevisionChanges; reason?: string | null },
) {
  await trx
    .insertInto("opening_revision")
    .values({
      opening_id: entry.openingId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      changes: sql`${JSON.stringify(entry.changes ?? {})}::jsonb`,
      reason: entry.reason ?? null,
    })
    .execute();
}

/** The revision history of an opening, newest first, with who made each change. Scope is checked by the caller. */
export async function listRevisions(db: Db, { openingId }: { openingId: number }) {
  return db
    .selectFrom("opening_revision as r")
    .leftJoin("app_user as u", "u.id", "r.actor_user_id")
    .select(["r.id", "r.at", "r.action", "r.changes", "r.reason", "u.display_name as actor_name"])
    .where("r.opening_id", "=", openingId)
    .orderBy("r.id", "desc")
    .execute();
}
