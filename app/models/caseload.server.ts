import { sql, type Kysely } from "kysely";
import { containsPattern } from "../../db/like";
import type { ConsentHow, Database } from "../../db/schema";
import { ASSIST_PURPOSE } from "./assisted-application.server";
import { mobileTaken } from "./user.server";

type Db = Kysely<Database>;

// A partner's caseload (issue 19, item 5): the job seekers it serves. That is everyone its staff
// registered (people who came to the office or phoned), and everyone who currently allows it to
// apply for them. Staff see only their own partner's caseload; the notes are the partner's own.

/** Seekers a caseload page shows at once. */
export const CASELOAD_PAGE_SIZE = 20;

/**
 * Opens an account for someone offline, with their permission for this partner to apply for them
 * as they gave it (on paper, by phone or in person), in the caller's transaction. The account has the
 * person's mobile number and no password: they claim it by signing up with that number. Null when
 * the number already has an account (the person can give the permission from it themselves).
 */
export async function createOfflineSeeker(
  db: Db,
  input: { partnerId: number; staffUserId: number; displayName: string; mobile: string; preferredWork: string | null; how: Exclude<ConsentHow, "online">; note: string | null; textVersion: string },
) {
  const user = await db
    .insertInto("app_user")
    .values({
      email: null,
      mobile: input.mobile,
      password_hash: null,
      display_name: input.displayName,
      preferred_work: input.preferredWork,
      preferred_locale: "zh-CN",
      notify_by_sms: true,
      registered_by_partner_id: input.partnerId,
    })
    .onConflict((oc) => oc.column("mobile").doNothing())
    .returning(["id"])
    .executeTakeFirst();
  if (!user) return null;
  await db
    .insertInto("consent")
    .values({
      user_id: user.id,
      purpose: ASSIST_PURPOSE,
      text_version: input.textVersion,
      partner_id: input.partnerId,
      recorded_how: input.how,
      recorded_by: input.staffUserId,
      recorded_note: input.note,
    })
    .execute();
  return { id: user.id };
}

/**
 * True when the number belongs to an account staff opened and nobody has claimed: signing up with
 * it claims that account instead of being refused as taken.
 */
