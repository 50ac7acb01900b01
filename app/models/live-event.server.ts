import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

// The live room's log (migration 0029): caption lines and "now presenting", in order, one log per
// event. Writing one also NOTIFYs the channel below in the same transaction, so every app instance
// listening hears of it when, and only if, it is committed (services/live-updates.server.ts).

/** The PostgreSQL channel every instance LISTENs on; the payload is the event's id. */
export const LIVE_CHANNEL = "live_event_updates";

/** A caption line is at most this long: a captioner sends a sentence or two at a time. */
export const CAPTION_MAX = 500;

export type LiveUpdate = { id: number; kind: "caption" | "pin" | "qa"; body: string | null; opening_id: number | null; question_id: number | null; created_at: Date };

const columns = ["id", "kind", "body", "opening_id", "question_id", "created_at"] as const;
const toUpdate = (row: Omit<LiveUpdate, "id"> & { id: string }): LiveUpdate => ({ ...row, id: Number(row.id) });

/** The advisory-lock namespace of the live log: one lock per event, `pg_advisory_xact_lock(LIVE_LOG_LOCK, eventId)`. */
const LIVE_LOG_LOCK = 20_004;

async function append(
  db: Db,
  values: { event_id: number; kind: "caption" | "pin" | "qa"; body: string | null; opening_id: number | null; author_user_id: number; question_id?: number },
) {
  return inTransaction(db, async (trx) => {
    // Viewers are sent "everything after the last id you got", so one event's rows must become
    // visible in id order. Ids are given at insert, and a transaction that took a later id could
    // commit first (a question published while a caption's transaction is still open), and the
    // caption would then never reach anyone connected. One lock per event, held to commit, takes
    // the id and commits in the same order.
    await sql`select pg_advisory_xact_lock(${LIVE_LOG_LOCK}, ${values.event_id})`.execute(trx);
    const row = await trx.insertInto("live_event_update").values(values).returning([...columns]).executeTakeFirstOrThrow();
    await sql`select pg_notify(${LIVE_CHANNEL}, ${String(values.event_id)})`.execute(trx);
    return toUpdate(row);
  });
}

/** Appends a caption line (already trimmed and checked) to the event's log. */
export function appendCaption(db: Db, { eventId, userId, body }: { eventId: number; userId: number; body: string }) {
  return append(db, { event_id: eventId, kind: "caption", body, opening_id: null, author_user_id: userId });
}

/** Says which opening is being presented now (null: none). */
export function appendPin(db: Db, { eventId, userId, openingId }: { eventId: number; userId: number; openingId: number | null }) {
  return append(db, { event_id: eventId, kind: "pin", body: null, opening_id: openingId, author_user_id: userId });
}

/** The event's updates after `afterId`, oldest first, at most `limit`: what a viewer who saw up to `afterId` missed. */
export async function listUpdatesAfter(db: Db, { eventId, afterId, limit = 500 }: { eventId: number; afterId: number; limit?: number }): Promise<LiveUpdate[]> {
  const rows = await db
    .selectFrom("live_event_update")
    .select([...columns])
    .where("event_id", "=", eventId)
    .where("id", ">", String(afterId))
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map(toUpdate);
}

/** The newest `limit` caption lines, newest first, and the id of the event's latest update of any kind. */
export async function listRecentCaptions(db: Db, { eventId, limit }: { eventId: number; limit: number }) {
  const [captions, last] = await Promise.all([
    db.selectFrom("live_event_update").select([...columns]).where("event_id", "=", eventId).where("kind", "=", "caption").orderBy("id", "desc").limit(limit).execute(),
    db.selectFrom("live_event_update").select(sql<string | null>`max(id)`.as("id")).where("event_id", "=", eventId).executeTakeFirst(),
  ]);
  return { captions: captions.map(toUpdate), lastId: Number(last?.id ?? 0) };
}

/** Every caption line, oldest first: the transcript. */
export async function listTranscript(db: Db, { eventId }: { eventId: number }): Promise<LiveUpdate[]> {
  const rows = await db.selectFrom("live_event_update").select([...columns]).where("event_id", "=", eventId).where("kind", "=", "caption").orderBy("id").execute();
  return rows.map(toUpdate);
}

/** The opening being presented now, per the latest pin, or null. */
export async function currentPin(db: Db, { eventId }: { eventId: number }): Promise<number | null> {
  const row = await db.selectFrom("live_event_update").select("opening_id").where("event_id", "=", eventId).where("kind", "=", "pin").orderBy("id", "desc").limit(1).executeTakeFirst();
  return row?.opening_id ?? null;
}

// Text Q&A (migration 0030)

export type QuestionStatus = "held" | "published" | "hidden";

/** Questions one person may ask in one event within ten minutes: enough to follow up, not to flood. */
export const QUESTIONS_PER_TEN_MINUTES = 5;

