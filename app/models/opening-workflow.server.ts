import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema";
import type { OpeningStatus, RevisionAction, RevisionChanges } from "~/domain/opening";
import { EDITABLE_COLUMNS as OPENING_EDITABLE_COLUMNS, type EditableColumn } from "~/domain/opening-fields";
import { emailT } from "~/utils/emails.server";
import { asLocale } from "~/utils/i18n";
import type { OpeningFormData } from "~/validation/opening";
import { recordAudit, type AuditAction } from "./audit.server";
import { openingSearchVector } from "./opening.server";
import { enqueueEmail } from "./outbox.server";

// The partner workflow for openings: who may see and change which opening, how an opening moves
// between draft, review, published and closed, and the revision kept for every change.
//
// Every read and write here is scoped: a partner's staff reach only the openings their partner
// posted (or that employers submitted to it), an employer's members only their organisation's own.
// An opening outside the scope is treated as missing, so routes answer 404, never 403.

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

/** Whose openings a user may reach: their partner organisations' or their employer organisations'. */
export type OpeningScope = { kind: "partner" | "employer"; organisationIds: readonly number[] };

/** The statuses the workspace shows; "expired" is a published opening past its deadline. */
export const WORKSPACE_STATUSES = ["draft", "pending_review", "published", "expired", "closed"] as const;
export type WorkspaceStatus = (typeof WORKSPACE_STATUSES)[number];

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

/** The openings of one organisation in the scope, newest change first, for the workspaces. */
export async function listScopedOpenings(db: Db, { scope, organisationId }: { scope: OpeningScope; organisationId: number }) {
  if (!scope.organisationIds.includes(organisationId)) return [];
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
    .orderBy("o.id", "desc")
    .execute();
}

