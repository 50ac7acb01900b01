import type { AddressInfo } from "node:net";
import { sql } from "kysely";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { claimDueEmails, enqueueEmail } from "~/models/outbox.server";
import {
  createSmtpTransport,
  deliverDueEmails,
  describeSmtpUrl,
  retryDelaySeconds,
  startOutboxWorker,
  type MailTransport,
} from "~/services/jobs/outbox-worker.server";
import type { DatabaseHandle } from "../../db/client";
import { createTestDatabase } from "../support/test-db";

/** What the local SMTP server received: envelope recipients and the raw message. */
type Received = { rcptTo: string[]; raw: string };

let handle: DatabaseHandle;
let smtp: SMTPServer;
let smtpUrl: string;
const received: Received[] = [];
// Recipients the server turns away with a temporary failure, as a full mailbox would.
const refuse = new Set<string>();

const FROM = "无碍就业 <no-reply@accesswork.example>";

beforeAll(async () => {
  handle = await createTestDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) {
        callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await handle?.close();
});

beforeEach(async () => {
  received.length = 0;
  refuse.clear();
  await handle.db.deleteFrom("outbox").execute();
});

async function row(id: number) {
  return handle.db
    .selectFrom("outbox")
    .select(["sent_at", "attempts", "last_error", sql<boolean>`next_attempt_at > now() + interval '20 seconds'`.as("waiting")])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

/** Makes every unsent email due now, as if the retry delay had passed. */
async function letTimePass() {
  await handle.db.updateTable("outbox").set({ next_attempt_at: sql`now() - interval '1 second'` }).where("sent_at", "is", null).execute();
}

describe("the outbox worker", () => {
  it("sends a queued email over SMTP and marks the row sent", async () => {
    const { id } = await enqueueEmail(handle.db, {
      to: "xiaoli@example.org",
      subject: "请确认你的邮箱地址",
      bodyText: "你好：\n\nhttps://aw.example/verify-email/abc123\n",
    });
    const transport = createSmtpTransport(smtpUrl);
    const result = await deliverDueEmails(handle.db, { transport, from: FROM });
    transport.close?.();

    expect(result).toEqual({ claimed: 1, sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]?.rcptTo).toEqual(["xiaoli@example.org"]);
    expect(received[0]?.raw).toContain("no-reply@accesswork.example");
    expect(received[0]?.raw).toContain("https://aw.example/verify-email/abc123");
    // The Chinese subject travels encoded, and decodes to what was queued.
    const subject = /^Subject: =\?UTF-8\?B\?([^?]+)\?=/m.exec(received[0]?.raw ?? "")?.[1] ?? "";
    expect(Buffer.from(subject, "base64").toString("utf8")).toBe("请确认你的邮箱地址");

    const sent = await row(id);
    expect(sent.sent_at).toBeInstanceOf(Date);
    expect(sent.attempts).toBe(1);
    expect(sent.last_error).toBeNull();
    // Sent once only: the next round finds nothing to do.
    expect(await deliverDueEmails(handle.db, { transport: createSmtpTransport(smtpUrl), from: FROM })).toEqual({ claimed: 0, sent: 0, failed: 0 });
  });

  it("records a failure, waits before retrying, then sends on the retry", async () => {
    refuse.add("busy@example.org");
    const { id } = await enqueueEmail(handle.db, { to: "busy@example.org", subject: "Invitation", bodyText: "Hello" });

    const first = await deliverDueEmails(handle.db, { transport: createSmtpTransport(smtpUrl), from: FROM });
    expect(first).toEqual({ claimed: 1, sent: 0, failed: 1 });
    const failed = await row(id);
    expect(failed.sent_at).toBeNull();
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toMatch(/Mailbox busy/);
    expect(failed.waiting).toBe(true);
    expect(received).toHaveLength(0);

    // Not due yet: a second round leaves it alone.
    expect((await deliverDueEmails(handle.db, { transport: createSmtpTransport(smtpUrl), from: FROM })).claimed).toBe(0);

    refuse.clear();
    await letTimePass();
    const retry = await deliverDueEmails(handle.db, { transport: createSmtpTransport(smtpUrl), from: FROM });
    expect(retry).toEqual({ claimed: 1, sent: 1, failed: 0 });
    const sent = await row(id);
    expect(sent.sent_at).toBeInstanceOf(Date);
    expect(sent.attempts).toBe(2);
    expect(sent.last_error).toBeNull();
    expect(received.map((r) => r.rcptTo)).toEqual([["busy@example.org"]]);
  });

  it("backs off 30 s, 1 min, 2 min … up to an hour, and gives up after the last attempt", async () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 3600, 3600]);

    const broken: MailTransport = { sendMail: () => Promise.reject(new Error("connection refused")) };
    const { id } = await enqueueEmail(handle.db, { to: "nobody@example.org", subject: "s", bodyText: "b" });
    for (let i = 0; i < 2; i++) {
      expect(await deliverDueEmails(handle.db, { transport: broken, from: FROM, maxAttempts: 2 })).toMatchObject({ failed: 1 });
      await letTimePass();
    }
    expect(await deliverDueEmails(handle.db, { transport: broken, from: FROM, maxAttempts: 2 })).toEqual({ claimed: 0, sent: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ sent_at: null, attempts: 2, last_error: "connection refused" });
  });

  it("never gives the same email to two workers claiming at once", async () => {
    for (let i = 0; i < 6; i++) await enqueueEmail(handle.db, { to: `p${i}@example.org`, subject: "s", bodyText: "b" });
    const [a, b] = await Promise.all([
      claimDueEmails(handle.db, { limit: 4, leaseSeconds: 300, maxAttempts: 10 }),
      claimDueEmails(handle.db, { limit: 4, leaseSeconds: 300, maxAttempts: 10 }),
    ]);
    const ids = [...a, ...b].map((e) => e.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    // Claimed rows are leased: a third worker finds nothing until the lease runs out.
    expect(await claimDueEmails(handle.db, { limit: 10, leaseSeconds: 300, maxAttempts: 10 })).toEqual([]);
  });

  it("runs in the background until stopped, and stop waits for the email in flight", async () => {
    let release: () => void = () => undefined;
    let started = false;
    const sentTo: string[] = [];
    let closed = false;
    const slow: MailTransport = {
      sendMail: async (message) => {
        started = true;
        await new Promise<void>((resolve) => (release = resolve));
        sentTo.push(message.to);
      },
      close: () => {
        closed = true;
      },
    };
    const { id } = await enqueueEmail(handle.db, { to: "first@example.org", subject: "s", bodyText: "b" });
    const worker = startOutboxWorker(handle.db, { transport: slow, from: FROM, pollMs: 20 });
    await expect.poll(() => started, { timeout: 5_000 }).toBe(true);
    expect(sentTo).toEqual([]);

    const stopping = worker.stop();
    release();
    await stopping;
    expect(sentTo).toEqual(["first@example.org"]);
    expect((await row(id)).sent_at).toBeInstanceOf(Date);
    expect(closed).toBe(true);

    // Stopped means stopped: a new email stays queued.
    const later = await enqueueEmail(handle.db, { to: "later@example.org", subject: "s", bodyText: "b" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await row(later.id)).sent_at).toBeNull();
  });

  it("logs the SMTP server without its credentials", () => {
    expect(describeSmtpUrl("smtps://mailer:s3cret@mail.example.org:465")).toBe("smtps://mail.example.org:465");
  });
});
