import { Form, Link, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { ParseKeys } from "i18next";
import { useTranslation } from "react-i18next";
import type { OpeningStatus, RevisionAction } from "~/domain/opening";
import type { VerificationStatus } from "~/domain/organisation";
import { QUOTED_REVISION_FIELDS } from "~/domain/opening-fields";
import { Button } from "~/components/ui/button";
import { NativeSelect } from "~/components/ui/select";
import { Pagination } from "~/components/pagination";
import { formatDate, formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { useLocale } from "~/hooks/use-locale";
import { FreeText, LocalizedText } from "./localized-text";

// Pieces shared by the staff and employer workspaces.

type Named = { name_zh: string | null; name_en: string | null };

/** A GET form to switch between the organisations a person works for; shown only with more than one. */
export function OrganisationChooser({ options, current }: { options: (Named & { organisation_id: number })[]; current: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (options.length < 2) return null;
  return (
    <Form method="get" className="org-chooser">
      <NativeSelect
        name="org"
        label={t("workspace.chooseOrg")}
        defaultValue={String(current)}
        options={options.map((org) => ({
          value: String(org.organisation_id),
          label: pickText(locale, org.name_zh, org.name_en)?.text ?? String(org.organisation_id),
        }))}
      />
      <Button type="submit" variant="secondary">
        {t("workspace.chooseOrgButton")}
      </Button>
    </Form>
  );
}

/** The title of an opening in the reader's language (or the other, marked), or a placeholder. */
export function OpeningTitle({ opening, as }: { opening: { title_zh: string | null; title_en: string | null }; as?: "span" | "h1" }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return <LocalizedText as={as} value={pickText(locale, opening.title_zh, opening.title_en)} fallback={t("workflow.untitled")} />;
}

/** An opening in a workspace list. */
export type WorkspaceOpening = {
  id: number;
  status: OpeningStatus;
  expired: boolean;
  title_zh: string | null;
  title_en: string | null;
  deadline: string | null;
  updated_at: string;
  review_note: string | null;
  employer_name_zh: string | null;
  employer_name_en: string | null;
  partner_name_zh: string | null;
  partner_name_en: string | null;
  open_reports: number | null;
};

const STATUS_ORDER = ["pending_review", "draft", "published", "expired", "closed"] as const;

/** A workspace's openings grouped by status (expired separately), each group a headed list. */
export function OpeningsByStatus({
  openings,
  basePath,
  show,
  headingLevel = 3,
  more,
}: {
  openings: WorkspaceOpening[];
  basePath: string;
  /** Which organisation to name on each item: the employer (staff view) or the partner (employer view). */
  show: "employer" | "partner";
  headingLevel?: 2 | 3;
  /**
   * When `openings` holds only the first few of each status: how many there are in all, and the
   * search page that lists them all (`?status=` is added).
   */
  more?: { totals: Record<(typeof STATUS_ORDER)[number], number>; searchPath: string };
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {STATUS_ORDER.map((status) => {
        const items = openings.filter((o) => (o.expired ? "expired" : o.status) === status);
        const total = more ? more.totals[status] : items.length;
        const statusName = t(`workflow.statuses.${status}`);
        return (
          <section key={status} aria-labelledby={`status-${status}`} className="status-group">
            <Heading id={`status-${status}`}>{t("workspace.statusHeading", { status: statusName, count: total })}</Heading>
            {items.length === 0 ? (
              <p>{t("workspace.none")}</p>
            ) : (
              <ul className="work-list">
                {items.map((opening) => (
                  <OpeningWorkItem key={opening.id} opening={opening} basePath={basePath} show={show} />
                ))}
              </ul>
            )}
            {more && total > items.length ? (
              <p className="status-group__more">
                <Link to={`${more.searchPath}${more.searchPath.includes("?") ? "&" : "?"}status=${status}`}>
                  {t("workspace.allOfStatus", { count: total, status: statusName })}
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
    </>
  );
}

/** A revision as the manage page receives it. */
export type RevisionEntry = {
  id: number;
  at: string;
  action: RevisionAction;
  // As JSON, a change's `from` or `to` may be missing (undefined is not sent).
  changes: Record<string, { from?: unknown; to?: unknown }>;
  reason: string | null;
  actor_name: string | null;
};

// Long texts are named in the history, not quoted: the whole description twice would drown the list.
const QUOTED = QUOTED_REVISION_FIELDS;

function ChangeValue({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === "") return <>{t("workflow.history.blank")}</>;
  if (typeof value === "boolean") return <>{value ? t("common.yes") : t("common.no")}</>;
  if (field === "status") return <>{t(`workflow.statuses.${value as OpeningStatus}`)}</>;
  if (field === "pay_min_minor" || field === "pay_max_minor") return <>{(Number(value) / 100).toString()}</>;
  if (field === "pay_unit") return <>{t(`editor.payUnits.${value as "hour"}`)}</>;
  if (field === "work_arrangement") return <>{t(`enums.workArrangement.${value as "remote"}`)}</>;
  if (field === "employment_form") return <>{t(`enums.employmentForm.${value as "flexible"}`)}</>;
  if (field === "schedule") return <>{t(`enums.schedule.${value as "flexible"}`)}</>;
  return <>{Array.isArray(value) ? value.join(", ") : String(value)}</>;
}

/** The revision history: who did what and when, with each changed field and, for short ones, old and new values. */
export function RevisionHistory({ revisions }: { revisions: RevisionEntry[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t("workflow.history.heading")}</h2>
      {revisions.length === 0 ? (
        <p>{t("workflow.history.empty")}</p>
      ) : (
        <ol className="history revision-list">
          {revisions.map((revision) => {
            const fields = Object.keys(revision.changes).filter((field) => field !== "status" && field !== "id");
            const source = revision.action === "duplicated" ? revision.changes.id?.from : undefined;
            return (
              <li key={revision.id} className="revision">
                <p className="revision__head">
                  <strong>{formatDateTime(t, revision.at)}</strong>{" "}
                  {t("workflow.history.entry", {
                    who: revision.actor_name ?? t("workflow.history.unknownActor"),
                    action: t(`workflow.history.actions.${revision.action}`),
                  })}
                </p>
                {source !== undefined ? <p>{t("workflow.history.copiedFrom", { id: String(source) })}</p> : null}
                {revision.reason ? (
                  <p>
                    {t("workflow.history.reason")} <FreeText text={revision.reason} />
                  </p>
                ) : null}
                {revision.action === "edited" && fields.length > 0 ? (
                  <>
                    <p>{t("workflow.history.changed")}</p>
                    <ul className="bullets">
                      {fields.map((field) => (
                        <li key={field}>
                          {t(`editor.fields.${field}` as ParseKeys)}
                          {QUOTED.has(field) ? (
                            <>
                              {t("common.answerSeparator")}
                              {t("workflow.history.from")} <ChangeValue field={field} value={revision.changes[field]?.from} />
                              {t("common.listSeparator")}
                              {t("workflow.history.to")} <ChangeValue field={field} value={revision.changes[field]?.to} />
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ul>
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

/** A status message after an action, read out by screen readers (role="status"). */
export function DoneMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}

/** One opening in a workspace list: its title (a link), whose it is, its deadline and last change, and any flags. */
export function OpeningWorkItem({ opening, basePath, show }: { opening: WorkspaceOpening; basePath: string; show: "employer" | "partner" }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const org =
    show === "employer"
      ? pickText(locale, opening.employer_name_zh, opening.employer_name_en)
      : pickText(locale, opening.partner_name_zh, opening.partner_name_en);
  return (
    <li className="work-list__item">
      <Link to={`${basePath}/${opening.id}`} className="work-list__title">
        <OpeningTitle opening={opening} />
      </Link>
      <p className="work-list__meta">
        <LocalizedText value={org} />
        {" · "}
        {opening.deadline ? t("card.deadline", { date: formatDate(t, opening.deadline) }) : t("card.noDeadline")}
        {" · "}
        {t("workflow.details.updated")} {formatDate(t, opening.updated_at)}
      </p>
      {opening.review_note && opening.status === "draft" ? <p className="work-list__flag">{t("workspace.needsChanges")}</p> : null}
      {opening.open_reports ? <p className="work-list__flag">{t("workspace.openReports", { count: opening.open_reports })}</p> : null}
    </li>
  );
}

/** One employer in a partner's list: its name (a link to its verification where this partner gave it), its status and its openings. */
export function EmployerWorkItem({
  employer,
}: {
  employer: Named & { id: number; verification_status: VerificationStatus; verified_here: boolean; openings: number; public_openings: number };
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="work-list__item">
      {employer.verified_here ? (
        <p className="work-list__title">
          <Link to={`/staff/employers/${employer.id}`}>
            <LocalizedText value={pickText(locale, employer.name_zh, employer.name_en)} />
          </Link>
        </p>
      ) : (
        <LocalizedText as="p" className="work-list__title" value={pickText(locale, employer.name_zh, employer.name_en)} />
      )}
      <p className="work-list__meta">
        {t(`workspace.verification.${employer.verification_status}`)} ·{" "}
        {t("staff.employerCounts", { count: employer.openings, public: employer.public_openings })}
      </p>
    </li>
  );
}

/**
 * A workspace search's results (openings, employers, reports): how many, and which page when there
 * are several; the list, or `none` said plainly; and the page links, which keep the search.
 */
export function WorkspaceResults({
  count,
  page,
  pageCount,
  none,
  children,
}: {
  /** "N found", in the page's own words. */
  count: string;
  page: number;
  pageCount: number;
  none: string;
  /** The list items of this page; none when nothing matched. */
  children: ReactNode[];
}) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <h2 id="results-heading">
        {count}
        {pageCount > 1 ? `${t("common.answerSeparator")}${t("workspace.resultsPage", { page, pages: pageCount })}` : null}
      </h2>
      {children.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className="work-list" aria-labelledby="results-heading">
          {children}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} search={location.search} />
    </>
  );
}
