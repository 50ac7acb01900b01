import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { Database, NewOpening } from "../../db/schema";
import { CERTIFICATE_LEVELS } from "~/domain/certification";
import { CARD_COLUMNS, DETAIL_COLUMNS } from "~/domain/opening-fields";
import { FILTER_NAMES, filterActive, type AccessFilter, type FilterName, type OpeningFilterValues } from "~/domain/opening-filters";
import type { OpeningDetailView, OpeningSummaryView } from "~/domain/opening-views";
import { quoteLexeme, toTsqueryLiteral, toTsvectorLiteral } from "../utils/search-tokens";
import { DEFAULT_PAGE_SIZE, type OpeningsSearch } from "../validation/openings-search";

type Db = Kysely<Database>;
type Eb = ExpressionBuilder<Database & { o: Database["opening"]; e: Database["organisation"] }, "o" | "e">;

/**
 * Only these openings are ever shown to the public: published, verified employer, not past the
 * deadline. Exported for the benchmark, which counts public openings exactly (the counts here stop at a cap).
 */
export function publicOpenings(db: Db) {
  return db
    .selectFrom("opening as o")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .where("o.status", "=", "published")
    .where("e.verification_status", "=", "verified")
    .where((eb) => eb.or([eb("o.deadline", "is", null), eb("o.deadline", ">=", sql<string>`current_date`)]));
}

/** A certificate counts while it is valid and not past its expiry date (the expiry job may not have run yet today). */
function currentCertificates(db: Db) {
  return db
    .selectFrom("certificate as c")
    // Correlated with the outer query's opening "o".
    .where(sql<boolean>`c.employer_id = o.employer_id`)
    .where("c.status", "=", "valid")
    .where("c.expires_on", ">=", sql<string>`current_date`);
}

/** 1, 2 or 3 for the three certification levels, so "this level or higher" is a comparison. */
const levelRank = (column: string) => sql<number>`array_position(${sql.val([...CERTIFICATE_LEVELS])}::text[], ${sql.ref(column)})`;

/** Adds the employer's highest current certificate (number and level, or nulls) to a query of public openings. */
function withCertificate(db: Db, query: ReturnType<typeof publicOpenings>) {
  return query.select([
    currentCertificates(db)
      .select("c.number")
      .orderBy(levelRank("c.level"), "desc")
      // The newest of equal level: a renewal's number, not the one it replaces.
      .orderBy("c.issued_on", "desc")
      .limit(1)
      .as("certificate_number"),
    currentCertificates(db)
      .select("c.level")
      .orderBy(levelRank("c.level"), "desc")
      // The newest of equal level: a renewal's number, not the one it replaces.
      .orderBy("c.issued_on", "desc")
      .limit(1)
      .as("certificate_level"),
  ]);
}

/** The columns of a list card: the card's editable columns (from the opening's one field list) and what the database adds. */
const summaryColumns = [
  "o.id",
  ...CARD_COLUMNS.map((column) => `o.${column}` as const),
  "o.pay_currency",
  "o.published_at",
  "o.updated_at",
  "e.name_zh as employer_name_zh",
  "e.name_en as employer_name_en",
] as const;

/** What a list needs to know about a published opening: the domain's view, which the queries below are checked against. */
export type OpeningSummary = OpeningSummaryView;

/** Search criteria for {@link listPublishedOpenings}; every field is optional. */
export type OpeningFilters = Partial<Omit<OpeningsSearch, "queryTruncated">> & {
  /** Only openings published after this moment (for saved-search digests). */
  publishedAfter?: Date;
};

