import type { Kysely } from "kysely";
import pg from "pg";
import type { Database } from "../../db/schema";
import { LIVE_CHANNEL, listUpdatesAfter, type LiveUpdate } from "~/models/live-event.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

// Real time for the live room (issue 20, item 4), without a websocket server of our own: viewers hold
// a server-sent-events stream (routes/events.$id_.updates.tsx) and this hub feeds them. Each instance
// LISTENs on PostgreSQL's channel; a caption written through any instance is NOTIFYed on commit, and
// every instance then reads what is new for that event once and hands it to each of its viewers.
// The log's ids number the messages, so a viewer who reconnects (Last-Event-ID) gets exactly what
// they missed. On the embedded database (one process) the writer pokes the hub directly. While the
// LISTEN connection is down (a database restart), a poll every few seconds keeps viewers current.

type Subscriber = { afterId: number; send: (updates: LiveUpdate[]) => void; close: () => void };

export type LiveHub = {
  /** Starts delivering the event's updates after `afterId` to `send`; returns the unsubscribe. */
  subscribe: (eventId: number, afterId: number, subscriber: Omit<Subscriber, "afterId">) => () => void;
  /** Something was written for the event: read and deliver what is new (this instance's own writes, and NOTIFYs). */
  poke: (eventId: number) => void;
  /** How many streams are open, for the benchmark. */
  connections: () => number;
  /** Ends every stream and the LISTEN connection (shutdown). */
  stop: () => Promise<void>;
};

const BATCH = 500;

export function createLiveHub({ db, databaseUrl, pollMs = 5_000 }: { db: Kysely<Database>; databaseUrl?: string; pollMs?: number }): LiveHub {
  const subscribers = new Map<number, Set<Subscriber>>();
  const running = new Map<number, Promise<void>>();
  const again = new Set<number>();
  let listener: pg.Client | null = null;
  let connecting = false;
  let stopped = false;
  let poll: NodeJS.Timeout | null = null;

  async function deliver(eventId: number) {
    for (;;) {
      const set = subscribers.get(eventId);
      if (!set || set.size === 0) return;
      const from = Math.min(...[...set].map((s) => s.afterId));
      const updates = await listUpdatesAfter(db, { eventId, afterId: from, limit: BATCH });
      for (const subscriber of set) {
        const theirs = updates.filter((update) => update.id > subscriber.afterId);
        const latest = theirs.at(-1);
        if (!latest) continue;
        subscriber.afterId = latest.id;
        subscriber.send(theirs);
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
    async stop() {
      stopped = true;
      if (poll) clearInterval(poll);
      for (const set of subscribers.values()) for (const subscriber of set) subscriber.close();
      subscribers.clear();
      await Promise.all([...running.values()]);
      await listener?.end().catch(() => undefined);
      listener = null;
    },
  };
}

let hub: LiveHub | undefined;

/** This instance's hub, started on first use: LISTENing only once someone watches an event. */
export function getLiveHub(): LiveHub {
  hub ??= createLiveHub({ db: getDb(), databaseUrl: getEnv().DATABASE_URL });
  return hub;
}

/** Ends every open stream and the LISTEN connection (the server's shutdown). */
export async function stopLiveHub(): Promise<void> {
  await hub?.stop();
}