/** How many questions the person asked in the event in the last ten minutes. */
export async function countRecentQuestions(db: Db, { eventId, userId, now = new Date() }: { eventId: number; userId: number; now?: Date }) {
  const row = await db
    .selectFrom("live_event_question")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("event_id", "=", eventId)
    .where("user_id", "=", userId)
    .where("created_at", ">", new Date(now.getTime() - 10 * 60_000))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Records a question, held or published; a published one is announced on the event's log. */
export async function askQuestion(db: Db, { eventId, userId, body, anonymous, status }: { eventId: number; userId: number; body: string; anonymous: boolean; status: "held" | "published" }) {
  return inTransaction(db, async (trx) => {
    const { id } = await trx.insertInto("live_event_question").values({ event_id: eventId, user_id: userId, body, anonymous, status }).returning("id").executeTakeFirstOrThrow();
    if (status === "published") await append(trx, { event_id: eventId, kind: "qa", body: null, opening_id: null, author_user_id: userId, question_id: id });
    return id;
  });
}

/** Publishes or hides a question of the event (false when there is none); announced on the log. */
export async function moderateQuestion(db: Db, { eventId, questionId, staffUserId, status }: { eventId: number; questionId: number; staffUserId: number; status: "published" | "hidden" }) {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("live_event_question")
      .set({ status, moderated_by: staffUserId, moderated_at: new Date() })
      .where("id", "=", questionId)
      .where("event_id", "=", eventId)
      .returning("id")
      .executeTakeFirst();
    if (!updated) return false;
    await append(trx, { event_id: eventId, kind: "qa", body: null, opening_id: null, author_user_id: staffUserId, question_id: questionId });
    return true;
  });
}

/** Answers a published question of the event (false otherwise): as the organiser (employerId null) or as a recruiter of `employerId`. */
export async function answerQuestion(db: Db, { eventId, questionId, userId, employerId, body }: { eventId: number; questionId: number; userId: number; employerId: number | null; body: string }) {
  return inTransaction(db, async (trx) => {
    const question = await trx
      .selectFrom("live_event_question")
      .select("id")
      .where("id", "=", questionId)
      .where("event_id", "=", eventId)
      .where("status", "=", "published")
      .executeTakeFirst();
    if (!question) return false;
    await trx.insertInto("live_event_answer").values({ question_id: questionId, user_id: userId, employer_id: employerId, body }).execute();
    await append(trx, { event_id: eventId, kind: "qa", body: null, opening_id: null, author_user_id: userId, question_id: questionId });
    return true;
  });
}

/**
 * The event's questions with these statuses, oldest first, each with its answers (who gave them: the
 * organiser, or a recruiter and their employer's names). `asker_name` is the asker's name; callers
 * showing questions to the public blank it for anonymous ones. With `limit`, only that many: the
 * oldest asked, or with `newest` those that came to their status last (a published question when it
 * was published, by a moderator or at once), still returned oldest first.
 */
export async function listQuestions(
  db: Db,
  { eventId, statuses, userId, limit, newest = false }: { eventId: number; statuses: readonly QuestionStatus[]; userId?: number; limit?: number; newest?: boolean },
) {
  const questions = await db
    .selectFrom("live_event_question as q")
    .innerJoin("app_user as u", "u.id", "q.user_id")
    .where("q.event_id", "=", eventId)
    .where("q.status", "in", statuses)
    .$if(userId !== undefined, (query) => query.where("q.user_id", "=", userId as number))
    .select(["q.id", "q.user_id", "q.body", "q.anonymous", "q.status", "q.created_at", "u.display_name as asker_name"])
    // A question a moderator publishes now may have been asked long ago: it is new to the published.
    .$if(newest, (query) => query.orderBy(sql`coalesce(q.moderated_at, q.created_at)`, "desc").orderBy("q.id", "desc"))
    .$if(!newest, (query) => query.orderBy("q.id"))
    .$if(limit !== undefined, (query) => query.limit(limit as number))
    .execute();
  if (newest) questions.reverse();
  if (questions.length === 0) return [];
  const answers = await db
    .selectFrom("live_event_answer as a")
    .leftJoin("organisation as e", "e.id", "a.employer_id")
    .leftJoin("app_user as u", "u.id", "a.user_id")
    .where(
      "a.question_id",
      "in",
      questions.map((question) => question.id),
    )
    .where("a.hidden_at", "is", null)
    .select(["a.id", "a.question_id", "a.body", "a.created_at", "a.employer_id", "e.name_zh as employer_name_zh", "e.name_en as employer_name_en", "u.display_name as answerer_name"])
    .orderBy("a.id")
    .execute();
  return questions.map((question) => ({ ...question, answers: answers.filter((answer) => answer.question_id === question.id) }));
}