/** What each access filter requires of an opening. A remote job has no workplace, so it is step-free and quiet by nature. */
function accessCondition(eb: Eb, filter: AccessFilter) {
  switch (filter) {
    case "text_only":
      return eb("o.text_only_possible", "=", true);
    case "no_phone":
      return eb("o.phone_required", "=", false);
    case "no_camera":
      return eb("o.camera_required", "=", false);
    case "sign_language":
      return eb("o.sign_language_support", "=", true);
    case "captions":
      return eb("o.captioned_meetings", "=", true);
    case "screen_reader":
      return eb("o.screen_reader_tested", "=", true);
    case "assistive_devices":
      return eb("o.assistive_devices_provided", "=", true);
    case "step_free":
      return eb.or([eb("o.work_arrangement", "=", "remote"), eb("o.step_free_workplace", "=", true)]);
    case "quiet_space":
      return eb.or([eb("o.work_arrangement", "=", "remote"), eb("o.quiet_space", "=", true)]);
    case "training":
      return eb("o.training_provided", "=", true);
    case "mentor":
      return eb("o.mentor_support", "=", true);
    case "trial":
      return eb("o.trial_period", "=", true);
  }
}

type PublicQuery = ReturnType<typeof publicOpenings>;

/**
 * The SQL condition of each search filter in the filter table (domain/opening-filters.ts), under the
 * same names: the type makes a filter without a condition fail to compile. Each is called only when
 * its filter is on. Exported for the filter table's test.
 */
export const FILTER_CONDITIONS: { [N in FilterName]: (query: PublicQuery, value: OpeningFilterValues[N], db: Db) => PublicQuery } = {
  arrangements: (query, arrangements) => query.where("o.work_arrangement", "in", arrangements),
  forms: (query, forms) => query.where("o.employment_form", "in", forms),
  access: (query, access) => access.reduce((narrowed, filter) => narrowed.where((eb) => accessCondition(eb, filter)), query),
  // "At most N hours a week": the opening can be done within N hours.
  maxHours: (query, maxHours) => (maxHours === null ? query : query.where("o.hours_min", "<=", maxHours)),
  location: (query, location) => {
    if (location?.kind === "anywhere") return query.where("o.work_arrangement", "=", "remote").where("o.remote_anywhere", "=", true);
    if (location?.kind !== "place") return query;
    const inProvince = query.where("o.province", "=", location.province);
    return location.city ? inProvince.where("o.city", "=", location.city) : inProvince;
  },
  // "At least ¥X per unit": the top of the opening's range reaches X.
  minPay: (query, pay) => (pay ? query.where("o.pay_unit", "=", pay.unit).where("o.pay_max_minor", ">=", pay.minor) : query),
  insurance: (query, insurance) => {
    if (insurance === "medical") return query.where("o.medical_insurance", "=", true);
    if (insurance === "social") return query.where("o.social_insurance", "=", true);
    if (insurance === "full") {
      return query.where("o.social_insurance", "=", true).where("o.medical_insurance", "=", true).where("o.housing_fund", "=", true);
    }
    return query;
  },
  certified: (query, certified, db) => {
    if (certified === null) return query;
    const minimum = CERTIFICATE_LEVELS.indexOf(certified) + 1;
    return query.where(({ exists }) => exists(currentCertificates(db).select(sql`1`.as("one")).where(levelRank("c.level"), ">=", minimum)));
  },
  postedWithinDays: (query, days) =>
    days === null ? query : query.where("o.published_at", ">=", sql<Date>`now() - make_interval(days => ${days})`),
};

/** Narrows a query by one filter if it is given and on. */
function applyFilter<N extends FilterName>(db: Db, query: PublicQuery, name: N, value: OpeningFilterValues[N] | undefined): PublicQuery {
  if (value === undefined || !filterActive(name, value)) return query;
  const condition = FILTER_CONDITIONS[name] as (query: PublicQuery, value: OpeningFilterValues[N], db: Db) => PublicQuery;
  return condition(query, value, db);
}

/**
 * Where the words are looked for: the title, employer and summary (match_vector, small and in the
 * row), or, only when nothing matches there, the whole text with the description (search_vector,
 * large and out of line). See docs/decisions/019-search-at-scale.md.
 */
export type MatchIn = "summary" | "description";

