import type { Kysely } from "kysely";
import { changeVerificationSuspension, recordVerificationDecision, type VerificationError } from "~/models/verification.server";
import type { Database } from "../../db/schema";
import { emailEmployerMembers } from "./emails.server";

type Db = Kysely<Database>;

/**
 * A partner's decision on a pending request: approve (the employer becomes verified and its code
 * is kept) or reject with a reason. Audit-logged; every member of the employer is emailed in their
 * own language, in the same transaction as the decision. `origin` makes the email's link absolute.
 */
export async function decideVerification(
  db: Db,
  input: {
    requestId: number;
    partnerIds: readonly number[];
    actorUserId: number;
    decision: "approve" | "reject";
    reason: string | null;
    origin: string;
  },
): Promise<{ ok: true; status: "verified" | "rejected" } | { ok: false; error: VerificationError }> {
  if (input.partnerIds.length === 0) return { ok: false, error: "notFound" };
  return db.transaction().execute(async (trx) => {
    const result = await recordVerificationDecision(trx, input);
    if (!result.ok) return result;
    const link = `${input.origin}/employer/verification`;
    await emailEmployerMembers(trx, {
      employerId: result.employerId,
      compose: (t) =>
        result.status === "verified"
          ? { subject: t("verification.email.approvedSubject"), bodyText: t("verification.email.approvedBody", { link }) }
          : {
              subject: t("verification.email.rejectedSubject"),
              bodyText: t("verification.email.rejectedBody", { reason: input.reason ?? "", link }),
            },
    });
    return { ok: true, status: result.status } as const;
  });
}

/**
 * A partner suspends (with a public reason) or reinstates the verification of an employer it
 * verified; its members are emailed in the same transaction. See changeVerificationSuspension.
 */
export async function changeSuspension(
  db: Db,
  input: { employerId: number; partnerIds: readonly number[]; actorUserId: number; suspend: boolean; reason: string | null; origin: string },
): Promise<{ ok: true } | { ok: false; error: VerificationError }> {
  return db.transaction().execute(async (trx) => {
    const result = await changeVerificationSuspension(trx, input);
    if (!result.ok) return result;
    const link = `${input.origin}/employer/verification`;
    await emailEmployerMembers(trx, {
      employerId: input.employerId,
      compose: (t) =>
        input.suspend
          ? { subject: t("verification.email.suspendedSubject"), bodyText: t("verification.email.suspendedBody", { reason: input.reason ?? "", link }) }
          : { subject: t("verification.email.reinstatedSubject"), bodyText: t("verification.email.reinstatedBody", { link }) },
    });
    return result;
  });
}
