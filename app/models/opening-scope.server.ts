import { sql, type Kysely, type Transaction } from "kysely";
import { containsPattern, escapeLike } from "../../db/like";
import type { Database } from "../../db/schema";
import type { OpeningStatus } from "~/domain/opening";
import { EDITABLE_COLUMNS as OPENING_EDITABLE_COLUMNS, type EditableColumn } from "~/domain/opening-fields";
import type { OpeningFormData } from "~/validation/opening";

// Who may see and change which opening. Every read and write of the partner workflow is scoped: a
// partner's staff reach only the openings their partner posted (or that employers submitted to
// it), an employer's members only their organisation's own. An opening outside the scope is
// treated as missing, so routes answer 404, never 403. The status changes are in
// opening-workflow.server.ts, the history in opening-revision.server.ts.

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

/** Whose openings a user may reach: their partner organisations' or their employer organisations'. */
export type OpeningScope = { kind: "partner" | "employer"; organisationIds: readonly number[] };

export { WORKSPACE_STATUSES, type WorkspaceStatus } from "~/domain/opening";
import { WORKSPACE_STATUSES, type WorkspaceStatus } from "~/domain/opening";
import type { VerificationStatus } from "~/domain/organisation";

/** The columns the editor writes, in the order revisions list them (from the opening's one field list). */
export const EDITABLE_COLUMNS = OPENING_EDITABLE_COLUMNS satisfies readonly (keyof OpeningFormData)[];
export type { EditableColumn };

/** The opening's fields as the editor fills them in. */
export type OpeningFields = Pick<OpeningFormData, EditableColumn>;

/** True when an opening with this status and deadline is past its deadline (and so not public). */
const expiredSql = sql<boolean>`(o.status = 'published' and o.deadline is not null and o.deadline < current_date)`;

function scopeColumn(scope: OpeningScope) {
  return scope.kind === "partner" ? ("o.partner_id" as const) : ("o.employer_id" as const);
}

/** One opening the user may reach, with everything the editor and the manage page need. */
export async function getScopedOpening(db: Db, { id, scope }: { id: number; scope: OpeningScope }) {
  if (scope.organisationIds.length === 0) return undefined;
  return db
    .selectFrom("opening as o")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .innerJoin("organisation as p", "p.id", "o.partner_id")
    .select([
      "o.id",
      "o.status",
      "o.employer_id",
      "o.partner_id",
      "o.review_note",
      "o.submitted_at",
      "o.published_at",
      "o.created_at",
      "o.updated_at",
      ...EDITABLE_COLUMNS.map((column) => `o.${column}` as const),
      expiredSql.as("expired"),
      "e.name_zh as employer_name_zh",
      "e.name_en as employer_name_en",
      "e.verification_status as employer_verification",
      "p.name_zh as partner_name_zh",
      "p.name_en as partner_name_en",
    ])
    .where("o.id", "=", id)
    .where(scopeColumn(scope), "in", [...scope.organisationIds])
    .executeTakeFirst();
}

/** An opening as {@link getScopedOpening} returns it. */
export type ScopedOpening = NonNullable<Awaited<ReturnType<typeof getScopedOpening>>>;

/** The status to show in a workspace: published openings past their deadline are "expired". */
export function workspaceStatus(opening: { status: OpeningStatus; expired: boolean }): WorkspaceStatus {
  return opening.expired ? "expired" : opening.status;
}

/** The openings of one organisation in the scope, with what the workspace lists show, newest change first. */
function scopedOpenings(db: Db, { scope, organisationId }: { scope: OpeningScope; organisationId: number }) {
  return db
    .selectFrom("opening as o")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .innerJoin("organisation as p", "p.id", "o.partner_id")
    .select([
      "o.id",
      "o.status",
      "o.title_zh",
      "o.title_en",
      "o.deadline",
      "o.updated_at",
      "o.submitted_at",
      "o.review_note",
      expiredSql.as("expired"),
      "e.name_zh as employer_name_zh",
      "e.name_en as employer_name_en",
      "e.verification_status as employer_verification",
      "p.name_zh as partner_name_zh",
      "p.name_en as partner_name_en",
      (eb) =>
        eb
          .selectFrom("opening_report as r")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("r.opening_id", "=", "o.id")
          .where("r.status", "in", ["open", "employer_asked"])
          .as("open_reports"),
    ])
    .where(scopeColumn(scope), "=", organisationId)
    .orderBy("o.updated_at", "desc")
    .orderBy("o.id", "desc");
}

