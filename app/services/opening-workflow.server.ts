import type { Kysely } from "kysely";
import { transition, type WorkflowAction, type WorkflowResult } from "~/models/opening-workflow.server";
import type { OpeningScope } from "~/models/opening-scope.server";
import type { Database } from "../../db/schema";
import { emailEmployerMembers } from "./emails.server";

type Db = Kysely<Database>;

/**
 * Moves an opening to its next status in one transaction: the model's {@link transition} (status,
 * revision, audit) and, when staff return it, the email to the employer's members, queued in the
 * same transaction so either both happen or neither. `origin` makes the email's link absolute.
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
  return db.transaction().execute(async (trx) => {
    const result = await transition(trx, { id, scope, actorUserId, action, reason });
    if (!result.ok) return result;
    if (action === "return") {
      await emailEmployerMembers(trx, {
        employerId: result.opening.employerId,
        compose: (t) => ({
          subject: t("workflow.email.returnedSubject"),
          bodyText: t("workflow.email.returnedBody", { title: result.opening.title, reason, link: `${origin}/employer/openings/${id}` }),
        }),
      });
    }
    return { ok: true, id: result.id, status: result.status };
  });
}
