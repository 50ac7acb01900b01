import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FreeText } from "~/components/localized-text";
import { OpeningsByStatus, OrganisationChooser } from "~/components/workspace";
import { listScopedOpenings } from "~/models/opening-scope.server";
import { getRecruiterListing } from "~/models/recruiter.server";
import { getEmployerVerification } from "~/models/verification.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { chosenOrganisation, scopeFor } from "~/services/workspace.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "workspace", "certification"] };

// GET /employer: an employer's own openings by status, including those a partner sent back.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  const { chosen, options } = chosenOrganisation(user, "employer", request);
  const db = getDb();
  const openings = await listScopedOpenings(db, { scope: scopeFor(user, "employer"), organisationId: chosen.organisation_id });
  const [verification, listing] = await Promise.all([
    getEmployerVerification(db, { employerId: chosen.organisation_id }),
    getRecruiterListing(db, { userId: user.id, organisationId: chosen.organisation_id }),
  ]);
  return json({
    recruiter: { listed: listing?.listed_as_recruiter ?? false, title: listing?.recruiter_title ?? null },
    verificationStatus: verification?.employer.verification_status ?? "unverified",
    // The partner's words when it refused or suspended the verification.
    rejectionReason:
      verification?.employer.verification_status === "rejected"
        ? (verification.latest?.decision_reason ?? null)
        : verification?.employer.verification_status === "suspended"
          ? verification.employer.suspension_reason
          : null,
    org: { id: chosen.organisation_id, name_zh: chosen.name_zh, name_en: chosen.name_en, slug: chosen.slug },
    orgs: options.map(({ organisation_id, name_zh, name_en }) => ({ organisation_id, name_zh, name_en })),
    openings,
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("employer.title"));

export default function EmployerWorkspace() {
  const { org, orgs, openings, verificationStatus, rejectionReason, recruiter } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const query = orgs.length > 1 ? `?org=${org.id}` : "";
  return (
    <>
      <h1>{t("employer.title")}</h1>
      <p className="lead">{t("employer.lead", { org: pickText(locale, org.name_zh, org.name_en)?.text ?? "" })}</p>
      <OrganisationChooser options={orgs} current={org.id} />
      <section aria-labelledby="verification-heading" className={verificationStatus === "verified" ? undefined : "notice"}>
        <h2 id="verification-heading">{t("employer.verificationHeading")}</h2>
        <p>
          <strong>{t(`workspace.verification.${verificationStatus}`)}</strong>
          {t("common.answerSeparator")}
          {t(`employer.verificationSummary.${verificationStatus}`)}
        </p>
        {rejectionReason ? (
          <p>
            {t("verification.reasonHeading")}
            {t("workspace.labelSeparator")}
            <FreeText text={rejectionReason} />
          </p>
        ) : null}
        <p>
          <Link to={`/employer/verification${query}`}>{t(`employer.verificationLink.${verificationStatus}`)}</Link>
        </p>
      </section>
      <p>
        <Link to={`/employer/openings/new${query}`} className="button button--primary">
          {t("employer.newOpening")}
        </Link>{" "}
        <Link to={`/employer/certification${query}`} className="button button--secondary">
          {t("certification.employer.nav")}
        </Link>
      </p>
      <p>
        <Link to={`/employer/team${query}`}>{t("employer.teamLink")}</Link>
      </p>
      <OpeningsByStatus openings={openings} basePath="/employer/openings" show="partner" headingLevel={2} />
      <section aria-labelledby="public-heading">
        <h2 id="public-heading">{t("employer.publicHeading")}</h2>
        <p>{t("employer.publicLead")}</p>
        {verificationStatus === "verified" ? (
          <p>
            <Link to={`/employers/${org.slug}`}>{t("employer.publicPageLink")}</Link>
          </p>
        ) : null}
        <p>
          {recruiter.listed
            ? recruiter.title
              ? t("employer.recruiterListed", { title: recruiter.title })
              : t("employer.recruiterListedNoTitle")
            : t("employer.recruiterNotListed")}{" "}
          <Link to={`/employer/recruiter${query}`}>{t("employer.recruiterLink")}</Link>
        </p>
      </section>
    </>
  );
}
