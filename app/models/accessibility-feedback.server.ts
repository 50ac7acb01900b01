import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

// Barriers reported from the accessibility statement, and the list partner staff and admins read.

type Db = Kysely<Database>;

/** Stores one barrier report; returns its id. */
export async function createAccessibilityFeedback(
  db: Db,
  input: { page: string | null; problem: string; assistiveTechnology: string | null; contactEmail: string | null; locale: "zh-CN" | "en" },
): Promise<number> {
  const row = await db
    .insertInto("accessibility_feedback")
    .values({
      page: input.page,
      problem: input.problem,
      assistive_technology: input.assistiveTechnology,
      contact_email: input.contactEmail?.trim().toLowerCase() || null,
      locale: input.locale,
    })
    .returning(["id"])
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The newest barrier reports first, at most `limit` of them. */
export async function listAccessibilityFeedback(db: Db, { limit = 100 }: { limit?: number } = {}) {
  return db
    .selectFrom("accessibility_feedback")
    .select(["id", "page", "problem", "assistive_technology", "contact_email", "locale", "created_at"])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}
