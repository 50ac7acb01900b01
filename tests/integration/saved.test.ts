import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOutbox } from "~/models/outbox.server";
import {
  MAX_SAVED_SEARCHES,
  canonicalSearchQuery,
  deleteSavedSearch,
  getSavedSearchByFeedToken,
  getSavedSearchByUnsubscribeToken,
  isOpeningSaved,
  listSavedOpenings,
  listSavedSearches,
  removeSavedOpening,
  saveOpening,
  saveSearch,
  setSavedSearchDigest,
  unsubscribeSavedSearch,
} from "~/models/saved.server";
import { createUser, deleteUser, exportUserData } from "~/models/user.server";
import { sendSavedSearchDigests } from "~/services/jobs/digests.server";
import { buildAtomFeed } from "~/services/feeds.server";
import type { DatabaseHandle } from "../../db/client";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let partner: number;
let employer: number;
let counter = 0;
const ORIGIN = "https://jobs.example.org";

async function newUser({ verified = true, locale = "zh-CN" as "zh-CN" | "en" } = {}) {
  const user = await createUser(handle.db, {
    email: `saved-${++counter}-${Date.now()}@example.org`,
    passwordHash: "x",
    displayName: `Reader ${counter}`,
    preferredLocale: locale,
  });
  if (!user) throw new Error("user not created");
  if (verified) await handle.db.updateTable("app_user").set({ email_verified_at: new Date() }).where("id", "=", user.id).execute();
  return user;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** Makes a saved search's previous digest `days` old, as if a day had passed. */
async function ageDigest(id: number, days: number) {
  await handle.db.updateTable("saved_search").set({ last_digest_at: daysAgo(days) }).where("id", "=", id).execute();
}

beforeAll(async () => {
  handle = await createTestDatabase();
  partner = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  employer = (await createOrganisation(handle.db)).id;
});
afterAll(async () => handle?.close());

describe("saved openings", () => {
  it("saves a public opening once, lists it, and removes it", async () => {
    const user = await newUser();
    const opening = await createOpening(handle.db, { employerId: employer, partnerId: partner, title_zh: "在线客服", title_en: "Online support" });
    expect(await saveOpening(handle.db, { userId: user.id, openingId: opening.id })).toBe(true);
    expect(await saveOpening(handle.db, { userId: user.id, openingId: opening.id })).toBe(true);
    const list = await listSavedOpenings(handle.db, { userId: user.id });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: opening.id, title_zh: "在线客服", is_open: true });
    await removeSavedOpening(handle.db, { userId: user.id, openingId: opening.id });
    expect(await isOpeningSaved(handle.db, { userId: user.id, openingId: opening.id })).toBe(false);
  });

  it("refuses drafts and openings of unverified employers", async () => {
    const user = await newUser();
    const draft = await createOpening(handle.db, { employerId: employer, partnerId: partner, status: "draft" });
    const unverified = (await createOrganisation(handle.db, { verification_status: "pending" })).id;
    const hidden = await createOpening(handle.db, { employerId: unverified, partnerId: partner });
    expect(await saveOpening(handle.db, { userId: user.id, openingId: draft.id })).toBe(false);
    expect(await saveOpening(handle.db, { userId: user.id, openingId: hidden.id })).toBe(false);
    expect(await listSavedOpenings(handle.db, { userId: user.id })).toEqual([]);
  });

  it("keeps an opening that has since closed in the list, marked not open", async () => {
    const user = await newUser();
    const opening = await createOpening(handle.db, { employerId: employer, partnerId: partner });
    await saveOpening(handle.db, { userId: user.id, openingId: opening.id });
    await handle.db.updateTable("opening").set({ status: "closed" }).where("id", "=", opening.id).execute();
    expect((await listSavedOpenings(handle.db, { userId: user.id }))[0]).toMatchObject({ id: opening.id, is_open: false });
  });
});

