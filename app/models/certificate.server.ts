import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { CERTIFICATE_CHANGES, CERTIFICATE_LEVELS, type CertificateChange, type CertificateStatus } from "~/domain/certification";
import { recordAudit } from "./audit.server";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

/** The status anyone is shown: "expired" from the day after `expires_on`, even before the expiry job has written it. */
function shownStatus(status: CertificateStatus, pastExpiry: boolean): CertificateStatus {
  return status === "valid" && pastExpiry ? "expired" : status;
}

/**
 * A certificate as anyone may see it, with its dated history, or undefined. The status shown is
 * "expired" from the day after `expires_on`, even before the expiry job has written it.
 */
export async function getPublicCertificate(db: Db, { number }: { number: string }) {
  const certificate = await db
    .selectFrom("certificate as c")
    .innerJoin("organisation as e", "e.id", "c.employer_id")
    .leftJoin("organisation as r", "r.id", "c.reviewer_organisation_id")
    .leftJoin("certificate as n", "n.id", "c.superseded_by_id")
    .select([
      "c.id",
      "c.number",
      "n.number as superseded_by_number",
      "c.level",
      "c.status",
      "c.criteria_version",
      "c.areas_met",
      "c.issued_on",
      "c.expires_on",
      "e.name_zh as employer_name_zh",
      "e.name_en as employer_name_en",
      "e.province as employer_province",
      "e.city as employer_city",
      "e.credit_code as employer_credit_code",
      "r.name_zh as reviewer_name_zh",
      "r.name_en as reviewer_name_en",
      sql<boolean>`c.expires_on < current_date`.as("past_expiry"),
    ])
    .where("c.number", "=", number)
    .executeTakeFirst();
  if (!certificate) return undefined;

  const history = await db
    .selectFrom("certificate_event")
    .select(["id", "at", "status", "reason_zh", "reason_en"])
    .where("certificate_id", "=", certificate.id)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .execute();

  const { id: _id, past_expiry, ...rest } = certificate;
  const status = shownStatus(rest.status, past_expiry);
  // The reason for the current state, when it has one (suspension or revocation).
  const current = history.find((event) => event.status === status && (event.reason_zh || event.reason_en));
  return {
    ...rest,
    status,
    reason_zh: current?.reason_zh ?? null,
    reason_en: current?.reason_en ?? null,
    history,
  };
}

/**
 * Every certificate of the employer with this unified social credit code, newest first, as anyone
 * may see them (for the public lookup), with the employer's names; empty when the code is unknown.
 * A certificate past its date shows as "expired" as on its own page.
 */
export async function listCertificatesForCreditCode(db: Db, { creditCode }: { creditCode: string }) {
  const rows = await db
    .selectFrom("certificate as c")
    .innerJoin("organisation as e", "e.id", "c.employer_id")
    .select([
      "c.number",
      "c.level",
      "c.status",
      "c.issued_on",
      "c.expires_on",
      "e.name_zh as employer_name_zh",
      "e.name_en as employer_name_en",
      sql<boolean>`c.expires_on < current_date`.as("past_expiry"),
    ])
    .where("e.credit_code", "=", creditCode)
    .orderBy("c.issued_on", "desc")
    .orderBy("c.number", "desc")
    .execute();
  return rows.map(({ past_expiry, ...row }) => ({ ...row, status: shownStatus(row.status, past_expiry) }));
}

/** An employer's highest current certificate (valid and not past its date), the newest of equal level, or undefined. */
export async function getCurrentCertificate(db: Db, { employerId }: { employerId: number }) {
  return db
    .selectFrom("certificate")
    .select(["number", "level", "issued_on", "expires_on"])
    .where("employer_id", "=", employerId)
    .where("status", "=", "valid")
    .where("expires_on", ">=", sql<string>`current_date`)
    .orderBy(sql`array_position(${sql.val([...CERTIFICATE_LEVELS])}::text[], level)`, "desc")
    .orderBy("issued_on", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Whether a certificate with this number exists (any status). */
export async function certificateExists(db: Db, { number }: { number: string }): Promise<boolean> {
  return (await db.selectFrom("certificate").select("id").where("number", "=", number).executeTakeFirst()) !== undefined;
}

/** Why a staff change of a certificate was refused. */
export type CertificateChangeError = "notFound" | "wrongStatus";

/** What staff may do to a certificate, and the status each leads to. */

/** The certificate as its reviewing partner's staff manage it, or undefined if it is not theirs. */
export async function getManagedCertificate(db: Db, { number, partnerIds }: { number: string; partnerIds: readonly number[] }) {
  if (partnerIds.length === 0) return undefined;
  const row = await db
    .selectFrom("certificate")
    .select("number")
    .where("number", "=", number)
    .where("reviewer_organisation_id", "in", partnerIds)
    .executeTakeFirst();
  return row ? getPublicCertificate(db, { number }) : undefined;
}

/**
 * Suspends, reinstates or revokes a certificate with a public reason, as the reviewing partner's
 * staff. Suspension is only of a valid certificate, reinstatement only of a suspended one that has
 * not expired meanwhile; revocation is final.
 */
export async function changeCertificateStatus(
  db: Db,
  {
    number,
    partnerIds,
    change,
    reasonZh,
    reasonEn,
    actorUserId,
  }: { number: string; partnerIds: readonly number[]; change: CertificateChange; reasonZh: string | null; reasonEn: string | null; actorUserId: number },
): Promise<{ ok: true } | { ok: false; error: CertificateChangeError }> {
  if (partnerIds.length === 0) return { ok: false, error: "notFound" };
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom("certificate")
      .select(["id", "status", sql<boolean>`expires_on < current_date`.as("past_expiry")])
      .where("number", "=", number)
      .where("reviewer_organisation_id", "in", partnerIds)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return { ok: false, error: "notFound" } as const;
    const allowed =
      change === "suspend" ? row.status === "valid" && !row.past_expiry
      : change === "reinstate" ? row.status === "suspended" && !row.past_expiry
      : row.status === "valid" || row.status === "suspended";
    if (!allowed) return { ok: false, error: "wrongStatus" } as const;
    const status = CERTIFICATE_CHANGES[change];
    await trx.updateTable("certificate").set({ status, updated_at: sql`now()` }).where("id", "=", row.id).execute();
    await trx.insertInto("certificate_event").values({ certificate_id: row.id, status, reason_zh: reasonZh, reason_en: reasonEn }).execute();
    await recordAudit(trx, {
      actorUserId,
      action: change === "suspend" ? "certificate.suspended" : change === "reinstate" ? "certificate.reinstated" : "certificate.revoked",
      targetType: "certificate",
      targetId: number,
      details: { reasonZh, reasonEn },
    });
    return { ok: true } as const;
  });
}