/** The openings of one organisation in the scope, newest change first, for the workspaces. */
export async function listScopedOpenings(db: Db, { scope, organisationId }: { scope: OpeningScope; organisationId: number }) {
  if (!scope.organisationIds.includes(organisationId)) return [];
  return scopedOpenings(db, { scope, organisationId }).execute();
}

/**
 * The first `perStatus` openings of each workspace status (newest change first) and how many each
 * status has in all: the workspace page's overview, which stays the same size however many openings
 * a partner has (the rest are on the search page). The statuses in `whole` are work queues (waiting
 * for review, drafts): they are listed whole, up to `queueLimit`, since each needs someone to act.
 */
export async function firstOpeningsByStatus(
  db: Db,
  { scope, organisationId, perStatus, whole = [], queueLimit = 200 }: { scope: OpeningScope; organisationId: number; perStatus: number; whole?: readonly WorkspaceStatus[]; queueLimit?: number },
) {
  const found = await Promise.all(
    WORKSPACE_STATUSES.map(async (status) => {
      const limit = whole.includes(status) ? queueLimit : perStatus;
      return [status, await searchScopedOpenings(db, { scope, organisationId, words: "", status, employerId: null, limit, offset: 0 })] as const;
    }),
  );
  return {
    openings: found.flatMap(([, page]) => page.rows),
    totals: Object.fromEntries(found.map(([status, page]) => [status, page.total])) as Record<WorkspaceStatus, number>,
  };
}

/**
 * One page of an organisation's openings in the scope, found by words in either title, a status
 * and an employer (each optional), newest change first, with how many match in all.
 */
