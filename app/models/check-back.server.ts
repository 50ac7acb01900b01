import { sql, type Kysely, type RawBuilder } from "kysely";
import { containsPattern } from "../../db/like";
import type { Database } from "../../db/schema";
import type { CheckBackOutcome } from "~/domain/application";
import { recordAudit } from "./audit.server";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

// The 6-month check-back on hires made through the portal. The partner that posted the opening
// asks the person, after at least 6 months, whether they are still employed there, and records the
// answer. Inclusion Leader's outcomes are counted from these records: a reviewer never types them.
// Only the posting partner's staff see who was hired (they already read the application in their
// inbox); everyone else gets counts.

/** How long after the hire the partner checks back. */
export const CHECK_BACK_MONTHS = 6;

/** Today's date in China, as YYYY-MM-DD. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The day (in China) each application was last marked hired: its latest "hired" status event. */
function hiredOn(db: Db) {
  return db
    .selectFrom("application_event")
    .select(["application_id", sql<string>`max((at at time zone 'Asia/Shanghai')::date)::text`.as("hired_on")])
    .where("kind", "=", "status")
    .where("status", "=", "hired")
    .groupBy("application_id")
    .as("h");
}

/** True (in SQL) when `checked` (a YYYY-MM-DD date, or a column) is at least 6 months after the hire. */
const sixMonthsAfterHire = (checked: string | RawBuilder<unknown>) =>
  sql<boolean>`h.hired_on::date + make_interval(months => ${CHECK_BACK_MONTHS}) <= ${checked}::date`;

/** Hires made through openings of one of `partnerIds`, 6 months old or more by `today`, whose name, reference, opening or employer contains every word. */
function hiresToCheckBack(db: Db, { partnerIds, today, words }: { partnerIds: readonly number[]; today: string; words: string }) {
  let query = db
    .selectFrom("application as a")
    .innerJoin(hiredOn(db), (join) => join.onRef("h.application_id", "=", "a.id"))
    .innerJoin("opening as o", "o.id", "a.opening_id")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .leftJoin("employment_check_back as c", "c.application_id", "a.id")
    .where("a.status", "=", "hired")
    .where("o.partner_id", "in", partnerIds)
    .where(sixMonthsAfterHire(today));
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const like = containsPattern(word);
    query = query.where((eb) => eb.or((["a.contact_name", "a.reference", "o.title_zh", "o.title_en", "e.name_zh", "e.name_en"] as const).map((column) => eb(column, "ilike", like))));
  }
  return query;
}

/** Not yet answered: never checked, or the person could not be reached last time. */
const notAnswered = sql<boolean>`(c.outcome is null or c.outcome = 'unreachable')`;

