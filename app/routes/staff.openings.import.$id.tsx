import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { DoneMessage } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { getImport, runImport, summarise } from "~/models/opening-import.server";
import { requireRole } from "~/services/auth.server";
import { getDb, getJobsDb } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { translateKey } from "~/utils/i18n";
import { metaT, pageTitle } from "~/utils/meta";
import { scopeFor } from "~/services/workspace.server";
import { chinaToday } from "~/validation/opening";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace"] };

// GET/POST /staff/openings/import/:id: step two of a CSV import. The report of every row (its
// line in the spreadsheet, and each problem in plain words), the counts, and the choice to import
// the rows that are ready, as drafts, all at once. Another partner's import is 404.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const found = await getImport(getDb(), { id: params.id ?? "", partnerIds: scopeFor(user, "staff").organisationIds });
  if (!found) throw new Response("Not Found", { status: 404 });
  const url = new URL(request.url);
  const created = url.searchParams.get("created");
  return json({
    id: found.id,
    fileName: found.file_name,
    checkedAt: found.created_at,
    importedAt: found.imported_at,
    importedCount: found.imported_count,
    rows: found.rows.map(({ line, title, employer, status, problems }) => ({ line, title, employer, status, problems })),
    counts: summarise(found.rows),
    done: created === null ? null : { created: Number(created) || 0, skipped: Number(url.searchParams.get("skipped")) || 0 },
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "staff");
  const id = params.id ?? "";
  // An import is long work: it runs on the jobs pool, with the longer statement timeout.
  const result = await runImport(getJobsDb(), { id, partnerIds: scopeFor(user, "staff").organisationIds, actorUserId: user.id, today: chinaToday() });
  if (!result.ok) {
    if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
    context.form.hasErrors = true;
    return json({ error: `import.errors.${result.error}`, lines: result.lines?.join(", ") ?? "" }, { status: 409 });
  }
  return redirect(`/staff/openings/import/${id}?created=${result.created}&skipped=${result.skipped}`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("import.report.title"));

export default function ImportReport() {
  const data = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation();
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failed) alertRef.current?.focus();
  }, [failed]);
  const { counts } = data;
  const canImport = !data.importedAt && counts.ready > 0;

  return (
    <>
      <p className="back-link">
        <Link to="/staff/openings/import">{t("import.report.back")}</Link>
      </p>
      <h1>{t("import.report.title")}</h1>
      <DoneMessage message={data.done ? t("import.report.done", { count: data.done.created, skipped: data.done.skipped }) : null} />
      {failed ? (
        <div ref={alertRef} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="import-error-title">
          <h2 id="import-error-title" className="error-summary__title">
            {t("forms.errorSummaryTitle")}
          </h2>
          <p>{translateKey(t, failed.error, { lines: failed.lines })}</p>
        </div>
      ) : null}
      <p className="lead">{t("import.report.lead", { file: data.fileName, date: formatDateTime(t, data.checkedAt) })}</p>

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t("import.report.summaryHeading")}</h2>
        <ul className="bullets">
          <li>{t("import.report.total", { count: counts.total })}</li>
          <li>{t("import.report.ready", { count: counts.ready })}</li>
          <li>{t("import.report.errors", { count: counts.errors })}</li>
          <li>{t("import.report.duplicates", { count: counts.duplicates })}</li>
        </ul>
        {data.importedAt ? (
          <p>{t("import.report.importedAt", { count: data.importedCount ?? 0, date: formatDateTime(t, data.importedAt) })}</p>
        ) : canImport ? (
          <Form method="post" action={`/staff/openings/import/${data.id}`} className="form">
            <p>{counts.errors > 0 ? t("import.report.partialNote", { count: counts.errors }) : t("import.draftsNote")}</p>
            <Button type="submit">{t("import.report.importButton", { count: counts.ready })}</Button>
          </Form>
        ) : (
          <p>{t("import.report.noneReady")}</p>
        )}
        <p>
          <Link to="/staff/openings/import">{t("import.report.uploadAgain")}</Link>
        </p>
      </section>

      <section aria-labelledby="rows-heading">
        <h2 id="rows-heading">{t("import.report.rowsHeading")}</h2>
        <ul className="work-list">
          {data.rows.map((row) => (
            <li key={row.line} className="work-list__item">
              <h3 className="work-list__title">
                {t("import.report.line", { line: row.line })}
                {t("workspace.labelSeparator")}
                {row.title ?? t("workflow.untitled")}
              </h3>
              <p className="work-list__meta">
                <strong>{t(`import.report.statuses.${row.status}`)}</strong>
                {row.employer ? ` · ${row.employer}` : null}
              </p>
              {row.problems.length > 0 ? (
                <ul className="bullets import-problems">
                  {row.problems.map((problem) => (
                    <li key={`${problem.column}:${problem.message}`}>
                      <code>{problem.column}</code>
                      {t("workspace.labelSeparator")}
                      {translateKey(t, problem.message, problem.values)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
