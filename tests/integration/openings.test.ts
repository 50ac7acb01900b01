import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COUNT_CAP,
  countPublishedOpenings,
  facetQuery,
  FILTER_CONDITIONS,
  getPublishedOpening,
  listNewestOpenings,
  listPublishedOpenings,
  reindexOpeningSearch,
} from "~/models/opening.server";
import type { DatabaseHandle } from "../../db/client";
import { EMPLOYMENT_FORMS, WORK_ARRANGEMENTS, type WorkArrangement } from "~/domain/opening";
import { ACCESS_FILTERS, type AccessFilter } from "~/domain/opening-filters";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let employerId: number;
let partnerId: number;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  handle = await createTestDatabase();
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  employerId = (await createOrganisation(handle.db, { name_zh: "明光助残科技（测试）", name_en: "Brightline Test Co." })).id;
});

afterAll(async () => {
  await handle?.close();
});

describe("public visibility", () => {
  it("shows only published openings of verified employers that have not passed their deadline", async () => {
    const { db } = handle;
    const pendingEmployer = await createOrganisation(db, { verification_status: "pending" });
    const visible = await createOpening(db, { employerId, partnerId, title_zh: "可见职位", deadline: daysFromNow(10) });
    const draft = await createOpening(db, { employerId, partnerId, status: "draft" });
    const review = await createOpening(db, { employerId, partnerId, status: "pending_review" });
    const closed = await createOpening(db, { employerId, partnerId, status: "closed" });
    const expired = await createOpening(db, { employerId, partnerId, deadline: daysFromNow(-1) });
    const unverified = await createOpening(db, { employerId: pendingEmployer.id, partnerId });
    const closesToday = await createOpening(db, { employerId, partnerId, deadline: daysFromNow(0) });

    const { items } = await listPublishedOpenings(db, { perPage: 50 });
    const ids = items.map((item) => item.id);
    expect(ids).toContain(visible.id);
    expect(ids).toContain(closesToday.id);
    for (const hidden of [draft, review, closed, expired, unverified]) {
      expect(ids).not.toContain(hidden.id);
      expect(await getPublishedOpening(db, { id: hidden.id })).toBeUndefined();
    }
    expect(await countPublishedOpenings(db)).toEqual({ total: items.length, capped: false, matchedIn: "summary" });
  });

  it("returns the whole access profile and both organisations on the detail", async () => {
    const { db } = handle;
    const created = await createOpening(db, {
      employerId,
      partnerId,
      screen_reader_tested: true,
      screen_reader_tools: ["NVDA", "争渡读屏"],
      deadline: daysFromNow(30),
    });
    const opening = await getPublishedOpening(db, { id: created.id });
    expect(opening).toMatchObject({
      id: created.id,
      screen_reader_tools: ["NVDA", "争渡读屏"],
      employer_name_en: "Brightline Test Co.",
      deadline: daysFromNow(30),
    });
    expect(opening?.partner_name_zh).toMatch(/^测试机构/);
  });
});

