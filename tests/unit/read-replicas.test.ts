import type { PostgresPool, PostgresPoolClient } from "kysely";
import { describe, expect, it } from "vitest";
import { readReplicaPool, replicaFailure, replicaLabel, type ReplicaEvent } from "../../db/read-replicas";

// The read replicas' round-robin, back-off and fallback (db/read-replicas.ts) on pools that are
// stand-ins: each records which server ran which statement, and can refuse connections or break a
// query the way pg does. The real thing, a streaming replica stopped under a running portal, is
// tests/ops/read-replica.test.ts.

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5433"), { code: "ECONNREFUSED" });
const terminated = () => new Error("Connection terminated unexpectedly");
const shutdown = () => Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });

type FakePool = PostgresPool & {
  name: string;
  /** Every statement run, as "server: sql". */
  log: string[];
  refuse: boolean;
  /** The next statement run on this server fails with this error. */
  failNext: Error | null;
  connects: number;
  released: number;
  /** What each release was told: true when the connection must be closed, not reused. */
  releasedWith: (boolean | undefined)[];
  ended: boolean;
};

function fakePool(name: string, log: string[] = []): FakePool {
  const pool: FakePool = {
    name,
    log,
    refuse: false,
    failNext: null,
    connects: 0,
    released: 0,
    releasedWith: [],
    ended: false,
    connect: () => {
      pool.connects += 1;
      if (pool.refuse) return Promise.reject(refused());
      const client = {
        query: (sql: string) => {
          log.push(`${name}: ${sql}`);
          const failure = pool.failNext;
          pool.failNext = null;
          return failure ? Promise.reject(failure) : Promise.resolve({ command: "SELECT", rowCount: 1, rows: [{ server: name }] });
        },
        release: (destroy?: boolean) => {
          pool.released += 1;
          pool.releasedWith.push(destroy);
        },
      };
      return Promise.resolve(client as unknown as PostgresPoolClient);
    },
    end: () => {
      pool.ended = true;
      return Promise.resolve();
    },
  };
  return pool;
}

/** Checks out a connection, runs `sql` on it and gives it back; says which server answered. */
async function read(pool: PostgresPool, sql = "select 1"): Promise<string> {
  const client = await pool.connect();
  try {
    const result = await client.query<{ server: string }>(sql, []);
    return result.rows[0]?.server ?? "?";
  } finally {
    client.release();
  }
}

function setUp(replicaCount: number) {
  const log: string[] = [];
  const primary = fakePool("primary", log);
  const replicas = Array.from({ length: replicaCount }, (_, i) => fakePool(`replica${i + 1}`, log));
  const events: ReplicaEvent[] = [];
  let clock = 1_000;
  const pool = readReplicaPool(
    replicas.map((replica) => ({ pool: replica, label: replica.name })),
    primary,
    { backoffMs: 5_000, now: () => clock, onEvent: (event) => events.push(event) },
  );
  return { log, primary, replicas, events, pool, tick: (ms: number) => (clock += ms) };
}

