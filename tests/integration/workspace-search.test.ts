import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchPartnerEmployers, searchScopedOpenings } from "~/models/opening-scope.server";
import type { DatabaseHandle } from "../../db/client";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// The staff workspace finds its own openings at any number (issue 19, item 7): by words in either
// title, by status (an expired opening is its own status) and by employer, a page at a time.

let handle: DatabaseHandle;
let partner: number;
let other: number;
let bakery: number;
const scope = () => ({ kind: "partner" as const, organisationIds: [partner] });
const search = (filters: Partial<Parameters<typeof searchScopedOpenings>[1]>) =>
  searchScopedOpenings(handle.db, { scope: scope(), organisationId: partner, words: "", status: null, employerId: null, limit: 20, offset: 0, ...filters });

beforeAll(async () => {
  handle = await createTestDatabase();
  partner = (await createOrganisation(handle.db, { kind: "partner" })).id;
  other = (await createOrganisation(handle.db, { kind: "partner" })).id;
  const annotator = (await createOrganisation(handle.db, { kind: "employer" })).id;
  bakery = (await createOrganisation(handle.db, { kind: "employer" })).id;
  for (let i = 1; i <= 23; i++) await createOpening(handle.db, { employerId: annotator, partnerId: partner, title_zh: `图像标注员 ${i}`, title_en: `Image annotator ${i}` });
  await createOpening(handle.db, { employerId: bakery, partnerId: partner, title_zh: "在线客服（远程）", title_en: "Online customer service 100%" });
  await createOpening(handle.db, { employerId: bakery, partnerId: partner, title_zh: "网店客服", title_en: null, status: "draft", published_at: null });
  await createOpening(handle.db, { employerId: bakery, partnerId: partner, title_zh: "过期的客服职位", title_en: null, deadline: "2020-01-01" });
  await createOpening(handle.db, { employerId: bakery, partnerId: other, title_zh: "别的机构的客服", title_en: null });
});

afterAll(async () => {
  await handle?.close();
});

describe("searching the workspace's openings", () => {
  it("pages through every opening of the partner, 20 at a time, with the total", async () => {
    const first = await search({});
    expect(first.total).toBe(26);
    expect(first.rows).toHaveLength(20);
    const second = await search({ offset: 20 });
    expect(second.rows).toHaveLength(6);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(26);
  });

  it("finds by every word in either title, never another partner's, and reads % literally", async () => {
    expect((await search({ words: "客服" })).rows.map((row) => row.title_zh).sort()).toEqual(["在线客服（远程）", "网店客服", "过期的客服职位"].sort());
    expect((await search({ words: "customer  remote" })).total).toBe(0);
    expect((await search({ words: "online service" })).rows.map((row) => row.title_zh)).toEqual(["在线客服（远程）"]);
    expect((await search({ words: "100%" })).total).toBe(1);
    expect((await search({ words: "%" })).total).toBe(1);
    // Both words, anywhere in the title: annotators 2, 12 and 20–23.
    expect((await search({ words: "annotator 2" })).total).toBe(6);
  });

  it("filters by status, an expired opening apart from the published ones, and by employer", async () => {
    expect((await search({ status: "draft" })).rows.map((row) => row.title_zh)).toEqual(["网店客服"]);
    expect((await search({ status: "expired" })).rows.map((row) => row.title_zh)).toEqual(["过期的客服职位"]);
    expect((await search({ status: "published" })).total).toBe(24);
    expect((await search({ employerId: bakery })).total).toBe(3);
    expect((await search({ employerId: bakery, status: "published", words: "客服" })).rows.map((row) => row.title_zh)).toEqual(["在线客服（远程）"]);
  });

  it("finds nothing outside the reader's scope", async () => {
    expect(await searchScopedOpenings(handle.db, { scope: scope(), organisationId: other, words: "", status: null, employerId: null, limit: 20, offset: 0 })).toEqual({ rows: [], total: 0 });
  });
});

describe("searching the employers a partner works with", () => {
  const findEmployers = (filters: Partial<Parameters<typeof searchPartnerEmployers>[1]>) =>
    searchPartnerEmployers(handle.db, { partnerId: partner, words: "", status: null, limit: 20, offset: 0, ...filters });

  it("lists those with openings through the partner and those that chose it, never another partner's, by name, credit code and status, a page at a time", async () => {
    // The two employers of the openings above (the bakery also posts through the other partner).
    const before = await findEmployers({});
    expect(before.total).toBe(2);
    // One that signed up and chose this partner to check its licence, with no openings yet; one that chose the other partner.
    const waiting = await createOrganisation(handle.db, {
      name_zh: "洛阳云帆数据标注有限公司",
      name_en: "Luoyang Yunfan Data 100% Labelling",
      credit_code: "91410300MA9XYZ0001",
      verification_status: "pending",
      requested_partner_id: partner,
    });
    await createOrganisation(handle.db, { name_zh: "别处的云帆公司", verification_status: "pending", requested_partner_id: other });

    const all = await findEmployers({});
    expect(all.total).toBe(3);
    expect(all.rows.map((row) => row.id)).toContain(waiting.id);
    expect(all.rows.find((row) => row.id === waiting.id)).toMatchObject({ openings: 0, public_openings: 0, verification_status: "pending", verified_here: false });
    expect(all.rows.find((row) => row.id === bakery)).toMatchObject({ openings: 3, verification_status: "verified" });

    // By any word of either name, by the start of the credit code (any case), and % as itself.
    expect((await findEmployers({ words: "云帆" })).rows.map((row) => row.id)).toEqual([waiting.id]);
    expect((await findEmployers({ words: "yunfan labelling" })).rows.map((row) => row.id)).toEqual([waiting.id]);
    expect((await findEmployers({ words: "91410300ma9" })).rows.map((row) => row.id)).toEqual([waiting.id]);
    expect((await findEmployers({ words: "MA9XYZ" })).total).toBe(0);
    expect((await findEmployers({ words: "100%" })).total).toBe(1);
    expect((await findEmployers({ words: "%" })).total).toBe(1);
    expect((await findEmployers({ words: "云帆 bakery" })).total).toBe(0);

    // By verification status; and a page at a time, with the total.
    expect((await findEmployers({ status: "pending" })).rows.map((row) => row.id)).toEqual([waiting.id]);
    expect((await findEmployers({ status: "verified" })).total).toBe(2);
    expect((await findEmployers({ status: "suspended" })).total).toBe(0);
    const first = await findEmployers({ limit: 2 });
    const second = await findEmployers({ limit: 2, offset: 2 });
    expect([first.rows.length, second.rows.length, first.total, second.total]).toEqual([2, 1, 3, 3]);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(3);
  });
});
