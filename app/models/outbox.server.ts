import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

/** Queues an email; it is sent by the outbox worker (or shown on the demo outbox page). */
export async function enqueueEmail(db: Db, email: { to: string; subject: string; bodyText: string; headers?: Record<string, string> }) {
  return db
    .insertInto("outbox")
    .values({ to_address: email.to, subject: email.subject, body_text: email.bodyText, headers: email.headers ?? {} })
    .returning(["id"])
    .executeTakeFirstOrThrow();
}

/**
 * Queues a text message to an 11-digit mobile number; the outbox worker's SMS sender delivers it
 * (or the demo outbox page shows it). Messages are kept short: one subject line and, if any, a link.
 */
export async function enqueueSms(db: Db, sms: { to: string; text: string }) {
  return db
    .insertInto("outbox")
    .values({ channel: "sms", to_address: sms.to, subject: "", body_text: sms.text })
    .returning(["id"])
    .executeTakeFirstOrThrow();
}

/** The newest queued emails, for the development-only outbox page. */
export async function listOutbox(db: Db, { limit = 50, to }: { limit?: number; to?: string } = {}) {
  let query = db
    .selectFrom("outbox")
    .select(["id", "channel", "to_address", "subject", "body_text", "created_at", "sent_at"])
    .orderBy("id", "desc")
    .limit(limit);
  if (to) query = query.where("to_address", "=", to);
  return query.execute();
}

/**
 * Claims up to `limit` emails that are due, for one worker. Each claimed row's next attempt moves
 * `leaseSeconds` ahead, so no other worker takes it while this one sends; `FOR UPDATE SKIP LOCKED`
 * lets several app instances claim at the same moment without waiting for, or sharing, a row. If
 * the worker dies mid-send, the row is simply due again when the lease runs out.
 */
export async function claimDueEmails(
  db: Db,
  { limit, leaseSeconds, maxAttempts, channel = "email" }: { limit: number; leaseSeconds: number; maxAttempts: number; channel?: "email" | "sms" },
) {
  return db
    .updateTable("outbox")
    .set({ next_attempt_at: sql<Date>`now() + make_interval(secs => ${leaseSeconds})` })
    .where("id", "in", (eb) =>
      eb
        .selectFrom("outbox")
        .select("id")
        .where("sent_at", "is", null)
        .where("channel", "=", channel)
        .where("attempts", "<", maxAttempts)
        .where("next_attempt_at", "<=", sql<Date>`now()`)
        .orderBy("next_attempt_at")
        .orderBy("id")
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(["id", "to_address", "subject", "body_text", "headers", "attempts"])
    .execute();
}

/** Records a successful send. */
export async function markEmailSent(db: Db, { id }: { id: number }) {
  await db
    .updateTable("outbox")
    .set({ sent_at: sql`now()`, attempts: sql`attempts + 1`, last_error: null })
    .where("id", "=", id)
    .execute();
}

/** Records a failed send and when to try again. */
export async function markEmailFailed(db: Db, { id, error, retryInSeconds }: { id: number; error: string; retryInSeconds: number }) {
  await db
    .updateTable("outbox")
    .set({
      attempts: sql`attempts + 1`,
      last_error: error.slice(0, 500),
      next_attempt_at: sql<Date>`now() + make_interval(secs => ${retryInSeconds})`,
    })
    .where("id", "=", id)
    .execute();
}
