import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema";
import type { OpeningStatus, RevisionAction } from "~/domain/opening";
import { recordAudit, type AuditAction } from "./audit.server";
import { organisationOfKind } from "./opening-choices.server";
import { addRevision, diffOpening } from "./opening-revision.server";
import { EDITABLE_COLUMNS, lockScoped, type EditableColumn, type OpeningFields, type OpeningScope } from "./opening-scope.server";
import { openingSearchVector } from "./opening.server";
import { inTransaction } from "../../db/transaction";

// The partner workflow's state machine: how an opening is created, edited, copied and moved between
// draft, review, published and closed, each change with a revision and an audit entry. Who may
// reach which opening is in opening-scope.server.ts; the email that a returned opening sends is
// app/services/opening-workflow.server.ts, which wraps {@link transition}.

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

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
  return inTransaction(db, async (trx) => {
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
  return inTransaction(db, async (trx) => {
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

/** A status change's outcome; on success also the opening's employer and title, for whoever tells them. */
export type TransitionResult =
  | { ok: true; id: number; status: OpeningStatus; opening: { employerId: number; title: string } }
  | { ok: false; error: WorkflowError };

/**
 * Moves an opening to its next status inside the caller's transaction, with a revision and an audit
 * entry. Publishing (including approving and reopening) needs a verified employer and a deadline
 * that has not passed. Returning and unpublishing need a reason. Sends nothing: the service
 * (app/services/opening-workflow.server.ts) tells the employer, using `opening` in the result.
 */
export async function transition(
  trx: Trx,
  { id, scope, actorUserId, action, reason }: { id: number; scope: OpeningScope; actorUserId: number; action: WorkflowAction; reason: string | null },
): Promise<TransitionResult> {
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
  return { ok: true, id, status: rule.to, opening: { employerId: current.employer_id, title: current.title_zh ?? current.title_en ?? "" } };
}

/** Copies an opening into a new draft for the same employer and partner, titled as a copy. */
export async function duplicateOpening(
  db: Db,
  { id, scope, actorUserId }: { id: number; scope: OpeningScope; actorUserId: number },
): Promise<WorkflowResult> {
  return inTransaction(db, async (trx) => {
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
