import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

/** How many searches one person may save: enough for anyone, small enough to keep digests cheap. */
export const MAX_SAVED_SEARCHES = 30;

// Keys that change how results are shown, not which openings match; a saved search ignores them.
const PRESENTATION_KEYS = ["page", "perPage", "sort", "lng"];

/** A search's query string in one canonical form, so the same search is saved once. */
export function canonicalSearchQuery(search: string | URLSearchParams): string {
  const params = new URLSearchParams(search);
  for (const key of PRESENTATION_KEYS) params.delete(key);
  for (const [key, value] of [...params.entries()]) if (value.trim() === "") params.delete(key, value);
  params.sort();
  return params.toString();
}

const token = () => randomBytes(24).toString("base64url");

// ————— saved openings —————

/** Saves a public opening for the user; saving twice is the same as once. False if it is not public. */
export async function saveOpening(db: Db, { userId, openingId }: { userId: number; openingId: number }): Promise<boolean> {
  const inserted = await db
    .insertInto("saved_opening")
    .columns(["user_id", "opening_id"])
    .expression((eb) =>
      eb
        .selectFrom("opening as o")
        .innerJoin("organisation as e", "e.id", "o.employer_id")
        .select([sql.val(userId).as("user_id"), "o.id"])
        .where("o.id", "=", openingId)
        .where("o.status", "=", "published")
        .where("e.verification_status", "=", "verified"),
    )
    .onConflict((oc) => oc.columns(["user_id", "opening_id"]).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return true;
  return isOpeningSaved(db, { userId, openingId });
}

/** Removes a saved opening; removing one that was not saved is not an error. */
export async function removeSavedOpening(db: Db, { userId, openingId }: { userId: number; openingId: number }) {
  await db.deleteFrom("saved_opening").where("user_id", "=", userId).where("opening_id", "=", openingId).execute();
}

/** Whether the user has saved this opening. */
export async function isOpeningSaved(db: Db, { userId, openingId }: { userId: number; openingId: number }): Promise<boolean> {
  const row = await db
    .selectFrom("saved_opening")
    .select("opening_id")
    .where("user_id", "=", userId)
    .where("opening_id", "=", openingId)
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * The user's saved openings, newest saved first. Openings that have since closed, expired or been
 * unpublished stay in the list, marked not open, so nobody wonders where they went.
 */
export async function listSavedOpenings(db: Db, { userId }: { userId: number }) {
  return db
    .selectFrom("saved_opening as s")
    .innerJoin("opening as o", "o.id", "s.opening_id")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .select([
      "o.id",
      "o.title_zh",
      "o.title_en",
      "o.deadline",
      "e.name_zh as employer_name_zh",
      "e.name_en as employer_name_en",
      "s.saved_at",
      sql<boolean>`o.status = 'published' and e.verification_status = 'verified' and (o.deadline is null or o.deadline >= current_date)`.as(
        "is_open",
      ),
    ])
    .where("s.user_id", "=", userId)
    .orderBy("s.saved_at", "desc")
    .orderBy("o.id", "desc")
    .execute();
}

// ————— saved searches —————

export type SaveSearchResult = { ok: true; id: number } | { ok: false; reason: "limit" };

/**
 * Saves a search with a name, with a daily digest on. Saving the same search again renames it
 * instead of making a second copy.
 */
export async function saveSearch(db: Db, { userId, name, query }: { userId: number; name: string; query: string }): Promise<SaveSearchResult> {
  const canonical = canonicalSearchQuery(query);
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom("saved_search")
      .select("id")
      .where("user_id", "=", userId)
      .where("query", "=", canonical)
      .executeTakeFirst();
    if (existing) {
      await trx.updateTable("saved_search").set({ name }).where("id", "=", existing.id).execute();
      return { ok: true as const, id: existing.id };
    }
    const { count } = await trx
      .selectFrom("saved_search")
      .select(sql<number>`count(*)::int`.as("count"))
      .where("user_id", "=", userId)
      .executeTakeFirstOrThrow();
    if (count >= MAX_SAVED_SEARCHES) return { ok: false as const, reason: "limit" as const };
    const row = await trx
      .insertInto("saved_search")
      .values({ user_id: userId, name, query: canonical, feed_token: token(), unsubscribe_token: token() })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { ok: true as const, id: row.id };
  });
}