/** The employers a partner works with: those it has posted (or reviewed) openings for. */
export async function listPartnerEmployers(db: Db, { partnerId }: { partnerId: number }) {
  return db
    .selectFrom("organisation as e")
    .innerJoin("opening as o", "o.employer_id", "e.id")
    .select([
      "e.id",
      "e.slug",
      "e.name_zh",
      "e.name_en",
      "e.verification_status",
      sql<number>`count(*)::int`.as("openings"),
      sql<number>`(count(*) filter (where o.status = 'published' and (o.deadline is null or o.deadline >= current_date)))::int`.as(
        "public_openings",
      ),
    ])
    .where("o.partner_id", "=", partnerId)
    .groupBy(["e.id", "e.slug", "e.name_zh", "e.name_en", "e.verification_status"])
    .orderBy("e.id")
    .execute();
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

/** Every employer organisation, for the staff editor's employer choice (verified ones first). */
export async function listEmployerChoices(db: Db) {
  return db
    .selectFrom("organisation")
    .select(["id", "name_zh", "name_en", "verification_status"])
    .where("kind", "=", "employer")
    .orderBy(sql`verification_status = 'verified'`, "desc")
    .orderBy("id")
    .execute();
}

/** Verified partners to choose from: who reviews an opening, a verification or a certification, or who may apply for a seeker. */
export async function listPartnerChoices(db: Db) {
  return db
    .selectFrom("organisation")
    .select(["id", "name_zh", "name_en"])
    .where("kind", "=", "partner")
    .where("verification_status", "=", "verified")
    .orderBy("id")
    .execute();
}

/** The partner an employer last worked with, to preselect in its editor. */
export async function lastPartnerOf(db: Db, { employerId }: { employerId: number }) {
  const row = await db
    .selectFrom("opening")
    .select("partner_id")
    .where("employer_id", "=", employerId)
    .orderBy("updated_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.partner_id ?? null;
}

async function organisationOfKind(db: Db | Trx, id: number, kind: "partner" | "employer") {
  return db
    .selectFrom("organisation")
    .select(["id", "name_zh", "name_en", "verification_status"])
    .where("id", "=", id)
    .where("kind", "=", kind)
    .executeTakeFirst();
}

/** Old and new values of the editable columns that differ. */
export function diffOpening(before: Partial<Record<string, unknown>>, after: Partial<Record<string, unknown>>, columns: readonly string[]) {
  const changes: RevisionChanges = {};
  for (const column of columns) {
    const from = before[column] ?? null;
    const to = after[column] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[column] = { from, to };
  }
  return changes;
}

async function addRevision(
  trx: Trx,
  entry: { openingId: number; actorUserId: number | null; action: RevisionAction; changes?: RevisionChanges; reason?: string | null },
) {
  await trx
    .insertInto("opening_revision")
    .values({
      opening_id: entry.openingId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      changes: sql`${JSON.stringify(entry.changes ?? {})}::jsonb`,
      reason: entry.reason ?? null,
    })
    .execute();
}

async function searchVectorFor(trx: Trx, fields: OpeningFields, employerId: number) {
  const employer = await trx
    .selectFrom("organisation")
    .select(["name_zh", "name_en"])
    .where("id", "=", employerId)
    .executeTakeFirstOrThrow();
  return sql<string>`${openingSearchVector(fields, employer)}::tsvector`;
}

/** Turns form data into column values (arrays and dates as the database takes them). */
function columnValues(fields: OpeningFields) {
  const values: Partial<Record<EditableColumn, unknown>> = {};
  for (const column of EDITABLE_COLUMNS) values[column] = fields[column];
  return values as Pick<OpeningFields, EditableColumn>;
}

/** The outcome of a workflow change: the opening's id and new status, or why it was refused. */
export type WorkflowResult = { ok: true; id: number; status: OpeningStatus } | { ok: false; error: WorkflowError };
/** Why a change was refused; each is an i18n key under `workflow.errors`. */
export type WorkflowError = "notFound" | "notAllowed" | "employerNotVerified" | "deadlinePassed" | "unknownOrganisation";

/**
 * Creates a draft. Staff create it for an employer they choose; employer members for their own
 * organisation, naming the partner who will review it. The caller has checked the actor's memberships.
 */
export async function createOpening(
  db: Db,
  { actorUserId, employerId, partnerId, fields }: { actorUserId: number; employerId: number; partnerId: number; fields: OpeningFields },
): Promise<WorkflowResult> {
  return db.transaction().execute(async (trx) => {
    if (!(await organisationOfKind(trx, employerId, "employer")) || !(await organisationOfKind(trx, partnerId, "partner"))) {
      return { ok: false, error: "unknownOrganisation" } as const;
    }
    const row = await insertDraft(trx, { actorUserId, employerId, partnerId, fields });
    if (!row) throw new Error("draft not inserted");
    await recordAudit(trx, { actorUserId, action: "opening.created", targetType: "opening", targetId: row.id });
    return { ok: true, id: row.id, status: row.status } as const;
  });
}

/**
 * Inserts a draft with its first revision, inside the caller's transaction. With an `importKey`,
 * a draft this partner already imported under that key is left alone and undefined is returned.
 */
export async function insertDraft(
  trx: Trx,
  {
    actorUserId,
    employerId,
    partnerId,
    fields,
    importKey = null,
  }: { actorUserId: number; employerId: number; partnerId: number; fields: OpeningFields; importKey?: string | null },
) {
  const row = await trx
    .insertInto("opening")
    .values({
      ...columnValues(fields),
      employer_id: employerId,
      partner_id: partnerId,
      status: "draft",
      import_key: importKey,
      search_vector: await searchVectorFor(trx, fields, employerId),
    })
    .onConflict((oc) => oc.columns(["partner_id", "import_key"]).where("import_key", "is not", null).doNothing())
    .returning(["id", "status"])
    .executeTakeFirst();
  if (row) await addRevision(trx, { openingId: row.id, actorUserId, action: importKey ? "imported" : "created" });
  return row;
}

/**
 * Saves the editor's fields, keeping the search vector in step and recording what changed.
 * Staff may also change the employer. When an employer changes a published opening, it goes back
 * to its partner for review and stays hidden until approved: the public only sees what a partner checked.
 */
export async function updateOpening(
  db: Db,
  {
    id,
    scope,
    actorUserId,
    fields,
    employerId,
    partnerId,
  }: { id: number; scope: OpeningScope; actorUserId: number; fields: OpeningFields; employerId?: number; partnerId?: number },
): Promise<WorkflowResult & { changed?: boolean }> {
  return db.transaction().execute(async (trx) => {
    const current = await lockScoped(trx, id, scope);
    if (!current) return { ok: false, error: "notFound" } as const;
    const nextEmployer = scope.kind === "partner" && employerId !== undefined ? employerId : current.employer_id;
    const nextPartner = scope.kind === "employer" && partnerId !== undefined ? partnerId : current.partner_id;
    if (nextEmployer !== current.employer_id && !(await organisationOfKind(trx, nextEmployer, "employer"))) {
      return { ok: false, error: "unknownOrganisation" } as const;
    }
    if (nextPartner !== current.partner_id) {
      // Once submitted, the partner reviewing it is settled; a draft may still go elsewhere.
      if (current.status !== "draft") return { ok: false, error: "notAllowed" } as const;
      if (!(await organisationOfKind(trx, nextPartner, "partner"))) return { ok: false, error: "unknownOrganisation" } as const;
    }
    const values = columnValues(fields);
    const changes = diffOpening(current, { ...values, employer_id: nextEmployer, partner_id: nextPartner }, [
      "employer_id",
      "partner_id",
      ...EDITABLE_COLUMNS,
    ]);
    if (Object.keys(changes).length === 0) return { ok: true, id, status: current.status, changed: false } as const;

    const backToReview = scope.kind === "employer" && current.status === "published";
    const status: OpeningStatus = backToReview ? "pending_review" : current.status;
    await trx
      .updateTable("opening")
      .set({
        ...values,
        employer_id: nextEmployer,
        partner_id: nextPartner,
        status,
        ...(backToReview ? { submitted_at: sql<Date>`now()` } : {}),
        search_vector: await searchVectorFor(trx, fields, nextEmployer),
        updated_at: sql<Date>`now()`,
      })
      .where("id", "=", id)
      .execute();
    await addRevision(trx, { openingId: id, actorUserId, action: "edited", changes });
    await recordAudit(trx, {
      actorUserId,
      action: "opening.edited",
      targetType: "opening",
      targetId: id,
      details: { fields: Object.keys(changes) },
    });
    if (backToReview) {
      await addRevision(trx, { openingId: id, actorUserId, action: "submitted" });
      await recordAudit(trx, { actorUserId, action: "opening.submitted", targetType: "opening", targetId: id });
    }
    return { ok: true, id, status, changed: true } as const;
  });
}

async function lockScoped(trx: Trx, id: number, scope: OpeningScope) {
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

/** Status changes, and who may make them. */
export type WorkflowAction = "publish" | "submit" | "approve" | "return" | "close" | "reopen" | "unpublish";

type Transition = { from: readonly OpeningStatus[]; to: OpeningStatus; revision: RevisionAction; audit: AuditAction; goesPublic: boolean };

const TRANSITIONS: Record<OpeningScope["kind"], Partial<Record<WorkflowAction, Transition>>> = {
  partner: {
    publish: { from: ["draft"], to: "published", revision: "published", audit: "opening.published", goesPublic: true },
    approve: { from: ["pending_review"], to: "published", revision: "approved", audit: "opening.approved", goesPublic: true },
    return: { from: ["pending_review"], to: "draft", revision: "returned", audit: "opening.returned", goesPublic: false },
    close: { from: ["published"], to: "closed", revision: "closed", audit: "opening.closed", goesPublic: false },
    reopen: { from: ["closed"], to: "published", revision: "reopened", audit: "opening.reopened", goesPublic: true },
    unpublish: { from: ["published"], to: "closed", revision: "unpublished", audit: "opening.unpublished", goesPublic: false },
  },
  employer: {
    submit: { from: ["draft"], to: "pending_review", revision: "submitted", audit: "opening.submitted", goesPublic: false },
    close: { from: ["published", "pending_review"], to: "closed", revision: "closed", audit: "opening.closed", goesPublic: false },
    // A closed opening goes public again only through a partner's review.
    reopen: { from: ["closed"], to: "pending_review", revision: "submitted", audit: "opening.submitted", goesPublic: false },
  },
};

/** The actions this side may take on an opening in this status, for the manage page's buttons. */
export function availableActions(kind: OpeningScope["kind"], status: OpeningStatus): WorkflowAction[] {
  return (Object.entries(TRANSITIONS[kind]) as [WorkflowAction, Transition][])
    // Unpublishing is a moderation decision, taken on a report with a reason.
    .filter(([action, transition]) => action !== "unpublish" && transition.from.includes(status))
    .map(([action]) => action);
}

/**
 * Moves an opening to its next status, with a revision and an audit entry. Publishing (including
 * approving and reopening) needs a verified employer and a deadline that has not passed. Returning
 * needs a reason, which the employer sees and is emailed. `origin` makes the email's link absolute.
 */
export async function changeOpeningStatus(
  db: Db,
  {
    id,
    scope,
    actorUserId,
    action,
    reason = null,
    origin = "",
  }: { id: number; scope: OpeningScope; actorUserId: number; action: WorkflowAction; reason?: string | null; origin?: string },
): Promise<WorkflowResult> {
  return db.transaction().execute((trx) => transition(trx, { id, scope, actorUserId, action, reason, origin }));
}

/** {@link changeOpeningStatus} inside the caller's transaction (moderation uses it). */
export async function transition(
  trx: Trx,
  { id, scope, actorUserId, action, reason, origin }: { id: number; scope: OpeningScope; actorUserId: number; action: WorkflowAction; reason: string | null; origin: string },
): Promise<WorkflowResult> {
  const current = await lockScoped(trx, id, scope);
  if (!current) return { ok: false, error: "notFound" };
  const rule = TRANSITIONS[scope.kind][action];
  if (!rule || !rule.from.includes(current.status)) return { ok: false, error: "notAllowed" };
  if (rule.goesPublic && current.employer_verification !== "verified") return { ok: false, error: "employerNotVerified" };
  if (rule.goesPublic && current.past_deadline) return { ok: false, error: "deadlinePassed" };
  if ((action === "return" || action === "unpublish") && !reason) return { ok: false, error: "notAllowed" };

  await trx
    .updateTable("opening")
    .set({
      status: rule.to,
      updated_at: sql<Date>`now()`,
      // A (re)published opening counts as new from today, for "posted within" and newest-first.
      ...(rule.goesPublic ? { published_at: sql<Date>`now()`, review_note: null } : {}),
      ...(rule.to === "pending_review" ? { submitted_at: sql<Date>`now()`, review_note: null } : {}),
      ...(action === "return" ? { review_note: reason } : {}),
    })
    .where("id", "=", id)
    .execute();
  await addRevision(trx, { openingId: id, actorUserId, action: rule.revision, changes: { status: { from: current.status, to: rule.to } }, reason });
  await recordAudit(trx, {
    actorUserId,
    action: rule.audit,
    targetType: "opening",
    targetId: id,
    details: { from: current.status, to: rule.to, ...(reason ? { reason } : {}) },
  });
  if (action === "return") {
    await emailEmployerMembers(trx, {
      employerId: current.employer_id,
      compose: (t) => ({
        subject: t("workflow.email.returnedSubject"),
        bodyText: t("workflow.email.returnedBody", {
          title: current.title_zh ?? current.title_en ?? "",
          reason,
          link: `${origin}/employer/openings/${id}`,
        }),
      }),
    });
  }
  return { ok: true, id, status: rule.to };
}

/** Queues one email to every member of an employer, each in their own language. */
export async function emailEmployerMembers(
  trx: Trx,
  { employerId, compose }: { employerId: number; compose: (t: ReturnType<typeof emailT>) => { subject: string; bodyText: string } },
) {
  const members = await trx
    .selectFrom("membership as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select(["u.email", "u.preferred_locale"])
    .where("m.organisation_id", "=", employerId)
    .orderBy("u.id")
    .execute();
  for (const member of members) {
    await enqueueEmail(trx, { to: member.email, ...compose(emailT(asLocale(member.preferred_locale))) });
  }
  return members.length;
}

/** Copies an opening into a new draft for the same employer and partner, titled as a copy. */
export async function duplicateOpening(
  db: Db,
  { id, scope, actorUserId }: { id: number; scope: OpeningScope; actorUserId: number },
): Promise<WorkflowResult> {
  return db.transaction().execute(async (trx) => {
    const source = await lockScoped(trx, id, scope);
    if (!source) return { ok: false, error: "notFound" } as const;
    const fields = columnValues(source as unknown as OpeningFields);
    const copy: OpeningFields = {
      ...fields,
      title_zh: source.title_zh ? `${source.title_zh}（副本）`.slice(0, 120) : null,
      title_en: source.title_en ? `${source.title_en} (copy)`.slice(0, 120) : null,
    };
    const row = await trx
      .insertInto("opening")
      .values({
        ...copy,
        employer_id: source.employer_id,
        partner_id: source.partner_id,
        status: "draft",
        search_vector: await searchVectorFor(trx, copy, source.employer_id),
      })
      .returning(["id", "status"])
      .executeTakeFirstOrThrow();
    await addRevision(trx, { openingId: row.id, actorUserId, action: "duplicated", changes: { id: { from: id, to: row.id } } });
    await recordAudit(trx, { actorUserId, action: "opening.duplicated", targetType: "opening", targetId: row.id, details: { source: id } });
    return { ok: true, id: row.id, status: row.status } as const;
  });
}

/** The revision history of an opening, newest first, with who made each change. Scope is checked by the caller. */
export async function listRevisions(db: Db, { openingId }: { openingId: number }) {
  return db
    .selectFrom("opening_revision as r")
    .leftJoin("app_user as u", "u.id", "r.actor_user_id")
    .select(["r.id", "r.at", "r.action", "r.changes", "r.reason", "u.display_name as actor_name"])
    .where("r.opening_id", "=", openingId)
    .orderBy("r.id", "desc")
    .execute();
}
