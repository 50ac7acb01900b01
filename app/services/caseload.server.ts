import type { Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { addCaseloadNote, attachConsentScan, correctUnclaimedMobile, createOfflineSeeker } from "~/models/caseload.server";
import { saveFile, type FileStore } from "~/models/stored-file.server";
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
  store: FileStore,
  input: Parameters<typeof createOfflineSeeker>[1] & {
    how: Exclude<ConsentHow, "online">;
    /** A scan or photo of the signed paper form, already checked (PDF, JPEG or PNG). */
    scan?: { name: string; contentType: string; bytes: Uint8Array } | null;
  },
): Promise<{ ok: true; id: number } | { ok: false; error: "mobileTaken" }> {
  const { scan, ...fields } = input;
  return inTransaction(db, async (trx) => {
    const created = await createOfflineSeeker(trx, fields);
    if (!created) return { ok: false, error: "mobileTaken" };
    if (scan) {
      const file = await saveFile(trx, store, { purpose: "consent_scan", originalName: scan.name, contentType: scan.contentType, bytes: scan.bytes, uploadedByUserId: input.staffUserId });
      await attachConsentScan(trx, { seekerUserId: created.id, partnerId: input.partnerId, fileId: file.id });
    }
    await recordAudit(trx, {
      actorUserId: input.staffUserId,
      action: "caseload.seeker_registered",
      targetType: "user",
      targetId: created.id,
      details: { partnerId: input.partnerId, how: input.how, textVersion: input.textVersion, scan: Boolean(scan) },
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

/**
 * Corrects the number staff typed for a seeker who has not claimed their account, with its audit
 * entry (never the number, old or new). Refused once the account is claimed, or when another account has the number.
 */
export async function correctSeekerMobile(db: Db, input: Parameters<typeof correctUnclaimedMobile>[1] & { staffUserId: number }) {
  return inTransaction(db, async (trx) => {
    const corrected = await correctUnclaimedMobile(trx, input);
    if (corrected.ok) {
      await recordAudit(trx, { actorUserId: input.staffUserId, action: "caseload.mobile_corrected", targetType: "user", targetId: input.seekerUserId, details: { partnerId: input.partnerId } });
    }
    return corrected;
  });
}
