// The live-room benchmark's own database, made for the run and removed after it: on PostgreSQL a
// fresh database `aw_bench_events_<pid>` on DATABASE_URL's server, otherwise PGlite in a temporary
// folder. It is migrated and given the demo seed, whose event "on now" is the one measured; and it
// gets the bench's askers: job seekers written straight into app_user with the demo seeker's
// password hash, so that each can sign in through the real form with DEMO_PASSWORD. Every step opens
// the database and closes it again: PGlite is single-process, and the server opens the folder next.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { openDatabase, type DatabaseHandle } from "../../../db/client";
import { migrateToLatest } from "../../../db/migrate";
import { DEMO_ACCOUNTS, seedDemoData } from "../../../db/seed";
import { likePatterns, type RunTag } from "./lines";
import type { EventsBenchSettings } from "./settings";

/** The event measured and who runs it. */
export interface LiveEventUnderTest {
  id: number;
  title: string;
  qaModeration: "open" | "held";
  /** The demo staff account of the partner that organises it: the captioner. */
  staffEmail: string;
}

/** The run's database: where it is, and how to reach and remove it. */
export interface BenchEventsDatabase {
  driver: "pg" | "pglite";
  /** The run's own PostgreSQL database, for the instances' DATABASE_URL. */
  databaseUrl: string | undefined;
  /** The PGlite folder (absolute), for the instance's PGLITE_DIR. */
  pgliteDir: string | undefined;
  /** Where it is, for the printout. */
  description: string;
  open: () => Promise<DatabaseHandle>;
  /** Drops the database or deletes the folder; safe to call twice. */
  remove: () => Promise<void>;
}

const ASKER_DOMAIN = "bench.accesswork.example";

/** The same server and credentials as `serverUrl`, another database. */
function withDatabaseName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates the empty database (PostgreSQL) or folder (PGlite) the run uses. */
export async function createDatabase(settings: EventsBenchSettings): Promise<BenchEventsDatabase> {
  if (settings.databaseUrl) {
    const serverUrl = settings.databaseUrl;
    // Only digits after the fixed prefix: safe to write into the statements below.
    const name = `aw_bench_events_${process.pid}`;
    await onServer(serverUrl, `CREATE DATABASE ${name}`);
    const databaseUrl = withDatabaseName(serverUrl, name);
    let removed = false;
    return {
      driver: "pg",
      databaseUrl,
      pgliteDir: undefined,
      description: `PostgreSQL, a fresh database ${name} on ${new URL(serverUrl).host}`,
      open: () => openDatabase({ databaseUrl, poolSize: 2, timeouts: { statementMs: 0, jobStatementMs: 0 } }),
      remove: async () => {
        if (removed) return;
        // FORCE ends any connection still open (a server killed half-way leaves none behind for long).
        await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        removed = true;
      },
    };
  }
  const pgliteDir = mkdtempSync(path.join(os.tmpdir(), "aw-bench-events-"));
  return {
    driver: "pglite",
    databaseUrl: undefined,
    pgliteDir,
    description: `PGlite in ${pgliteDir}`,
    open: () => openDatabase({ pgliteDir, timeouts: { statementMs: 0, jobStatementMs: 0 } }),
    remove: async () => rmSync(pgliteDir, { recursive: true, force: true }),
  };
}

