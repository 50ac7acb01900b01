import type { Kysely } from "kysely";
import { submitAssistedApplication, type AssistedOutcome } from "~/models/assisted-application.server";
import { recordAudit } from "~/models/audit.server";
import type { Database } from "../../db/schema";
import { noticeToSeeker } from "./application-notices.server";

type Db = Kysely<Database>;

/** The writers after the submission; a test may pass its own to fail mid-way. */
export type AssistedWriters = { audit?: typeof recordAudit; notice?: typeof noticeToSeeker };

/**
 * Partner staff send an application for a seeker, in one transaction: the application (the model
 * checks the seeker's permission and writes it sent), its audit entry, and the seeker's notification
 * and email naming who sent it. A failure anywhere leaves no application the seeker was not told of.
 */
export async function sendAssistedApplication(
  db: Db,
  input: {
    openingId: number;
    seeker: { id: number; email: string | null; mobile?: string | null; notify_by_sms?: boolean; preferred_locale: string | null; display_name: string };
    staff: { id: number; display_name: string };
    partner: { id: number; name_zh: string | null; name_en: string | null };
    opening: { title_zh: string | null; title_en: string | null };
    key: string;
    fields: { contactName: string; contactPhone: string; experience: string; message: string };
    origin: string;
  },
  { audit = recordAudit, notice = noticeToSeeker }: AssistedWriters = {},
): Promise<AssistedOutcome> {
  const { openingId, seeker, staff, partner, opening, key, fields, origin } = input;
  return db.transaction().execute(async (trx) => {
    const result = await submitAssistedApplication(trx, { openingId, seekerUserId: seeker.id, staffUserId: staff.id, partnerId: partner.id, key, fields });
    if (result.outcome !== "submitted") return result;
    await audit(trx, {
      actorUserId: staff.id,
      action: "application.assisted",
      targetType: "application",
      targetId: result.id,
      details: { openingId, partnerId: partner.id, seekerUserId: seeker.id },
    });
    await notice(trx, {
      application: {
        id: result.id,
        seeker_user_id: seeker.id,
        reference: result.reference,
        title_zh: opening.title_zh,
        title_en: opening.title_en,
        seeker_email: seeker.email,
        seeker_mobile: seeker.mobile,
        seeker_notify_by_sms: seeker.notify_by_sms,
        seeker_locale: seeker.preferred_locale,
      },
      kind: "assisted",
      origin,
      helper: { name: staff.display_name, partner_zh: partner.name_zh, partner_en: partner.name_en },
    });
    return result;
  });
}
