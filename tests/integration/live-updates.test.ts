// The live room's real time (issue 20, item 4): the hub hands each viewer the event's log in order,
// from where they were (a reconnect's Last-Event-ID), with no line lost or repeated; on PostgreSQL a
// caption written through one instance reaches a viewer held by another through LISTEN/NOTIFY alone,
// and the hub reconnects when its LISTEN connection is cut. Each round's messages are encoded once,
// shared by viewers at different positions; on PostgreSQL the hub reads through a pool of its own.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendCaption, appendPin, type LiveUpdate } from "~/models/live-event.server";
import { createLiveHub, liveMessage, type LiveHub } from "~/services/live-updates.server";
import { createEvent } from "~/models/event.server";
import { createUser } from "~/models/user.server";
import { openSidePool, type DatabaseHandle } from "../../db/client";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let eventId: number;
let captioner: number;
const hubs: LiveHub[] = [];

/** Collects what a subscriber is sent: the updates, and the bytes of each delivery. */
function viewer() {
  const got: LiveUpdate[] = [];
  const chunks: Uint8Array[] = [];
  return {
    got,
    chunks,
    send: (updates: readonly LiveUpdate[], bytes: Uint8Array) => {
      got.push(...updates);
      chunks.push(bytes);
    },
    close: () => undefined,
  };
}

const decoder = new TextDecoder();
/** What a viewer's stream carried, as text. */
const streamed = (chunks: Uint8Array[]) => chunks.map((chunk) => decoder.decode(chunk)).join("");

