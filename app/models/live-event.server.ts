import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

// The live room's log (migration 0029): caption lines and "now presenting", in order, one log per
// event. Writing one also NOTIFYs the channel below in the same transaction, so every app instance
// listening hears of it when, and only if, it is committed (services/live-updates.server.ts).

/** The PostgreSQL channel every instance LISTENs on; the payload is the event's id. */
export const LIVE_CHANNEL = "live_event_updates";

/** A caption line is at most this long: a captioner sends a sentence or two at a time. */
export const CAPTION_MAX = 500;

export type LiveUpdate = { id: number; kind: "caption" | "pin"; body: string | null; opening_id: number | null; created_at: Date };

const columns = ["id", "kind", "body", "opening_id", "created_at"] as const;
const toUpdate = (row: { id: string; kind: "caption" | "pin"; body: string | null; opening_id: number | null; created_at: Date }): LiveUpdate => ({ ...row, id: Number(row.id) });

async function append(db: Db, values: { event_id: number; kind: "caption" | "pin"; body: string | null; opening_id: number | null; author_user_id: number }) {
  return inTransaction(db, async (trx) => {
    const row = await trx.insertInto("live_event_update").values(values).returning([...columns]).executeTakeFirstOrThrow();
    await sql`select pg_notify(${LIVE_CHANNEL}, ${String(values.event_id)})`.execute(trx);
    return toUpdate(row);
  });
}

/** Appends a caption line (already trimmed and checked) to the event's log. */
export function appendCaption(db: Db, { eventId, userId, body }: { eventId: number; userId: number; body: string }) {
  return append(db, { event_id: eventId, kind: "caption", body, opening_id: null, author_user_id: userId });
}

/** Says which opening is being presented now (null: none). */
export function appendPin(db: Db, { eventId, userId, openingId }: { eventId: number; userId: number; openingId: number | null }) {
  return append(db, { event_id: eventId, kind: "pin", body: null, opening_id: openingId, author_user_id: userId });
}

/** The event's updates after `afterId`, oldest first, at most `limit`: what a viewer who saw up to `afterId` missed. */
export async function listUpdatesAfter(db: Db, { eventId, afterId, limit = 500 }: { eventId: number; afterId: number; limit?: number }): Promise<LiveUpdate[]> {
  const rows = await db
    .selectFrom("live_event_update")
    .select([...columns])
    .where("event_id", "=", eventId)
    .where("id", ">", String(afterId))
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map(toUpdate);
}

/** The newest `limit` caption lines, newest first, and the id of the event's latest update of any kind. */
export async function listRecentCaptions(db: Db, { eventId, limit }: { eventId: number; limit: number }) {
  const [captions, last] = await Promise.all([
    db.selectFrom("live_event_update").select([...columns]).where("event_id", "=", eventId).where("kind", "=", "caption").orderBy("id", "desc").limit(limit).execute(),
    db.selectFrom("live_event_update").select(sql<string | null>`max(id)`.as("id")).where("event_id", "=", eventId).executeTakeFirst(),
  ]);
  return { captions: captions.map(toUpdate), lastId: Number(last?.id ?? 0) };
}

/** Every caption line, oldest first: the transcript. */
export async function listTranscript(db: Db, { eventId }: { eventId: number }): Promise<LiveUpdate[]> {
  const rows = await db.selectFrom("live_event_update").select([...columns]).where("event_id", "=", eventId).where("kind", "=", "caption").orderBy("id").execute();
  return rows.map(toUpdate);
}

/** The opening being presented now, per the latest pin, or null. */
export async function currentPin(db: Db, { eventId }: { eventId: number }): Promise<number | null> {
  const row = await db.selectFrom("live_event_update").select("opening_id").where("event_id", "=", eventId).where("kind", "=", "pin").orderBy("id", "desc").limit(1).executeTakeFirst();
  return row?.opening_id ?? null;
}