/** The user's saved searches, oldest first (the order they were made). */
export async function listSavedSearches(db: Db, { userId }: { userId: number }) {
  return db
    .selectFrom("saved_search")
    .select(["id", "name", "query", "digest", "feed_token", "created_at"])
    .where("user_id", "=", userId)
    .orderBy("id")
    .execute();
}

/** Deletes one of the user's saved searches. False when it is not theirs or does not exist. */
export async function deleteSavedSearch(db: Db, { userId, id }: { userId: number; id: number }): Promise<boolean> {
  const result = await db.deleteFrom("saved_search").where("id", "=", id).where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Turns a saved search's digest on or off. Turning it on starts from now, so the next digest does
 * not repeat weeks of openings. False when it is not the user's.
 */
export async function setSavedSearchDigest(db: Db, { userId, id, digest }: { userId: number; id: number; digest: boolean }): Promise<boolean> {
  const result = await db
    .updateTable("saved_search")
    .set(digest ? { digest, last_digest_at: sql<Date>`now()` } : { digest })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .where("digest", "=", !digest)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return true;
  const row = await db.selectFrom("saved_search").select("id").where("id", "=", id).where("user_id", "=", userId).executeTakeFirst();
  return Boolean(row);
}

/** The saved search behind a feed token, with its owner's language. */
export async function getSavedSearchByFeedToken(db: Db, { feedToken }: { feedToken: string }) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(feedToken)) return undefined;
  return db
    .selectFrom("saved_search as s")
    .innerJoin("app_user as u", "u.id", "s.user_id")
    .select(["s.id", "s.name", "s.query", "s.feed_token", "u.preferred_locale"])
    .where("s.feed_token", "=", feedToken)
    .executeTakeFirst();
}

/** The saved search behind an unsubscribe token (for the confirmation page). */
export async function getSavedSearchByUnsubscribeToken(db: Db, { unsubscribeToken }: { unsubscribeToken: string }) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(unsubscribeToken)) return undefined;
  return db
    .selectFrom("saved_search")
    .select(["id", "name", "digest"])
    .where("unsubscribe_token", "=", unsubscribeToken)
    .executeTakeFirst();
}

/** Stops a saved search's digest from its unsubscribe token. Returns the search's name, or undefined for an unknown token. */
export async function unsubscribeSavedSearch(db: Db, { unsubscribeToken }: { unsubscribeToken: string }) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(unsubscribeToken)) return undefined;
  return db
    .updateTable("saved_search")
    .set({ digest: false })
    .where("unsubscribe_token", "=", unsubscribeToken)
    .returning(["id", "name"])
    .executeTakeFirst();
}

/**
 * Claims saved searches whose digest is due (on, and last sent a day or more ago) and moves their
 * clock to `now`. Several app instances can claim at once: `SKIP LOCKED` gives each row to one.
 * Each claimed row comes back with `since`, the moment its previous digest covered up to.
 */
export async function claimDueDigests(db: Db, { now, limit }: { now: Date; limit: number }) {
  const result = await sql<{
    id: number;
    name: string;
    query: string;
    unsubscribe_token: string;
    feed_token: string;
    since: Date;
    email: string | null;
    mobile: string | null;
    notify_by_sms: boolean;
    preferred_locale: "zh-CN" | "en" | null;
    display_name: string;
  }>`
    with due as (
      select s.id, s.last_digest_at
      from saved_search s
      join app_user u on u.id = s.user_id
      where s.digest and (u.email_verified_at is not null or u.mobile_verified_at is not null)
        and s.last_digest_at <= ${now}::timestamptz - interval '1 day'
      order by s.last_digest_at, s.id
      limit ${limit}
      for update of s skip locked
    )
    update saved_search s
    set last_digest_at = ${now}::timestamptz
    from due, app_user u
    where s.id = due.id and u.id = s.user_id
    returning s.id, s.name, s.query, s.unsubscribe_token, s.feed_token, due.last_digest_at as since,
      case when u.email_verified_at is not null then u.email end as email,
      case when u.mobile_verified_at is not null then u.mobile end as mobile, u.notify_by_sms,
      u.preferred_locale, u.display_name
  `.execute(db);
  return result.rows;
}