describe("saved searches", () => {
  it("stores one canonical copy of a search, whatever the order, paging or language", async () => {
    expect(canonicalSearchQuery("?page=3&q=客服&access=no_phone&lng=en&sort=newest&arrangement=")).toBe(
      canonicalSearchQuery("access=no_phone&q=%E5%AE%A2%E6%9C%8D"),
    );
    const user = await newUser();
    const first = await saveSearch(handle.db, { userId: user.id, name: "客服", query: "q=客服&access=no_phone" });
    const again = await saveSearch(handle.db, { userId: user.id, name: "远程客服", query: "?access=no_phone&q=客服&page=2" });
    expect(first.ok && again.ok && first.id === again.id).toBe(true);
    const list = await listSavedSearches(handle.db, { userId: user.id });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: "远程客服", digest: true });
  });

  it("stops at the limit", async () => {
    const user = await newUser();
    for (let i = 0; i < MAX_SAVED_SEARCHES; i++) {
      expect((await saveSearch(handle.db, { userId: user.id, name: `s${i}`, query: `q=${i}` })).ok).toBe(true);
    }
    expect(await saveSearch(handle.db, { userId: user.id, name: "one too many", query: "q=extra" })).toEqual({ ok: false, reason: "limit" });
  });

  it("lets only the owner delete or change a saved search", async () => {
    const owner = await newUser();
    const other = await newUser();
    const saved = await saveSearch(handle.db, { userId: owner.id, name: "数据标注", query: "q=数据标注" });
    if (!saved.ok) throw new Error("not saved");
    expect(await setSavedSearchDigest(handle.db, { userId: other.id, id: saved.id, digest: false })).toBe(false);
    expect(await deleteSavedSearch(handle.db, { userId: other.id, id: saved.id })).toBe(false);
    expect(await setSavedSearchDigest(handle.db, { userId: owner.id, id: saved.id, digest: false })).toBe(true);
    expect((await listSavedSearches(handle.db, { userId: owner.id }))[0]?.digest).toBe(false);
    expect(await deleteSavedSearch(handle.db, { userId: owner.id, id: saved.id })).toBe(true);
    expect(await listSavedSearches(handle.db, { userId: owner.id })).toEqual([]);
  });
});