async function using<T>(database: BenchEventsDatabase, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await database.open();
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/**
 * Migrates, writes the demo seed and finds its event on now (it started 30 minutes before the seed
 * ran), with the staff account of its organiser; sets the event's question moderation if asked.
 */
export async function prepareDatabase(database: BenchEventsDatabase, qaModeration: "open" | "held" | undefined): Promise<LiveEventUnderTest> {
  return using(database, async ({ db }) => {
    await migrateToLatest(db);
    await seedDemoData(db);
    const now = new Date();
    const event = await db
      .selectFrom("live_event as e")
      .innerJoin("organisation as o", "o.id", "e.partner_id")
      .select(["e.id", "e.title_zh", "e.qa_moderation", "o.slug"])
      .where("e.starts_at", "<=", now)
      .where("e.ends_at", ">", now)
      .where("e.cancelled_at", "is", null)
      .orderBy("e.id")
      .executeTakeFirst();
    if (!event) throw new Error("The demo seed has no live event on now");
    const staff = DEMO_ACCOUNTS.find((account) => account.role === "staff" && account.org === event.slug);
    if (!staff) throw new Error(`No demo staff account belongs to ${event.slug}, which organises event ${event.id}`);
    if (qaModeration && qaModeration !== event.qa_moderation) {
      await db.updateTable("live_event").set({ qa_moderation: qaModeration }).where("id", "=", event.id).execute();
    }
    return { id: event.id, title: event.title_zh, qaModeration: qaModeration ?? event.qa_moderation, staffEmail: staff.email };
  });
}

/**
 * Writes `count` job seekers numbered from `first` (bench-asker-0001@…), each with the demo seeker's
 * password hash, and returns their addresses. Cheaper than signing up through the form (which sends
 * a confirmation email and is limited per address); they sign in through the real form.
 */
export async function addAskers(database: BenchEventsDatabase, { first, count }: { first: number; count: number }): Promise<string[]> {
  const seeker = DEMO_ACCOUNTS.find((account) => account.org === null && !account.admin);
  if (!seeker) throw new Error("The demo seed has no job seeker account");
  return using(database, async ({ db }) => {
    const { password_hash } = await db.selectFrom("app_user").select("password_hash").where("email", "=", seeker.email).executeTakeFirstOrThrow();
    const now = new Date();
    const rows = Array.from({ length: count }, (_, i) => {
      const n = String(first + i).padStart(4, "0");
      return {
        email: `bench-asker-${n}@${ASKER_DOMAIN}`,
        password_hash,
        display_name: `基准观众 ${n}`,
        phone: null,
        preferred_locale: "zh-CN" as const,
        preferred_work: null,
        email_verified_at: now,
      };
    });
    await db.insertInto("app_user").values(rows).execute();
    return rows.map((row) => row.email);
  });
}

/** The id of the event's latest update: where a viewer who just opened the page starts (`?after=`). */
export async function lastUpdateId(database: BenchEventsDatabase, eventId: number): Promise<number> {
  return using(database, async ({ db }) => {
    const row = await db.selectFrom("live_event_update").select(sql<string | null>`max(id)`.as("id")).where("event_id", "=", eventId).executeTakeFirst();
    return Number(row?.id ?? 0);
  });
}

/** What the run wrote, as the database has it: its caption lines and questions (to compare with what the client counted). */
export async function countWritten(database: BenchEventsDatabase, eventId: number, tag: RunTag): Promise<{ captions: number; questions: number }> {
  const like = likePatterns(tag);
  return using(database, async ({ db }) => {
    const captions = await db
      .selectFrom("live_event_update")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("event_id", "=", eventId)
      .where("kind", "=", "caption")
      .where("body", "like", like.captions)
      .executeTakeFirstOrThrow();
    const questions = await db
      .selectFrom("live_event_question")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("event_id", "=", eventId)
      .where("body", "like", like.questions)
      .executeTakeFirstOrThrow();
    return { captions: captions.n, questions: questions.n };
  });
}

/**
 * Hides the run's questions, as a moderator clearing the queue would (without the log entries the
 * app's moderation writes: nobody is watching between runs). The console lists every held and
 * published question, so without this the next run would start with a heavier console page.
 */
export async function hideQuestions(database: BenchEventsDatabase, eventId: number, tag: RunTag): Promise<number> {
  return using(database, async ({ db }) => {
    const result = await db
      .updateTable("live_event_question")
      .set({ status: "hidden", moderated_at: new Date() })
      .where("event_id", "=", eventId)
      .where("body", "like", likePatterns(tag).questions)
      .where("status", "in", ["held", "published"])
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  });
}
