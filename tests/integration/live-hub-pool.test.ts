// The live hub on PostgreSQL reads through a small pool of its own (issue 20, `npm run bench:events`):
// with the page pool busy, its reads waited for a connection and viewers for the 5 s poll. Here the
// page pool is not even reachable from the hub: this instance's hub (getLiveHub) delivers a caption
// through its own connections, named in pg_stat_activity, and the server's shutdown (stopLiveHub)
// closes them. On the embedded database there is nothing to separate; the hub's other tests cover it.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { appendCaption, type LiveUpdate } from "~/models/live-event.server";
import { createEvent } from "~/models/event.server";
import { createUser } from "~/models/user.server";
import { getLiveHub, stopLiveHub } from "~/services/live-updates.server";
import type { DatabaseHandle } from "../../db/client";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

const state = vi.hoisted(() => ({ url: "" }));
vi.mock("~/utils/db.server", () => ({
  getDb: () => {
    throw new Error("the live hub used the pages' pool");
  },
}));
vi.mock("~/utils/env.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("~/utils/env.server")>();
  return { ...actual, getEnv: () => actual.parseEnv({ NODE_ENV: "test", DATABASE_URL: state.url }) };
});

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let handle: DatabaseHandle;

/** The hub's connections to this database, by the name its pool gives them. */
async function hubConnections() {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
    where datname = current_database() and application_name = 'accesswork-live-hub'`.execute(handle.db);
  return rows[0]?.n ?? 0;
}

/** Waits until `check` holds, for at most `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 5_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  if (!onPostgres) return;
  handle = await createTestDatabase();
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
  const url = new URL(process.env.TEST_DATABASE_URL ?? "");
  url.pathname = `/${rows[0]?.name ?? ""}`;
  state.url = url.toString();
});

afterAll(async () => {
  await stopLiveHub();
  await handle?.close();
});

describe.runIf(onPostgres)("the live hub's own pool", () => {
  it("delivers through its own connections, not the pages' pool, and the shutdown closes them", async () => {
    const partner = await createOrganisation(handle.db, { kind: "partner" });
    const user = await createUser(handle.db, { email: `hub-pool-${Date.now()}@example.org`, passwordHash: "x", displayName: "字幕员", preferredLocale: "zh-CN" });
    if (!user) throw new Error("user not created");
    const start = new Date(Date.now() - 10 * 60_000);
    const eventId = await createEvent(handle.db, {
      partnerId: partner.id,
      createdBy: user.id,
      fields: {
        titleZh: "自己的连接池",
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
    const got: LiveUpdate[] = [];
    let closed = 0;
    getLiveHub().subscribe(eventId, 0, { send: (updates) => got.push(...updates), close: () => closed++ });
    const line = await appendCaption(handle.db, { eventId, userId: user.id, body: "经自己的连接池送到" });
    getLiveHub().poke(eventId);
    await until(() => got.some((update) => update.id === line.id));
    expect(got.map((update) => update.body)).toEqual(["经自己的连接池送到"]);
    expect(await hubConnections()).toBeGreaterThan(0);
    expect(await hubConnections()).toBeLessThanOrEqual(2);

    await stopLiveHub();
    expect(closed).toBe(1);
    await until(async () => (await hubConnections()) === 0);
  });
});
