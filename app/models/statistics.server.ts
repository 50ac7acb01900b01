import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/schema";
import type { DisabilityCategory } from "~/domain/account";
import type { EmploymentForm } from "~/domain/opening";

type Db = Kysely<Database>;

// Outcomes counted from the records the portal already keeps (issue 19, item 6): an application is
// counted in the month (China time) it was sent; an interview or a hire in the month its status
// event was recorded, once per application however often the status came back; "still employed at
// 6 months" in the month of the partner's check-back that found the person employed. A partner sees
// the openings it posted; a platform admin sees all of them. These are raw counts: hiding small
// numbers is the service's job (services/statistics.server.ts), before anything is shown or exported.

/** The people counts of one row: applications sent, interviews, hires, still employed at 6 months. */
export type OutcomeCounts = { applications: number; interviews: number; hires: number; employed: number };

/** Whose openings: one partner's, or (null) the whole portal's. */
type Scope = { partnerId: number | null };

/** The first moment (China time, as a timestamp without zone) of the month `months - 1` months before `now`'s. */
const periodStart = (now: Date, months: number) =>
  sql<Date>`date_trunc('month', ${now.toISOString()}::timestamptz at time zone 'Asia/Shanghai') - make_interval(months => ${months - 1})`;

const inScope = ({ partnerId }: Scope): RawBuilder<boolean> => (partnerId === null ? sql<boolean>`true` : sql<boolean>`o.partner_id = ${partnerId}`);

/**
 * Every counted event with its opening and its moment in China time: sent applications, the
 * interview and hired status events, and check-backs that found the person employed.
 */
const facts = sql`(
  select a.id as application_id, a.opening_id, 'application' as kind, a.submitted_at at time zone 'Asia/Shanghai' as at
    from application a where a.submitted_at is not null
  union all
  select a.id, a.opening_id, e.status::text, e.at at time zone 'Asia/Shanghai'
    from application_event e join application a on a.id = e.application_id
    where e.kind = 'status' and e.status in ('interview', 'hired')
  union all
  select a.id, a.opening_id, 'employed', c.checked_on::timestamp
    from employment_check_back c join application a on a.id = c.application_id
    where c.outcome = 'employed'
)`;

const counted = sql`
  count(distinct f.application_id) filter (where f.kind = 'application')::int as applications,
  count(distinct f.application_id) filter (where f.kind = 'interview')::int as interviews,
  count(distinct f.application_id) filter (where f.kind = 'hired')::int as hires,
  count(distinct f.application_id) filter (where f.kind = 'employed')::int as employed`;

/**
 * Month by month over the last `months` months (the current one included), oldest first: openings
 * first published, and the people counts. Months with nothing are there, with zeros.
 */
export async function monthlyOutcomes(db: Db, { partnerId, now = new Date(), months = 12 }: Scope & { now?: Date; months?: number }) {
  const start = periodStart(now, months);
  const scope = inScope({ partnerId });
  const { rows } = await sql<OutcomeCounts & { month: string; openings: number }>`
    with months as (
      select generate_series(${start}, ${start} + make_interval(months => ${months - 1}), interval '1 month') as month
    ),
    people as (
      select date_trunc('month', f.at) as month, ${counted}
      from ${facts} f join opening o on o.id = f.opening_id
      where f.at >= ${start} and ${scope}
      group by 1
    ),
    published as (
      select date_trunc('month', o.published_at at time zone 'Asia/Shanghai') as month, count(*)::int as openings
      from opening o
      where o.published_at is not null and o.published_at at time zone 'Asia/Shanghai' >= ${start} and ${scope}
      group by 1
    )
    select to_char(m.month, 'YYYY-MM') as month,
      coalesce(pub.openings, 0) as openings,
      coalesce(p.applications, 0) as applications, coalesce(p.interviews, 0) as interviews,
      coalesce(p.hires, 0) as hires, coalesce(p.employed, 0) as employed
    from months m
    left join people p on p.month = m.month
    left join published pub on pub.month = m.month
    order by m.month`.execute(db);
  return rows;
}

