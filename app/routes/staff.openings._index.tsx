import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { NativeSelect } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { OpeningWorkItem, WorkspaceResults } from "~/components/workspace";
import { WORKSPACE_STATUSES } from "~/domain/opening";
import { listPartnerEmployers, searchScopedOpenings } from "~/models/opening-scope.server";
import { requireRole } from "~/services/auth.server";
import { chosenOrganisation, scopeFor } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { pickText } from "~/utils/localized";
import { namedTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { workspaceSearchSchema } from "~/validation/workspace-search";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "workspace"] };

const PER_PAGE = 20;

// GET /staff/openings: all of a partner's openings, found by words in a title, a status and an
// employer, 20 a page (issue 19, item 7). A GET form and plain page links: it works without JavaScript.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  const params = workspaceSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const page = params.page ?? 1;
  const [found, employers] = await Promise.all([
    searchScopedOpenings(db, {
      scope: scopeFor(user, "staff"),
      organisationId: chosen.organisation_id,
      words: params.q,
      status: params.status ?? null,
      employerId: params.employer ?? null,
      limit: PER_PAGE,
      offset: (page - 1) * PER_PAGE,
    }),
    listPartnerEmployers(db, { partnerId: chosen.organisation_id }),
  ]);
  return json(
    {
      org: { id: chosen.organisation_id, name_zh: chosen.name_zh, name_en: chosen.name_en },
      multiple: options.length > 1,
      filters: { q: params.q, status: params.status ?? "", employer: params.employer ? String(params.employer) : "" },
      employers: employers.map(({ id, name_zh, name_en }) => ({ id, name_zh, name_en })),
      openings: found.rows,
      total: found.total,
      page,
      pageCount: Math.max(1, Math.ceil(found.total / PER_PAGE)),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "openingSearch.title", "openingSearch.titleNamed", data && { zh: data.org.name_zh, en: data.org.name_en });

export default function StaffOpenings() {
  const { org, multiple, filters, employers, openings, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const query = multiple ? `?org=${org.id}` : "";
  const filtered = Boolean(filters.q || filters.status || filters.employer);
  return (
    <>
      <p className="back-link">
        <Link to={`/staff${query}`}>{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("openingSearch.title")}</h1>
      <p className="lead">{t("openingSearch.lead")}</p>
      <Form method="get" action="/staff/openings" role="search" aria-label={t("openingSearch.title")} className="form">
        {multiple ? <input type="hidden" name="org" value={org.id} /> : null}
        <TextField id="q" name="q" label={t("openingSearch.words")} description={t("openingSearch.wordsHint")} defaultValue={filters.q} autoComplete="off" />
        <NativeSelect
          id="status"
          name="status"
          label={t("openingSearch.status")}
          defaultValue={filters.status}
          options={[{ value: "", label: t("openingSearch.anyStatus") }, ...WORKSPACE_STATUSES.map((value) => ({ value, label: t(`workflow.statuses.${value}`) }))]}
        />
        <NativeSelect
          id="employer"
          name="employer"
          label={t("openingSearch.employer")}
          defaultValue={filters.employer}
          options={[
            { value: "", label: t("openingSearch.anyEmployer") },
            ...employers.map((employer) => ({ value: String(employer.id), label: pickText(locale, employer.name_zh, employer.name_en)?.text ?? String(employer.id) })),
          ]}
        />
        <Button type="submit">{t("openingSearch.submit")}</Button>
      </Form>
      {filtered ? (
        <p>
          <Link to={`/staff/openings${query}`}>{t("openingSearch.clear")}</Link>
        </p>
      ) : null}
      <WorkspaceResults count={t("openingSearch.count", { count: total })} page={page} pageCount={pageCount} none={t("openingSearch.none")}>
        {openings.map((opening) => (
          <OpeningWorkItem key={opening.id} opening={opening} basePath="/staff/openings" show="employer" />
        ))}
      </WorkspaceResults>
    </>
  );
}