describe("keyword search", () => {
  it("finds 2-character Chinese words inside longer words", async () => {
    const { db } = handle;
    const service = await createOpening(db, { employerId, partnerId, title_zh: "在线文字客服专员", title_en: null });
    const annotate = await createOpening(db, { employerId, partnerId, title_zh: "远程数据标注员", title_en: null });
    const sign = await createOpening(db, { employerId, partnerId, title_zh: "聋人手语翻译助理", title_en: null });

    const ids = async (q: string) => (await listPublishedOpenings(db, { q, perPage: 50 })).items.map((i) => i.id);
    expect(await ids("客服")).toContain(service.id);
    expect(await ids("标注")).toContain(annotate.id);
    expect(await ids("手语")).toContain(sign.id);
    expect(await ids("客服")).not.toContain(annotate.id);
    // Bigrams must be adjacent: 客 and 注 in the same text are not the word 客注.
    expect(await ids("服标")).toEqual([]);
  });

  it("finds openings by a synonym of the word searched: 听障 finds 聋人, 在家 finds 居家 and 远程", async () => {
    const { db } = handle;
    const deaf = await createOpening(db, { employerId, partnerId, title_zh: "聋人视频剪辑师（同义词测试）", title_en: null });
    const hearing = await createOpening(db, { employerId, partnerId, title_zh: "听力残疾员工的质检岗（同义词测试）", title_en: null });
    const home = await createOpening(db, { employerId, partnerId, title_zh: "居家电商客服（同义词测试）", title_en: null });
    const remote = await createOpening(db, { employerId, partnerId, title_zh: "远程电商客服（同义词测试）", title_en: null });
    const braille = await createOpening(db, { employerId, partnerId, title_zh: "盲文校对员（同义词测试）", title_en: null });

    const ids = async (q: string) => (await listPublishedOpenings(db, { q: `${q} 同义词测试`, perPage: 50 })).items.map((i) => i.id).sort();
    expect(await ids("听障")).toEqual([deaf.id, hearing.id].sort());
    expect(await ids("聋")).toEqual([deaf.id, hearing.id].sort());
    expect(await ids("在家电商客服")).toEqual([home.id, remote.id].sort());
    // 盲文 (braille) is its own word: the group for blind people is not searched instead.
    expect(await ids("盲文")).toEqual([braille.id]);
  });

  it("finds a title that runs Latin letters into Chinese by either part", async () => {
    const { db } = handle;
    const rater = await createOpening(db, { employerId, partnerId, title_zh: "AI对话评估员", title_en: null });
    const tester = await createOpening(db, { employerId, partnerId, title_zh: "App测试员（居家）", title_en: null });
    const modeller = await createOpening(db, { employerId, partnerId, title_zh: "3D建模师", title_en: null });
    const developer = await createOpening(db, { employerId, partnerId, title_zh: "Java开发（远程）", title_en: null });

    const ids = async (q: string) => (await listPublishedOpenings(db, { q, perPage: 50 })).items.map((i) => i.id);
    expect(await ids("对话")).toContain(rater.id);
    expect(await ids("评估")).toContain(rater.id);
    expect(await ids("ai")).toContain(rater.id);
    expect(await ids("AI对话")).toContain(rater.id);
    expect(await ids("测试")).toContain(tester.id);
    expect(await ids("app")).toContain(tester.id);
    expect(await ids("建模")).toContain(modeller.id);
    expect(await ids("3d")).toContain(modeller.id);
    expect(await ids("java")).toContain(developer.id);
    expect(await ids("开发")).toContain(developer.id);
    expect(await ids("对话")).not.toContain(tester.id);
  });

  it("db:reindex rebuilds vectors written by the old tokenizer, so existing openings are found too", async () => {
    const { db } = handle;
    const old = await createOpening(db, { employerId, partnerId, title_zh: "AI标注质检员", title_en: null });
    // What the tokenizer before the fix stored: the whole mixed run as one lexeme.
    await db.updateTable("opening").set({ search_vector: sql<string>`${"'ai标注质检员':1A"}::tsvector` }).where("id", "=", old.id).execute();
    const ids = async (q: string) => (await listPublishedOpenings(db, { q, perPage: 50 })).items.map((i) => i.id);
    expect(await ids("质检")).not.toContain(old.id);
    expect(await reindexOpeningSearch(db, { batchSize: 3 })).toBeGreaterThan(3);
    expect(await ids("质检")).toContain(old.id);
    expect(await ids("ai")).toContain(old.id);
  });

  it("matches English whole words regardless of case", async () => {
    const { db } = handle;
    const match = await createOpening(db, { employerId, partnerId, title_en: "Remote Subtitle Proofreader" });
    expect((await listPublishedOpenings(db, { q: "subtitle" })).items.map((i) => i.id)).toContain(match.id);
    expect((await listPublishedOpenings(db, { q: "SUBTITLE" })).items.map((i) => i.id)).toContain(match.id);
    expect((await listPublishedOpenings(db, { q: "subtit" })).items.map((i) => i.id)).not.toContain(match.id);
  });

  it("matches the employer's name", async () => {
    const { db } = handle;
    const employer = await createOrganisation(db, { name_zh: "青禾手工坊（测试）", name_en: "Qinghe Crafts Test" });
    const opening = await createOpening(db, { employerId: employer.id, partnerId, title_zh: "竹编产品网店运营" });
    expect((await listPublishedOpenings(db, { q: "青禾" })).items.map((i) => i.id)).toEqual([opening.id]);
    expect((await listPublishedOpenings(db, { q: "qinghe" })).items.map((i) => i.id)).toEqual([opening.id]);
  });

  it("ranks a title match above a match in the summary", async () => {
    const { db } = handle;
    const inSummary = await createOpening(db, {
      employerId,
      partnerId,
      title_zh: "网店美工",
      summary_zh: "做商品图片，偶尔协助文案审读。",
      published_at: new Date(),
    });
    const inTitle = await createOpening(db, {
      employerId,
      partnerId,
      title_zh: "远程文案审读员",
      published_at: new Date(Date.now() - 10 * 86_400_000),
    });
    const { items, matchedIn } = await listPublishedOpenings(db, { q: "审读" });
    const order = items.map((i) => i.id);
    expect(matchedIn).toBe("summary");
    expect(order).toContain(inSummary.id);
    expect(order.indexOf(inTitle.id)).toBeLessThan(order.indexOf(inSummary.id));
  });

  it("finds an opening by the access it offers, in either language, though its text never names it", async () => {
    const { db } = handle;
    const signing = await createOpening(db, { employerId, partnerId, title_zh: "包装质检员", title_en: "Packing inspector", sign_language_support: true });
    const plain = await createOpening(db, { employerId, partnerId, title_zh: "包装质检员", title_en: "Packing inspector", sign_language_support: false });
    for (const q of ["手语", "sign language"]) {
      const ids = (await listPublishedOpenings(db, { q, perPage: 50 })).items.map((i) => i.id);
      expect(ids).toContain(signing.id);
      expect(ids).not.toContain(plain.id);
    }
  });

  it("looks in the descriptions only when no title, employer or summary has the words", async () => {
    const { db } = handle;
    const inBody = await createOpening(db, {
      employerId,
      partnerId,
      title_zh: "网店美工",
      description_zh: "偶尔需要协助整理竹编样册。",
      published_at: new Date(),
    });
    const found = await listPublishedOpenings(db, { q: "样册" });
    expect(found.matchedIn).toBe("description");
    expect(found.items.map((i) => i.id)).toEqual([inBody.id]);
    expect(await countPublishedOpenings(db, { q: "样册" })).toEqual({ total: 1, capped: false, matchedIn: "description" });

    // Once a title has the word, the descriptions are not searched.
    const inTitle = await createOpening(db, { employerId, partnerId, title_zh: "样册排版助理" });
    const again = await listPublishedOpenings(db, { q: "样册" });
    expect(again.matchedIn).toBe("summary");
    expect(again.items.map((i) => i.id)).toEqual([inTitle.id]);
  });

  it("treats injection-looking text as plain words", async () => {
    const { db } = handle;
    const result = await listPublishedOpenings(db, { q: "'; drop table opening; -- <-> !" });
    expect(result.total).toBe(0);
    expect((await countPublishedOpenings(db)).total).toBeGreaterThan(0);
  });
});

