import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { looksLikeMobile, normaliseMobile, type DisplayPreferences } from "~/domain/account";

type Db = Kysely<Database>;

/** Email addresses are compared in this form everywhere. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const publicColumns = [
  "id",
  "email",
  "mobile",
  "mobile_verified_at",
  "notify_by_sms",
  "display_name",
  "phone",
  "preferred_locale",
  "preferred_work",
  "preferences",
  "is_platform_admin",
  "email_verified_at",
  "created_at",
] as const;

/** Creates an account with an email address; returns null if the address is already registered. */
export async function createUser(
  db: Db,
  input: { email: string; passwordHash: string; displayName: string; preferredLocale: "zh-CN" | "en" | null },
) {
  const row = await db
    .insertInto("app_user")
    .values({
      email: normaliseEmail(input.email),
      password_hash: input.passwordHash,
      display_name: input.displayName.trim(),
      preferred_locale: input.preferredLocale,
    })
    .onConflict((oc) => oc.column("email").doNothing())
    .returning(publicColumns)
    .executeTakeFirst();
  return row ? { ...row, email: row.email as string } : null;
}

/**
 * Creates an account with a mobile number (already proven by a code, so it counts as verified) and
 * no email address; returns null if the number is already registered.
 */
export async function createMobileUser(
  db: Db,
  input: { mobile: string; passwordHash: string; displayName: string; preferredLocale: "zh-CN" | "en" | null },
) {
  const row = await db
    .insertInto("app_user")
    .values({
      email: null,
      mobile: input.mobile,
      mobile_verified_at: sql<Date>`now()`,
      // With no address, texts are how alerts and notices reach them; they can turn it off.
      notify_by_sms: true,
      password_hash: input.passwordHash,
      display_name: input.displayName.trim(),
      preferred_locale: input.preferredLocale,
    })
    .onConflict((oc) => oc.column("mobile").doNothing())
    .returning(publicColumns)
    .executeTakeFirst();
  return row ?? null;
}

/** True when an account already signs in with this mobile number (11 digits). */
export async function mobileTaken(db: Db, { mobile }: { mobile: string }): Promise<boolean> {
  return Boolean(await db.selectFrom("app_user").select("id").where("mobile", "=", mobile).executeTakeFirst());
}

/**
 * The account with this email address or mobile number (whichever `login` is) and its password
 * hash, for signing in only (with the language to switch to).
 */
export async function getUserCredentials(db: Db, { login }: { login: string }) {
  const mobile = looksLikeMobile(login) ? normaliseMobile(login) : null;
  return db
    .selectFrom("app_user")
    .select(["id", "password_hash", "preferred_locale"])
    .$call((q) => (mobile ? q.where("mobile", "=", mobile) : q.where("email", "=", normaliseEmail(login))))
    .executeTakeFirst();
}

/** The account with this email address or mobile number, without secrets (the forgotten-password page). */
export async function getUserByLogin(db: Db, { login }: { login: string }) {
  const mobile = looksLikeMobile(login) ? normaliseMobile(login) : null;
  if (!mobile) return getUserByEmail(db, { email: login });
  return getUserByMobile(db, { mobile });
}

/** The account that signs in with this mobile number (11 digits), if any. */
export async function getUserByMobile(db: Db, { mobile }: { mobile: string }) {
  return db.selectFrom("app_user").select(publicColumns).where("mobile", "=", mobile).executeTakeFirst();
}

/** The person's choice to have alerts and application notices also sent by text message. */
export async function setNotifyBySms(db: Db, { id, notifyBySms }: { id: number; notifyBySms: boolean }) {
  await db.updateTable("app_user").set({ notify_by_sms: notifyBySms, updated_at: sql`now()` }).where("id", "=", id).execute();
}

/** The password hash of an account, to check the password again (the confirm and change-password pages). */
export async function getPasswordHash(db: Db, { id }: { id: number }): Promise<string | null> {
  const row = await db.selectFrom("app_user").select("password_hash").where("id", "=", id).executeTakeFirst();
  return row?.password_hash ?? null;
}

/** An account by id, without secrets. */
export async function getUserById(db: Db, { id }: { id: number }) {
  return db.selectFrom("app_user").select(publicColumns).where("id", "=", id).executeTakeFirst();
}

/** The account with this email, without secrets. */
export async function getUserByEmail(db: Db, { email }: { email: string }) {
  return db.selectFrom("app_user").select(publicColumns).where("email", "=", normaliseEmail(email)).executeTakeFirst();
}

