// Machine-readable views of the public openings: the Atom feed, the JSON API, the sitemap and
// robots.txt. Each takes the database handle, the request and the portal's public origin (PUBLIC_URL,
// never the request's own Host) and returns the whole Response, so the route modules are one line and
// the tests can call these directly on a test database.
import type { TFunction } from "i18next";
import type { Kysely } from "kysely";
import { listPublicEventIds } from "~/models/event.server";
import type { Database } from "../../db/schema";
import { listPublishedOpeningIds, listPublishedOpenings, type OpeningSummary } from "../models/opening.server";
import { listPublicOrganisationSlugs } from "../models/organisation.server";
import { parseOpeningsSearch } from "../validation/openings-search";
import { describeActiveFilters } from "../utils/active-filters";
import type { Locale } from "../utils/i18n";
import { getLocale, i18next } from "../utils/i18next.server";
import { pickText, type LocalizedText } from "../utils/localized";
import { escapeXml } from "../utils/xml";

type Db = Kysely<Database>;

/** How many openings the Atom feed carries: the newest, like any feed. */
export const FEED_SIZE = 50;

/** Pages that are always in the sitemap besides the openings themselves. */
const SITEMAP_PAGES = ["/", "/openings", "/events", "/partners", "/numbers", "/certificates", "/accessibility", "/help"];

// The sitemap protocol allows 50,000 URLs per file; past that we would need a sitemap index.
const SITEMAP_MAX_OPENINGS = 50_000 - SITEMAP_PAGES.length;

// Query keys that only change paging or order, which the feed fixes for itself.
const FEED_IGNORED_KEYS = ["page", "perPage", "sort"];

function queryString(params: URLSearchParams): string {
  const query = params.toString();
  return query ? `?${query}` : "";
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** An element whose text may be in the other language than the feed: it says so with xml:lang. */
function localizedElement(name: string, feedLocale: Locale, value: LocalizedText, attributes = "") {
  const lang = value.lang === feedLocale ? "" : ` xml:lang="${value.lang}"`;
  return `<${name}${attributes}${lang}>${escapeXml(value.text)}</${name}>`;
}

/** A saved search's personal feed: its stored query, its owner's language and its own address. */
export type SavedSearchFeed = { query: string; locale: Locale; selfPath: string; name: string };

/**
 * GET /openings.atom?…: the newest 50 openings matching the same query string as /openings, as
 * Atom 1.0. With `saved`, the feed of a saved search instead (GET /feeds/saved/:token).
 */
export async function buildAtomFeed(db: Db, request: Request, origin: string, saved?: SavedSearchFeed): Promise<Response> {
  const url = new URL(request.url);
  const locale = saved?.locale ?? (await getLocale(request));
  // remix-i18next's TFunction has other type parameters than i18next's default one; comparing the two
  // structurally costs the type checker gigabytes with several hundred keys, so say it once here.
  const t = (await i18next.getFixedT(locale)) as unknown as TFunction;
  const params = saved ? new URLSearchParams(saved.query) : url.searchParams;
  const search = parseOpeningsSearch(params);
  const { items } = await listPublishedOpenings(db, { ...search, sort: "newest", page: 1, perPage: FEED_SIZE });

  // One search, one feed: order and paging keys are dropped and the rest sorted, so the feed's id
  // stays the same however a reader wrote the address. `lng` stays: it chooses the language.
  const feedParams = new URLSearchParams(params);
  for (const key of FEED_IGNORED_KEYS) feedParams.delete(key);
  feedParams.sort();
  const selfUrl = saved ? `${origin}${saved.selfPath}` : `${origin}/openings.atom${queryString(feedParams)}`;
  const htmlParams = new URLSearchParams(feedParams);
  // Without keywords the page is already newest first; with them it would rank by relevance.
  if (search.q) htmlParams.set("sort", "newest");
  const htmlUrl = `${origin}/openings${queryString(htmlParams)}`;

  const what = [search.q, ...describeActiveFilters(t, search, `?${params.toString()}`).map((filter) => filter.label)].filter(Boolean);
  const title = saved
    ? t("saved.feedTitle", { name: saved.name })
    : what.length
      ? t("feeds.title", { what: what.join(t("common.listSeparator")) })
      : t("feeds.titleAll");
  const updated = items.reduce<Date | null>((latest, item) => {
    const changed = new Date(item.updated_at);
    return latest && latest >= changed ? latest : changed;
  }, null);

  const entries = items.map((item) => atomEntry(item, { origin, locale, t }));
  const xml = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<title>${escapeXml(title)}</title>`,
    `<subtitle>${escapeXml(t("feeds.subtitle", { max: FEED_SIZE }))}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(htmlUrl)}"/>`,
    `<id>${escapeXml(selfUrl)}</id>`,
    // An empty feed has nothing to date it by; "now" is honest, since that is when it was empty.
    `<updated>${(updated ?? new Date()).toISOString()}</updated>`,
    `<author><name>${escapeXml(t("meta.siteName"))}</name><uri>${escapeXml(`${origin}/`)}</uri></author>`,
    ...entries,
    `</feed>`,
    "",
  ].join("\n");

  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      // A personal feed's address is a secret: shared caches must not keep it.
      "Cache-Control": saved ? "private, max-age=300" : "public, max-age=300",
      "Content-Language": locale,
      ...(saved ? { "X-Robots-Tag": "noindex" } : { Vary: "Cookie, Accept-Language" }),
    },
  });
}