/**
 * The filters that take fixed values, as a query on the facets vector (migration 0017), or null.
 * Its GIN index finds the few openings a rare filter leaves without reading the others; the
 * filters' own conditions (FILTER_CONDITIONS) are applied as well, so the words only speed them up.
 */
export function facetQuery(filters: OpeningFilters): string | null {
  const anyOf = (words: string[]) => (words.length === 1 ? quoteLexeme(words[0] ?? "") : `(${words.map(quoteLexeme).join(" | ")})`);
  const parts: string[] = [];
  const { arrangements, forms, access, insurance, location } = filters;
  if (arrangements && filterActive("arrangements", arrangements)) parts.push(anyOf(arrangements.map((value) => `arrangement:${value}`)));
  if (forms && filterActive("forms", forms)) parts.push(anyOf(forms.map((value) => `form:${value}`)));
  if (access && filterActive("access", access)) parts.push(...access.map((value) => quoteLexeme(`access:${value}`)));
  if (insurance && filterActive("insurance", insurance)) parts.push(quoteLexeme(`insurance:${insurance}`));
  if (location?.kind === "anywhere") parts.push(quoteLexeme("location:anywhere"));
  if (location?.kind === "place") parts.push(quoteLexeme(location.city ? `city:${location.province}/${location.city}` : `province:${location.province}`));
  return parts.length > 0 ? parts.join(" & ") : null;
}

/** The openings the public can see, narrowed by the search filters (not yet paged or sorted). */
function filteredOpenings(db: Db, filters: OpeningFilters, tsquery: string | null, matchIn: MatchIn = "summary") {
  let query = publicOpenings(db);
  if (tsquery) query = query.where(sql<boolean>`${sql.ref(matchIn === "summary" ? "o.match_vector" : "o.search_vector")} @@ ${tsquery}::tsquery`);
  const facets = facetQuery(filters);
  if (facets) query = query.where(sql<boolean>`o.facets @@ ${facets}::tsquery`);
  for (const name of FILTER_NAMES) query = applyFilter(db, query, name, filters[name]);
  if (filters.publishedAfter) query = query.where("o.published_at", ">", filters.publishedAfter);
  return query;
}

/**
 * Counting stops here: past it, a list says "more than 1,000 openings" and pages stop at the
 * thousandth. Counting every match of a common word read a quarter of all openings on each search.
 */
export const COUNT_CAP = 1_000;

/** A total that may have stopped at {@link COUNT_CAP}: `capped` means "more than `total`". */
export interface CappedTotal {
  total: number;
  capped: boolean;
  /** "description" when no title, employer or summary had the words and the descriptions were searched. */
  matchedIn: MatchIn;
}

/** Counts the rows of a query, reading at most one past the cap. */
async function cappedCount(db: Db, query: ReturnType<typeof filteredOpenings>): Promise<Omit<CappedTotal, "matchedIn">> {
  const row = await db
    .selectFrom(query.select(sql<number>`1`.as("one")).limit(COUNT_CAP + 1).as("m"))
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return { total: Math.min(row.n, COUNT_CAP), capped: row.n > COUNT_CAP };
}

/**
 * The capped count of the openings the filters find, and where the words were found (see
 * {@link MatchIn}). The descriptions are searched only when no public opening at all has the words
 * in its title, employer or summary; when some have them but the filters rule them out, the answer
 * is "none", and the page offers to relax a filter.
 */
async function countMatches(db: Db, filters: OpeningFilters, tsquery: string | null): Promise<CappedTotal> {
  const inSummary = await cappedCount(db, filteredOpenings(db, filters, tsquery));
  if (inSummary.total > 0 || !tsquery) return { ...inSummary, matchedIn: "summary" };
  // Counted like any search (not "limit 1", for which the planner reads every opening when no
  // title has the words): the GIN index answers at once for a rare word, and a common one stops at the cap.
  const anywhere = await cappedCount(db, filteredOpenings(db, {}, tsquery));
  if (anywhere.total > 0) return { ...inSummary, matchedIn: "summary" };
  return { ...(await cappedCount(db, filteredOpenings(db, filters, tsquery, "description"))), matchedIn: "description" };
}

