import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** Queues an email; it is sent by the outbox worker (or shown on the demo outbox page). */
export async function enqueueEmail(db: Kysely<Database>, email: { to: string; subject: string; bodyText: string }) {
  return db
    .insertInto("outbox")
    .values({ to_address: email.to, subject: email.subject, body_text: email.bodyText })
    .returning(["id"])
    .executeTakeFirstOrThrow();
}

/** The newest queued emails, for the development-only outbox page. */
export async function listOutbox(db: Kysely<Database>, { limit = 50, to }: { limit?: number; to?: string } = {}) {
  let query = db
    .selectFrom("outbox")
    .select(["id", "to_address", "subject", "body_text", "created_at", "sent_at"])
    .orderBy("id", "desc")
    .limit(limit);
  if (to) query = query.where("to_address", "=", to);
  return query.execute();
}

/** Marks an email as sent, or records why it failed. */
export async function markOutboxResult(db: Kysely<Database>, { id, error }: { id: number; error: string | null }) {
  await db
    .updateTable("outbox")
    .set(error ? { attempts: sql`attempts + 1`, last_error: error.slice(0, 500) } : { sent_at: sql`now()`, attempts: sql`attempts + 1` })
    .where("id", "=", id)
    .execute();
}