function atomEntry(item: OpeningSummary, { origin, locale: lang, t }: { origin: string; locale: Locale; t: TFunction }): string {
  const link = `${origin}/openings/${item.id}`;
  const title = pickText(lang, item.title_zh, item.title_en) ?? { text: String(item.id), lang };
  const summary = pickText(lang, item.summary_zh, item.summary_en);
  const employer = pickText(lang, item.employer_name_zh, item.employer_name_en);
  const lines = [
    `<entry>`,
    localizedElement("title", lang, title, ` type="text"`),
    `<link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
    `<id>${escapeXml(link)}</id>`,
    item.published_at ? `<published>${iso(item.published_at)}</published>` : "",
    `<updated>${iso(item.updated_at)}</updated>`,
    employer ? `<author>${localizedElement("name", lang, employer)}</author>` : "",
    `<category term="${item.work_arrangement}" label="${escapeXml(t(`enums.workArrangement.${item.work_arrangement}`))}"/>`,
    `<category term="${item.employment_form}" label="${escapeXml(t(`enums.employmentForm.${item.employment_form}`))}"/>`,
    summary ? localizedElement("summary", lang, summary, ` type="text"`) : "",
    `</entry>`,
  ];
  return lines.filter(Boolean).join("\n");
}

/** One opening as the JSON API shows it: both languages, money in yuan, dates as ISO strings. */
export function apiOpening(item: OpeningSummary, origin: string) {
  return {
    id: item.id,
    url: `${origin}/openings/${item.id}`,
    title: { zh: item.title_zh, en: item.title_en },
    summary: { zh: item.summary_zh, en: item.summary_en },
    employer: {
      name: { zh: item.employer_name_zh, en: item.employer_name_en },
      // The employer's highest current accessibility certificate, checkable at its url; null when none.
      certificate: item.certificate_number
        ? { number: item.certificate_number, level: item.certificate_level, url: `${origin}/certificates/${item.certificate_number}` }
        : null,
    },
    work_arrangement: item.work_arrangement,
    remote_anywhere: item.remote_anywhere,
    province: item.province,
    city: item.city,
    employment_form: item.employment_form,
    hours: { min: item.hours_min, max: item.hours_max },
    schedule: item.schedule,
    pay: { min: item.pay_min_minor / 100, max: item.pay_max_minor / 100, unit: item.pay_unit, currency: item.pay_currency },
    access: {
      text_only_possible: item.text_only_possible,
      screen_reader_tested: item.screen_reader_tested,
      sign_language_support: item.sign_language_support,
    },
    deadline: item.deadline,
    published_at: item.published_at ? iso(item.published_at) : null,
    updated_at: iso(item.updated_at),
  };
}

/** The JSON API's response body. */
export type ApiOpeningsResponse = {
  /** Counted up to 1,000 (COUNT_CAP); with `totalCapped`, there are more than `total`. */
  total: number;
  totalCapped: boolean;
  /** "description" when no title, employer or summary had the words and the descriptions were searched. */
  matchedIn: "summary" | "description";
  page: number;
  perPage: number;
  pageCount: number;
  items: ReturnType<typeof apiOpening>[];
  links: { self: string; next: string | null; prev: string | null; html: string };
};

/** GET /api/openings?…: one page of the same search as /openings, as JSON for other services. */
export async function buildApiResponse(db: Db, request: Request, origin: string): Promise<Response> {
  const url = new URL(request.url);
  const search = parseOpeningsSearch(url.searchParams);
  const result = await listPublishedOpenings(db, search);

  // Links carry the page and page size actually used, so a bad value is not passed along.
  const pageUrl = (path: string, page: number) => {
    const params = new URLSearchParams(url.searchParams);
    params.delete("lng");
    params.set("page", String(page));
    params.set("perPage", String(result.perPage));
    return `${origin}${path}${queryString(params)}`;
  };
  const body: ApiOpeningsResponse = {
    total: result.total,
    totalCapped: result.totalCapped,
    matchedIn: result.matchedIn,
    page: result.page,
    perPage: result.perPage,
    pageCount: result.pageCount,
    items: result.items.map((item) => apiOpening(item, origin)),
    links: {
      self: pageUrl("/api/openings", result.page),
      next: result.page < result.pageCount ? pageUrl("/api/openings", result.page + 1) : null,
      prev: result.page > 1 ? pageUrl("/api/openings", result.page - 1) : null,
      html: pageUrl("/openings", result.page),
    },
  };
  return new Response(JSON.stringify(body), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=60",
      // Public, read-only data: any site may read it from the browser.
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** GET /sitemap.xml: the fixed public pages and every public opening, with absolute URLs. */
export async function buildSitemap(db: Db, origin: string): Promise<Response> {
  // Every verified partner and employer has a public page; the openings fill what room is left.
  const [organisations, events] = await Promise.all([listPublicOrganisationSlugs(db), listPublicEventIds(db)]);
  const openings = await listPublishedOpeningIds(db, { limit: Math.max(0, SITEMAP_MAX_OPENINGS - organisations.length - events.length) });
  const urls = [
    ...SITEMAP_PAGES.map((path) => `<url><loc>${escapeXml(`${origin}${path}`)}</loc></url>`),
    ...organisations.map(
      ({ kind, slug, updated_at }) =>
        `<url><loc>${escapeXml(`${origin}/${kind === "partner" ? "partners" : "employers"}/${slug}`)}</loc><lastmod>${iso(updated_at)}</lastmod></url>`,
    ),
    ...events.map(({ id, updated_at }) => `<url><loc>${escapeXml(`${origin}/events/${id}`)}</loc><lastmod>${iso(updated_at)}</lastmod></url>`),
    ...openings.map(
      ({ id, updated_at }) => `<url><loc>${escapeXml(`${origin}/openings/${id}`)}</loc><lastmod>${iso(updated_at)}</lastmod></url>`,
    ),
  ];
  const xml = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...urls,
    `</urlset>`,
    "",
  ].join("\n");
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}

/** GET /robots.txt: everything may be crawled except the language switch; the sitemap's address is absolute. */
export function buildRobotsTxt(origin: string): Response {
  const body = ["User-agent: *", "Allow: /", "Disallow: /language", "", `Sitemap: ${origin}/sitemap.xml`, ""].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
