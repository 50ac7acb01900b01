import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "../support/e2e/fixtures";

// Machine-readable outputs, against the production build and its demo data.

type ApiBody = {
  total: number;
  page: number;
  perPage: number;
  pageCount: number;
  items: { id: number; url: string; work_arrangement: string }[];
  links: { self: string; next: string | null; prev: string | null; html: string };
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "entry" || name === "url" });

test("the Atom feed of a search is well-formed Atom with matching entries", async ({ request }) => {
  const response = await request.get(`/openings.atom?q=${encodeURIComponent("客服")}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml) as { feed: { "@xmlns": string; title: string; entry?: { id: string }[] } };
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.title).toContain("客服");
  expect(feed.entry?.length ?? 0).toBeGreaterThan(0);
  for (const entry of feed.entry ?? []) expect(entry.id).toMatch(/^http:\/\/[^/]+\/openings\/\d+$/);
});

test("the JSON API applies filters and page size", async ({ request }) => {
  const response = await request.get("/api/openings?arrangement=remote&perPage=10");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await response.json()) as ApiBody;
  expect(body.perPage).toBe(10);
  expect(body.items.length).toBeGreaterThan(0);
  expect(body.items.length).toBeLessThanOrEqual(10);
  for (const item of body.items) expect(item.work_arrangement).toBe("remote");
  expect(body.links.self).toMatch(/^http:\/\/.+\/api\/openings\?/);
});

test("the JSON API ignores bad values instead of failing", async ({ request }) => {
  const response = await request.get("/api/openings?page=-1&perPage=7&arrangement=flying&minPay=lots");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as ApiBody;
  expect(body).toMatchObject({ page: 1, perPage: 20 });
});

test("sitemap.xml lists the public pages with absolute URLs, and robots.txt points to it", async ({ request, baseURL }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  const xml = await sitemap.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { urlset } = parser.parse(xml) as { urlset: { url: { loc: string }[] } };
  const locs = urlset.url.map((url) => url.loc);
  expect(locs).toContain(`${baseURL}/openings`);
  // The certificate lookup, so a certificate can be checked from a search engine too.
  expect(locs).toContain(`${baseURL}/certificates`);
  expect(locs.some((loc) => /\/openings\/\d+$/.test(loc))).toBe(true);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(await robots.text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("an opening's page carries a JobPosting in JSON-LD with the page's nonce", async ({ request }) => {
  const api = (await (await request.get("/api/openings?perPage=10")).json()) as ApiBody;
  const first = api.items[0];
  if (!first) throw new Error("no public openings in the demo data");
  const response = await request.get(new URL(first.url).pathname);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const script = /<script type="application\/ld\+json"([^>]*)>([\s\S]*?)<\/script>/.exec(html);
  expect(script, "a JSON-LD script").not.toBeNull();
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(script?.[1]).toContain(`nonce="${nonce}"`);
  const posting = JSON.parse(script?.[2] ?? "") as Record<string, unknown>;
  expect(posting["@context"]).toBe("https://schema.org");
  expect(posting["@type"]).toBe("JobPosting");
  expect(posting.url).toBe(first.url);
  expect(typeof posting.title).toBe("string");
  expect(posting.hiringOrganization).toMatchObject({ "@type": "Organization" });
});

test("the search page links to the Atom feed of the same search", async ({ page, request }) => {
  await page.goto(`/openings?q=${encodeURIComponent("客服")}`);
  const link = page.getByRole("link", { name: /Atom/ });
  await expect(link).toHaveCount(1);
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/openings\.atom\?/);
  expect(href).toContain(`q=${encodeURIComponent("客服")}`);
  const feed = await request.get(href);
  expect(feed.status()).toBe(200);
  expect(XMLValidator.validate(await feed.text())).toBe(true);
});