/** Updates the profile fields a person edits themselves. */
export async function updateProfile(
  db: Db,
  { id, ...fields }: { id: number; displayName: string; phone: string | null; preferredLocale: "zh-CN" | "en" | null; preferredWork: string | null },
) {
  await db
    .updateTable("app_user")
    .set({
      display_name: fields.displayName.trim(),
      phone: fields.phone,
      preferred_locale: fields.preferredLocale,
      preferred_work: fields.preferredWork,
      updated_at: sql`now()`,
    })
    .where("id", "=", id)
    .execute();
}

/** Saves display preferences to the profile. */
export async function updatePreferences(db: Db, { id, preferences }: { id: number; preferences: DisplayPreferences }) {
  await db
    .updateTable("app_user")
    .set({ preferences: sql`${JSON.stringify(preferences)}::jsonb`, updated_at: sql`now()` })
    .where("id", "=", id)
    .execute();
}

/** Replaces the password hash. */
/** Marks the address confirmed (a reset link or invitation reached its inbox); an earlier confirmation stays. */
export async function markEmailVerified(db: Db, { id }: { id: number }) {
  await db.updateTable("app_user").set({ email_verified_at: sql`coalesce(email_verified_at, now())` }).where("id", "=", id).where("email", "is not", null).execute();
}

export async function setPasswordHash(db: Db, { id, passwordHash }: { id: number; passwordHash: string }) {
  await db.updateTable("app_user").set({ password_hash: passwordHash, updated_at: sql`now()` }).where("id", "=", id).execute();
}

/** Organisations the user belongs to, with their role and the organisation's kind. */
export async function listMemberships(db: Db, { userId }: { userId: number }) {
  return db
    .selectFrom("membership as m")
    .innerJoin("organisation as o", "o.id", "m.organisation_id")
    .select(["m.organisation_id", "m.role", "o.kind", "o.partner_type", "o.slug", "o.name_zh", "o.name_en"])
    .where("m.user_id", "=", userId)
    .orderBy("o.id")
    .execute();
}

/** Adds (or changes) a user's role in an organisation. */
export async function upsertMembership(
  db: Db,
  { userId, organisationId, role }: { userId: number; organisationId: number; role: Database["membership"]["role"] },
) {
  await db
    .insertInto("membership")
    .values({ user_id: userId, organisation_id: organisationId, role })
    .onConflict((oc) => oc.columns(["user_id", "organisation_id"]).doUpdateSet({ role }))
    .execute();
}

/**
 * Deletes the account and everything personal hanging off it (sessions, memberships, passkeys and
 * tokens cascade). Audit entries stay, with the actor set to null: anonymised, not erased.
 */
export async function deleteUser(db: Db, { id }: { id: number }) {
  await db.deleteFrom("app_user").where("id", "=", id).execute();
}

/** Everything we hold about a person, for their own data download. Never hashes or tokens. */
export async function exportUserData(db: Db, { id }: { id: number }) {
  const profile = await getUserById(db, { id });
  if (!profile) return null;
  const [memberships, sessions, passkeys, audit, savedOpenings, savedSearches, disabilityCategory] = await Promise.all([
    listMemberships(db, { userId: id }),
    db.selectFrom("session").select(["created_at", "last_seen_at", "expires_at", "user_agent"]).where("user_id", "=", id).execute(),
    // Names and dates only: the public keys are of no use to the person and stay with us.
    db.selectFrom("passkey").select(["name", "created_at", "last_used_at"]).where("user_id", "=", id).orderBy("created_at").execute(),
    db.selectFrom("audit_log").select(["at", "action", "target_type", "target_id"]).where("actor_user_id", "=", id).orderBy("id").execute(),
    db
      .selectFrom("saved_opening as s")
      .innerJoin("opening as o", "o.id", "s.opening_id")
      .select(["o.id as opening_id", "o.title_zh", "o.title_en", "s.saved_at"])
      .where("s.user_id", "=", id)
      .orderBy("s.saved_at")
      .execute(),
    // The feed and unsubscribe tokens are keys, not data about the person.
    db.selectFrom("saved_search").select(["name", "query", "digest", "created_at", "last_digest_at"]).where("user_id", "=", id).orderBy("id").execute(),
    // Said only for counting, and only with its own consent (/account/counting).
    db.selectFrom("disability_category").select(["category", "recorded_at"]).where("user_id", "=", id).executeTakeFirst(),
  ]);
  return { profile, memberships, sessions, passkeys, securityEvents: audit, savedOpenings, savedSearches, disabilityCategory: disabilityCategory ?? null };
}