/** The people counts over the last `months` months by the opening's employment form. */
export async function outcomesByEmploymentForm(db: Db, { partnerId, now = new Date(), months = 12 }: Scope & { now?: Date; months?: number }) {
  const { rows } = await sql<OutcomeCounts & { employment_form: EmploymentForm }>`
    select o.employment_form, ${counted}
    from ${facts} f join opening o on o.id = f.opening_id
    where f.at >= ${periodStart(now, months)} and ${inScope({ partnerId })}
    group by o.employment_form
    order by applications desc, o.employment_form`.execute(db);
  return rows;
}

/** The people counts over the last `months` months by employer (with its names). */
export async function outcomesByEmployer(db: Db, { partnerId, now = new Date(), months = 12 }: Scope & { now?: Date; months?: number }) {
  const { rows } = await sql<OutcomeCounts & { employer_id: number; name_zh: string | null; name_en: string | null }>`
    select e.id as employer_id, e.name_zh, e.name_en, ${counted}
    from ${facts} f join opening o on o.id = f.opening_id join organisation e on e.id = o.employer_id
    where f.at >= ${periodStart(now, months)} and ${inScope({ partnerId })}
    group by e.id, e.name_zh, e.name_en
    order by applications desc, e.id`.execute(db);
  return rows;
}

/**
 * The people counts over the last `months` months by the seeker's disability category, for those
 * who said it for counting (`disability_category`, kept only with its consent); everyone else is one
 * group, `category` null ("not said"). A withdrawn consent deletes the row, so it counts as not said.
 */
export async function outcomesByDisabilityCategory(db: Db, { partnerId, now = new Date(), months = 12 }: Scope & { now?: Date; months?: number }) {
  const { rows } = await sql<OutcomeCounts & { category: DisabilityCategory | null }>`
    select d.category, ${counted}
    from ${facts} f
      join opening o on o.id = f.opening_id
      join application a on a.id = f.application_id
      left join disability_category d on d.user_id = a.seeker_user_id
    where f.at >= ${periodStart(now, months)} and ${inScope({ partnerId })}
    group by d.category
    order by d.category is null, applications desc, d.category`.execute(db);
  return rows;
}

/**
 * The people counts over the last `months` months by where the work is: the opening's province and
 * city or county, as staff typed them (both null for remote work open to anyone anywhere).
 */
export async function outcomesByPlace(db: Db, { partnerId, now = new Date(), months = 12 }: Scope & { now?: Date; months?: number }) {
  const { rows } = await sql<OutcomeCounts & { province: string | null; city: string | null }>`
    select o.province, o.city, ${counted}
    from ${facts} f join opening o on o.id = f.opening_id
    where f.at >= ${periodStart(now, months)} and ${inScope({ partnerId })}
    group by o.province, o.city
    order by applications desc, o.province nulls first, o.city nulls first`.execute(db);
  return rows;
}

/** The whole portal since it began, for the public "in numbers" page. */
export async function portalTotals(db: Db) {
  const { rows } = await sql<
    OutcomeCounts & { public_openings: number; partners: number; verified_employers: number; certified_employers: number }
  >`
    select
      (select count(*)::int from opening o where o.status = 'published' and (o.deadline is null or o.deadline >= (now() at time zone 'Asia/Shanghai')::date)) as public_openings,
      (select count(*)::int from organisation where kind = 'partner' and verification_status = 'verified') as partners,
      (select count(*)::int from organisation where kind = 'employer' and verification_status = 'verified') as verified_employers,
      (select count(distinct employer_id)::int from certificate where status = 'valid' and expires_on >= (now() at time zone 'Asia/Shanghai')::date) as certified_employers,
      p.applications, p.interviews, p.hires, p.employed
    from (select ${counted} from ${facts} f) p`.execute(db);
  const [totals] = rows;
  if (!totals) throw new Error("portal totals: no row");
  return totals;
}
