import { useTranslation } from "react-i18next";
import type { AssessmentArea, CertificateLevel } from "~/domain/certification";
import { formatDateTime } from "~/utils/format";
import { FreeText, Labelled } from "../localized-text";

// Pieces shared by the employer's application pages and the reviewer's page.

type TranslateWithValues = (key: string, values?: Record<string, string | number>) => string;

/** `t` for keys known only at run time (messages from the server), with interpolation values. */
export function useDynamicT(): TranslateWithValues {
  const { t } = useTranslation();
  return t as unknown as TranslateWithValues;
}

/** A criterion's text or guidance in the reader's language. */
export function pickCriterionText(locale: string, zh: string | null, en: string | null): string {
  return (locale === "en" ? en ?? zh : zh ?? en) ?? "";
}

/** The marks beside a criterion: its level, points, and whether it is a veto item or needs evidence. */
export function CriterionTags({ criterion }: { criterion: { level: CertificateLevel; points: number; veto: boolean; evidence_required: boolean } }) {
  const { t } = useTranslation();
  return (
    <p className="criterion__tags">
      {criterion.veto ? <strong className="tag tag--veto">{t("certification.criterion.veto")}</strong> : null}
      <span className="tag">{t(`certificate.levels.${criterion.level}`)}</span>
      <span className="tag">{t("certification.criterion.points", { count: criterion.points })}</span>
      {criterion.evidence_required ? <span className="tag">{t("certification.criterion.evidenceRequired")}</span> : null}
    </p>
  );
}

/** A score as the model computes it. */
export type ScoreView = {
  levels: { level: CertificateLevel; earned: number; available: number; percent: number; threshold: number; passed: boolean }[];
  vetoFailed: string[];
  unanswered: string[];
  missingEvidence: string[];
  highestLevel: CertificateLevel | null;
};

/** The score, level by level, with the highest level it allows and any failed veto item. */
export function ScorePanel({
  score,
  headingId,
  heading,
  reader = "employer",
}: {
  score: ScoreView;
  headingId: string;
  heading: string;
  /** Whose page it is: the employer reads "you can reach", the reviewer "this application can reach". */
  reader?: "employer" | "reviewer";
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId} className="score-panel">
      <h2 id={headingId}>{heading}</h2>
      <table className="score-table">
        <caption className="visually-hidden">{heading}</caption>
        <thead>
          <tr>
            <th scope="col">{t("certification.score.level")}</th>
            <th scope="col">{t("certification.score.points")}</th>
            <th scope="col">{t("certification.score.needed")}</th>
            <th scope="col">{t("certification.score.result")}</th>
          </tr>
        </thead>
        <tbody>
          {score.levels.map((row) => (
            <tr key={row.level}>
              <th scope="row">{t(`certificate.levels.${row.level}`)}</th>
              <td>{t("certification.score.earned", { earned: row.earned, available: row.available, percent: row.percent })}</td>
              <td>{t("certification.score.threshold", { percent: row.threshold })}</td>
              <td>{row.passed ? t("certification.score.passed") : t("certification.score.notPassed")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {score.vetoFailed.length > 0 ? (
        <p className="notice notice--error">{t("certification.score.vetoFailed", { codes: score.vetoFailed.join(t("common.listSeparator")) })}</p>
      ) : null}
      <p>
        <strong>
          {score.highestLevel
            ? t(reader === "reviewer" ? "certification.review.scoreHighest" : "certification.score.highest", { level: t(`certificate.levels.${score.highestLevel}`) })
            : t(reader === "reviewer" ? "certification.review.scoreNone" : "certification.score.none")}
        </strong>
      </p>
    </section>
  );
}

/** An entry of an application's history. */
export type HistoryEntry = { id: string; at: string; action: string; details: Record<string, unknown>; actor_name: string | null };

/** The dated history of an application: who did what, and why. */
export function ApplicationHistory({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  const tv = useDynamicT();
  const entryText = (entry: HistoryEntry) =>
    t("certification.history.entry", {
      who: entry.actor_name ?? t("certification.history.system"),
      action: tv(`certification.history.actions.${entry.action.replace(/^certification\./, "")}`),
    });
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t("certification.history.heading")}</h2>
      {entries.length === 0 ? (
        <p>{t("certification.history.empty")}</p>
      ) : (
        <ol className="history">
          {entries.map((entry) => {
            const reason = typeof entry.details.reason === "string" ? entry.details.reason : null;
            return (
              <li key={entry.id}>
                <strong>{formatDateTime(t, entry.at)}</strong>{" "}
                {reason ? <Labelled text={entryText(entry)} /> : entryText(entry)}
                {reason ? (
                  <>
                    <Labelled text={t("workflow.history.reason")} />
                    <FreeText text={reason} />
                  </>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The heading of an area. */
export function useAreaName(): (area: AssessmentArea) => string {
  const { t } = useTranslation();
  return (area) => t(`certificate.areas.${area}`);
}