/**
 * Turns every valid certificate past its expiry date into "expired", with a dated event and an
 * audit entry. One statement claims the rows, so several instances running it at once never
 * expire a certificate twice. Returns the numbers expired.
 */
export async function expireCertificates(db: Db): Promise<string[]> {
  return inTransaction(db, async (trx) => {
    const expired = await trx
      .updateTable("certificate")
      .set({ status: "expired", updated_at: sql`now()` })
      .where("status", "=", "valid")
      .where("expires_on", "<", sql<string>`current_date`)
      .returning(["id", "number", "expires_on"])
      .execute();
    if (expired.length === 0) return [];
    await trx
      .insertInto("certificate_event")
      .values(expired.map((c) => ({ certificate_id: c.id, status: "expired" as const })))
      .execute();
    for (const c of expired) {
      await recordAudit(trx, { actorUserId: null, action: "certificate.expired", targetType: "certificate", targetId: c.number, details: { expiresOn: c.expires_on } });
    }
    return expired.map((c) => c.number);
  });
}

/**
 * Claims the valid certificates due a reminder `days` (60 or 14) before expiry that have not had
 * it, marking them sent in the same statement so each reminder goes once even with several
 * instances. Run in the transaction that queues the emails. Returns who to write to.
 */
export async function claimExpiryReminders(db: Db, { days }: { days: 60 | 14 }) {
  const column = days === 60 ? "reminder_60_sent_at" : "reminder_14_sent_at";
  const claimed = await db
    .updateTable("certificate")
    .set({ [column]: sql`now()` })
    .where("status", "=", "valid")
    .where(column, "is", null)
    .where("expires_on", ">=", sql<string>`current_date`)
    .where("expires_on", "<=", sql<string>`current_date + ${days}::int`)
    .returning(["id", "number", "employer_id", "expires_on", "level"])
    .execute();
  if (claimed.length === 0) return [];
  const members = await db
    .selectFrom("membership as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select(["m.organisation_id", "u.email", "u.mobile", "u.notify_by_sms", "u.display_name", "u.preferred_locale"])
    .where("m.organisation_id", "in", claimed.map((c) => c.employer_id))
    .where("m.role", "in", ["owner", "manager"])
    .execute();
  for (const c of claimed) {
    await recordAudit(db, { actorUserId: null, action: "certificate.reminder_queued", targetType: "certificate", targetId: c.number, details: { days } });
  }
  return claimed.map((c) => ({ ...c, recipients: members.filter((m) => m.organisation_id === c.employer_id) }));
}

/** The machine-readable status of a certificate, for other sites to verify, or undefined. */
export async function getCertificateStatus(db: Db, { number }: { number: string }) {
  const certificate = await getPublicCertificate(db, { number });
  if (!certificate) return undefined;
  return {
    number: certificate.number,
    status: certificate.status,
    level: certificate.level,
    employer: { name_zh: certificate.employer_name_zh, name_en: certificate.employer_name_en },
    criteria_version: certificate.criteria_version,
    areas_met: certificate.areas_met,
    reviewer: { name_zh: certificate.reviewer_name_zh, name_en: certificate.reviewer_name_en },
    issued_on: certificate.issued_on,
    expires_on: certificate.expires_on,
    reason: { zh: certificate.reason_zh, en: certificate.reason_en },
    /** The number of the certificate that replaced this one, when it is "superseded". */
    superseded_by: certificate.superseded_by_number,
    history: certificate.history.map((event) => ({ at: event.at, status: event.status, reason: { zh: event.reason_zh, en: event.reason_en } })),
  };
}
