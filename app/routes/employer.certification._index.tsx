import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrganisationChooser } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { listEmployerCertification, startApplication } from "~/models/certification-employer.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { chosenOrganisation } from "~/services/workspace.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace", "certification"] };

// GET/POST /employer/certification: the employer's certificates and applications, and starting one
// (a renewal starts from a copy of the last approved application).

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  const { chosen, options } = chosenOrganisation(user, "employer", request);
  const { applications, certificates } = await listEmployerCertification(getDb(), { employerId: chosen.organisation_id });
  return json({
    org: { id: chosen.organisation_id, name_zh: chosen.name_zh, name_en: chosen.name_en },
    orgs: options.map(({ organisation_id, name_zh, name_en }) => ({ organisation_id, name_zh, name_en })),
    applications,
    certificates,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "employer");
  const { chosen } = chosenOrganisation(user, "employer", request);
  const result = await startApplication(getDb(), { employerId: chosen.organisation_id, actorUserId: user.id });
  if (!result.ok) return json({ error: result.error }, { status: 409 });
  return redirect(`/employer/certification/${result.id}/intro`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("certification.employer.title"));

export default function EmployerCertification() {
  const { org, orgs, applications, certificates } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation();
  const locale = useLocale();
  const query = orgs.length > 1 ? `?org=${org.id}` : "";
  const open = applications.find((a) => a.status === "draft" || a.status === "under_review" || a.status === "changes_requested");
  const renewal = !open && applications.some((a) => a.status === "approved");
  return (
    <>
      <p className="back-link">
        <Link to="/employer">{t("certification.employer.back")}</Link>
      </p>
      <h1>{t("certification.employer.title")}</h1>
      <p className="lead">{t("certification.employer.lead", { org: pickText(locale, org.name_zh, org.name_en)?.text ?? "" })}</p>
      <OrganisationChooser options={orgs} current={org.id} />
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t("certification.employer.noCriteria")}
        </p>
      ) : null}

      <section aria-labelledby="certificates-heading">
        <h2 id="certificates-heading">{t("certification.employer.certificatesHeading")}</h2>
        {certificates.length === 0 ? (
          <p>{t("certification.employer.noCertificates")}</p>
        ) : (
          <ul className="work-list">
            {certificates.map((c) => (
              <li key={c.number} className="work-list__item">
                <Link to={`/certificates/${c.number}`} className="work-list__title">
                  {c.number}
                </Link>
                <p className="work-list__meta">
                  {t(`certificate.levels.${c.level}`)} · {t(`certificate.status.${c.status}`)} ·{" "}
                  {t("certification.employer.validUntil", { date: formatDate(t, c.expires_on) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="applications-heading">
        <h2 id="applications-heading">{t("certification.employer.applicationsHeading")}</h2>
        {open ? (
          <p>
            <Link to={`/employer/certification/${open.id}`} className="button button--primary">
              {t("certification.employer.continue")}
            </Link>
          </p>
        ) : (
          <Form method="post" action={`/employer/certification${query}`}>
            <p>{renewal ? t("certification.employer.renewIntro") : t("certification.employer.startIntro")}</p>
            <p>
              <Button type="submit">{renewal ? t("certification.employer.renew") : t("certification.employer.start")}</Button>
            </p>
          </Form>
        )}
        {applications.length === 0 ? (
          <p>{t("certification.employer.noApplications")}</p>
        ) : (
          <ul className="work-list">
            {applications.map((a) => (
              <li key={a.id} className="work-list__item">
                <Link to={`/employer/certification/${a.id}`} className="work-list__title">
                  {t("certification.application.name", { id: a.id })}
                </Link>
                <p className="work-list__meta">
                  {t(`certification.statuses.${a.status}`)} · {t("certification.application.version", { version: a.version_label })} ·{" "}
                  {t("workflow.details.updated")} {formatDate(t, a.updated_at)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
