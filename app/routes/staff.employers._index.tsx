import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { NativeSelect } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { EmployerWorkItem, WorkspaceResults } from "~/components/workspace";
import { VERIFICATION_STATUSES } from "~/domain/organisation";
import { searchPartnerEmployers } from "~/models/opening-scope.server";
import { requireRole } from "~/services/auth.server";
import { partnerVerifiesEmployers } from "~/services/employer-team.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { namedTitle } from "~/utils/meta";
import { employerSearchSchema } from "~/validation/workspace-search";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "workspace"] };

const PER_PAGE = 20;

// GET /staff/employers: every employer a partner works with (those it posted openings for, and
// those that chose it to check their licence), found by name or credit code and by verification
// status, 20 a page (issue 19, item 7). A GET form and plain page links: it works without JavaScript.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  const params = employerSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const page = params.page ?? 1;
  const partnerId = chosen.organisation_id;
  const [found, addsEmployers] = await Promise.all([
    searchPartnerEmployers(db, { partnerId, words: params.q, status: params.status ?? null, limit: PER_PAGE, offset: (page - 1) * PER_PAGE }),
    partnerVerifiesEmployers(db, { partnerId }),
  ]);
  return json(
    {
      org: { id: partnerId, name_zh: chosen.name_zh, name_en: chosen.name_en },
      multiple: options.length > 1,
      addsEmployers,
      filters: { q: params.q, status: params.status ?? "" },
      employers: found.rows,
      total: found.total,
      page,
      pageCount: Math.max(1, Math.ceil(found.total / PER_PAGE)),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "employerSearch.title", "employerSearch.titleNamed", data && { zh: data.org.name_zh, en: data.org.name_en });

export default function StaffEmployers() {
  const { org, multiple, addsEmployers, filters, employers, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const query = multiple ? `?org=${org.id}` : "";
  const filtered = Boolean(filters.q || filters.status);
  return (
    <>
      <p className="back-link">
        <Link to={`/staff${query}`}>{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("employerSearch.title")}</h1>
      <p className="lead">{t("employerSearch.lead")}</p>
      <Form method="get" action="/staff/employers" role="search" aria-label={t("employerSearch.title")} className="form">
        {multiple ? <input type="hidden" name="org" value={org.id} /> : null}
        <TextField id="q" name="q" label={t("employerSearch.words")} description={t("employerSearch.wordsHint")} defaultValue={filters.q} autoComplete="off" />
        <NativeSelect
          id="status"
          name="status"
          label={t("employerSearch.status")}
          defaultValue={filters.status}
          options={[{ value: "", label: t("employerSearch.anyStatus") }, ...VERIFICATION_STATUSES.map((value) => ({ value, label: t(`workspace.verification.${value}`) }))]}
        />
        <Button type="submit">{t("employerSearch.submit")}</Button>
      </Form>
      {filtered ? (
        <p>
          <Link to={`/staff/employers${query}`}>{t("employerSearch.clear")}</Link>
        </p>
      ) : null}
      <WorkspaceResults count={t("employerSearch.count", { count: total })} page={page} pageCount={pageCount} none={t("employerSearch.none")}>
        {employers.map((employer) => (
          <EmployerWorkItem key={employer.id} employer={employer} />
        ))}
      </WorkspaceResults>
      {addsEmployers ? (
        <p>
          <Link to={`/staff/employers/new${query}`}>{t("addEmployer.link")}</Link>
        </p>
      ) : null}
    </>
  );
}