/** Waits until `check` holds, for at most `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 5_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const partner = await createOrganisation(handle.db, { kind: "partner" });
  const user = await createUser(handle.db, { email: `captioner-${Date.now()}@example.org`, passwordHash: "x", displayName: "字幕员", preferredLocale: "zh-CN" });
  if (!user) throw new Error("user not created");
  captioner = user.id;
  const start = new Date(Date.now() - 10 * 60_000);
  eventId = await createEvent(handle.db, {
    partnerId: partner.id,
    createdBy: captioner,
    fields: {
      titleZh: "直播测试",
      titleEn: null,
      descriptionZh: "测试",
      descriptionEn: null,
      startsAt: start,
      endsAt: new Date(start.getTime() + 2 * 3_600_000),
      streamUrl: null,
      replayUrl: null,
      provisions: ["captions"],
      qaModeration: "held",
      employerIds: [],
      openingIds: [],
    },
  });
});

afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.stop()));
  await handle.close();
});

describe("the live hub", () => {
  it("gives each viewer the log from where they were, in order, with no line lost or repeated", async () => {
    const hub = createLiveHub({ db: handle.db, pollMs: 60_000 });
    hubs.push(hub);
    const first = await appendCaption(handle.db, { eventId, userId: captioner, body: "第一句" });
    const fresh = viewer();
    const resumed = viewer();
    hub.subscribe(eventId, 0, fresh);
    hub.subscribe(eventId, first.id, resumed);
    await until(() => fresh.got.length === 1);
    // 20 lines and a pin written in quick succession, each followed by a poke, as the console does.
    for (let i = 1; i <= 20; i++) {
      await appendCaption(handle.db, { eventId, userId: captioner, body: `第 ${i + 1} 句` });
      hub.poke(eventId);
    }
    await appendPin(handle.db, { eventId, userId: captioner, openingId: null });
    hub.poke(eventId);
    await until(() => fresh.got.length === 22 && resumed.got.length === 21);
    const ids = fresh.got.map((update) => update.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(22);
    expect(fresh.got.map((update) => update.body).slice(0, 3)).toEqual(["第一句", "第 2 句", "第 3 句"]);
    expect(fresh.got.at(-1)).toMatchObject({ kind: "pin", opening_id: null });
    // The reconnected viewer gets exactly what came after the line it had.
    expect(resumed.got.map((update) => update.id)).toEqual(ids.slice(1));
    expect(hub.connections()).toBe(2);
  });

  it("encodes each round once: viewers at different positions get exactly their part of the same bytes", async () => {
    const hub = createLiveHub({ db: handle.db, pollMs: 60_000 });
    hubs.push(hub);
    const before = await appendCaption(handle.db, { eventId, userId: captioner, body: "已经看到的一句" });
    const middle = await appendCaption(handle.db, { eventId, userId: captioner, body: "中间的一句，带\"引号\"和换行\n" });
    const last = await appendPin(handle.db, { eventId, userId: captioner, openingId: null });
    // Subscribed while the hub is busy with nothing, all three join one round when it is poked.
    const behind = viewer();
    const further = viewer();
    const current = viewer();
    hub.subscribe(eventId, before.id - 1, behind);
    hub.subscribe(eventId, middle.id - 1, further);
    hub.subscribe(eventId, last.id, current);
    await until(() => behind.got.length === 3 && further.got.length === 2);
    expect(behind.got.map((update) => update.id)).toEqual([before.id, middle.id, last.id]);
    expect(further.got.map((update) => update.id)).toEqual([middle.id, last.id]);
    expect(current.got).toEqual([]);
    // The exact messages of their own updates, in order, as the browser reads them.
    expect(streamed(behind.chunks)).toBe([before, middle, last].map(liveMessage).join(""));
    expect(streamed(further.chunks)).toBe([middle, last].map(liveMessage).join(""));
    expect(liveMessage(middle)).toBe(
      `id: ${middle.id}\nevent: caption\ndata: ${JSON.stringify({ text: "中间的一句，带\"引号\"和换行\n", at: middle.created_at })}\n\n`,
    );
    expect(liveMessage(last)).toBe(`id: ${last.id}\nevent: pin\ndata: {"openingId":null}\n\n`);
    // The three subscribed before the hub's first read came back, so one round served them: the two
    // parts are views of one buffer, encoded once, not once per viewer.
    expect([behind.chunks.length, further.chunks.length]).toEqual([1, 1]);
    expect(further.chunks[0]?.buffer).toBe(behind.chunks[0]?.buffer);

    // A line written now reaches both in one round, as the very same bytes.
    const next = await appendCaption(handle.db, { eventId, userId: captioner, body: "新的一句" });
    hub.poke(eventId);
    await until(() => behind.got.length === 4 && further.got.length === 3 && current.got.length === 1);
    expect(current.got.map((update) => update.id)).toEqual([next.id]);
    expect(further.chunks.at(-1)).toBe(behind.chunks.at(-1));
    expect(current.chunks.at(-1)).toBe(behind.chunks.at(-1));
    expect(streamed(current.chunks)).toBe(liveMessage(next));
  });

  it("ends every stream when it stops", async () => {
    const hub = createLiveHub({ db: handle.db, pollMs: 60_000 });
    let closed = 0;
    hub.subscribe(eventId, 0, { send: () => undefined, close: () => closed++ });
    hub.subscribe(eventId, 0, { send: () => undefined, close: () => closed++ });
    await hub.stop();
    expect(closed).toBe(2);
    expect(hub.connections()).toBe(0);
  });

  /** This database's own address on the test server, for a LISTEN connection of its own. */
  async function databaseUrl() {
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
    const url = new URL(process.env.TEST_DATABASE_URL ?? "");
    url.pathname = `/${rows[0]?.name ?? ""}`;
    return url.toString();
  }

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("delivers a caption written through one instance to a viewer of another, by NOTIFY alone", async () => {
    // Instance B holds the viewer; instance A's write is never poked into B, and B's poll is an hour:
    // only PostgreSQL's NOTIFY can tell B.
    const url = await databaseUrl();
    const b = createLiveHub({ db: handle.db, databaseUrl: url, pollMs: 3_600_000 });
    hubs.push(b);
    const start = await appendCaption(handle.db, { eventId, userId: captioner, body: "开始" });
    const seen = viewer();
    b.subscribe(eventId, start.id, seen);
    await expectListening();
    const sent = await appendCaption(handle.db, { eventId, userId: captioner, body: "从另一个实例发出的字幕" });
    await until(() => seen.got.some((update) => update.id === sent.id));
    expect(seen.got.map((update) => update.body)).toEqual(["从另一个实例发出的字幕"]);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("never skips a line whose transaction commits after a later write to the event's log", async () => {
    // A caption's transaction is still open when a pin is written through another connection. The
    // pin must wait for it: were the pin committed first, a viewer would be sent the pin and move
    // past the caption's id for good.
    const url = await databaseUrl();
    const hub = createLiveHub({ db: handle.db, databaseUrl: url, pollMs: 3_600_000 });
    hubs.push(hub);
    const start = await appendCaption(handle.db, { eventId, userId: captioner, body: "之前" });
    const seen = viewer();
    hub.subscribe(eventId, start.id, seen);
    await expectListening();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let captionWritten = () => {};
    const written = new Promise<void>((resolve) => (captionWritten = resolve));
    const slowCaption = handle.db.transaction().execute(async (trx) => {
      const line = await appendCaption(trx, { eventId, userId: captioner, body: "慢的一句字幕" });
      captionWritten();
      await held;
      return line;
    });
    await written;
    let pinDone = false;
    const pin = appendPin(handle.db, { eventId, userId: captioner, openingId: null }).then((update) => {
      pinDone = true;
      return update;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pinDone).toBe(false);
    release();
    const [caption, pinned] = await Promise.all([slowCaption, pin]);
    expect(caption.id).toBeLessThan(pinned.id);
    await until(() => seen.got.some((update) => update.id === pinned.id));
    expect(seen.got.map((update) => update.kind)).toEqual(["caption", "pin"]);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("reconnects when its LISTEN connection is cut, and catches up on what it missed", async () => {
    const url = await databaseUrl();
    const hub = createLiveHub({ db: handle.db, databaseUrl: url, pollMs: 3_600_000 });
    hubs.push(hub);
    const start = await appendCaption(handle.db, { eventId, userId: captioner, body: "断线前" });
    const seen = viewer();
    hub.subscribe(eventId, start.id, seen);
    await expectListening();
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`.execute(handle.db);
    const missed = await appendCaption(handle.db, { eventId, userId: captioner, body: "断线期间写入" });
    await until(() => seen.got.some((update) => update.id === missed.id), 10_000);
    const after = await appendCaption(handle.db, { eventId, userId: captioner, body: "重连之后" });
    await until(() => seen.got.some((update) => update.id === after.id), 10_000);
    expect(seen.got.map((update) => update.body)).toEqual(["断线期间写入", "重连之后"]);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("reads through a pool of its own, which survives its connections being cut and is closed when the hub stops", async () => {
    const url = await databaseUrl();
    const name = `aw-test-live-hub-${Date.now()}`;
    const connections = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where application_name = ${name}`.execute(handle.db)).rows[0]?.n ?? 0;
    const errors: Error[] = [];
    const own = openSidePool(url, { max: 2, applicationName: name, onError: (error) => errors.push(error) });
    const hub = createLiveHub({ db: own, ownsDb: true, databaseUrl: url, pollMs: 3_600_000 });
    const start = await appendCaption(handle.db, { eventId, userId: captioner, body: "自己的连接池之前" });
    const seen = viewer();
    hub.subscribe(eventId, start.id, seen);
    await expectListening();
    const sent = await appendCaption(handle.db, { eventId, userId: captioner, body: "经自己的连接池读出" });
    await until(() => seen.got.some((update) => update.id === sent.id));
    // The read went through the hub's pool: its connection is open, idle, under the pool's name.
    expect(await connections()).toBeGreaterThan(0);

    // Its connections cut as by a restart: the error is handed to the handler (the process goes on),
    // and the next line is read through a new connection.
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${name}`.execute(handle.db);
    await until(() => errors.length > 0);
    const after = await appendCaption(handle.db, { eventId, userId: captioner, body: "连接被断开之后" });
    await until(() => seen.got.some((update) => update.id === after.id), 10_000);
    expect(seen.got.map((update) => update.body)).toEqual(["经自己的连接池读出", "连接被断开之后"]);
    expect(await connections()).toBeGreaterThan(0);

    // Stopping closes the pool: its connections are gone, and it takes no more queries.
    await hub.stop();
    await hub.stop();
    await until(async () => (await connections()) === 0);
    await expect(own.selectFrom("live_event").select("id").execute()).rejects.toThrow();
  });
});

/** Waits until a hub's LISTEN connection to this database is open (it shows in pg_stat_activity). */
async function expectListening() {
  const end = Date.now() + 5_000;
  for (;;) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`.execute(handle.db);
    if ((rows[0]?.n ?? 0) > 0) return;
    if (Date.now() > end) throw new Error("no LISTEN connection");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
