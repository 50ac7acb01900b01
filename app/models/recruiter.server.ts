import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

/** An employer's members who chose to be listed, with the name and title the public sees. */
function listedRecruiters(db: Db, employerId: number) {
  return db
    .selectFrom("membership as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select(["u.display_name", "m.recruiter_title"])
    .where("m.organisation_id", "=", employerId)
    .where("m.listed_as_recruiter", "=", true);
}

/**
 * The people an employer lists as its recruiters (each by their own choice), by name, for the
 * employer's public page: a seeker contacted on WeChat or by phone checks the person is real.
 */
export async function listPublicRecruiters(db: Db, { employerId }: { employerId: number }) {
  return listedRecruiters(db, employerId)
    // In the order they joined: the same whatever the database's collation.
    .orderBy("m.created_at")
    .orderBy("u.id")
    .execute();
}

/** A name as people say it: no spaces, lower case (so "王 芳" and "王芳", "Li Na" and "li na" match). */
export function normaliseRecruiterName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/**
 * The listed recruiters of this employer whose name is the one a seeker was given, compared without
 * spaces or case; empty when nobody by that name is listed.
 */
export async function findListedRecruiters(db: Db, { employerId, name }: { employerId: number; name: string }) {
  const wanted = normaliseRecruiterName(name);
  if (!wanted) return [];
  return listedRecruiters(db, employerId)
    .where(sql<string>`lower(regexp_replace(normalize(u.display_name, NFKC), '\\s+', '', 'g'))`, "=", wanted)
    .execute();
}

/** Whether this member is listed as a recruiter, and under which title; undefined if they are not a member. */
export async function getRecruiterListing(db: Db, { userId, organisationId }: { userId: number; organisationId: number }) {
  return db
    .selectFrom("membership")
    .select(["listed_as_recruiter", "recruiter_title"])
    .where("user_id", "=", userId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}

/**
 * A member lists themselves as a recruiter (with a job title) or stops, audit-logged. Only their
 * own membership: nobody is put on a public page by someone else. False if they are not a member.
 */
export async function setRecruiterListing(
  db: Db,
  { userId, organisationId, listed, title }: { userId: number; organisationId: number; listed: boolean; title: string | null },
) {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("membership")
      .set({ listed_as_recruiter: listed, recruiter_title: listed ? title : null })
      .where("user_id", "=", userId)
      .where("organisation_id", "=", organisationId)
      .returning(["user_id"])
      .executeTakeFirst();
    if (!updated) return false;
    await recordAudit(trx, {
      actorUserId: userId,
      action: listed ? "recruiter.listed" : "recruiter.unlisted",
      targetType: "organisation",
      targetId: organisationId,
      details: listed ? { title } : {},
    });
    return true;
  });
}