describe("the read replicas' pool", () => {
  it("takes the replicas in turn, and never the primary while they answer", async () => {
    const { pool } = setUp(2);
    const servers = [];
    for (let i = 0; i < 4; i++) servers.push(await read(pool));
    expect(servers).toEqual(["replica1", "replica2", "replica1", "replica2"]);
  });

  it("reads from the primary when a replica refuses, sets it aside for the back-off, then tries it once", async () => {
    const { pool, replicas, events, tick } = setUp(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    replica.refuse = true;
    expect(await read(pool)).toBe("primary");
    expect(events).toEqual([{ kind: "down", label: "replica1", error: expect.objectContaining({ code: "ECONNREFUSED" }) as unknown }]);
    // During the back-off the replica is not even asked.
    tick(4_999);
    expect(await read(pool)).toBe("primary");
    expect(replica.connects).toBe(1);
    // After it, one request tries again; still down: another back-off.
    tick(1);
    expect(await read(pool)).toBe("primary");
    expect(replica.connects).toBe(2);
    expect(await read(pool)).toBe("primary");
    expect(replica.connects).toBe(2);
    // Back up: the next try after the back-off finds it, and says so once.
    replica.refuse = false;
    tick(5_000);
    expect(await read(pool)).toBe("replica1");
    expect(await read(pool)).toBe("replica1");
    expect(events.map((event) => event.kind)).toEqual(["down", "down", "up"]);
  });

  it("keeps using the other replicas while one is set aside", async () => {
    const { pool, replicas } = setUp(2);
    const [first] = replicas;
    if (!first) throw new Error("no replica");
    first.refuse = true;
    // The first request found replica1 down and went to the primary; then only replica2 is asked.
    expect(await read(pool)).toBe("primary");
    expect([await read(pool), await read(pool), await read(pool)]).toEqual(["replica2", "replica2", "replica2"]);
  });

  it("lets a single request try a replica after its back-off; the others keep to the primary meanwhile", async () => {
    const { pool, replicas, primary, tick } = setUp(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    replica.refuse = true;
    await read(pool);
    tick(5_000);
    // A replica whose connect hangs: the first request waits on it, the next goes to the primary.
    let finish: (client: PostgresPoolClient) => void = () => undefined;
    const realConnect = replica.connect;
    replica.connect = () => new Promise((resolve) => (finish = resolve));
    const probing = pool.connect();
    expect(await read(pool)).toBe("primary");
    replica.connect = realConnect;
    replica.refuse = false;
    finish(await replica.connect());
    const client = await probing;
    expect((await client.query<{ server: string }>("select 1", [])).rows[0]?.server).toBe("replica1");
    client.release();
    expect(primary.connects).toBe(2);
  });

  it("runs a query again on the primary when the replica's connection breaks under it, and stays there for that checkout", async () => {
    const { pool, replicas, primary, log, events } = setUp(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    const client = await pool.connect();
    replica.failNext = terminated();
    const first = await client.query<{ server: string }>("select 1", []);
    expect(first.rows[0]?.server).toBe("primary");
    expect((await client.query<{ server: string }>("select 2", [])).rows[0]?.server).toBe("primary");
    client.release();
    expect(log).toEqual(["replica1: select 1", "primary: select 1", "primary: select 2"]);
    // The replica's connection went back once, the primary's once: nothing leaks, nothing is released twice.
    expect(replica.released).toBe(1);
    expect(primary.released).toBe(1);
    expect(events.map((event) => event.kind)).toEqual(["down"]);
    // And the replica is set aside: the next request does not ask it.
    expect(await read(pool)).toBe("primary");
  });

  it("moves a query cancelled by a replication conflict to the primary without setting the replica aside", async () => {
    const { pool, replicas, events } = setUp(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    const client = await pool.connect();
    replica.failNext = Object.assign(new Error("canceling statement due to conflict with recovery"), { code: "40001" });
    expect((await client.query<{ server: string }>("select 1", [])).rows[0]?.server).toBe("primary");
    client.release();
    expect(events).toEqual([]);
    expect(await read(pool)).toBe("replica1");
    // The cancelled statement's connection is reused; one the conflict ended is closed.
    const again = await pool.connect();
    replica.failNext = Object.assign(new Error("terminating connection due to conflict with recovery"), { code: "40001" });
    expect((await again.query<{ server: string }>("select 1", [])).rows[0]?.server).toBe("primary");
    again.release();
    expect(replica.releasedWith).toEqual([false, undefined, true]);
  });

  it("throws, as it is, a failure that is the query's own, a slow statement, a write, or a break inside a transaction", async () => {
    const { pool, replicas, log } = setUp(1);
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    const syntax = Object.assign(new Error('syntax error at or near "selec"'), { code: "42601" });
    replica.failNext = syntax;
    await expect(read(pool, "selec 1")).rejects.toBe(syntax);
    replica.failNext = Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" });
    await expect(read(pool)).rejects.toThrow(/statement timeout/);
    replica.failNext = Object.assign(new Error("cannot execute INSERT in a read-only transaction"), { code: "25006" });
    await expect(read(pool, "insert into x values (1)")).rejects.toThrow(/read-only/);
    // A transaction's earlier statements ran on the replica: it cannot be continued elsewhere.
    const client = await pool.connect();
    await client.query("begin", []);
    replica.failNext = shutdown();
    await expect(client.query("select 1", [])).rejects.toThrow(/administrator command/);
    client.release();
    expect(log.filter((line) => line.startsWith("primary"))).toEqual([]);
  });

  it("is the primary when every replica is down, and ends only the replicas' pools", async () => {
    const { pool, replicas, primary } = setUp(2);
    for (const replica of replicas) replica.refuse = true;
    expect([await read(pool), await read(pool), await read(pool)]).toEqual(["primary", "primary", "primary"]);
    await pool.end();
    expect(replicas.map((replica) => replica.ended)).toEqual([true, true]);
    expect(primary.ended).toBe(false);
  });
});

describe("replicaFailure", () => {
  it("sets a replica aside for connection failures only", () => {
    expect(replicaFailure(refused())).toBe("down");
    expect(replicaFailure(terminated())).toBe("down");
    expect(replicaFailure(shutdown())).toBe("down");
    expect(replicaFailure(new Error("timeout exceeded when trying to connect"))).toBe("down");
    expect(replicaFailure(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe("down");
    expect(replicaFailure(Object.assign(new Error("canceling statement due to conflict with recovery"), { code: "40001" }))).toBe("conflict");
    expect(replicaFailure(Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" }))).toBeNull();
    expect(replicaFailure(Object.assign(new Error("cannot execute UPDATE in a read-only transaction"), { code: "25006" }))).toBeNull();
    expect(replicaFailure(new Error('relation "x" does not exist'))).toBeNull();
  });
});

describe("replicaLabel", () => {
  it("names a replica by host, port and database, never its user or password", () => {
    expect(replicaLabel("postgres://reader:s3cret@10.0.0.6:5433/accesswork", 1)).toBe("read replica 2 (10.0.0.6:5433/accesswork)");
    expect(replicaLabel("postgres://reader:s3cret@10.0.0.6:5433/accesswork", 1)).not.toMatch(/s3cret|reader/);
  });
});
