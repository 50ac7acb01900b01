import type { Kysely } from "kysely";
import nodemailer from "nodemailer";
import { claimDueEmails, markEmailFailed, markEmailSent } from "~/models/outbox.server";
import type { Database } from "../../../db/schema";

/** What the worker needs from a mail transport: nodemailer's SMTP transport, or a fake in tests. */
export type MailTransport = {
  sendMail(message: { from: string; to: string; subject: string; text: string; headers?: Record<string, string> }): Promise<unknown>;
  close?: () => void;
};

/**
 * What the worker needs from a text-message provider. The portal ships one for an HTTP gateway
 * ({@link createWebhookSmsSender}); a provider's own SDK (Aliyun, Tencent Cloud…) fits the same shape.
 */
export type SmsSender = { send(message: { to: string; text: string }): Promise<unknown> };

/**
 * A sender that posts each message as JSON (`{"to":"+8613800138000","text":"…"}`) to `SMS_WEBHOOK_URL`,
 * with `Authorization: Bearer SMS_WEBHOOK_TOKEN` when set; any answer but 2xx is a failure, retried
 * like a failed email. The gateway (the federation's own, or a provider's adapter) does the rest.
 */
export function createWebhookSmsSender(url: string, token?: string): SmsSender {
  return {
    async send({ to, text }) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to: `+86${to}`, text }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

/** How the worker paces itself; the defaults suit production. */
export type OutboxWorkerOptions = {
  /** Emails claimed per round. */
  batchSize?: number;
  /** Wait between rounds when the queue is empty. */
  pollMs?: number;
  /** How long a claimed email is reserved for this worker before another may take it. */
  leaseSeconds?: number;
  /** After this many failed attempts an email is left alone, with its last error kept. */
  maxAttempts?: number;
};

const DEFAULTS = { batchSize: 10, pollMs: 5_000, leaseSeconds: 300, maxAttempts: 10 } satisfies Required<OutboxWorkerOptions>;

/** Seconds to wait after the `attempt`-th failure: 30 s, 1 min, 2 min … doubling up to an hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempt - 1), 3_600);
}

/** An SMTP transport for `SMTP_URL` (smtp:// upgrades with STARTTLS when offered, smtps:// is TLS from the start). */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport(smtpUrl);
}

/** The SMTP server's address without credentials, for logs. */
export function describeSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
}

/**
 * Sends one batch of due emails and records each outcome. Returns how many were claimed, sent and
 * failed. A failed send never stops the batch: it is recorded on its row and retried later.
 *
 * An email the mail server accepted but that could not be recorded as sent (the database went
 * away in between) must never be sent again: its id is kept in `unrecorded` (the worker keeps one
 * set across rounds), the batch stops, and each later round first records those before it claims
 * anything. Their lease keeps other instances off them meanwhile. Only if this process dies in that
 * window can an email go out twice (see docs/decisions/014-database-faults.md).
 */
export async function deliverDueEmails(
  db: Kysely<Database>,
  { transport, from, unrecorded = new Set<number>(), ...options }: { transport: MailTransport; from: string; unrecorded?: Set<number> } & OutboxWorkerOptions,
) {
  return deliverDue(db, {
    channel: "email",
    send: (email) => transport.sendMail({ from, to: email.to_address, subject: email.subject, text: email.body_text, headers: email.headers }),
    unrecorded,
    ...options,
  });
}

/** As {@link deliverDueEmails}, for the text messages in the outbox, through the SMS sender. */
export async function deliverDueSms(
  db: Kysely<Database>,
  { sender, unrecorded = new Set<number>(), ...options }: { sender: SmsSender; unrecorded?: Set<number> } & OutboxWorkerOptions,
) {
  return deliverDue(db, { channel: "sms", send: (sms) => sender.send({ to: sms.to_address, text: sms.body_text }), unrecorded, ...options });
}

type OutboxRow = Awaited<ReturnType<typeof claimDueEmails>>[number];

async function deliverDue(
  db: Kysely<Database>,
  {
    channel,
    send,
    unrecorded,
    ...options
  }: { channel: "email" | "sms"; send: (row: OutboxRow) => Promise<unknown>; unrecorded: Set<number> } & OutboxWorkerOptions,
) {
  const { batchSize, leaseSeconds, maxAttempts } = { ...DEFAULTS, ...options };
  for (const id of [...unrecorded]) {
    await markEmailSent(db, { id });
    unrecorded.delete(id);
  }
  const claimed = await claimDueEmails(db, { limit: batchSize, leaseSeconds, maxAttempts, channel });
  const emails = claimed.filter((email) => !unrecorded.has(email.id));
  let sent = 0;
  let failed = 0;
  for (const email of emails) {
    try {
      await send(email);
    } catch (error) {
      const attempt = email.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      await markEmailFailed(db, { id: email.id, error: message, retryInSeconds: retryDelaySeconds(attempt) });
      failed++;
      console.error(
        `[outbox] ${channel === "sms" ? "text message" : "email"} ${email.id} failed (attempt ${attempt} of ${maxAttempts}${attempt >= maxAttempts ? ", giving up" : ""}): ${message}`,
      );
      continue;
    }
    try {
      await markEmailSent(db, { id: email.id });
      sent++;
    } catch (error) {
      // Sent, but not recorded: remember it, and stop sending while the database is away.
      unrecorded.add(email.id);
      throw error;
    }
  }
  return { claimed: emails.length, sent, failed };
}

/** A running worker; `stop()` waits for the batch in flight, then closes the transport. */
export type OutboxWorker = { stop: () => Promise<void> };

/**
 * Starts the background loop inside the server process: deliver a batch, and if the batch was
 * full go again at once, otherwise wait `pollMs`. Safe to run in every app instance.
 */
export function startOutboxWorker(
  db: Kysely<Database>,
  { transport, from, ...options }: { transport: MailTransport; from: string } & OutboxWorkerOptions,
): OutboxWorker {
  const settings = { ...DEFAULTS, ...options };
  return startLoop(settings, (unrecorded) => deliverDueEmails(db, { transport, from, unrecorded, ...settings }), () => transport.close?.());
}

/** As {@link startOutboxWorker}, for text messages through the SMS sender. */
export function startSmsWorker(db: Kysely<Database>, { sender, ...options }: { sender: SmsSender } & OutboxWorkerOptions): OutboxWorker {
  const settings = { ...DEFAULTS, ...options };
  return startLoop(settings, (unrecorded) => deliverDueSms(db, { sender, unrecorded, ...settings }), () => undefined);
}

function startLoop(
  settings: Required<OutboxWorkerOptions>,
  deliver: (unrecorded: Set<number>) => Promise<{ claimed: number }>,
  close: () => void,
): OutboxWorker {
  // Messages sent but not yet recorded as sent (the database went away in between).
  const unrecorded = new Set<number>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = deliver(unrecorded)
        .then((result) => (result.claimed >= settings.batchSize ? 0 : settings.pollMs))
        .catch((error: unknown) => {
          // The database may be restarting; the next round tries again.
          console.error("[outbox] could not deliver:", error instanceof Error ? error.message : error);
          return settings.pollMs;
        })
        .then((next) => {
          inFlight = undefined;
          schedule(next);
        });
    }, delayMs);
    // The worker alone never keeps the process alive.
    timer.unref();
  };
  schedule(0);

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
      close();
    },
  };
}