/** How many questions of the event there are in each status: one query, for the console's "showing 30 of 612". */
export async function countQuestions(db: Db, { eventId }: { eventId: number }): Promise<Record<QuestionStatus, number>> {
  const rows = await db
    .selectFrom("live_event_question")
    .select(["status", sql<number>`count(*)::int`.as("n")])
    .where("event_id", "=", eventId)
    .groupBy("status")
    .execute();
  const counts: Record<QuestionStatus, number> = { held: 0, published: 0, hidden: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/**
 * How many viewers flagged each question and each answer of the event, for its moderators. With
 * `only`, just those questions and answers (the ones the console shows): a long event's flags on
 * items nobody sees there need not be read.
 */
export async function countFlags(
  db: Db,
  { eventId, only }: { eventId: number; only?: { questionIds: readonly number[]; answerIds: readonly number[] } },
): Promise<{ questions: Record<number, number>; answers: Record<number, number> }> {
  if (only && only.questionIds.length === 0 && only.answerIds.length === 0) return { questions: {}, answers: {} };
  const rows = await db
    .selectFrom("live_event_flag")
    .select(["question_id", "answer_id", sql<number>`count(*)::int`.as("n")])
    .where("event_id", "=", eventId)
    .$if(only !== undefined, (query) =>
      query.where((eb) =>
        eb.or([
          ...(only?.questionIds.length ? [eb("question_id", "in", only.questionIds)] : []),
          ...(only?.answerIds.length ? [eb("answer_id", "in", only.answerIds)] : []),
        ]),
      ),
    )
    .groupBy(["question_id", "answer_id"])
    .execute();
  return {
    questions: Object.fromEntries(rows.filter((row) => row.question_id !== null).map((row) => [row.question_id, row.n])),
    answers: Object.fromEntries(rows.filter((row) => row.answer_id !== null).map((row) => [row.answer_id, row.n])),
  };
}

/**
 * A viewer flags a published question, or a shown answer to one, of the event (once each; a second
 * flag changes nothing). False when there is no such item.
 */
export async function flagItem(db: Db, { eventId, userId, target }: { eventId: number; userId: number; target: { questionId: number } | { answerId: number } }) {
  const found =
    "questionId" in target
      ? await db.selectFrom("live_event_question").select("id").where("id", "=", target.questionId).where("event_id", "=", eventId).where("status", "=", "published").executeTakeFirst()
      : await db
          .selectFrom("live_event_answer as a")
          .innerJoin("live_event_question as q", "q.id", "a.question_id")
          .select("a.id")
          .where("a.id", "=", target.answerId)
          .where("a.hidden_at", "is", null)
          .where("q.event_id", "=", eventId)
          .where("q.status", "=", "published")
          .executeTakeFirst();
  if (!found) return false;
  await db
    .insertInto("live_event_flag")
    .values({ event_id: eventId, user_id: userId, question_id: "questionId" in target ? target.questionId : null, answer_id: "answerId" in target ? target.answerId : null })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return true;
}

/** Hides an answer to a question of the event (false when there is none); announced on the log. */
export async function hideAnswer(db: Db, { eventId, answerId, staffUserId }: { eventId: number; answerId: number; staffUserId: number }) {
  return inTransaction(db, async (trx) => {
    const answer = await trx
      .selectFrom("live_event_answer as a")
      .innerJoin("live_event_question as q", "q.id", "a.question_id")
      .select(["a.id", "a.question_id"])
      .where("a.id", "=", answerId)
      .where("q.event_id", "=", eventId)
      .executeTakeFirst();
    if (!answer) return false;
    await trx.updateTable("live_event_answer").set({ hidden_at: new Date() }).where("id", "=", answerId).execute();
    await append(trx, { event_id: eventId, kind: "qa", body: null, opening_id: null, author_user_id: staffUserId, question_id: answer.question_id });
    return true;
  });
}

/** Mutes a participant for the rest of the event, or lets them ask again. */
export async function setMuted(db: Db, { eventId, userId, staffUserId, muted }: { eventId: number; userId: number; staffUserId: number; muted: boolean }) {
  if (muted) await db.insertInto("live_event_mute").values({ event_id: eventId, user_id: userId, muted_by: staffUserId }).onConflict((oc) => oc.doNothing()).execute();
  else await db.deleteFrom("live_event_mute").where("event_id", "=", eventId).where("user_id", "=", userId).execute();
}

/** Whether a moderator muted the person for this event. */
export async function isMuted(db: Db, { eventId, userId }: { eventId: number; userId: number }) {
  return Boolean(await db.selectFrom("live_event_mute").select("user_id").where("event_id", "=", eventId).where("user_id", "=", userId).executeTakeFirst());
}

/** The participants muted in the event, with their names, for its moderators. */
export async function listMuted(db: Db, { eventId }: { eventId: number }) {
  return db
    .selectFrom("live_event_mute as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select(["m.user_id", "u.display_name"])
    .where("m.event_id", "=", eventId)
    .orderBy("m.created_at")
    .execute();
}

/** The employer a person may answer for in this event: one taking part, verified, that lists them as a recruiter; or undefined. */
export async function recruiterEmployerFor(db: Db, { eventId, userId }: { eventId: number; userId: number }) {
  return db
    .selectFrom("live_event_employer as le")
    .innerJoin("organisation as e", "e.id", "le.employer_id")
    .innerJoin("membership as m", (join) => join.onRef("m.organisation_id", "=", "le.employer_id").on("m.user_id", "=", userId))
    .where("le.event_id", "=", eventId)
    .where("e.verification_status", "=", "verified")
    .where("m.listed_as_recruiter", "=", true)
    .select(["e.id", "e.name_zh", "e.name_en"])
    .orderBy("e.id")
    .executeTakeFirst();
}
