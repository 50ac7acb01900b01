import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/text-field";
import { WorkspaceResults } from "~/components/workspace";
import { formatMobile } from "~/domain/account";
import { CASELOAD_PAGE_SIZE, searchCaseload } from "~/models/caseload.server";
import { requireRole } from "~/services/auth.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { namedTitle } from "~/utils/meta";
import { caseloadSearchSchema } from "~/validation/workspace-search";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "workspace"] };

// GET /staff/seekers: a partner's caseload (issue 19, item 5): the job seekers its staff registered
// and those who allow it to apply for them, found by name or number, 20 a page, newest first, each
// with the applications sent for them and the next step. A GET form: it works without JavaScript.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  const params = caseloadSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = params.page ?? 1;
  const words = params.q.split(/\s+/).filter(Boolean);
  const found = await searchCaseload(getDb(), { partnerId: chosen.organisation_id, words, page });
  return json(
    {
      org: { id: chosen.organisation_id, name_zh: chosen.name_zh, name_en: chosen.name_en },
      multiple: options.length > 1,
      q: params.q,
      seekers: found.seekers.map((s) => ({ ...s, mobile: s.mobile ? formatMobile(s.mobile) : null })),
      total: found.total,
      page,
      pageCount: Math.max(1, Math.ceil(found.total / CASELOAD_PAGE_SIZE)),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "caseload.title", "caseload.titleNamed", data && { zh: data.org.name_zh, en: data.org.name_en });

export default function StaffSeekers() {
  const { org, multiple, q, seekers, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const query = multiple ? `?org=${org.id}` : "";
  return (
    <>
      <p className="back-link">
        <Link to={`/staff${query}`}>{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("caseload.title")}</h1>
      <p className="lead">{t("caseload.lead")}</p>
      <p>
        <Link to={`/staff/seekers/new${query}`}>{t("caseload.registerLink")}</Link>
      </p>
      <Form method="get" action="/staff/seekers" role="search" aria-label={t("caseload.title")} className="form">
        {multiple ? <input type="hidden" name="org" value={org.id} /> : null}
        <TextField id="q" name="q" label={t("caseload.words")} description={t("caseload.wordsHint")} defaultValue={q} autoComplete="off" />
        <Button type="submit">{t("caseload.submit")}</Button>
      </Form>
      {q ? (
        <p>
          <Link to={`/staff/seekers${query}`}>{t("caseload.clear")}</Link>
        </p>
      ) : null}
      <WorkspaceResults count={t("caseload.count", { count: total })} page={page} pageCount={pageCount} none={t("caseload.none")}>
        {seekers.map((seeker) => (
          <li key={seeker.id} className="work-list__item">
            <p className="work-list__title">
              <Link to={`/staff/seekers/${seeker.id}${query}`}>{seeker.display_name}</Link>
            </p>
            <p className="work-list__meta">
              {seeker.mobile ?? ""} · {seeker.hasPassword ? t("caseload.ownAccount") : t("caseload.notClaimed")} ·{" "}
              {t("caseload.applications", { count: seeker.applications })}
            </p>
            {seeker.next_step ? (
              <p className="work-list__flag">
                {t("caseload.nextStep")}
                {t("common.colon")}
                {seeker.next_step}
                {seeker.next_step_due ? ` (${seeker.next_step_due})` : ""}
              </p>
            ) : null}
          </li>
        ))}
      </WorkspaceResults>
    </>
  );
}
