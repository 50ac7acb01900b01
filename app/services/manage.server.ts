import { json, redirect, type AppLoadContext } from "@remix-run/node";
import type { CurrentUser } from "./auth.server";
import { getDb } from "../utils/db.server";
import { parseForm } from "../utils/forms.server";
import { idParam, scopeFor } from "./workspace.server";
import { changeOpeningStatus } from "~/services/opening-workflow.server";
import { duplicateOpening, availableActions, type WorkflowAction } from "~/models/opening-workflow.server";
import { getScopedOpening, workspaceStatus } from "~/models/opening-scope.server";
import { listRevisions } from "~/models/opening-revision.server";
import { countApplicationsByOpening } from "~/models/application.server";
import { getOpeningDetailForPreview } from "~/models/opening.server";
import { reviewDecisionSchema } from "~/validation/opening";
import { getEnv } from "../utils/env.server";

// The manage page's loader data and its POST handling, shared by /staff/openings/:id and
// /employer/openings/:id. The routes call requireRole first and pass the user in.

type Side = "staff" | "employer";

/** The status messages a manage page may show after a redirect (?done=…). */
const DONE = ["created", "saved", "unchanged", "resubmitted", "published", "submitted", "approved", "returned", "closed", "reopened", "duplicated"] as const;

/** The opening, what the user may do with it, and its history; 404 outside the user's scope. */
export async function loadManagedOpening(user: CurrentUser, side: Side, request: Request, idValue: string | undefined) {
  const db = getDb();
  const opening = await getScopedOpening(db, { id: idParam(idValue), scope: scopeFor(user, side) });
  if (!opening) throw new Response("Not Found", { status: 404 });
  const [revisions, counts] = await Promise.all([
    listRevisions(db, { openingId: opening.id }),
    countApplicationsByOpening(db, { openingIds: [opening.id] }),
  ]);
  const done = new URL(request.url).searchParams.get("done");
  return {
    opening: {
      id: opening.id,
      status: opening.status,
      expired: opening.expired,
      workspaceStatus: workspaceStatus(opening),
      title_zh: opening.title_zh,
      title_en: opening.title_en,
      deadline: opening.deadline,
      updated_at: opening.updated_at,
      submitted_at: opening.submitted_at,
      review_note: opening.review_note,
      employer_name_zh: opening.employer_name_zh,
      employer_name_en: opening.employer_name_en,
      employer_verification: opening.employer_verification,
      partner_name_zh: opening.partner_name_zh,
      partner_name_en: opening.partner_name_en,
      application_count: counts.get(opening.id) ?? 0,
    },
    actions: availableActions(side === "staff" ? "partner" : "employer", opening.status),
    revisions,
    done: DONE.find((key) => key === done) ? `workflow.done.${done}` : null,
  };
}

function failed(context: AppLoadContext, form: "actions" | "review", errors: Record<string, string>, values: Record<string, string>, status = 400) {
  context.form.hasErrors = true;
  return json({ form, errors, values }, { status });
}

/** Handles the manage page's POSTs: status changes, the review decision and duplicating. */
export async function manageAction(user: CurrentUser, side: Side, request: Request, context: AppLoadContext, idValue: string | undefined) {
  const db = getDb();
  const id = idParam(idValue);
  const scope = scopeFor(user, side);
  const base = side === "staff" ? "/staff/openings" : "/employer/openings";
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");

  if (intent === "duplicate") {
    const copy = await duplicateOpening(db, { id, scope, actorUserId: user.id });
    if (!copy.ok) throw new Response("Not Found", { status: 404 });
    return redirect(`${base}/${copy.id}?done=duplicated`, 303);
  }

  let action: WorkflowAction;
  let reason: string | null = null;
  if (intent === "review" && side === "staff") {
    const parsed = parseForm(formData, reviewDecisionSchema, { omit: ["intent"] });
    if (!parsed.ok) {
      const errors = Object.fromEntries(Object.entries(parsed.errors).sort(([a]) => (a === "decision" ? -1 : 1)));
      return failed(context, "review", errors, parsed.values);
    }
    action = parsed.data.decision;
    reason = parsed.data.reason;
  } else if (["publish", "submit", "close", "reopen"].includes(intent)) {
    action = intent as WorkflowAction;
  } else {
    throw new Response("Bad Request", { status: 400 });
  }

  const result = await changeOpeningStatus(db, { id, scope, actorUserId: user.id, action, reason, origin: getEnv().publicUrl });
  if (!result.ok) {
    if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
    return failed(context, "actions", { actions: `workflow.errors.${result.error}` }, {}, 409);
  }
  const done =
    action === "reopen" && result.status === "pending_review"
      ? "submitted"
      : ({ publish: "published", submit: "submitted", approve: "approved", return: "returned", close: "closed", reopen: "reopened", unpublish: "closed" } as const)[action];
  return redirect(`${base}/${id}?done=${done}`, 303);
}

/** The opening exactly as its public page would show it, plus what the preview offers next. */
export async function loadPreview(user: CurrentUser, side: Side, idValue: string | undefined) {
  const db = getDb();
  const opening = await getScopedOpening(db, { id: idParam(idValue), scope: scopeFor(user, side) });
  if (!opening) throw new Response("Not Found", { status: 404 });
  const detail = await getOpeningDetailForPreview(db, { id: opening.id });
  if (!detail) throw new Response("Not Found", { status: 404 });
  const actions = availableActions(side === "staff" ? "partner" : "employer", opening.status);
  return {
    detail,
    status: workspaceStatus(opening),
    verified: opening.employer_verification === "verified",
    // The one next step the preview offers: publishing or approving (staff), submitting (employer).
    primary: (["publish", "approve", "submit"] as const).find((action) => actions.includes(action)) ?? null,
  };
}
