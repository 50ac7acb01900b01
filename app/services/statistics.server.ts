import { stringify } from "csv-stringify/sync";
import type { TFunction } from "i18next";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import {
  monthlyOutcomes,
  outcomesByDisabilityCategory,
  outcomesByEmployer,
  outcomesByEmploymentForm,
  outcomesByPlace,
  portalTotals,
  type OutcomeCounts,
} from "~/models/statistics.server";

type Db = Kysely<Database>;

// Outcome statistics as people may see them (issue 19, item 6). Every count of people is
// protected before it leaves the server: a group of 1 to 4 people is shown as "fewer than 5"
// (null here), never as its number, so nobody in a small county or a small employer can be
// recognised. Where a table shows its total and exactly one cell of a column is hidden, the next
// smallest cell of that column is hidden too, or the hidden one could be worked out by subtraction.

/** The size below which a group of people is never shown as a number. */
export const SMALLEST_SHOWN = 5;

/** A count as shown: the number, or null for "fewer than 5" (1–4 people). Zero is shown as 0. */
export type Figure = number | null;

/** The people counts of one row, protected. */
export type ProtectedCounts = { applications: Figure; interviews: Figure; hires: Figure; employed: Figure };

const PEOPLE = ["applications", "interviews", "hires", "employed"] as const satisfies readonly (keyof OutcomeCounts)[];

/** One count on its own (no table, no total): hidden when it is 1 to 4. */
export function protectCount(n: number): Figure {
  return n > 0 && n < SMALLEST_SHOWN ? null : n;
}

/**
 * One column of a table with its total: each cell of 1 to 4 hidden, the total hidden likewise, and
 * when exactly one cell is hidden under a shown total, the smallest other non-zero cell as well.
 */
export function protectColumn(values: readonly number[]): { cells: Figure[]; total: Figure } {
  const cells: Figure[] = values.map(protectCount);
  const total = protectCount(values.reduce((sum, n) => sum + n, 0));
  const hidden = cells.filter((cell) => cell === null).length;
  if (hidden === 1 && total !== null) {
    let smallest = -1;
    cells.forEach((cell, i) => {
      if (cell !== null && cell > 0 && (smallest < 0 || cell < (cells[smallest] ?? Infinity))) smallest = i;
    });
    if (smallest >= 0) cells[smallest] = null;
  }
  return { cells, total };
}

/** A table's rows with their people counts protected column by column, and its protected total row. */
export function protectTable<R extends OutcomeCounts>(rows: readonly R[]): { rows: (Omit<R, keyof OutcomeCounts> & ProtectedCounts)[]; total: ProtectedCounts } {
  const columns = Object.fromEntries(PEOPLE.map((key) => [key, protectColumn(rows.map((row) => row[key]))])) as Record<
    (typeof PEOPLE)[number],
    { cells: Figure[]; total: Figure }
  >;
  return {
    rows: rows.map((row, i) => {
      const { applications: _a, interviews: _i, hires: _h, employed: _e, ...rest } = row;
      return {
        ...rest,
        applications: columns.applications.cells[i] ?? null,
        interviews: columns.interviews.cells[i] ?? null,
        hires: columns.hires.cells[i] ?? null,
        employed: columns.employed.cells[i] ?? null,
      };
    }),
    total: {
      applications: columns.applications.total,
      interviews: columns.interviews.total,
      hires: columns.hires.total,
      employed: columns.employed.total,
    },
  };
}

/**
 * A partner's outcomes (its own openings), or the whole portal's (partnerId null, for platform
 * admins), over the last 12 months: by month, by employment form, by employer, by place and by
 * disability category (for those who said theirs for counting), each protected.
 */
export async function outcomeStatistics(db: Db, { partnerId, now = new Date() }: { partnerId: number | null; now?: Date }) {
  const scope = { partnerId, now };
  const [months, byForm, byEmployer, byPlace, byDisability] = await Promise.all([
    monthlyOutcomes(db, scope),
    outcomesByEmploymentForm(db, scope),
    outcomesByEmployer(db, scope),
    outcomesByPlace(db, scope),
    outcomesByDisabilityCategory(db, scope),
  ]);
  const monthly = protectTable(months);
  return {
    months: { ...monthly, openings: months.reduce((sum, row) => sum + row.openings, 0) },
    byForm: protectTable(byForm),
    byEmployer: protectTable(byEmployer),
    byPlace: protectTable(byPlace),
    byDisability: protectTable(byDisability),
  };
}

export type OutcomeStatistics = Awaited<ReturnType<typeof outcomeStatistics>>;

/** The public "portal in numbers": totals since the portal began, people counts protected. */
export async function portalNumbers(db: Db) {
  const totals = await portalTotals(db);
  return {
    publicOpenings: totals.public_openings,
    partners: totals.partners,
    verifiedEmployers: totals.verified_employers,
    certifiedEmployers: totals.certified_employers,
    applications: protectCount(totals.applications),
    interviews: protectCount(totals.interviews),
    hires: protectCount(totals.hires),
    employed: protectCount(totals.employed),
  };
}

/**
 * The outcome tables as one CSV file (UTF-8 with a byte order mark, so Excel shows Chinese): one
 * row per group, the table it belongs to first, then the figures; hidden figures read "fewer than 5"
 * exactly as on the page, and each table ends with its total.
 */
export function statisticsCsv(stats: OutcomeStatistics, t: TFunction, locale: string): string {
  const figure = (value: Figure) => (value === null ? t("statistics.fewer") : String(value));
  const people = (row: ProtectedCounts) => [figure(row.applications), figure(row.interviews), figure(row.hires), figure(row.employed)];
  const name = (zh: string | null, en: string | null) => (locale === "en" ? en ?? zh : zh ?? en) ?? "";
  const rows: string[][] = [
    [t("statistics.csvSection"), t("statistics.csvGroup"), t("statistics.openings"), t("statistics.applications"), t("statistics.interviews"), t("statistics.hires"), t("statistics.employed")],
  ];
  const section = (title: string, groups: [string, string, ProtectedCounts][], total: ProtectedCounts, openings = "") => {
    for (const [label, published, counts] of groups) rows.push([title, label, published, ...people(counts)]);
    rows.push([title, t("statistics.total"), openings, ...people(total)]);
  };
  section(
    t("statistics.byMonth"),
    stats.months.rows.map((row) => [row.month, String(row.openings), row]),
    stats.months.total,
    String(stats.months.openings),
  );
  section(
    t("statistics.byForm"),
    stats.byForm.rows.map((row) => [t(`enums.employmentForm.${row.employment_form}`), "", row]),
    stats.byForm.total,
  );
  section(
    t("statistics.byEmployer"),
    stats.byEmployer.rows.map((row) => [name(row.name_zh, row.name_en), "", row]),
    stats.byEmployer.total,
  );
  section(
    t("statistics.byPlace"),
    stats.byPlace.rows.map((row) => [row.province || row.city ? [row.province, row.city].filter(Boolean).join(" ") : t("statistics.remoteAnywhere"), "", row]),
    stats.byPlace.total,
  );
  section(
    t("statistics.byDisability"),
    stats.byDisability.rows.map((row) => [row.category ? t(`enums.disabilityCategory.${row.category}`) : t("statistics.notSaid"), "", row]),
    stats.byDisability.total,
  );
  // A name someone typed (an employer's) that starts like a formula is written as text, so a
  // spreadsheet never runs it (CSV injection).
  const safe = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return `\ufeff${stringify(safe, { record_delimiter: "windows" })}`;
}
