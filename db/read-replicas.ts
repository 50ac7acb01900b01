// Public read-only pages (search, the home page, an opening, feeds, the API, the sitemap) may be
// read from PostgreSQL read replicas (DATABASE_READ_URL); see docs/decisions/020-read-replicas.md.
//
// The choice of server is made here, where a connection is handed out, and not in the routes: Kysely
// asks its pool for a connection before every query, so every query through the read handle gets
// the same round-robin and the same fallback, and no route catches anything. A replica that cannot
// be reached, or that drops a query half-way, costs the visitor nothing: the query runs on the
// primary, the replica is set aside for a few seconds, and then one request tries it again.
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import { databaseUnavailableReason } from "./errors";

/** How long a replica that failed is left alone before one request tries it again. */
export const REPLICA_BACKOFF_MS = 5_000;

/** One replica: its pool and a name for the log (host and port, never a password). */
export interface ReadReplica {
  pool: PostgresPool;
  label: string;
}

/** What happened to a replica, for the log. */
export type ReplicaEvent = { kind: "down"; label: string; error: unknown } | { kind: "up"; label: string };

export interface ReadReplicaPoolOptions {
  /** Time a failed replica is skipped: {@link REPLICA_BACKOFF_MS}. */
  backoffMs?: number;
  now?: () => number;
  /** Told when a replica fails (every failure; the caller's log throttles) and when it answers again. */
  onEvent?: (event: ReplicaEvent) => void;
}

/**
 * What a replica's failure means for the query that saw it: "down" (the replica is unreachable,
 * restarting, or stopped answering: set it aside and run the query on the primary), "conflict"
 * (the replica cancelled the query because replaying the primary's changes needed its rows: the
 * replica is fine, run the query on the primary), or null (the query's own failure, thrown as it is).
 */
export function replicaFailure(error: unknown): "down" | "conflict" | null {
  const { code, message } = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  // "canceling statement due to conflict with recovery" (40001 on a hot standby).
  if (typeof message === "string" && /conflict with recovery/i.test(message)) return "conflict";
  // A statement PostgreSQL cancelled for its statement timeout is slow, and would be as slow on the
  // primary; a write refused as read-only is a bug (a write sent to the read handle), not an outage.
  if (code === "57014" || code === "25006") return null;
  return databaseUnavailableReason(error) ? "down" : null;
}

type Replica = ReadReplica & { downUntil: number; probing: boolean };

/**
 * A pool (the interface Kysely's PostgresDialect asks for) that hands out connections to the
 * replicas in turn and falls back to `primary`:
 * - a replica whose connect fails is set aside for `backoffMs` and the connection comes from the
 *   primary; after the back-off one request at a time tries it again (the others keep to the
 *   primary, so a replica that hangs delays one request, not all of them);
 * - a query that fails on a replica because the connection broke (or the replica cancelled it for a
 *   replication conflict) runs once more on the primary, and the rest of that checkout stays there:
 *   these are reads, so running one twice is harmless. Not inside a transaction, whose earlier
 *   statements ran on the replica;
 * - with every replica set aside, connections come from the primary.
 * `end()` ends the replicas' pools only: the primary's belongs to the primary's handle.
 */
export function readReplicaPool(replicas: ReadReplica[], primary: PostgresPool, { backoffMs = REPLICA_BACKOFF_MS, now = Date.now, onEvent = () => undefined }: ReadReplicaPoolOptions = {}): PostgresPool {
  const states: Replica[] = replicas.map((replica) => ({ ...replica, downUntil: 0, probing: false }));
  let next = 0;

  /** The next replica in turn that may be used now, or null. */
  function pick(): Replica | null {
    for (let i = 0; i < states.length; i++) {
      const replica = states[(next + i) % states.length];
      if (!replica) continue;
      const healthy = replica.downUntil === 0;
      const dueForProbe = !healthy && !replica.probing && now() >= replica.downUntil;
      if (healthy || dueForProbe) {
        next = (next + i + 1) % states.length;
        if (dueForProbe) replica.probing = true;
        return replica;
      }
    }
    return null;
  }

  function setAside(replica: Replica, error: unknown) {
    replica.downUntil = now() + backoffMs;
    replica.probing = false;
    onEvent({ kind: "down", label: replica.label, error });
  }

  function answered(replica: Replica) {
    if (replica.downUntil === 0) return;
    replica.downUntil = 0;
    replica.probing = false;
    onEvent({ kind: "up", label: replica.label });
  }

  /** A replica's connection that moves to the primary when the replica fails under a query. */
  function fallingBack(replica: Replica, client: PostgresPoolClient): PostgresPoolClient {
    // Null only between giving the replica's connection back and getting the primary's.
    let current: PostgresPoolClient | null = client;
    let onReplica = true;
    let inTransaction = false;
    const run = async <R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> => {
      const wasInTransaction = inTransaction;
      // Kysely opens and ends transactions with exactly these statements (PostgresDriver).
      if (/^(begin|start transaction)\b/i.test(sql)) inTransaction = true;
      else if (/^(commit|rollback)$/i.test(sql)) inTransaction = false;
      const connection = current;
      if (!connection) throw new Error("read replica fallback: no connection");
      if (!onReplica) return connection.query<R>(sql, parameters);
      try {
        return await connection.query<R>(sql, parameters);
      } catch (error) {
        const failure = replicaFailure(error);
        if (!failure || wasInTransaction) throw error;
        if (failure === "down") setAside(replica, error);
        // The replica's connection goes back (its own wrapper discards a broken one, and a conflict
        // can end the connection too: "terminating connection due to conflict with recovery"); the
        // rest of this checkout runs on the primary.
        connection.release(error instanceof Error && /^terminating connection/i.test(error.message));
        current = null;
        onReplica = false;
        current = await primary.connect();
        return current.query<R>(sql, parameters);
      }
    };
    return {
      query: ((...args: [string, ReadonlyArray<unknown>] | [unknown]) => {
        if (typeof args[0] === "string") return run(args[0], args[1] as ReadonlyArray<unknown>);
        // A cursor (streaming) goes to whichever server this checkout is on, as it is.
        if (!current) throw new Error("read replica fallback: no connection");
        return current.query(args[0] as never);
      }) as PostgresPoolClient["query"],
      release: (destroy?: boolean) => current?.release(destroy),
    };
  }

  return {
    connect: async () => {
      const replica = pick();
      if (!replica) return primary.connect();
      let client: PostgresPoolClient;
      try {
        client = await replica.pool.connect();
      } catch (error) {
        setAside(replica, error);
        return primary.connect();
      }
      answered(replica);
      return fallingBack(replica, client);
    },
    end: async () => {
      await Promise.all(states.map((replica) => replica.pool.end()));
    },
  };
}

/** "read replica 2 (10.0.0.6:5432/accesswork)": where a replica is, without its user or password. */
export function replicaLabel(url: string, index: number): string {
  try {
    const parsed = new URL(url);
    return `read replica ${index + 1} (${parsed.host}${parsed.pathname})`;
  } catch {
    return `read replica ${index + 1}`;
  }
}
