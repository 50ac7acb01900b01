import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApiResponse, buildAtomFeed, buildRobotsTxt, buildSitemap, type ApiOpeningsResponse } from "~/services/feeds.server";
import type { DatabaseHandle } from "../../db/client";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let employerId: number;
let partnerId: number;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

const ARRAYS = new Set(["feed.entry", "feed.link", "feed.entry.category", "urlset.url"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  parseTagValue: false,
  isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
});

type Text = string | { "#text": string; "@xml:lang"?: string; "@type"?: string };
type AtomEntry = { title: Text; id: string; updated: string; published?: string; summary?: Text; author?: { name: Text }; link: { "@href": string } };
type AtomFeed = {
  feed: {
    "@xml:lang": string;
    title: string;
    id: string;
    updated: string;
    link: { "@rel": string; "@href": string; "@type": string }[];
    entry?: AtomEntry[];
  };
};

const textOf = (value: Text | undefined) => (typeof value === "object" ? value["#text"] : value);

/** Fetches the feed, checks it is well-formed XML, and returns it parsed. */
async function atom(query: string, headers: Record<string, string> = {}) {
  const response = await buildAtomFeed(handle.db, new Request(`http://localhost/openings.atom${query}`, { headers }), "http://localhost");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = parser.parse(xml) as AtomFeed;
  return { response, xml, feed: parsed.feed, entries: parsed.feed.entry ?? [] };
}

const entryIds = (entries: AtomEntry[]) => entries.map((entry) => Number(entry.id.split("/").pop()));

async function api(query: string) {
  const response = await buildApiResponse(handle.db, new Request(`http://localhost/api/openings${query}`), "http://localhost");
  expect(response.status).toBe(200);
  return { response, body: (await response.json()) as ApiOpeningsResponse };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  employerId = (await createOrganisation(handle.db, { name_zh: "星河助残服务（测试）", name_en: null })).id;
});

afterAll(async () => {
  await handle?.close();
});

describe("Atom feed", () => {
  it("lists matching public openings for a Chinese keyword, newest first, and leaves out closed and expired ones", async () => {
    const { db } = handle;
    const older = await createOpening(db, { employerId, partnerId, title_zh: "在线文字客服专员", published_at: hoursAgo(48) });
    const newer = await createOpening(db, { employerId, partnerId, title_zh: "电商售后客服", published_at: hoursAgo(1) });
    const closed = await createOpening(db, { employerId, partnerId, title_zh: "已关闭的客服", status: "closed" });
    const expired = await createOpening(db, { employerId, partnerId, title_zh: "过期的客服", deadline: daysFromNow(-2) });
    const draft = await createOpening(db, { employerId, partnerId, title_zh: "草稿客服", status: "draft" });
    const other = await createOpening(db, { employerId, partnerId, title_zh: "远程数据标注员" });

    const { response, feed, entries } = await atom("?q=客服");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");

    const ids = entryIds(entries);
    expect(ids).toEqual([newer.id, older.id]);
    for (const hidden of [closed, expired, draft, other]) expect(ids).not.toContain(hidden.id);

    expect(feed["@xml:lang"]).toBe("zh-CN");
    expect(feed.title).toBe("无碍就业：客服 的职位");
    const self = feed.link.find((link) => link["@rel"] === "self");
    const alternate = feed.link.find((link) => link["@rel"] === "alternate");
    expect(self?.["@href"]).toBe(`http://localhost/openings.atom?q=${encodeURIComponent("客服")}`);
    expect(alternate?.["@href"]).toBe(`http://localhost/openings?q=${encodeURIComponent("客服")}&sort=newest`);
    expect(feed.id).toBe(self?.["@href"]);
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);

    const first = entries[0];
    expect(textOf(first?.title)).toBe("电商售后客服");
    expect(first?.link["@href"]).toBe(`http://localhost/openings/${newer.id}`);
    expect(first?.id).toBe(`http://localhost/openings/${newer.id}`);
    expect(textOf(first?.author?.name)).toBe("星河助残服务（测试）");
  });

  it("applies filters and names them in the title", async () => {
    const { db } = handle;
    const remote = await createOpening(db, { employerId, partnerId, title_zh: "远程图片审核员", work_arrangement: "remote" });
    const onSite = await createOpening(db, {
      employerId,
      partnerId,
      title_zh: "门店图片审核员",
      work_arrangement: "on_site",
      remote_anywhere: false,
      province: "江苏",
      city: "常州",
    });

    const { feed, entries } = await atom("?q=审核&arrangement=remote");
    expect(entryIds(entries)).toEqual([remote.id]);
    expect(feed.title).toBe("无碍就业：审核、远程 的职位");

    const inJiangsu = await atom(`?q=审核&location=${encodeURIComponent("江苏/常州")}`);
    expect(entryIds(inJiangsu.entries)).toEqual([onSite.id]);
  });

  it("speaks English when asked, marking text that is only in Chinese, and ignores paging and sort", async () => {
    const { db } = handle;
    const created = await createOpening(db, {
      employerId,
      partnerId,
      title_zh: "手语视频翻译",
      title_en: null,
      summary_zh: "把视频里的手语翻译成文字。",
      summary_en: null,
    });
    const { feed, entries, response } = await atom("?q=手语&page=3&perPage=10&sort=closing&lng=en");
    expect(response.headers.get("Content-Language")).toBe("en");
    expect(feed["@xml:lang"]).toBe("en");
    expect(feed.title).toBe("AccessWork openings: 手语");
    expect(entryIds(entries)).toEqual([created.id]);
    expect(entries[0]?.title).toEqual({ "#text": "手语视频翻译", "@xml:lang": "zh-CN", "@type": "text" });
    expect(entries[0]?.summary).toEqual({ "#text": "把视频里的手语翻译成文字。", "@xml:lang": "zh-CN", "@type": "text" });
    const self = feed.link.find((link) => link["@rel"] === "self");
    expect(self?.["@href"]).toBe(`http://localhost/openings.atom?lng=en&q=${encodeURIComponent("手语")}`);
  });

  it("escapes markup in openings so the feed stays well-formed", async () => {
    const { db } = handle;
    const title = `校对\u0007 <b>"加急"</b> & 'R&D' ]]>`;
    const created = await createOpening(db, { employerId, partnerId, title_zh: title });
    const { entries, xml } = await atom("?q=校对");
    expect(xml).not.toContain("<b>");
    expect(entryIds(entries)).toEqual([created.id]);
    // The bell character cannot appear in XML at all, so it is dropped.
    expect(textOf(entries[0]?.title)).toBe(`校对 <b>"加急"</b> & 'R&D' ]]>`);
  });

  it("is a valid, empty feed when nothing matches, and never fails on bad values", async () => {
    const { feed, entries, response } = await atom("?q=不存在的关键词组合&page=-1&perPage=7&arrangement=space&posted=abc&minPay=lots");
    expect(response.status).toBe(200);
    expect(entries).toEqual([]);
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  });
});