/** Published openings matching the filters, sorted and one page at a time. */
export async function listPublishedOpenings(db: Db, filters: OpeningFilters = {}) {
  const perPage = filters.perPage ?? DEFAULT_PAGE_SIZE;
  const tsquery = filters.q ? toTsqueryLiteral(filters.q) : null;
  const { total, capped, matchedIn } = await countMatches(db, filters, tsquery);
  const base = filteredOpenings(db, filters, tsquery, matchedIn);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);

  if (total === 0) return { items: [] as OpeningSummaryView[], total, totalCapped: capped, matchedIn, page, pageCount, perPage };

  const sort = filters.sort ?? (tsquery ? "relevance" : "newest");
  const offset = (page - 1) * perPage;
  if (sort === "relevance" && tsquery) {
    // Ranked among the newest COUNT_CAP matches only, the same openings the count and the pages
    // reach: ranking every match of a common word meant reading a quarter of all openings. The
    // matches are read once; only the page's 20 are then joined to their cards.
    const candidates = base
      .select(["o.id", "o.published_at", sql<number>`ts_rank(o.match_vector, ${tsquery}::tsquery)`.as("rank")])
      .orderBy("o.published_at", "desc")
      .orderBy("o.id", "desc")
      .limit(COUNT_CAP);
    const pageIds = db
      .selectFrom(candidates.as("c"))
      .select(["c.id", "c.rank"])
      .orderBy("c.rank", "desc")
      .orderBy("c.published_at", "desc")
      .orderBy("c.id", "desc")
      .limit(perPage)
      .offset(offset);
    const items: OpeningSummaryView[] = await withCertificate(db, publicOpenings(db))
      .innerJoin(pageIds.as("p"), "p.id", "o.id")
      .select([...summaryColumns])
      .orderBy("p.rank", "desc")
      .orderBy("o.published_at", "desc")
      .orderBy("o.id", "desc")
      .execute();
    return { items, total, totalCapped: capped, matchedIn, page, pageCount, perPage };
  }

  let query = withCertificate(db, base).select([...summaryColumns]);
  if (sort === "closing") query = query.orderBy(sql`o.deadline asc nulls last`);
  const items: OpeningSummaryView[] = await query.orderBy("o.published_at", "desc").orderBy("o.id", "desc").limit(perPage).offset(offset).execute();

  return { items, total, totalCapped: capped, matchedIn, page, pageCount, perPage };
}

/** Provinces and cities that have public openings, for the location filter. */
export async function listOpeningPlaces(db: Db) {
  return publicOpenings(db)
    .select(["o.province", "o.city"])
    .distinct()
    .where("o.province", "is not", null)
    .orderBy("o.province")
    .orderBy("o.city")
    .execute();
}

/** How many openings the public can see, optionally narrowed by filters, counted up to {@link COUNT_CAP}. */
export async function countPublishedOpenings(db: Db, filters: OpeningFilters = {}): Promise<CappedTotal> {
  const tsquery = filters.q ? toTsqueryLiteral(filters.q) : null;
  return countMatches(db, filters, tsquery);
}

/** The newest published openings, for the home page. */
export async function listNewestOpenings(db: Db, { limit }: { limit: number }): Promise<OpeningSummaryView[]> {
  return withCertificate(db, publicOpenings(db))
    .select([...summaryColumns])
    .orderBy("o.published_at", "desc")
    .orderBy("o.id", "desc")
    .limit(limit)
    .execute();
}

/**
 * The newest public openings of one employer or one partner, for its public page, with how many
 * it has in all.
 */
