// A streaming read replica of the ops cluster, for tests/ops/read-replica.test.ts: a database made
// on the primary and waited for on the replica, the replica's replay position, its counters, and
// stopping and starting it (never the primary).
//
// OPS_REPLICA_CLUSTER names the replica's cluster ("15 replica_ci") and OPS_REPLICA_URL reaches it
// (postgres://postgres@127.0.0.1:5433/postgres); `.ci/replica.sh start` makes one of the cluster at
// OPS_PG_URL, and `.ci/replica.sh stop` drops it. A test always leaves the replica running.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import pg from "pg";
import { opsCluster } from "./ops-server";

const run = promisify(execFile);

/** The replica's settings, or a clear failure naming what to set. */
export function opsReplica(): { version: string; name: string; url: string } {
  const cluster = process.env.OPS_REPLICA_CLUSTER ?? "";
  const url = process.env.OPS_REPLICA_URL ?? "";
  const [version, name] = cluster.trim().split(/\s+/);
  if (!version || !name || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(
      'The read-replica test needs OPS_REPLICA_CLUSTER (e.g. "15 replica_ci") and OPS_REPLICA_URL (e.g. postgres://postgres@127.0.0.1:5433/postgres): a streaming replica of the OPS_PG_URL cluster, which `bash .ci/replica.sh start` makes (and `bash .ci/replica.sh stop` removes)',
    );
  }
  const primary = opsCluster();
  // The test stops the replica: it must never be the primary.
  if (`${version} ${name}` === `${primary.version} ${primary.name}` || new URL(url).port === new URL(primary.url).port) {
    throw new Error("OPS_REPLICA_CLUSTER and OPS_REPLICA_URL must name the replica, not the primary (OPS_PG_CLUSTER, OPS_PG_URL)");
  }
  return { version, name, url };
}

/** `url` with another database name. */
function withDatabase(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}

/** One query on a short-lived connection. */
export async function queryOnce<R extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Polls `check` every 100 ms until it is true (errors count as false), or fails after `timeoutMs` saying `what`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fresh database made on the primary and seen on the replica: its name, both URLs, and a way to drop it. */
export async function createReplicatedDatabase(label: string): Promise<{ name: string; primaryUrl: string; replicaUrl: string; drop: () => Promise<void> }> {
  const primary = opsCluster();
  const replica = opsReplica();
  const name = `aw_replica_${label}_${randomBytes(4).toString("hex")}`;
  await queryOnce(primary.url, `create database ${name}`);
  const replicaUrl = withDatabase(replica.url, name);
  await waitFor(`database ${name} on the replica`, async () => (await queryOnce<{ ok: number }>(replicaUrl, "select 1 as ok"))[0]?.ok === 1);
  return {
    name,
    primaryUrl: withDatabase(primary.url, name),
    replicaUrl,
    // Dropped on the primary, and so on the replica too.
    drop: () => queryOnce(primary.url, `drop database if exists ${name} with (force)`).then(() => undefined),
  };
}

/** Resolves once the replica has replayed everything the primary had written when it was called. */
export async function waitForReplay(timeoutMs = 30_000): Promise<void> {
  const [position] = await queryOnce<{ lsn: string }>(opsCluster().url, "select pg_current_wal_lsn()::text as lsn");
  const lsn = position?.lsn ?? "0/0";
  await waitFor(
    `the replica replaying up to ${lsn}`,
    async () => (await queryOnce<{ caught: boolean }>(opsReplica().url, "select pg_last_wal_replay_lsn() >= $1::pg_lsn as caught", [lsn]))[0]?.caught === true,
    timeoutMs,
  );
}

/** The replica's own counters for one database: transactions committed and rows read there. */
export async function replicaCounters(database: string): Promise<{ commits: number; rowsRead: number }> {
  const [row] = await queryOnce<{ commits: string; rows_read: string }>(
    opsReplica().url,
    "select xact_commit::text as commits, (tup_returned + tup_fetched)::text as rows_read from pg_stat_database where datname = $1",
    [database],
  );
  return { commits: Number(row?.commits ?? 0), rowsRead: Number(row?.rows_read ?? 0) };
}

/** Pauses or resumes the replica's replay of the primary's changes: a replica that lags, on purpose. */
export async function pauseReplay(paused: boolean): Promise<void> {
  await queryOnce(opsReplica().url, paused ? "select pg_wal_replay_pause()" : "select pg_wal_replay_resume()");
}

/** Stops the replica (fast: its connections are ended). Never the primary. Always start it again. */
export async function stopReplica(): Promise<void> {
  const { version, name } = opsReplica();
  await run("pg_ctlcluster", [version, name, "stop", "-m", "fast"]);
}

/** Starts the replica if it is stopped, and waits until it answers. */
export async function ensureReplicaRunning(): Promise<void> {
  const { version, name, url } = opsReplica();
  const online = await run("pg_ctlcluster", [version, name, "status"]).then(
    () => true,
    () => false,
  );
  if (!online) await run("pg_ctlcluster", [version, name, "start"]);
  await waitFor("the replica answering", async () => (await queryOnce<{ ok: number }>(url, "select 1 as ok"))[0]?.ok === 1, 60_000);
}
