// Issue 15, item 6: the outbox worker's round is cut by PostgreSQL going away at the worst moment,
// right after the mail server accepted an email and before it is recorded as sent. Every email must
// still go out, and exactly once. The lease is short here (3 s) so that a second send, if the
// worker allowed one, would happen within the test.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueEmail } from "~/models/outbox.server";
import { startOutboxWorker, type MailTransport } from "~/services/jobs/outbox-worker.server";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import { createOpsDatabase, ensureClusterRunning, stopCluster, waitForDatabase } from "../support/ops/ops-server";

const EMAILS = 24;
let database: Awaited<ReturnType<typeof createOpsDatabase>>;
let handle: DatabaseHandle;

beforeAll(async () => {
  database = await createOpsDatabase("outbox");
  // Connection errors while the cluster is down are expected; the worker's own log says what failed.
  handle = await openDatabase({ databaseUrl: database.url, poolSize: 4, onPoolError: () => undefined });
  await migrateToLatest(handle.db);
});

afterAll(async () => {
  await ensureClusterRunning();
  await handle?.close();
  await database?.drop();
});

describe("the outbox worker across a PostgreSQL restart", () => {
  it("sends every email exactly once, even one sent just before the database went away", async () => {
    for (let i = 0; i < EMAILS; i++) await enqueueEmail(handle.db, { to: `person${i}@example.org`, subject: `Email ${i}`, bodyText: "Hello" });

    const sends: string[] = [];
    let restart: Promise<void> | undefined;
    const transport: MailTransport = {
      async sendMail(message) {
        // A slow mail server.
        await new Promise((resolve) => setTimeout(resolve, 100));
        sends.push(message.to);
        if (sends.length === 5 && !restart) {
          // The mail server has accepted the fifth email; now the database goes away before the
          // worker can record it, and comes back 2 s later.
          await stopCluster();
          restart = new Promise((resolve) => setTimeout(resolve, 2_000)).then(() => ensureClusterRunning());
        }
      },
    };
    const worker = startOutboxWorker(handle.jobsDb, { transport, from: "no-reply@example.org", batchSize: 6, pollMs: 200, leaseSeconds: 3 });
    try {
      const deadline = Date.now() + 90_000;
      let unsent = EMAILS;
      while (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        if (!restart) continue;
        await restart;
        unsent = await sql<{ n: string }>`select count(*) as n from outbox where sent_at is null`
          .execute(handle.db)
          .then((r) => Number(r.rows[0]?.n ?? EMAILS), () => EMAILS);
        if (unsent === 0) break;
      }
      expect(restart, "the database was stopped mid-round").toBeDefined();
      expect(unsent).toBe(0);
      // Longer than a lease: a worker that lost track of a sent email would send it again now.
      await new Promise((resolve) => setTimeout(resolve, 4_500));
    } finally {
      await worker.stop();
      await ensureClusterRunning();
    }
    await waitForDatabase(database.url);

    const counts = new Map<string, number>();
    for (const to of sends) counts.set(to, (counts.get(to) ?? 0) + 1);
    const twice = [...counts].filter(([, n]) => n > 1);
    console.log(`[ops] outbox across a PostgreSQL stop mid-round: ${EMAILS} emails, ${sends.length} sends, sent more than once: ${twice.length}`);
    expect(twice).toEqual([]);
    expect(counts.size).toBe(EMAILS);
    const rows = await sql<{ n: string }>`select count(*) as n from outbox where sent_at is not null and attempts = 1`.execute(handle.db);
    expect(Number(rows.rows[0]?.n)).toBe(EMAILS);
  });
});