export async function listOrganisationOpenings(
  db: Db,
  { organisationId, side, limit }: { organisationId: number; side: "employer" | "partner"; limit: number },
): Promise<{ items: OpeningSummaryView[]; total: number }> {
  const column = side === "employer" ? "o.employer_id" : "o.partner_id";
  const [items, count] = await Promise.all([
    withCertificate(db, publicOpenings(db))
      .select([...summaryColumns])
      .where(column, "=", organisationId)
      .orderBy("o.published_at", "desc")
      .orderBy("o.id", "desc")
      .limit(limit)
      .execute(),
    publicOpenings(db).select(sql<number>`count(*)::int`.as("n")).where(column, "=", organisationId).executeTakeFirstOrThrow(),
  ]);
  return { items, total: count.n };
}

/** Public openings among `ids`, as cards, newest first (an event's openings: any that closed since are left out). */
export async function listPublicOpeningsByIds(db: Db, { ids }: { ids: readonly number[] }): Promise<OpeningSummaryView[]> {
  if (ids.length === 0) return [];
  return withCertificate(db, publicOpenings(db))
    .select([...summaryColumns])
    .where("o.id", "in", ids)
    .orderBy("o.published_at", "desc")
    .orderBy("o.id", "desc")
    .execute();
}

/** The partners that post an employer's public openings, for the employer's page: whom to ask. */
export async function listEmployerPartners(db: Db, { employerId }: { employerId: number }) {
  return publicOpenings(db)
    .innerJoin("organisation as p", "p.id", "o.partner_id")
    .select(["p.slug", "p.name_zh", "p.name_en"])
    .distinct()
    .where("o.employer_id", "=", employerId)
    .where("p.verification_status", "=", "verified")
    .orderBy("p.slug")
    .execute();
}