export async function isUnclaimedOfflineAccount(db: Db, { mobile }: { mobile: string }): Promise<boolean> {
  const row = await db
    .selectFrom("app_user")
    .select("id")
    .where("mobile", "=", mobile)
    .where("password_hash", "is", null)
    .where("registered_by_partner_id", "is not", null)
    .where("claimed_at", "is", null)
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * The person signs up with the number staff registered for them (the texted code proved it): the
 * account becomes theirs, with their password and name; what staff recorded (the permission, the
 * applications) stays. Returns the account like createMobileUser, or null if there is none to claim.
 */
export async function claimOfflineAccount(db: Db, { mobile, passwordHash, displayName, preferredLocale }: { mobile: string; passwordHash: string; displayName: string; preferredLocale: "zh-CN" | "en" | null }) {
  return (
    (await db
      .updateTable("app_user")
      .set({
        password_hash: passwordHash,
        display_name: displayName.trim(),
        preferred_locale: preferredLocale,
        mobile_verified_at: sql<Date>`now()`,
        claimed_at: sql<Date>`now()`,
        updated_at: sql`now()`,
      })
      .where("mobile", "=", mobile)
      .where("password_hash", "is", null)
      .where("registered_by_partner_id", "is not", null)
      .where("claimed_at", "is", null)
      .returning(["id", "email", "mobile", "display_name", "preferred_locale"])
      .executeTakeFirst()) ?? null
  );
}

/** Why staff may not correct a number: the account is the person's now, another account has the number, or it is the same number. */
export type MobileCorrectionError = "claimed" | "mobileTaken" | "unchanged";

/**
 * Corrects the number staff typed for someone this partner registered, while nobody has claimed the
 * account (the number is how the person will claim it). Once they have a password the number is
 * theirs: "claimed". Unused password-reset links are cancelled, so that one texted to the mistyped
 * number cannot open the account. Call inside a transaction (the person's row is locked).
 */
export async function correctUnclaimedMobile(
  trx: Db,
  { partnerId, seekerUserId, mobile }: { partnerId: number; seekerUserId: number; mobile: string },
): Promise<{ ok: true } | { ok: false; error: MobileCorrectionError }> {
  const seeker = await trx.selectFrom("app_user").select(["mobile", "password_hash", "claimed_at", "registered_by_partner_id"]).where("id", "=", seekerUserId).forUpdate().executeTakeFirst();
  if (!seeker || seeker.password_hash !== null || seeker.claimed_at !== null || seeker.registered_by_partner_id !== partnerId) return { ok: false, error: "claimed" };
  if (seeker.mobile === mobile) return { ok: false, error: "unchanged" };
  // The unique index on app_user.mobile still guards a sign-up with this number at the same moment.
  if (await mobileTaken(trx, { mobile })) return { ok: false, error: "mobileTaken" };
  await trx.updateTable("app_user").set({ mobile, updated_at: sql`now()` }).where("id", "=", seekerUserId).execute();
  await trx.deleteFrom("auth_token").where("user_id", "=", seekerUserId).where("purpose", "=", "reset_password").where("used_at", "is", null).execute();
  return { ok: true };
}

/** The condition "this person is in the partner's caseload", on `app_user as u`. */
const inCaseload = (partnerId: number) =>
  sql<boolean>`(u.registered_by_partner_id = ${partnerId} or exists (
    select 1 from consent c where c.user_id = u.id and c.partner_id = ${partnerId}
      and c.purpose = ${ASSIST_PURPOSE} and c.withdrawn_at is null))`;

/**
 * One page of the partner's caseload, found by name or number words, newest first: each person,
 * whether they have claimed their account, how many applications this partner sent for them, and
 * the next step of the newest note.
 */
export async function searchCaseload(db: Db, { partnerId, words, page }: { partnerId: number; words: string[]; page: number }) {
  let query = db.selectFrom("app_user as u").where(inCaseload(partnerId));
  for (const word of words) {
    const like = containsPattern(word);
    query = query.where((eb) => eb.or([eb("u.display_name", "ilike", like), eb("u.mobile", "like", like.replace(/\s/g, ""))]));
  }
  const [{ total } = { total: 0 }] = await query.select((eb) => eb.fn.countAll<string>().as("total")).execute();
  const rows = await query
    .select([
      "u.id",
      "u.display_name",
      "u.mobile",
      "u.registered_by_partner_id",
      "u.claimed_at",
      "u.password_hash",
      sql<number>`(select count(*)::int from application a where a.seeker_user_id = u.id and a.assisted_partner_id = ${partnerId})`.as("applications"),
      sql<string | null>`(select n.next_step from caseload_note n where n.seeker_user_id = u.id and n.partner_id = ${partnerId} order by n.id desc limit 1)`.as("next_step"),
      sql<string | null>`(select to_char(n.next_step_due, 'YYYY-MM-DD') from caseload_note n where n.seeker_user_id = u.id and n.partner_id = ${partnerId} order by n.id desc limit 1)`.as("next_step_due"),
    ])
    .orderBy("u.id", "desc")
    .limit(CASELOAD_PAGE_SIZE)
    .offset((page - 1) * CASELOAD_PAGE_SIZE)
    .execute();
  return {
    total: Number(total),
    seekers: rows.map(({ password_hash, ...row }) => ({ ...row, hasPassword: password_hash !== null })),
  };
}

/**
 * One person of the partner's caseload, with the permissions they gave this partner (current and
 * withdrawn), the applications it sent for them and its notes; undefined when they are not in it.
 */
export async function getCaseloadSeeker(db: Db, { partnerId, seekerUserId }: { partnerId: number; seekerUserId: number }) {
  const seeker = await db
    .selectFrom("app_user as u")
    .select([
      "u.id",
      "u.display_name",
      "u.mobile",
      "u.email",
      "u.preferred_work",
      "u.registered_by_partner_id",
      "u.claimed_at",
      "u.created_at",
      // The person has set a password (by signing up with the number, or a reset link texted to it).
      sql<boolean>`u.password_hash is not null`.as("has_password"),
    ])
    .where("u.id", "=", seekerUserId)
    .where(inCaseload(partnerId))
    .executeTakeFirst();
  if (!seeker) return undefined;
  const [consents, applications, notes] = await Promise.all([
    db
      .selectFrom("consent as c")
      .leftJoin("app_user as s", "s.id", "c.recorded_by")
      .select(["c.id", "c.given_at", "c.withdrawn_at", "c.recorded_how", "c.recorded_note", "s.display_name as recorded_by_name", sql<boolean>`c.scan_file_id is not null`.as("has_scan")])
      .where("c.user_id", "=", seekerUserId)
      .where("c.partner_id", "=", partnerId)
      .where("c.purpose", "=", ASSIST_PURPOSE)
      .orderBy("c.id", "desc")
      .execute(),
    db
      .selectFrom("application as a")
      .innerJoin("opening as o", "o.id", "a.opening_id")
      .select(["a.id", "a.reference", "a.status", "a.submitted_at", "o.id as opening_id", "o.title_zh", "o.title_en"])
      .where("a.seeker_user_id", "=", seekerUserId)
      .where("a.assisted_partner_id", "=", partnerId)
      .orderBy("a.id", "desc")
      .execute(),
    db
      .selectFrom("caseload_note as n")
      .leftJoin("app_user as s", "s.id", "n.author_user_id")
      .select(["n.id", "n.body", "n.next_step", "n.next_step_due", "n.created_at", "s.display_name as author_name"])
      .where("n.partner_id", "=", partnerId)
      .where("n.seeker_user_id", "=", seekerUserId)
      .orderBy("n.id", "desc")
      .execute(),
  ]);
  return { seeker, consents, applications, notes };
}

/** Adds a note (and the next step, if any) to a seeker of the partner's caseload. */
export async function addCaseloadNote(
  db: Db,
  input: { partnerId: number; seekerUserId: number; authorUserId: number; body: string; nextStep: string | null; nextStepDue: string | null },
) {
  return db
    .insertInto("caseload_note")
    .values({
      partner_id: input.partnerId,
      seeker_user_id: input.seekerUserId,
      author_user_id: input.authorUserId,
      body: input.body,
      next_step: input.nextStep,
      next_step_due: input.nextStepDue,
    })
    .returning(["id"])
    .executeTakeFirstOrThrow();
}

/**
 * The scan of a paper consent, for the staff of the partner it names (`partnerIds`) or for the
 * person who gave it (`ownerUserId`); undefined for anyone else, or when it has no scan.
 */
export async function getConsentScanFileId(
  db: Db,
  { consentId, seekerUserId, reader }: { consentId: number; seekerUserId: number; reader: { partnerIds: readonly number[] } | { ownerUserId: number } },
): Promise<string | undefined> {
  let query = db
    .selectFrom("consent")
    .select("scan_file_id")
    .where("id", "=", consentId)
    .where("user_id", "=", seekerUserId)
    .where("purpose", "=", ASSIST_PURPOSE)
    .where("scan_file_id", "is not", null);
  if ("partnerIds" in reader) {
    if (reader.partnerIds.length === 0) return undefined;
    query = query.where("partner_id", "in", reader.partnerIds);
  } else if (reader.ownerUserId !== seekerUserId) {
    return undefined;
  }
  return (await query.executeTakeFirst())?.scan_file_id ?? undefined;
}

/** Links a scan of the signed form to the consent this partner recorded for the person. */
export async function attachConsentScan(db: Db, { seekerUserId, partnerId, fileId }: { seekerUserId: number; partnerId: number; fileId: string }) {
  await db
    .updateTable("consent")
    .set({ scan_file_id: fileId })
    .where("user_id", "=", seekerUserId)
    .where("partner_id", "=", partnerId)
    .where("purpose", "=", ASSIST_PURPOSE)
    .where("withdrawn_at", "is", null)
    .execute();
}
