import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalizedText } from "~/components/localized-text";
import { useLocale } from "~/hooks/use-locale";
import { pickText } from "~/utils/localized";
import type { DisabilityCategory } from "~/domain/account";

// The outcome tables of a partner's (or the portal's) statistics page: by month, by employment form,
// by employer, by place, by disability category. Each is a real table (caption, column and row headers); on a narrow screen
// each row becomes a block with the column's name before each figure (.checks-table), so nothing
// scrolls sideways. Figures of fewer than 5 people arrive as null and read "fewer than 5".

type Data = {
  months: { rows: ({ month: string; openings: number } & Counts)[]; total: Counts; openings: number };
  byForm: { rows: ({ employment_form: string } & Counts)[]; total: Counts };
  byEmployer: { rows: ({ employer_id: number; name_zh: string | null; name_en: string | null } & Counts)[]; total: Counts };
  byPlace: { rows: ({ province: string | null; city: string | null } & Counts)[]; total: Counts };
  byDisability: { rows: ({ category: DisabilityCategory | null } & Counts)[]; total: Counts };
};
/** A count of people as the server sends it: null for "fewer than 5" (services/statistics.server.ts). */
type Figure = number | null;
type Counts = { applications: Figure; interviews: Figure; hires: Figure; employed: Figure };

const PEOPLE = ["applications", "interviews", "hires", "employed"] as const;

/** The four outcome tables, or one sentence when nothing was sent in the period. */
export function OutcomeTables({ stats }: { stats: Data }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (stats.months.rows.every((row) => row.applications === 0 && row.openings === 0)) return <p>{t("statistics.nothing")}</p>;
  return (
    <>
      <OutcomeTable
        caption={t("statistics.byMonth")}
        groupLabel={t("statistics.month")}
        withOpenings={stats.months.openings}
        rows={stats.months.rows.map((row) => ({ key: row.month, label: row.month, openings: row.openings, counts: row }))}
        total={stats.months.total}
      />
      <OutcomeTable
        caption={t("statistics.byForm")}
        groupLabel={t("statistics.form")}
        rows={stats.byForm.rows.map((row) => ({
          key: row.employment_form,
          label: t(`enums.employmentForm.${row.employment_form as "flexible"}`, { defaultValue: row.employment_form }),
          counts: row,
        }))}
        total={stats.byForm.total}
      />
      <OutcomeTable
        caption={t("statistics.byEmployer")}
        groupLabel={t("statistics.employer")}
        rows={stats.byEmployer.rows.map((row) => ({
          key: String(row.employer_id),
          label: <LocalizedText value={pickText(locale, row.name_zh, row.name_en)} />,
          counts: row,
        }))}
        total={stats.byEmployer.total}
      />
      <OutcomeTable
        caption={t("statistics.byPlace")}
        groupLabel={t("statistics.place")}
        rows={stats.byPlace.rows.map((row) => ({
          key: `${row.province ?? ""}/${row.city ?? ""}`,
          label: row.province || row.city ? [row.province, row.city].filter(Boolean).join(" ") : t("statistics.remoteAnywhere"),
          counts: row,
        }))}
        total={stats.byPlace.total}
      />
      <OutcomeTable
        caption={t("statistics.byDisability")}
        groupLabel={t("statistics.disability")}
        rows={stats.byDisability.rows.map((row) => ({
          key: row.category ?? "not-said",
          label: row.category ? t(`enums.disabilityCategory.${row.category}`) : t("statistics.notSaid"),
          counts: row,
        }))}
        total={stats.byDisability.total}
      />
    </>
  );
}

function OutcomeTable({
  caption,
  groupLabel,
  rows,
  total,
  withOpenings,
}: {
  caption: string;
  groupLabel: string;
  rows: { key: string; label: ReactNode; openings?: number; counts: Counts }[];
  total: Counts;
  /** The openings column and its total, for the table by month. */
  withOpenings?: number;
}) {
  const { t } = useTranslation();
  const figure = (value: Figure) => (value === null ? t("statistics.fewer") : String(value));
  const hasOpenings = withOpenings !== undefined;
  return (
    <table className="checks-table checks-table--wide">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupLabel}</th>
          {hasOpenings ? <th scope="col">{t("statistics.openings")}</th> : null}
          {PEOPLE.map((key) => (
            <th scope="col" key={key}>
              {t(`statistics.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {hasOpenings ? <td data-label={t("statistics.openings")}>{row.openings ?? 0}</td> : null}
            {PEOPLE.map((key) => (
              <td key={key} data-label={t(`statistics.${key}`)}>
                {figure(row.counts[key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t("statistics.total")}</th>
          {hasOpenings ? <td data-label={t("statistics.openings")}>{withOpenings}</td> : null}
          {PEOPLE.map((key) => (
            <td key={key} data-label={t(`statistics.${key}`)}>
              {figure(total[key])}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

/** How the figures are counted, what small numbers become, and what is not counted yet. */
export function HowWeCount() {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t("statistics.howHeading")}</h2>
      <ul className="bullets">
        {PEOPLE.map((key) => (
          <li key={key}>{t(`statistics.how.${key}`)}</li>
        ))}
      </ul>
      <p>{t("statistics.smallNote")}</p>
      <h2>{t("statistics.notYetHeading")}</h2>
      <p>{t("statistics.notYet")}</p>
    </>
  );
}

/**
 * A whole statistics page (a partner's or the portal's): back link, title, what it covers, the CSV
 * download, the tables and how they are counted.
 */
export function OutcomesPage({
  back,
  title,
  lead,
  csvHref,
  stats,
}: {
  back: { to: string; label: string };
  title: string;
  lead: string;
  csvHref: string;
  stats: Data;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="back-link">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      <p>
        <a href={csvHref} download>
          {t("statistics.download")}
        </a>
      </p>
      <OutcomeTables stats={stats} />
      <HowWeCount />
    </>
  );
}
