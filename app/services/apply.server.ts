import type { Kysely } from "kysely";
import { saveDraft, submitDraftIn, type ApplicationFields } from "~/models/application.server";
import { recordAudit } from "~/models/audit.server";
import { saveFile, type FileStore } from "~/models/stored-file.server";
import { noticeToSeeker } from "~/services/application-notices.server";
import type { Database } from "../../db/schema";

// One POST of the apply form is one transaction: the CV file, the draft, and (when sending) the
// submission, its audit entry, the seeker's notification and the email queued in the outbox. A
// failure anywhere leaves nothing half-written: no draft pointing at a lost file, no application
// sent without its audit entry, no email about an application that does not exist. Emails go out
// through the outbox only after the transaction commits, so queuing them inside it is safe.

/** A checked CV, ready to keep. */
export type UploadedCv = { name: string; contentType: string; bytes: Uint8Array };

/** The writers applying calls after the submission; a test may pass its own to fail mid-way. */
export type ApplyWriters = { audit?: typeof recordAudit; notice?: typeof noticeToSeeker };

export type ApplyOutcome =
  /** The person's application to this opening was already sent before this POST. */
  | { outcome: "sent_before"; id: number }
  /** Saved as a draft (asked to, or the form still has problems). */
  | { outcome: "saved"; id: number }
  /** Sent now, or by an earlier copy of this POST. */
  | { outcome: "submitted" | "already"; id: number };

/**
 * Saves the draft (with its new CV, if one came) and, when `submit` carries the checked fields,
 * sends it: all in one transaction. The caller has authorised the person and checked the form.
 */
export async function submitApplication(
  db: Kysely<Database>,
  store: FileStore,
  input: {
    openingId: number;
    userId: number;
    key: string;
    /** The live event whose "apply" link brought the person (already checked: one of its openings). */
    sourceEventId?: number;
    draft: ApplicationFields;
    cv?: UploadedCv;
    submit?: ApplicationFields;
    opening: { title_zh: string | null; title_en: string | null };
    seeker: { email: string | null; mobile?: string | null; notifyBySms?: boolean; locale: string | null };
    origin: string;
  },
  { audit = recordAudit, notice = noticeToSeeker }: ApplyWriters = {},
): Promise<ApplyOutcome> {
  // Bytes kept outside the database (the disk store) cannot roll back with it: new ones are
  // removed if the transaction fails, and an old CV's bytes only once it has committed.
  const written: Array<{ storage_key: string | null }> = [];
  const removals: Array<{ storage_key: string | null }> = [];
  const deferred: FileStore = {
    backend: store.backend,
    put: async (id, bytes) => {
      const located = await store.put(id, bytes);
      written.push(located);
      return located;
    },
    get: (row) => store.get(row),
    remove: async (row) => {
      removals.push(row);
    },
  };
  let outcome: ApplyOutcome;
  try {
    outcome = await db.transaction().execute(async (trx) => {
      const { openingId, userId } = input;
      const cvFileId = input.cv
        ? (
            await saveFile(trx, deferred, {
              purpose: "cv",
              originalName: input.cv.name,
              contentType: input.cv.contentType,
              bytes: input.cv.bytes,
              uploadedByUserId: userId,
            })
          ).id
        : undefined;
      const draft = await saveDraft(trx, deferred, { openingId, userId, key: input.key, fields: input.draft, cvFileId, sourceEventId: input.sourceEventId });
      if (!draft) throw new Error("draft was not saved");
      if (draft.status !== "draft") return { outcome: "sent_before", id: draft.id } as const;
      if (!input.submit) return { outcome: "saved", id: draft.id } as const;
      await saveDraft(trx, deferred, { openingId, userId, key: draft.idempotency_key, fields: input.submit });
      const result = await submitDraftIn(trx, { applicationId: draft.id, userId });
      if (result.outcome === "already") return { outcome: "already", id: draft.id } as const;
      await audit(trx, {
        actorUserId: userId,
        action: "application.submitted",
        targetType: "application",
        targetId: draft.id,
        details: { openingId },
      });
      await notice(trx, {
        application: {
          id: draft.id,
          seeker_user_id: userId,
          reference: result.reference,
          title_zh: input.opening.title_zh,
          title_en: input.opening.title_en,
          seeker_email: input.seeker.email,
          seeker_mobile: input.seeker.mobile,
          seeker_notify_by_sms: input.seeker.notifyBySms,
          seeker_locale: input.seeker.locale,
        },
        kind: "submitted",
        origin: input.origin,
      });
      return { outcome: "submitted", id: draft.id } as const;
    });
  } catch (error) {
    await Promise.allSettled(written.map((row) => store.remove(row)));
    throw error;
  }
  await Promise.allSettled(removals.map((row) => store.remove(row)));
  return outcome;
}
