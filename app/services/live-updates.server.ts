import type { Kysely } from "kysely";
import pg from "pg";
import { openSidePool } from "../../db/client";
import type { Database } from "../../db/schema";
import { LIVE_CHANNEL, listUpdatesAfter, type LiveUpdate } from "~/models/live-event.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { reportDatabaseError } from "~/utils/outage.server";

// Real time for the live room (issue 20, item 4), without a websocket server of our own: viewers hold
// a server-sent-events stream (routes/events.$id_.updates.tsx) and this hub feeds them. Each instance
// LISTENs on PostgreSQL's channel; a caption written through any instance is NOTIFYed on commit, and
// every instance then reads what is new for that event once and hands it to each of its viewers.
// The log's ids number the messages, so a viewer who reconnects (Last-Event-ID) gets exactly what
// they missed. On the embedded database (one process) the writer pokes the hub directly. While the
// LISTEN connection is down (a database restart), a poll every few seconds keeps viewers current.
// On PostgreSQL the hub reads through a small pool of its own: a read that waited behind page
// requests for a connection left viewers waiting for the poll (`npm run bench:events`).

type Subscriber = {
  afterId: number;
  /**
   * Hands the viewer their new updates, in order, and the same as server-sent events (`liveMessage`),
   * already encoded: the bytes are made once per round and shared by every viewer, never copied for one.
   */
  send: (updates: readonly LiveUpdate[], bytes: Uint8Array) => void;
  close: () => void;
};

export type LiveHub = {
  /** Starts delivering the event's updates after `afterId` to `send`; returns the unsubscribe. */
  subscribe: (eventId: number, afterId: number, subscriber: Omit<Subscriber, "afterId">) => () => void;
  /** Something was written for the event: read and deliver what is new (this instance's own writes, and NOTIFYs). */
  poke: (eventId: number) => void;
  /** How many streams are open, for the benchmark. */
  connections: () => number;
  /** Ends every stream and the LISTEN connection, and closes the hub's own pool if it has one (shutdown). */
  stop: () => Promise<void>;
};

const BATCH = 500;

const encoder = new TextEncoder();

/**
 * One update of the log as a server-sent event: numbered with its id, named by its kind ("caption":
 * the line and its time; "pin": the opening presented now, or none; "qa": which question changed).
 * The browser's client and the tests read exactly this.
 */
