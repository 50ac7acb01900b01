import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** Security-relevant actions. Add new ones here so the log's vocabulary stays known. */
export type AuditAction =
  | "auth.sign_up"
  | "auth.account_claimed"
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_out"
  | "auth.password_reset_requested"
  | "auth.password_reset"
  | "auth.rate_limited"
  | "auth.passkey_signed_in"
  | "auth.passkey_sign_in_failed"
  | "auth.second_factor_passed"
  | "auth.second_factor_failed"
  | "passkey.registered"
  | "passkey.registration_failed"
  | "passkey.removed"
  | "passkey.cleared"
  | "auth.refused"
  | "auth.reauthenticated"
  | "auth.reauthentication_failed"
  | "auth.password_changed"
  | "auth.password_change_failed"
  | "auth.email_code_sent"
  | "auth.email_code_passed"
  | "auth.email_code_failed"
  | "session.others_revoked"
  | "session.revoked"
  | "account.data_exported"
  | "account.deleted"
  | "email.verification_sent"
  | "email.verified"
  | "organisation.created"
  | "organisation.updated"
  | "recruiter.listed"
  | "recruiter.unlisted"
  | "invitation.sent"
  | "invitation.accepted"
  | "role.changed"
  | "membership.removed"
  // The partner workflow: every change of an opening's status, and every moderation decision.
  | "opening.created"
  | "opening.edited"
  | "opening.submitted"
  | "opening.published"
  | "opening.approved"
  | "opening.returned"
  | "opening.closed"
  | "opening.reopened"
  | "opening.unpublished"
  | "opening.duplicated"
  | "report.received"
  | "report.dismissed"
  | "report.employer_asked"
  | "report.unpublished"
  // Certification: every change of an application's or a certificate's state, and of the criteria.
  | "certification.started"
  | "certification.renewal_started"
  | "certification.submitted"
  | "certification.resubmitted"
  | "certification.assigned"
  | "certification.changes_requested"
  | "certification.second_review"
  // Before migration 0014 reviewers typed the outcomes; now they comment on figures counted from check-backs.
  | "certification.outcomes_recorded"
  | "certification.outcomes_commented"
  // The partner's 6-month check-back on a hire made through the portal (Inclusion Leader's outcomes).
  | "check_back.recorded"
  | "certification.approved"
  | "certification.rejected"
  | "certificate.issued"
  | "certificate.suspended"
  | "certificate.reinstated"
  | "certificate.revoked"
  | "certificate.superseded"
  | "certificate.expired"
  | "certificate.reminder_queued"
  | "criteria.version_copied"
  | "criteria.version_published"
  | "criteria.version_edited"
  // Applications. Passport reads by anyone but the owner: who, when, which application; never the content.
  | "application.submitted"
  | "application.withdrawn"
  | "application.status_changed"
  | "application.cv_downloaded"
  | "passport.saved"
  | "passport.deleted"
  | "passport.read"
  | "application.purged"
  // Assisted applications: the seeker's permission for a named partner, and each application its
  // staff send (staff user, partner, seeker, opening; never the content).
  | "consent.assist_given"
  | "consent.assist_withdrawn"
  // A seeker says their disability category for counting, or stops (never which category).
  | "consent.statistics_given"
  | "consent.statistics_withdrawn"
  | "caseload.seeker_registered"
  | "caseload.note_added"
  // Staff correct the number they typed for an unclaimed account (never the number itself).
  | "caseload.mobile_corrected"
  // Staff record a category the person gave them on paper or by phone, or delete it (never which).
  | "caseload.category_recorded"
  | "caseload.category_removed"
  // Staff shown a category their partner recorded (a read of disability data by someone else than the person).
  | "caseload.category_read"
  | "consent.scan_read"
  | "application.assisted"
  // Employer verification, CSV import and the expiry job (issue 5).
  | "verification.submitted"
  | "verification.approved"
  | "verification.rejected"
  | "verification.suspended"
  | "verification.reinstated"
  | "import.checked"
  | "import.completed"
  | "opening.expired"
  // Live events (issue 20): staff create and change an event; a seeker registers or cancels; the
  // organiser's staff are shown what registered people need to take part (a read of access data).
  | "event.created"
  | "event.updated"
  | "event.registered"
  | "event.registration_cancelled"
  | "event.needs_read"
  // The live room's moderation ("supervision by administrators and the audience").
  | "event.question_published"
  | "event.question_hidden"
  | "event.question_answered"
  | "event.flagged"
  | "event.answer_hidden"
  | "event.participant_muted"
  | "event.participant_unmuted"
  | "event.helper_invited"
  | "event.helper_removed"
  // The organiser's staff cancel an event; its registrants are told (details: how many, never who).
  | "event.cancelled";

/** Appends one audit entry. `details` must never hold passwords, tokens or sensitive personal data. */
export async function recordAudit(
  db: Kysely<Database>,
  entry: { actorUserId: number | null; action: AuditAction; targetType?: string; targetId?: string | number; details?: Record<string, unknown> },
) {
  await db
    .insertInto("audit_log")
    .values({
      actor_user_id: entry.actorUserId,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId === undefined ? null : String(entry.targetId),
      details: entry.details ?? {},
    })
    .execute();
}

/** Recent audit entries, newest first (for admins and tests). */
export async function listAudit(
  db: Kysely<Database>,
  { limit = 100, action, targetId }: { limit?: number; action?: AuditAction; targetId?: string | number } = {},
) {
  let query = db
    .selectFrom("audit_log")
    .select(["id", "at", "actor_user_id", "action", "target_type", "target_id", "details"])
    .orderBy("id", "desc")
    .limit(limit);
  if (action) query = query.where("action", "=", action);
  if (targetId !== undefined) query = query.where("target_id", "=", String(targetId));
  return query.execute();
}