/** How many hires of `partnerIds` are due for their check-back (the workspace's "needs attention"). */
export async function countDueCheckBacks(db: Db, { partnerIds, today }: { partnerIds: readonly number[]; today: string }) {
  if (partnerIds.length === 0) return 0;
  const row = await hiresToCheckBack(db, { partnerIds, today, words: "" })
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where(notAnswered)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Hires made through openings posted by one of `partnerIds`, 6 months old or more by `today`:
 * `due` have no check-back yet (or the person could not be reached), the work queue, whole and
 * oldest hire first; `done` have an answer, a history that only grows, so newest hire first and
 * `doneLimit` at a time from `doneOffset`, with `doneTotal`. `words` keeps the hires whose name,
 * application reference, opening title or employer name contains them (either language).
 */
export async function listCheckBacks(
  db: Db,
  { partnerIds, today, words = "", doneLimit = 1_000, doneOffset = 0 }: { partnerIds: readonly number[]; today: string; words?: string; doneLimit?: number; doneOffset?: number },
) {
  if (partnerIds.length === 0) return { due: [], done: [], doneTotal: 0 };
  const base = () => hiresToCheckBack(db, { partnerIds, today, words });
  const columns = [
    "a.id",
    "a.reference",
    "a.contact_name",
    "h.hired_on",
    "o.title_zh",
    "o.title_en",
    "e.name_zh as employer_name_zh",
    "e.name_en as employer_name_en",
    "c.outcome",
    sql<string | null>`c.checked_on::text`.as("checked_on"),
  ] as const;
  const answered = ["employed", "not_employed"] as const;
  const [due, done, total] = await Promise.all([
    base().select(columns).where(notAnswered).orderBy("h.hired_on").orderBy("a.id").execute(),
    base().select(columns).where("c.outcome", "in", answered).orderBy("h.hired_on", "desc").orderBy("a.id", "desc").limit(doneLimit).offset(doneOffset).execute(),
    base().select((eb) => eb.fn.countAll<number>().as("n")).where("c.outcome", "in", answered).executeTakeFirst(),
  ]);
  return { due, done, doneTotal: Number(total?.n ?? 0) };
}

/** One hire for the check-back form, if an opening of one of `partnerIds` made it; undefined otherwise (answer 404). */
export async function getHireForCheckBack(db: Db, { applicationId, partnerIds }: { applicationId: number; partnerIds: readonly number[] }) {
  if (partnerIds.length === 0) return undefined;
  return db
    .selectFrom("application as a")
    .innerJoin(hiredOn(db), (join) => join.onRef("h.application_id", "=", "a.id"))
    .innerJoin("opening as o", "o.id", "a.opening_id")
    .innerJoin("organisation as e", "e.id", "o.employer_id")
    .leftJoin("employment_check_back as c", "c.application_id", "a.id")
    .leftJoin("app_user as u", "u.id", "c.recorded_by_user_id")
    .select([
      "a.id",
      "a.reference",
      "a.contact_name",
      "a.contact_phone",
      "h.hired_on",
      "o.id as opening_id",
      "o.partner_id",
      "o.title_zh",
      "o.title_en",
      "e.name_zh as employer_name_zh",
      "e.name_en as employer_name_en",
      "c.outcome",
      sql<string | null>`c.checked_on::text`.as("checked_on"),
      "u.display_name as recorded_by",
    ])
    .where("a.id", "=", applicationId)
    .where("a.status", "=", "hired")
    .where("o.partner_id", "in", partnerIds)
    .executeTakeFirst();
}

/** Why a check-back was refused. */
export type CheckBackError = "notFound" | "tooEarly" | "inFuture";

/**
 * Records what the person said when the partner checked back (or that they could not be reached),
 * on `checkedOn`, which must be at least 6 months after the hire and not in the future. Replaces
 * an earlier check-back of the same hire; the audit log keeps every one.
 */
export async function recordCheckBack(
  db: Db,
  {
    applicationId,
    partnerIds,
    actorUserId,
    outcome,
    checkedOn,
    today,
  }: { applicationId: number; partnerIds: readonly number[]; actorUserId: number; outcome: CheckBackOutcome; checkedOn: string; today: string },
): Promise<{ ok: true } | { ok: false; error: CheckBackError }> {
  return inTransaction(db, async (trx) => {
    const hire = await getHireForCheckBack(trx, { applicationId, partnerIds });
    if (!hire || hire.partner_id === null) return { ok: false, error: "notFound" } as const;
    if (checkedOn > today) return { ok: false, error: "inFuture" } as const;
    const early = await sql<{ early: boolean }>`select ${hire.hired_on}::date + make_interval(months => ${CHECK_BACK_MONTHS}) > ${checkedOn}::date as early`.execute(trx);
    if (early.rows[0]?.early) return { ok: false, error: "tooEarly" } as const;
    const values = { outcome, checked_on: checkedOn, partner_id: hire.partner_id, recorded_by_user_id: actorUserId, recorded_at: new Date() };
    await trx
      .insertInto("employment_check_back")
      .values({ application_id: applicationId, ...values })
      .onConflict((oc) => oc.column("application_id").doUpdateSet(values))
      .execute();
    // Who and what, never the person's name: the audit log is read by admins.
    await recordAudit(trx, {
      actorUserId,
      action: "check_back.recorded",
      targetType: "application",
      targetId: applicationId,
      details: { outcome, checkedOn, openingId: hire.opening_id, ...(hire.outcome ? { previous: hire.outcome } : {}) },
    });
    return { ok: true } as const;
  });
}

/** Inclusion Leader's outcomes for one employer, as counts only. */
export type OutcomeFigures = {
  /** Applications to the employer's openings marked hired. */
  hired: number;
  /** Of those, hired at least 6 months ago. */
  due: number;
  /** Reached by the partner at 6 months or later, whatever they said. */
  checked: number;
  /** Said they were still employed. */
  stillEmployed: number;
  /** The partner tried and could not reach them. */
  unreachable: number;
};

/**
 * Counts the employer's hires through the portal and what the 6-month check-backs found. A hire
 * counts once it is marked hired; it can count as checked or still employed only from a check-back
 * at least 6 months after the hire.
 */
export async function countOutcomes(db: Db, { employerId, today }: { employerId: number; today: string }): Promise<OutcomeFigures> {
  const row = await db
    .selectFrom("application as a")
    .innerJoin(hiredOn(db), (join) => join.onRef("h.application_id", "=", "a.id"))
    .innerJoin("opening as o", "o.id", "a.opening_id")
    .leftJoin("employment_check_back as c", (join) => join.onRef("c.application_id", "=", "a.id").on(sixMonthsAfterHire(sql`c.checked_on`)))
    .select([
      sql<number>`count(*)::int`.as("hired"),
      sql<number>`(count(*) filter (where ${sixMonthsAfterHire(today)}))::int`.as("due"),
      sql<number>`(count(*) filter (where c.outcome in ('employed', 'not_employed')))::int`.as("checked"),
      sql<number>`(count(*) filter (where c.outcome = 'employed'))::int`.as("still_employed"),
      sql<number>`(count(*) filter (where c.outcome = 'unreachable'))::int`.as("unreachable"),
    ])
    .where("a.status", "=", "hired")
    .where("o.employer_id", "=", employerId)
    .executeTakeFirstOrThrow();
  return { hired: row.hired, due: row.due, checked: row.checked, stillEmployed: row.still_employed, unreachable: row.unreachable };
}