describe("counting stops at the cap", () => {
  it("says 'more than 1,000' past the cap, pages only that far, and ranks among the newest 1,000", async () => {
    const { db } = handle;
    // COUNT_CAP + 5 openings with one rare word: 600 from today, the rest from two days ago, all
    // with the word in their summary; the oldest of all has it in its title, so it is the best by
    // rank, but it is not among the newest 1,000.
    const now = Date.now();
    const minutesAgo = (n: number) => new Date(now - (n < 600 ? 0 : 2 * 86_400_000) - (n + 1) * 60_000);
    const rows = Array.from({ length: COUNT_CAP + 5 }, (_, n) => ({ n, published_at: minutesAgo(n) }));
    const template = await createOpening(db, { employerId, partnerId, title_zh: "蓝莓分拣员", published_at: new Date(now - 3 * 86_400_000) });
    const inSummary = await createOpening(db, { employerId, partnerId, title_zh: "果园分拣员", summary_zh: "在基地分拣蓝莓。" });
    const source = await db.selectFrom("opening").selectAll().where("id", "=", inSummary.id).executeTakeFirstOrThrow();
    await db.deleteFrom("opening").where("id", "=", inSummary.id).execute();
    const { id: _id, match_vector: _match, facets: _facets, created_at: _created, updated_at: _updated, ...copy } = source;
    // In statements of 100 rows: PGlite binds at most about 16,000 values in one.
    for (let first = 0; first < rows.length; first += 100) {
      const batch = rows.slice(first, first + 100);
      await db
        .insertInto("opening")
        .values(batch.map(({ n, published_at }) => ({ ...copy, external_ref: `cap-test-${n}`, published_at, import_key: null })))
        .execute();
    }

    const counted = await countPublishedOpenings(db, { q: "蓝莓" });
    expect(counted).toEqual({ total: COUNT_CAP, capped: true, matchedIn: "summary" });
    const result = await listPublishedOpenings(db, { q: "蓝莓", perPage: 50, page: 999 });
    expect(result.totalCapped).toBe(true);
    expect(result.pageCount).toBe(COUNT_CAP / 50);
    expect(result.page).toBe(COUNT_CAP / 50);
    // The template is the oldest: the 1,006th match, past the newest 1,000, so no page lists it.
    const ids = new Set<number>();
    for (let page = 1; page <= result.pageCount; page++) {
      for (const item of (await listPublishedOpenings(db, { q: "蓝莓", perPage: 50, page, sort: "relevance" })).items) ids.add(item.id);
    }
    expect(ids.size).toBe(COUNT_CAP);
    expect(ids.has(template.id)).toBe(false);
    // Below the cap, the count is exact and not capped.
    expect(await countPublishedOpenings(db, { q: "蓝莓", postedWithinDays: 1 })).toEqual({ total: 600, capped: false, matchedIn: "summary" });
    await db.deleteFrom("opening").where((eb) => eb.or([eb("external_ref", "like", "cap-test-%"), eb("id", "=", template.id)])).execute();
  });
});