export async function searchScopedOpenings(
  db: Db,
  {
    scope,
    organisationId,
    words,
    status,
    employerId,
    limit,
    offset,
  }: { scope: OpeningScope; organisationId: number; words: string; status: WorkspaceStatus | null; employerId: number | null; limit: number; offset: number },
) {
  if (!scope.organisationIds.includes(organisationId)) return { rows: [], total: 0 };
  let query = scopedOpenings(db, { scope, organisationId });
  if (words) {
    // Each word must be in the Chinese or the English title; % and _ are matched as themselves.
    for (const word of words.split(/\s+/).filter(Boolean)) {
      const pattern = containsPattern(word);
      query = query.where((eb) => eb.or([eb("o.title_zh", "ilike", pattern), eb("o.title_en", "ilike", pattern)]));
    }
  }
  if (status === "expired") query = query.where(expiredSql);
  else if (status === "published") query = query.where("o.status", "=", "published").where(sql<boolean>`not (${expiredSql})`);
  else if (status) query = query.where("o.status", "=", status);
  if (employerId !== null) query = query.where("o.employer_id", "=", employerId);
  const [rows, total] = await Promise.all([
    query.limit(limit).offset(offset).execute(),
    query.clearSelect().clearOrderBy().select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** The employers a partner works with: those it has posted (or reviewed) openings for, and those that chose it to check their licence. */
export async function listPartnerEmployers(db: Db, { partnerId }: { partnerId: number }) {
  return partnerEmployers(db, partnerId).orderBy("e.id").execute();
}

/**
 * One page of the employers a partner works with (as `listPartnerEmployers`), found by words in
 * either name or by their unified social credit code, and by verification status (each optional),
 * the most recently joined first, with how many match in all.
 */
export async function searchPartnerEmployers(
  db: Db,
  { partnerId, words, status, limit, offset }: { partnerId: number; words: string; status: VerificationStatus | null; limit: number; offset: number },
) {
  let query = partnerEmployers(db, partnerId).orderBy("e.id", "desc");
  for (const word of words.split(/\s+/).filter(Boolean)) {
    // % and _ are matched as themselves; a credit code is matched from its start, in capitals.
    const pattern = containsPattern(word);
    const code = `${escapeLike(word.toUpperCase())}%`;
    query = query.where((eb) => eb.or([eb("e.name_zh", "ilike", pattern), eb("e.name_en", "ilike", pattern), eb("e.credit_code", "like", code)]));
  }
  if (status) query = query.where("e.verification_status", "=", status);
  const [rows, total] = await Promise.all([
    query.limit(limit).offset(offset).execute(),
    db
      .selectFrom(query.clearOrderBy().as("found"))
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

function partnerEmployers(db: Db, partnerId: number) {
  return db
    .selectFrom("organisation as e")
    .leftJoin("opening as o", (join) => join.onRef("o.employer_id", "=", "e.id").on("o.partner_id", "=", partnerId))
    .select([
      "e.id",
      "e.slug",
      "e.name_zh",
      "e.name_en",
      "e.verification_status",
      sql<number>`count(o.id)::int`.as("openings"),
      sql<number>`(count(o.id) filter (where o.status = 'published' and (o.deadline is null or o.deadline >= current_date)))::int`.as(
        "public_openings",
      ),
      // This partner approved its licence: staff may open that verification (and suspend it).
      sql<boolean>`exists (select 1 from employer_verification v where v.employer_id = e.id and v.partner_id = ${partnerId} and v.status = 'verified')`.as(
        "verified_here",
      ),
    ])
    .where("e.kind", "=", "employer")
    // Employers with openings through this partner, and those that chose it to check their licence
    // (one that just signed up, or that its staff added) before they have any.
    .where((eb) => eb.or([eb("o.id", "is not", null), eb("e.requested_partner_id", "=", partnerId)]))
    .groupBy(["e.id", "e.slug", "e.name_zh", "e.name_en", "e.verification_status"]);
}

/** What needs a partner's attention: openings to review, reports to decide, expired and draft openings. */
export async function countPartnerAttention(db: Db, { partnerId }: { partnerId: number }) {
  const openings = await db
    .selectFrom("opening as o")
    .select([
      sql<number>`(count(*) filter (where o.status = 'pending_review'))::int`.as("pending_review"),
      sql<number>`(count(*) filter (where ${expiredSql}))::int`.as("expired"),
      sql<number>`(count(*) filter (where o.status = 'draft'))::int`.as("draft"),
    ])
    .where("o.partner_id", "=", partnerId)
    .executeTakeFirstOrThrow();
  const reports = await db
    .selectFrom("opening_report as r")
    .innerJoin("opening as o", "o.id", "r.opening_id")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("o.partner_id", "=", partnerId)
    .where("r.status", "in", ["open", "employer_asked"])
    .executeTakeFirstOrThrow();
  return { ...openings, reports: reports.n };
}

/** The opening as it is now, locked for a change in the caller's transaction; undefined outside the scope. */
export async function lockScoped(trx: Trx, id: number, scope: OpeningScope) {
  if (scope.organisationIds.length === 0) return undefined;
  return trx
    .selectFrom("opening as o")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .select([
      "o.id",
      "o.status",
      "o.employer_id",
      "o.partner_id",
      "o.deadline",
      "o.published_at",
      ...EDITABLE_COLUMNS.map((column) => `o.${column}` as const),
      "e.verification_status as employer_verification",
      sql<boolean>`(o.deadline is not null and o.deadline < current_date)`.as("past_deadline"),
    ])
    .where("o.id", "=", id)
    .where(scopeColumn(scope), "in", [...scope.organisationIds])
    .forUpdate("o")
    .executeTakeFirst();
}