describe("JSON API", () => {
  it("pages through results with total, page count and next/prev links", async () => {
    const { db } = handle;
    const created = [];
    for (let n = 0; n < 12; n += 1) {
      created.push(await createOpening(db, { employerId, partnerId, title_zh: `分拣包装员${n}`, published_at: hoursAgo(100 + n) }));
    }
    const q = encodeURIComponent("分拣");

    const first = await api(`?q=${q}&perPage=10`);
    expect(first.response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(first.response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(first.response.headers.get("Cache-Control")).toBe("public, max-age=60");
    expect(first.body).toMatchObject({ total: 12, page: 1, perPage: 10, pageCount: 2 });
    expect(first.body.items).toHaveLength(10);
    expect(first.body.links.prev).toBeNull();
    expect(first.body.links.self).toBe(`http://localhost/api/openings?q=${q}&perPage=10&page=1`);
    expect(first.body.links.html).toBe(`http://localhost/openings?q=${q}&perPage=10&page=1`);
    expect(first.body.links.next).toBe(`http://localhost/api/openings?q=${q}&perPage=10&page=2`);

    const next = new URL(first.body.links.next ?? "");
    const second = await api(next.search);
    expect(second.body).toMatchObject({ total: 12, page: 2, perPage: 10, pageCount: 2 });
    expect(second.body.items).toHaveLength(2);
    expect(second.body.links.next).toBeNull();
    expect(second.body.links.prev).toBe(first.body.links.self);

    const seen = [...first.body.items, ...second.body.items].map((item) => item.id).sort((a, b) => a - b);
    expect(seen).toEqual(created.map((opening) => opening.id).sort((a, b) => a - b));
  });

  it("describes each opening with stable fields: both languages, pay in yuan, ISO dates", async () => {
    const { db } = handle;
    const created = await createOpening(db, {
      employerId,
      partnerId,
      title_zh: "有声书校音员",
      title_en: "Audiobook proofreader",
      summary_zh: "听录音，找出读错的字。",
      work_arrangement: "hybrid",
      remote_anywhere: false,
      province: "四川",
      city: "成都",
      employment_form: "piecework",
      hours_min: 5,
      hours_max: 15,
      schedule: "asynchronous",
      pay_min_minor: 35,
      pay_max_minor: 1250,
      pay_unit: "piece",
      screen_reader_tested: true,
      deadline: daysFromNow(20),
      published_at: new Date("2026-01-02T03:04:05Z"),
    });
    const { body } = await api(`?q=${encodeURIComponent("校音")}`);
    expect(body.items).toEqual([
      {
        id: created.id,
        url: `http://localhost/openings/${created.id}`,
        title: { zh: "有声书校音员", en: "Audiobook proofreader" },
        summary: { zh: "听录音，找出读错的字。", en: null },
        employer: { name: { zh: "星河助残服务（测试）", en: null }, certificate: null },
        work_arrangement: "hybrid",
        remote_anywhere: false,
        province: "四川",
        city: "成都",
        employment_form: "piecework",
        hours: { min: 5, max: 15 },
        schedule: "asynchronous",
        pay: { min: 0.35, max: 12.5, unit: "piece", currency: "CNY" },
        access: { text_only_possible: true, screen_reader_tested: true, sign_language_support: false },
        deadline: daysFromNow(20),
        published_at: "2026-01-02T03:04:05.000Z",
        updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as unknown,
      },
    ]);
  });

  it("applies filters the way the search page does", async () => {
    const { db } = handle;
    const remote = await createOpening(db, { employerId, partnerId, title_zh: "远程字幕听写员", work_arrangement: "remote" });
    const onSite = await createOpening(db, {
      employerId,
      partnerId,
      title_zh: "现场字幕听写员",
      work_arrangement: "on_site",
      remote_anywhere: false,
      province: "北京",
      city: "海淀区",
      text_only_possible: false,
    });
    const q = `q=${encodeURIComponent("听写")}`;
    expect((await api(`?${q}&arrangement=on_site`)).body.items.map((item) => item.id)).toEqual([onSite.id]);
    expect((await api(`?${q}&arrangement=remote`)).body.items.map((item) => item.id)).toEqual([remote.id]);
    expect((await api(`?${q}&access=text_only`)).body.items.map((item) => item.id)).toEqual([remote.id]);
    expect((await api(`?${q}&location=${encodeURIComponent("北京")}`)).body.items.map((item) => item.id)).toEqual([onSite.id]);
  });

  it("ignores bad values instead of failing, and says which page and size it used", async () => {
    const { db } = handle;
    await createOpening(db, { employerId, partnerId, title_zh: "客户回访专员" });
    const q = `q=${encodeURIComponent("回访")}`;
    const plain = await api(`?${q}`);
    const bad = await api(`?${q}&page=-1&perPage=7&arrangement=flying&form=nope&access=wings&maxHours=x&posted=2&minPay=abc&sort=loudest`);
    expect(bad.body).toMatchObject({ total: plain.body.total, page: 1, perPage: 20, pageCount: 1 });
    expect(bad.body.items).toEqual(plain.body.items);
    expect(bad.body.links.self).toContain("perPage=20");
    expect(bad.body.links.self).toContain("page=1");

    const beyond = await api(`?${q}&page=99999`);
    expect(beyond.body.page).toBe(1);
    expect(beyond.body.items).toHaveLength(1);
  });
});

describe("sitemap and robots.txt", () => {
  it("lists the fixed pages and public openings only, with absolute URLs", async () => {
    const { db } = handle;
    const pendingEmployer = await createOrganisation(db, { verification_status: "pending" });
    const visible = await createOpening(db, { employerId, partnerId, title_zh: "站点地图可见职位" });
    const hidden = [
      await createOpening(db, { employerId, partnerId, status: "draft" }),
      await createOpening(db, { employerId, partnerId, status: "closed" }),
      await createOpening(db, { employerId, partnerId, deadline: daysFromNow(-1) }),
      await createOpening(db, { employerId: pendingEmployer.id, partnerId }),
    ];

    const response = await buildSitemap(db, "https://jobs.example.org");
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = (parser.parse(xml) as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url;
    const locs = urls.map((url) => url.loc);

    for (const path of ["/", "/openings", "/partners", "/certificates", "/accessibility", "/help"]) expect(locs).toContain(`https://jobs.example.org${path}`);
    // Verified organisations have public pages; an employer still waiting for verification has none.
    const partner = await db.selectFrom("organisation").select("slug").where("id", "=", partnerId).executeTakeFirstOrThrow();
    const employer = await db.selectFrom("organisation").select("slug").where("id", "=", employerId).executeTakeFirstOrThrow();
    expect(locs).toContain(`https://jobs.example.org/partners/${partner.slug}`);
    expect(locs).toContain(`https://jobs.example.org/employers/${employer.slug}`);
    expect(locs).not.toContain(`https://jobs.example.org/employers/${pendingEmployer.slug}`);
    expect(locs).toContain(`https://jobs.example.org/openings/${visible.id}`);
    for (const opening of hidden) expect(locs).not.toContain(`https://jobs.example.org/openings/${opening.id}`);
    const entry = urls.find((url) => url.loc.endsWith(`/openings/${visible.id}`));
    expect(Number.isNaN(Date.parse(entry?.lastmod ?? ""))).toBe(false);
  });

  it("robots.txt points to the sitemap on this host and keeps crawlers off the language switch", async () => {
    const text = await buildRobotsTxt("https://jobs.example.org").text();
    expect(text).toContain("User-agent: *");
    expect(text).toContain("Disallow: /language");
    expect(text).toContain("Sitemap: https://jobs.example.org/sitemap.xml");
  });
});
