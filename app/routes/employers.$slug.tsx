import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { Form as AriaForm } from "react-aria-components";
import { FreeText, Labelled, LocalizedText } from "~/components/localized-text";
import { NAME_SLOT, NameInText } from "~/components/name-in-text";
import { Button } from "~/components/ui/button";
import { ErrorSummary } from "~/components/ui/error-summary";
import { TextField } from "~/components/ui/text-field";
import { OrganisationOpenings } from "~/components/organisation-openings";
import { Place } from "~/components/place";
import { getCurrentCertificate } from "~/models/certificate.server";
import { listEmployerPartners, listOrganisationOpenings } from "~/models/opening.server";
import { getPublicEmployer } from "~/models/organisation.server";
import { findListedRecruiters, listPublicRecruiters } from "~/models/recruiter.server";
import { recruiterCheckSchema } from "~/validation/recruiter-check";
import { getPublicReadDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { translateKey } from "~/utils/i18n";
import { guessLang, pickText } from "~/utils/localized";
import { localeFromMatches, metaT, pageTitle } from "~/utils/meta";
import { slugParam } from "~/utils/params";
import { useLocale } from "~/hooks/use-locale";

// A public, read-only page: it works without JavaScript, so it ships none.
export const handle: RouteHandle = { hydrate: false, i18n: ["search", "opening"] };

/** How many of the employer's newest openings the page lists. */
const SHOWN = 20;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const db = getPublicReadDb();
  const employer = await getPublicEmployer(db, { slug: slugParam(params.slug) });
  // Unverified, pending, rejected and unknown employers have no public page: the same 404 for each.
  if (!employer) throw new Response("Not Found", { status: 404 });
  // A suspended one's page says only that, when and why: nothing else is read.
  if (employer.verification_status === "suspended") {
    return json({ employer, certificate: null, openings: { items: [], total: 0 }, partners: [], recruiters: [], check: null });
  }
  const [certificate, openings, partners, recruiters] = await Promise.all([
    getCurrentCertificate(db, { employerId: employer.id }),
    listOrganisationOpenings(db, { organisationId: employer.id, side: "employer", limit: SHOWN }),
    listEmployerPartners(db, { employerId: employer.id }),
    listPublicRecruiters(db, { employerId: employer.id }),
  ]);
  // "Check a recruiter": ?recruiter=<the name a seeker was given>, a GET form that works without JavaScript.
  const asked = new URL(request.url).searchParams.get("recruiter");
  let check: { name: string; found: boolean } | { name: string; error: string } | null = null;
  if (asked !== null) {
    const parsed = recruiterCheckSchema.safeParse(asked);
    if (parsed.success) {
      check = { name: parsed.data, found: (await findListedRecruiters(db, { employerId: employer.id, name: parsed.data })).length > 0 };
    } else {
      check = { name: asked, error: parsed.error.issues[0]?.message ?? "employerPage.checkNameRequired" };
    }
  }
  return json({ employer, certificate: certificate ?? null, openings, partners, recruiters, check });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const name = pickText(localeFromMatches(matches), data.employer.name_zh, data.employer.name_en);
  const title = pageTitle(matches, name?.text ?? "")[0]?.title ?? "";
  // A check with a problem starts the title with "Error:", as any form with errors does.
  return [{ title: data.check && "error" in data.check ? `${metaT(matches)("meta.errorPrefix")}${title}` : title }];
};