/** Ids and last-change times of public openings, newest first, for the sitemap. */
export async function listPublishedOpeningIds(db: Db, { limit }: { limit?: number } = {}) {
  let query = publicOpenings(db)
    .select(["o.id", "o.updated_at"])
    .orderBy("o.published_at", "desc")
    .orderBy("o.id", "desc");
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

/** Everything the detail page shows, added to a query of openings "o" joined to their employer "e". */
function withDetail<T extends ReturnType<typeof publicOpenings>>(db: Db, query: T) {
  return withCertificate(db, query)
    .innerJoin("organisation as p", "p.id", "o.partner_id")
    .select([
      ...summaryColumns,
      // Every other editable column: the detail page shows the whole opening.
      ...DETAIL_COLUMNS.map((column) => `o.${column}` as const),
      "e.slug as employer_slug",
      "e.province as employer_province",
      "e.city as employer_city",
      "p.name_zh as partner_name_zh",
      "p.name_en as partner_name_en",
      "p.slug as partner_slug",
      "p.phone as partner_phone",
      "p.contact_email as partner_email",
      "p.contacts_are_examples as partner_contacts_are_examples",
    ]);
}

/** What the detail page (and the editor's preview) renders. */
export type OpeningDetail = OpeningDetailView;

/** One published opening with its whole access profile, or undefined if it is not public. */
export async function getPublishedOpening(db: Db, { id }: { id: number }): Promise<OpeningDetailView | undefined> {
  return withDetail(db, publicOpenings(db)).where("o.id", "=", id).executeTakeFirst();
}

/**
 * Any opening, whatever its status, in exactly the shape of {@link getPublishedOpening}, for the
 * editor's preview. Not scoped: the caller has already checked that the user may see it.
 */
export async function getOpeningDetailForPreview(db: Db, { id }: { id: number }): Promise<OpeningDetailView | undefined> {
  const base = db.selectFrom("opening as o").innerJoin("organisation as e", "e.id", "o.employer_id");
  return withDetail(db, base).where("o.id", "=", id).executeTakeFirst();
}

/** A full opening as written by staff or the seed, minus what the database derives. */
export type OpeningInput = Omit<NewOpening, "search_vector" | "id" | "created_at" | "updated_at">;

/**
 * Words for the access an opening offers, searched with its summary: someone who types 手语 or
 * "screen reader" finds the openings that offer it, even where their text does not use the word.
 */
const ACCESS_WORDS = [
  ["sign_language_support", "手语", "sign language"],
  ["captioned_meetings", "字幕", "captions"],
  ["screen_reader_tested", "读屏", "screen reader"],
  ["text_only_possible", "纯文字", "text only"],
  ["assistive_devices_provided", "辅具", "assistive devices"],
] as const;

type AccessWordColumn = (typeof ACCESS_WORDS)[number][0];

/** The text fields and access facts a search vector is made from. */
export type SearchableOpening = Pick<OpeningInput, "title_zh" | "title_en" | "summary_zh" | "summary_en" | "description_zh" | "description_en" | AccessWordColumn>;

/** Computes the search vector for an opening: title first, then employer, then summary and access, then the body text. */
export function openingSearchVector(opening: SearchableOpening, employer: { name_zh: string | null; name_en: string | null }): string {
  const access = ACCESS_WORDS.filter(([column]) => opening[column]);
  return toTsvectorLiteral([
    { text: opening.title_zh, weight: "A" },
    { text: opening.title_en, weight: "A" },
    { text: employer.name_zh, weight: "B" },
    { text: employer.name_en, weight: "B" },
    { text: opening.summary_zh, weight: "C" },
    { text: opening.summary_en, weight: "C" },
    { text: access.map(([, zh]) => zh).join("，"), weight: "C" },
    { text: access.map(([, , en]) => en).join(", "), weight: "C" },
    { text: opening.description_zh, weight: "D" },
    { text: opening.description_en, weight: "D" },
  ]);
}

/**
 * Rebuilds every opening's search vector with the current tokenizer, a batch at a time (each batch
 * its own statement). Needed once after the tokenizer changes (`npm run db:reindex`); new and edited
 * openings always get the current one. Returns how many openings were rebuilt.
 */
export async function reindexOpeningSearch(db: Db, { batchSize = 500 }: { batchSize?: number } = {}): Promise<number> {
  let after = 0;
  let rebuilt = 0;
  for (;;) {
    const rows = await db
      .selectFrom("opening as o")
      .innerJoin("organisation as e", "e.id", "o.employer_id")
      .select(["o.id", "o.title_zh", "o.title_en", "o.summary_zh", "o.summary_en", "o.description_zh", "o.description_en", "e.name_zh", "e.name_en"])
      .select(ACCESS_WORDS.map(([column]) => `o.${column}` as const))
      .where("o.id", ">", after)
      .orderBy("o.id")
      .limit(batchSize)
      .execute();
    const last = rows[rows.length - 1];
    if (!last) return rebuilt;
    for (const row of rows) {
      const vector = openingSearchVector(row, { name_zh: row.name_zh, name_en: row.name_en });
      await db.updateTable("opening").set({ search_vector: sql<string>`${vector}::tsvector` }).where("id", "=", row.id).execute();
    }
    rebuilt += rows.length;
    after = last.id;
  }
}

/**
 * Creates or updates the opening with this `external_ref`, keeping its search vector in step.
 * Used by the seed today and by bulk import later; runs inside the caller's transaction if given one.
 */
export async function upsertOpeningByRef(db: Db, input: OpeningInput & { external_ref: string }) {
  const employer = await db
    .selectFrom("organisation")
    .select(["name_zh", "name_en"])
    .where("id", "=", input.employer_id)
    .executeTakeFirstOrThrow();
  const values = {
    ...input,
    search_vector: sql<string>`${openingSearchVector(input, employer)}::tsvector`,
  };
  const { external_ref: _ref, ...updates } = values;
  return db
    .insertInto("opening")
    .values(values)
    .onConflict((oc) => oc.column("external_ref").doUpdateSet({ ...updates, updated_at: sql`now()` }))
    .returning(["id"])
    .executeTakeFirstOrThrow();
}