describe("the facets index gives exactly the filters' openings", () => {
  it("matches each filter's own condition for every value, on openings that vary in every respect", async () => {
    const { db } = handle;
    // 48 openings through every arrangement, form, access fact, insurance and place (deterministic).
    const places = [
      { province: "河南", city: "郑州" },
      { province: "河南", city: "洛阳" },
      { province: "江苏", city: null },
    ];
    for (let n = 0; n < 48; n++) {
      const bit = (k: number) => (((n >> (k % 5)) ^ k) & 1) === 1;
      const place = places[n % places.length] ?? places[0];
      const arrangement = WORK_ARRANGEMENTS[n % WORK_ARRANGEMENTS.length] ?? "remote";
      await createOpening(db, {
        employerId,
        partnerId,
        title_zh: `筛选样本 ${n}`,
        work_arrangement: arrangement,
        remote_anywhere: arrangement === "remote" && bit(1),
        province: arrangement === "remote" && bit(2) ? null : (place?.province ?? null),
        city: arrangement === "remote" && bit(2) ? null : (place?.city ?? null),
        employment_form: EMPLOYMENT_FORMS[n % EMPLOYMENT_FORMS.length],
        text_only_possible: bit(1),
        phone_required: bit(2),
        camera_required: bit(3),
        sign_language_support: bit(4),
        captioned_meetings: bit(5),
        screen_reader_tested: bit(6),
        assistive_devices_provided: bit(7),
        step_free_workplace: bit(8),
        quiet_space: bit(9),
        training_provided: bit(10),
        mentor_support: bit(11),
        trial_period: bit(12),
        social_insurance: bit(2),
        medical_insurance: bit(3),
        housing_fund: bit(4),
      });
    }
    const all = () => db.selectFrom("opening as o").innerJoin("organisation as e", "e.id", "o.employer_id");
    const ids = async (query: ReturnType<typeof all>) => (await query.select("o.id").orderBy("o.id").execute()).map((row) => row.id);
    const cases = [
      ...WORK_ARRANGEMENTS.map((value) => ({ arrangements: [value] })),
      { arrangements: ["remote", "hybrid"] as WorkArrangement[] },
      ...EMPLOYMENT_FORMS.map((value) => ({ forms: [value] })),
      ...ACCESS_FILTERS.map((value) => ({ access: [value] })),
      { access: ["text_only", "captions", "step_free"] as AccessFilter[] },
      ...(["medical", "social", "full"] as const).map((insurance) => ({ insurance })),
      { location: { kind: "anywhere" as const } },
      { location: { kind: "place" as const, province: "河南", city: null } },
      { location: { kind: "place" as const, province: "河南", city: "郑州" } },
    ];
    for (const filters of cases) {
      const [name, value] = Object.entries(filters)[0] as [keyof typeof FILTER_CONDITIONS, never];
      const byCondition = await ids(FILTER_CONDITIONS[name](all(), value, db));
      const query = facetQuery(filters);
      expect(query, JSON.stringify(filters)).not.toBeNull();
      const byFacets = await ids(all().where(sql<boolean>`o.facets @@ ${query}::tsquery`));
      expect(byFacets, JSON.stringify(filters)).toEqual(byCondition);
      expect(byCondition.length, `${JSON.stringify(filters)} picks some openings`).toBeGreaterThan(0);
      expect(byCondition.length, `${JSON.stringify(filters)} leaves some openings out`).toBeLessThan((await ids(all())).length);
    }
    expect(facetQuery({ insurance: "any", arrangements: [], access: [] })).toBeNull();
  });
});

describe("pagination and ordering", () => {
  it("pages newest first and clamps out-of-range pages", async () => {
    const { db } = handle;
    const { total } = await countPublishedOpenings(db);
    const perPage = 3;
    const first = await listPublishedOpenings(db, { page: 1, perPage });
    expect(first.items).toHaveLength(Math.min(perPage, total));
    expect(first.pageCount).toBe(Math.ceil(total / perPage));
    const times = first.items.map((i) => new Date(i.published_at ?? 0).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const beyond = await listPublishedOpenings(db, { page: 9999, perPage });
    expect(beyond.page).toBe(first.pageCount);
    expect(beyond.items.length).toBeGreaterThan(0);
    const negative = await listPublishedOpenings(db, { page: -4, perPage });
    expect(negative.page).toBe(1);
  });

  it("lists the newest openings for the home page", async () => {
    const { db } = handle;
    const newest = await createOpening(db, { employerId, partnerId, published_at: new Date(Date.now() + 1000) });
    const list = await listNewestOpenings(db, { limit: 2 });
    expect(list[0]?.id).toBe(newest.id);
    expect(list).toHaveLength(2);
  });
});
