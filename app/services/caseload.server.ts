import type { Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { addCaseloadNote, createOfflineSeeker } from "~/models/caseload.server";
import type { ConsentHow, Database } from "../../db/schema";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

/**
 * Staff register someone who came to the office or phoned, with the permission they gave, in one
 * transaction with the audit entry. "mobileTaken" when the number has an account already: the
 * person then gives the permission from it (account/assistance), since staff cannot attach a
 * permission to an account someone else holds.
 */
export async function registerOfflineSeeker(
  db: Db,
  input: Parameters<typeof createOfflineSeeker>[1] & { how: Exclude<ConsentHow, "online"> },
): Promise<{ ok: true; id: number } | { ok: false; error: "mobileTaken" }> {
  return inTransaction(db, async (trx) => {
    const created = await createOfflineSeeker(trx, input);
    if (!created) return { ok: false, error: "mobileTaken" };
    await recordAudit(trx, {
      actorUserId: input.staffUserId,
      action: "caseload.seeker_registered",
      targetType: "user",
      targetId: created.id,
      details: { partnerId: input.partnerId, how: input.how, textVersion: input.textVersion },
    });
    return { ok: true, id: created.id };
  });
}

/** Adds a note to a seeker of the caseload, with its audit entry (the note itself is not logged). */
export async function noteOnSeeker(db: Db, input: Parameters<typeof addCaseloadNote>[1]) {
  return inTransaction(db, async (trx) => {
    const note = await addCaseloadNote(trx, input);
    await recordAudit(trx, { actorUserId: input.authorUserId, action: "caseload.note_added", targetType: "user", targetId: input.seekerUserId, details: { partnerId: input.partnerId } });
    return note;
  });
}