export function liveMessage(update: LiveUpdate): string {
  const data = update.kind === "caption" ? { text: update.body, at: update.created_at } : update.kind === "pin" ? { openingId: update.opening_id } : { questionId: update.question_id };
  return `id: ${update.id}\nevent: ${update.kind}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A round's updates as server-sent events in one buffer, each encoded once; `starts[i]` is where update i's message begins. */
function encodeRound(updates: readonly LiveUpdate[]) {
  const parts = updates.map((update) => encoder.encode(liveMessage(update)));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    bytes.set(part, at);
    at += part.length;
  }
  return { bytes, starts };
}

/** The index of the first update after `afterId` in updates sorted by id (`updates.length` when none is). */
function firstAfter(updates: readonly LiveUpdate[], afterId: number) {
  let low = 0;
  let high = updates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((updates[middle]?.id ?? Infinity) > afterId) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * A hub over `db`. With `ownsDb` the hub owns that handle (its own pool, see getLiveHub) and closes it
 * when it stops. `databaseUrl` (PostgreSQL) is where it LISTENs; without it, only pokes and the poll deliver.
 */
export function createLiveHub({
  db,
  ownsDb = false,
  databaseUrl,
  pollMs = 5_000,
}: {
  db: Kysely<Database>;
  ownsDb?: boolean;
  databaseUrl?: string | undefined;
  pollMs?: number;
}): LiveHub {
  const subscribers = new Map<number, Set<Subscriber>>();
  const running = new Map<number, Promise<void>>();
  const again = new Set<number>();
  let listener: pg.Client | null = null;
  let connecting = false;
  let stopped = false;
  let stopping: Promise<void> | undefined;
  let poll: NodeJS.Timeout | null = null;

  async function deliver(eventId: number) {
    for (;;) {
      const set = subscribers.get(eventId);
      if (!set || set.size === 0) return;
      const from = Math.min(...[...set].map((s) => s.afterId));
      const updates = await listUpdatesAfter(db, { eventId, afterId: from, limit: BATCH });
      const latest = updates.at(-1);
      if (!latest) return;
      // Encoded once for every viewer. Each is handed the part from their first new update on: the
      // same arrays, or a view into them when they were further behind, so viewers cost no encoding.
      const { bytes, starts } = encodeRound(updates);
      for (const subscriber of set) {
        const first = firstAfter(updates, subscriber.afterId);
        if (first === updates.length) continue;
        subscriber.afterId = latest.id;
        subscriber.send(first === 0 ? updates : updates.slice(first), first === 0 ? bytes : bytes.subarray(starts[first]));
      }
      if (updates.length < BATCH) return;
    }
  }

  function poke(eventId: number) {
    if (stopped || !subscribers.get(eventId)?.size) return;
    // One read at a time per event; pokes that come meanwhile are folded into one more read.
    if (running.has(eventId)) {
      again.add(eventId);
      return;
    }
    const round = deliver(eventId)
      .catch((error: unknown) => console.error(`[live] reading event ${eventId} failed:`, error instanceof Error ? error.message : error))
      .finally(() => {
        running.delete(eventId);
        if (again.delete(eventId)) poke(eventId);
      });
    running.set(eventId, round);
  }

  const pokeAll = () => {
    for (const eventId of subscribers.keys()) poke(eventId);
  };

  async function listen() {
    if (!databaseUrl || listener || connecting || stopped) return;
    connecting = true;
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
    const retry = () => {
      if (listener === client) listener = null;
      client.removeAllListeners("notification");
      void client.end().catch(() => undefined);
      if (!stopped && subscribers.size > 0) setTimeout(() => void listen(), 1_000).unref();
    };
    // An error on an idle client must never crash the process: it is a restart or a network fault.
    client.on("error", (error) => {
      console.warn(`[live] LISTEN connection lost (${error.message}); reconnecting`);
      retry();
    });
    client.on("notification", (message) => {
      const eventId = Number(message.payload);
      if (Number.isInteger(eventId)) poke(eventId);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      listener = client;
      // Whatever was written while nobody listened.
      pokeAll();
    } catch (error) {
      console.warn(`[live] cannot LISTEN (${error instanceof Error ? error.message : String(error)}); retrying`);
      retry();
    } finally {
      connecting = false;
    }
  }

  return {
    subscribe(eventId, afterId, subscriber) {
      const entry: Subscriber = { afterId, ...subscriber };
      const set = subscribers.get(eventId) ?? new Set<Subscriber>();
      set.add(entry);
      subscribers.set(eventId, set);
      void listen();
      poll ??= setInterval(pokeAll, pollMs);
      poll.unref();
      poke(eventId);
      return () => {
        set.delete(entry);
        if (set.size === 0) subscribers.delete(eventId);
        if (subscribers.size === 0 && poll) {
          clearInterval(poll);
          poll = null;
        }
      };
    },
    poke,
    connections: () => [...subscribers.values()].reduce((sum, set) => sum + set.size, 0),
    stop() {
      stopping ??= (async () => {
        stopped = true;
        if (poll) clearInterval(poll);
        for (const set of subscribers.values()) for (const subscriber of set) subscriber.close();
        subscribers.clear();
        await Promise.all([...running.values()]);
        await listener?.end().catch(() => undefined);
        listener = null;
        // After the last read: its pool's connections are closed, not left to the process's exit.
        if (ownsDb) await db.destroy();
      })();
      return stopping;
    },
  };
}

let hub: LiveHub | undefined;

/**
 * This instance's hub, started on first use: LISTENing only once someone watches an event. On
 * PostgreSQL it reads through a pool of its own of two connections (one reading, one spare for
 * another event's round), so its reads never queue behind page requests; on the embedded database,
 * the one connection there is.
 */
export function getLiveHub(): LiveHub {
  if (!hub) {
    const env = getEnv();
    // Built as the main pool is (db/client.ts), with the pages' time limits; an error on one of its
    // idle connections (PostgreSQL restarting) goes to the outage log as the main pool's do, never fatal.
    const own = env.DATABASE_URL
      ? openSidePool(env.DATABASE_URL, {
          max: 2,
          timeouts: { connectMs: env.DB_CONNECT_TIMEOUT_MS, statementMs: env.DB_STATEMENT_TIMEOUT_MS },
          applicationName: "accesswork-live-hub",
          onError: (error) => reportDatabaseError(error, "[live] connection error"),
        })
      : undefined;
    hub = createLiveHub({ db: own ?? getDb(), ownsDb: own !== undefined, databaseUrl: env.DATABASE_URL });
  }
  return hub;
}

/** Ends every open stream, the LISTEN connection and the hub's pool (the server's shutdown). */
export async function stopLiveHub(): Promise<void> {
  await hub?.stop();
}