describe("daily digest", () => {
  it("emails new matches once, in the owner's language, with one-click unsubscribe", async () => {
    const user = await newUser({ locale: "en" });
    const keyword = `digest${Date.now()}`;
    const saved = await saveSearch(handle.db, { userId: user.id, name: "Night-shift captioning", query: `q=${keyword}` });
    if (!saved.ok) throw new Error("not saved");
    // Published before the search's previous digest: not new.
    await createOpening(handle.db, { employerId: employer, partnerId: partner, title_en: `Old ${keyword}`, published_at: daysAgo(3) });
    await ageDigest(saved.id, 2);
    await createOpening(handle.db, { employerId: employer, partnerId: partner, title_en: `Captioner ${keyword}`, title_zh: `字幕员 ${keyword}` });
    await createOpening(handle.db, { employerId: employer, partnerId: partner, title_en: `Unrelated opening`, title_zh: "无关职位" });

    const queued = await sendSavedSearchDigests(handle.db, { now: new Date(), origin: ORIGIN });
    expect(queued).toBeGreaterThanOrEqual(1);
    const [email] = await listOutbox(handle.db, { to: user.email });
    expect(email?.subject).toBe("1 new opening for “Night-shift captioning”");
    expect(email?.body_text).toContain(`Captioner ${keyword}`);
    expect(email?.body_text).not.toContain(`Old ${keyword}`);
    expect(email?.body_text).not.toContain("Unrelated opening");
    const stored = await handle.db.selectFrom("saved_search").select(["unsubscribe_token"]).where("id", "=", saved.id).executeTakeFirstOrThrow();
    expect(email?.body_text).toContain(`${ORIGIN}/unsubscribe/${stored.unsubscribe_token}`);
    const headers = await handle.db.selectFrom("outbox").select("headers").where("id", "=", email?.id ?? 0).executeTakeFirstOrThrow();
    expect(headers.headers).toEqual({
      "List-Unsubscribe": `<${ORIGIN}/unsubscribe/${stored.unsubscribe_token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });

    // The same day again: nothing more.
    await sendSavedSearchDigests(handle.db, { now: new Date(), origin: ORIGIN });
    expect(await listOutbox(handle.db, { to: user.email })).toHaveLength(1);
  });

  it("sends nothing when nothing is new, and nothing to unconfirmed addresses or after unsubscribing", async () => {
    const quiet = await newUser();
    const unconfirmed = await newUser({ verified: false });
    const leaving = await newUser();
    const keyword = `quiet${Date.now()}`;
    const a = await saveSearch(handle.db, { userId: quiet.id, name: "无新职位", query: `q=${keyword}none` });
    const b = await saveSearch(handle.db, { userId: unconfirmed.id, name: "未确认", query: `q=${keyword}` });
    const c = await saveSearch(handle.db, { userId: leaving.id, name: "退订", query: `q=${keyword}` });
    if (!a.ok || !b.ok || !c.ok) throw new Error("not saved");
    for (const id of [a.id, b.id, c.id]) await ageDigest(id, 2);
    await createOpening(handle.db, { employerId: employer, partnerId: partner, title_zh: `新职位 ${keyword}` });
    const token = await getTokens(c.id);
    expect(await unsubscribeSavedSearch(handle.db, { unsubscribeToken: token.unsubscribe_token })).toMatchObject({ name: "退订" });
    expect(await getSavedSearchByUnsubscribeToken(handle.db, { unsubscribeToken: token.unsubscribe_token })).toMatchObject({ digest: false });

    await sendSavedSearchDigests(handle.db, { now: new Date(), origin: ORIGIN });
    for (const user of [quiet, unconfirmed, leaving]) expect(await listOutbox(handle.db, { to: user.email })).toEqual([]);
    // The quiet search's clock moved on, so tomorrow's digest starts from today.
    const row = await handle.db.selectFrom("saved_search").select("last_digest_at").where("id", "=", a.id).executeTakeFirstOrThrow();
    expect(Date.now() - new Date(row.last_digest_at).getTime()).toBeLessThan(60_000);
  });

  it("ignores unknown or malformed unsubscribe tokens", async () => {
    expect(await unsubscribeSavedSearch(handle.db, { unsubscribeToken: "x".repeat(32) })).toBeUndefined();
    expect(await unsubscribeSavedSearch(handle.db, { unsubscribeToken: "' or 1=1 --" })).toBeUndefined();
  });
});

async function getTokens(id: number) {
  return handle.db.selectFrom("saved_search").select(["feed_token", "unsubscribe_token"]).where("id", "=", id).executeTakeFirstOrThrow();
}

describe("a saved search's feed", () => {
  it("carries the search's matches under its name, in the owner's language, privately", async () => {
    const user = await newUser({ locale: "en" });
    const keyword = `feed${Date.now()}`;
    await createOpening(handle.db, { employerId: employer, partnerId: partner, title_en: `Proofreader ${keyword}`, title_zh: `校对 ${keyword}` });
    const saved = await saveSearch(handle.db, { userId: user.id, name: "Proofreading", query: `q=${keyword}` });
    if (!saved.ok) throw new Error("not saved");
    const { feed_token } = await getTokens(saved.id);
    const found = await getSavedSearchByFeedToken(handle.db, { feedToken: feed_token });
    expect(found?.name).toBe("Proofreading");
    const response = await buildAtomFeed(handle.db, new Request(`${ORIGIN}/feeds/saved/${feed_token}`), ORIGIN, {
      query: found?.query ?? "",
      locale: "en",
      selfPath: `/feeds/saved/${feed_token}`,
      name: "Proofreading",
    });
    const xml = await response.text();
    expect(xml).toContain("<title>Proofreading: new openings on AccessWork</title>");
    expect(xml).toContain(`Proofreader ${keyword}`);
    expect(xml).toContain(`href="${ORIGIN}/feeds/saved/${feed_token}"`);
    expect(response.headers.get("Cache-Control")).toBe("private, max-age=300");
    expect(await getSavedSearchByFeedToken(handle.db, { feedToken: "y".repeat(32) })).toBeUndefined();
  });
});

describe("privacy", () => {
  it("exports saved items, without tokens, and deletes them with the account", async () => {
    const user = await newUser();
    const opening = await createOpening(handle.db, { employerId: employer, partnerId: partner, title_zh: "导出测试" });
    await saveOpening(handle.db, { userId: user.id, openingId: opening.id });
    await saveSearch(handle.db, { userId: user.id, name: "导出", query: "q=导出" });
    const data = await exportUserData(handle.db, { id: user.id });
    expect(data?.savedOpenings).toEqual([expect.objectContaining({ opening_id: opening.id, title_zh: "导出测试" })]);
    expect(data?.savedSearches).toEqual([expect.objectContaining({ name: "导出", query: "q=%E5%AF%BC%E5%87%BA", digest: true })]);
    expect(JSON.stringify(data)).not.toMatch(/feed_token|unsubscribe_token/);

    await deleteUser(handle.db, { id: user.id });
    const left = await Promise.all([
      handle.db.selectFrom("saved_opening").select("opening_id").where("user_id", "=", user.id).execute(),
      handle.db.selectFrom("saved_search").select("id").where("user_id", "=", user.id).execute(),
    ]);
    expect(left).toEqual([[], []]);
  });
});