export default function EmployerPage() {
  const { employer, certificate, openings, partners, recruiters, check } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  // A partner suspended its verification: the page says so and why, and shows nothing to apply to.
  if (employer.verification_status === "suspended") {
    return (
      <>
        <LocalizedText as="h1" value={pickText(locale, employer.name_zh, employer.name_en)} />
        <section aria-labelledby="suspended-heading" className="notice notice--error">
          <h2 id="suspended-heading">{t("employerPage.suspendedHeading")}</h2>
          <p>{t("employerPage.suspendedBody", { date: employer.suspended_at ? formatDate(t, employer.suspended_at) : "" })}</p>
          {employer.suspension_reason ? (
            <p>
              <Labelled text={t("employerPage.suspendedReason")} />
              <FreeText text={employer.suspension_reason} />
            </p>
          ) : null}
        </section>
        <p>
          <Link to="/partners">{t("employerPage.suspendedPartners")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <LocalizedText as="h1" value={pickText(locale, employer.name_zh, employer.name_en)} />
      <p className="lead">
        <span className="badge badge--verified">{t("common.verifiedEmployer")}</span>
        {employer.province ? (
          <>
            {" · "}
            <Place province={employer.province} city={employer.city} />
          </>
        ) : null}
      </p>
      {employer.description_zh || employer.description_en ? (
        <LocalizedText as="p" value={pickText(locale, employer.description_zh, employer.description_en)} />
      ) : null}
      <dl className="facts">
        {employer.verified_at ? (
          <div>
            <dt>{t("employerPage.verification")}</dt>
            <dd>{t("employerPage.verifiedSince", { date: formatDate(t, employer.verified_at) })}</dd>
          </div>
        ) : null}
        {employer.credit_code ? (
          <div>
            <dt>{t("employerPage.creditCode")}</dt>
            <dd>{employer.credit_code}</dd>
          </div>
        ) : null}
        {employer.website ? (
          <div>
            <dt>{t("partnerPage.website")}</dt>
            <dd>
              <a href={employer.website}>{employer.website}</a>
            </dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="certification-heading">
        <h2 id="certification-heading">{t("employerPage.certificationHeading")}</h2>
        {certificate ? (
          <>
            <p>
              {t("employerPage.certified", {
                level: t(`certificate.levels.${certificate.level}`),
                number: certificate.number,
                date: formatDate(t, certificate.expires_on),
              })}
            </p>
            <p>
              <Link to={`/certificates/${certificate.number}`}>{t("employerPage.certificateLink")}</Link>
            </p>
          </>
        ) : (
          <p>{t("employerPage.notCertified")}</p>
        )}
      </section>

      {partners.length > 0 ? (
        <section aria-labelledby="ask-heading" className="contact-box">
          <h2 id="ask-heading">{t("employerPage.askHeading")}</h2>
          <p>{t("employerPage.askLead")}</p>
          <ul>
            {partners.map((partner) => (
              <li key={partner.slug}>
                <Link to={`/partners/${partner.slug}`}>
                  <LocalizedText value={pickText(locale, partner.name_zh, partner.name_en)} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="recruiters-heading">
        <h2 id="recruiters-heading">{t("employerPage.recruitersHeading")}</h2>
        {recruiters.length > 0 ? (
          <>
            <p>{t("employerPage.recruitersLead")}</p>
            <ul>
              {recruiters.map((recruiter) => (
                <li key={`${recruiter.display_name}-${recruiter.recruiter_title ?? ""}`}>
                  <FreeText text={recruiter.display_name} />
                  {recruiter.recruiter_title ? (
                    <>
                      {" · "}
                      <FreeText text={recruiter.recruiter_title} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t("employerPage.noRecruiters")}</p>
        )}
        <RecruiterCheck slug={employer.slug} check={check} reportPath={openings.items[0] ? `/openings/${openings.items[0].id}/report?reason=impersonation` : null} />
      </section>

      <section aria-labelledby="openings-heading">
        <h2 id="openings-heading">{t("employerPage.openingsHeading")}</h2>
        <OrganisationOpenings openings={openings} side="employerPage" />
      </section>
    </>
  );
}

/** "Check a recruiter": a GET form for the name a seeker was given, and what the portal knows of it. */
function RecruiterCheck({
  slug,
  check,
  reportPath,
}: {
  slug: string;
  check: { name: string; found: boolean } | { name: string; error: string } | null;
  /** Where to report someone pretending (the report form of one of the employer's openings). */
  reportPath: string | null;
}) {
  const { t } = useTranslation();
  const errors: Record<string, string> = check && "error" in check ? { recruiter: check.error } : {};
  return (
    <>
      <h3 id="check-heading">{t("employerPage.checkHeading")}</h3>
      {check && "found" in check ? (
        <div className={check.found ? "notice notice--success" : "notice notice--error"} role="status">
          <p>
            <NameInText text={t(check.found ? "employerPage.checkFound" : "employerPage.checkNotFound", { name: NAME_SLOT })} name={{ text: check.name, lang: guessLang(check.name) }} />
          </p>
          {!check.found && reportPath ? (
            <p>
              <Link to={reportPath}>{t("employerPage.checkReport")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <AriaForm
        method="get"
        action={`/employers/${slug}#check-heading`}
        validationBehavior="aria"
        validationErrors={Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, translateKey(t, key)]))}
        className="form"
      >
        <ErrorSummary errors={errors} />
        <TextField id="recruiter" name="recruiter" label={t("employerPage.checkLabel")} description={t("employerPage.checkHint")} defaultValue={check?.name ?? ""} autoComplete="off" />
        <Button type="submit">{t("employerPage.checkButton")}</Button>
      </AriaForm>
    </>
  );
}
