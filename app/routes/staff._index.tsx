import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalizedText } from "~/components/localized-text";
import { Place } from "~/components/place";
import { EmployerWorkItem, OpeningsByStatus, OrganisationChooser } from "~/components/workspace";
import { ReportWorkItem } from "~/components/report-work-item";
import { countPartnerAttention, firstOpeningsByStatus, searchPartnerEmployers } from "~/models/opening-scope.server";
import { ACTIVE_REPORT_STATUSES, searchPartnerReports } from "~/models/report.server";
import { listPendingVerifications } from "~/models/verification.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { chosenOrganisation, scopeFor } from "~/services/workspace.server";
import { partnerVerifiesEmployers } from "~/services/employer-team.server";
import { listReviewQueue } from "~/models/certification-review.server";
import { chinaToday, countDueCheckBacks } from "~/models/check-back.server";
import { reviewerOf } from "~/services/reviewer.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "about", "workspace", "certification", "events"] };

const EMPLOYERS_SHOWN = 10;
const REPORTS_SHOWN = 10;
const OPENINGS_SHOWN = 10;

// GET /staff: a partner's workspace. What needs attention first, then the moderation queue, the
// partner's openings by status and the employers it works with.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  const db = getDb();
  const partnerId = chosen.organisation_id;
  // The queues (waiting for review, drafts) whole; of the others, which grow for ever (published,
  // expired, closed), the ten most recently changed and how many there are: all of them, searchable,
  // are on /staff/openings.
  const byStatus = await firstOpeningsByStatus(db, {
    scope: scopeFor(user, "staff"),
    organisationId: partnerId,
    perStatus: OPENINGS_SHOWN,
    whole: ["pending_review", "draft"],
  });
  // The most recently joined employers; all of them, searchable, are on /staff/employers.
  const employers = await searchPartnerEmployers(db, { partnerId, words: "", status: null, limit: EMPLOYERS_SHOWN, offset: 0 });
  const attention = await countPartnerAttention(db, { partnerId });
  // The oldest reports still to decide; all of them, by status and reason, are on /staff/reports.
  const reports = await searchPartnerReports(db, { partnerId, status: null, reason: null, limit: REPORTS_SHOWN, offset: 0 });
  const verifications = await listPendingVerifications(db, { partnerId });
  const addsEmployers = await partnerVerifiesEmployers(db, { partnerId });
  // The queues on their own pages count too: certification applications to review (and second
  // reviews asked of this partner) and hires due for their 6-month check-back.
  const review = await listReviewQueue(db, { reviewer: reviewerOf(user) });
  const dueCheckBacks = await countDueCheckBacks(db, { partnerIds: [partnerId], today: chinaToday() });
  return json({
    addsEmployers,
    org: { id: partnerId, name_zh: chosen.name_zh, name_en: chosen.name_en },
    orgs: options.map(({ organisation_id, name_zh, name_en }) => ({ organisation_id, name_zh, name_en })),
    openings: byStatus.openings,
    openingTotals: byStatus.totals,
    employers: employers.rows,
    employerTotal: employers.total,
    attention: {
      ...attention,
      verifications: verifications.length,
      certification: review.queue.filter((application) => application.status === "under_review").length + review.secondReviews.length,
      check_backs: dueCheckBacks,
    },
    // Those still to decide come first, so these are the oldest of them.
    reports: reports.rows.filter((report) => ACTIVE_REPORT_STATUSES.includes(report.status)),
    reportTotal: reports.total,
    verifications,
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("staff.title"));

const ATTENTION = [
  { key: "pending_review", href: "#status-pending_review" },
  { key: "reports", href: "#reports-heading" },
  { key: "verifications", href: "#verifications-heading" },
  { key: "certification", href: "/staff/certification" },
  { key: "check_backs", href: "/staff/check-backs" },
  { key: "expired", href: "#status-expired" },
  { key: "draft", href: "#status-draft" },
] as const;

export default function StaffWorkspace() {
  const { org, orgs, openings, openingTotals, employers, employerTotal, attention, reports, reportTotal, verifications, addsEmployers } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const orgName = pickText(locale, org.name_zh, org.name_en)?.text ?? "";
  const query = orgs.length > 1 ? `?org=${org.id}` : "";
  const todo = ATTENTION.filter((item) => attention[item.key] > 0);

  return (
    <>
      <h1>{t("staff.title")}</h1>
      <p className="lead">{t("staff.lead", { org: orgName })}</p>
      <OrganisationChooser options={orgs} current={org.id} />
      <p>
        <Link to={`/staff/openings/new${query}`} className="button button--primary">
          {t("staff.newOpening")}
        </Link>{" "}
        <Link to="/staff/certification" className="button button--secondary">
          {t("certification.queue.nav")}
        </Link>{" "}
        <Link to={`/staff/openings/import${query}`} className="button button--secondary">
          {t("staff.importOpenings")}
        </Link>{" "}
        <Link to="/staff/check-backs" className="button button--secondary">
          {t("checkBacks.nav")}
        </Link>{" "}
        <Link to={`/staff/seekers${query}`} className="button button--secondary">
          {t("caseload.title")}
        </Link>{" "}
        <Link to={`/staff/events${query}`} className="button button--secondary">
          {t("eventsStaff.title")}
        </Link>
      </p>

      <section aria-labelledby="attention-heading">
        <h2 id="attention-heading">{t("staff.attentionHeading")}</h2>
        {todo.length === 0 ? (
          <p>{t("staff.nothingToDo")}</p>
        ) : (
          <ul className="bullets attention-list">
            {todo.map((item) => (
              <li key={item.key}>
                <a href={item.href}>{t(`staff.attention.${item.key}`, { count: attention[item.key] })}</a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t("staff.reportsHeading")}</h2>
        {reportTotal > 0 ? (
          <p>
            <Link to={`/staff/reports${query}`}>{t("reportSearch.link", { count: reportTotal })}</Link>
          </p>
        ) : null}
        {reports.length === 0 ? (
          <p>{t("staff.noReports")}</p>
        ) : (
          <ul className="work-list">
            {reports.map((report) => (
              <ReportWorkItem key={report.id} report={report} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="verifications-heading">
        <h2 id="verifications-heading">{t("staff.verificationsHeading")}</h2>
        {verifications.length === 0 ? (
          <p>{t("staff.noVerifications")}</p>
        ) : (
          <ul className="work-list">
            {verifications.map((item) => (
              <li key={item.id} className="work-list__item">
                <Link to={`/staff/employers/${item.employer_id}`} className="work-list__title">
                  <LocalizedText value={pickText(locale, item.name_zh, item.name_en)} />
                </Link>
                <p className="work-list__meta">
                  {item.province || item.city ? (
                    <>
                      <Place province={item.province} city={item.city} />
                      {" · "}
                    </>
                  ) : null}
                  {t("staff.verificationSent", { date: formatDate(t, item.submitted_at) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="openings-heading">
        <h2 id="openings-heading">{t("staff.openingsHeading")}</h2>
        <p>
          <Link to={`/staff/openings${query}`}>{t("openingSearch.link")}</Link>
        </p>
        <OpeningsByStatus openings={openings} basePath="/staff/openings" show="employer" more={{ totals: openingTotals, searchPath: `/staff/openings${query}` }} />
      </section>

      <section aria-labelledby="employers-heading">
        <h2 id="employers-heading">{t("staff.employersHeading")}</h2>
        {employerTotal > 0 ? (
          <p>
            <Link to={`/staff/employers${query}`}>{t("employerSearch.link", { count: employerTotal })}</Link>
          </p>
        ) : null}
        {employers.length === 0 ? (
          <p>{t("staff.noEmployers")}</p>
        ) : (
          <ul className="work-list">
            {employers.map((employer) => (
              <EmployerWorkItem key={employer.id} employer={employer} />
            ))}
          </ul>
        )}
        {addsEmployers ? (
          <p>
            <Link to={`/staff/employers/new${query}`}>{t("addEmployer.link")}</Link>
          </p>
        ) : null}
      </section>

      <p>
        <Link to={`/staff/statistics${query}`}>{t("statistics.link")}</Link>
      </p>
      <p className="report-link">
        <Link to="/staff/barriers">{t("barrier.navLink")}</Link>
      </p>
    </>
  );
}
