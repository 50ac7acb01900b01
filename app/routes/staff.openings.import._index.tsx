import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrganisationChooser } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { FileField } from "~/components/ui/file-field";
import { PostForm } from "~/components/ui/form";
import { checkRows, readCsv, saveCheckedImport } from "~/models/opening-import.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { translateKey } from "~/utils/i18n";
import { metaT, pageTitle } from "~/utils/meta";
import { CSV_KINDS, parseUploadForm, uploadMaxBytes, UploadTooLargeError } from "~/services/uploads.server";
import { formatBytes } from "~/utils/upload-outcome";
import { chosenOrganisation } from "~/services/workspace.server";
import { chinaToday } from "~/validation/opening";
import { FLAG_COLUMNS, IMPORT_COLUMNS, MAX_IMPORT_ROWS, type ImportColumn } from "~/validation/opening-import";
import { EMPLOYMENT_FORMS, PAY_UNITS, SCHEDULES, WORK_ARRANGEMENTS } from "~/domain/opening";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace"] };

// GET/POST /staff/openings/import: step one of a CSV import. Staff download the template, upload
// their file, and every row is checked with the editor's own rules; the result is kept for step
// two (/staff/openings/import/:id), where they choose to import the rows that are ready.

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  return json({
    org: { id: chosen.organisation_id },
    orgs: options.map(({ organisation_id, name_zh, name_en }) => ({ organisation_id, name_zh, name_en })),
    maxSize: formatBytes(uploadMaxBytes()),
    maxRows: MAX_IMPORT_ROWS,
  });
}

type ActionData = { errors: Record<string, string>; errorValues: Record<string, Record<string, string | number>> };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "staff");
  const { chosen } = chosenOrganisation(user, "staff", request);
  let upload: Awaited<ReturnType<typeof parseUploadForm>>;
  try {
    upload = await parseUploadForm(request, { file: CSV_KINDS });
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw new Response("Payload Too Large", { status: 413 });
    throw error;
  }
  const fail = (error: string, values: Record<string, string | number> = {}) => {
    context.form.hasErrors = true;
    return json<ActionData>({ errors: { file: error }, errorValues: { file: values } }, { status: 400 });
  };
  const file = upload.files.file;
  if (!file || file.status === "none") return fail("import.errors.noFile");
  if (file.status === "too_large") return fail("upload.tooLarge", { max: formatBytes(file.maxBytes) });
  if (file.status === "wrong_type") return fail("import.errors.wrongType");
  const read = readCsv(file.bytes);
  if (!read.ok) return fail(read.error, read.values);
  const db = getDb();
  const rows = await checkRows(db, { partnerId: chosen.organisation_id, records: read.records, today: chinaToday() });
  const id = await saveCheckedImport(db, { partnerId: chosen.organisation_id, actorUserId: user.id, fileName: file.name, rows });
  return redirect(`/staff/openings/import/${id}`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("import.title"));

const CHOICES: Partial<Record<ImportColumn, { values: readonly string[]; labels: string }>> = {
  work_arrangement: { values: WORK_ARRANGEMENTS, labels: "enums.workArrangement" },
  employment_form: { values: EMPLOYMENT_FORMS, labels: "enums.employmentForm" },
  schedule: { values: SCHEDULES, labels: "enums.schedule" },
  pay_unit: { values: PAY_UNITS, labels: "editor.payUnits" },
};

/** The editor's label for a column, as the help section's explanation. */
const LABEL_KEY: Partial<Record<ImportColumn, string>> = { pay_min: "editor.fields.pay_min_minor", pay_max: "editor.fields.pay_max_minor" };

export default function ImportOpenings() {
  const { org, orgs, maxSize, maxRows } = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const { t } = useTranslation();
  const query = orgs.length > 1 ? `?org=${org.id}` : "";
  const fileError = result?.errors.file ? translateKey(t, result.errors.file, result.errorValues.file) : undefined;

  return (
    <>
      <p className="back-link">
        <Link to={`/staff${query}`}>{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("import.title")}</h1>
      <p className="lead">{t("import.lead")}</p>
      <OrganisationChooser options={orgs} current={org.id} />
      <ol className="steps">
        <li>
          {t("import.step1")}{" "}
          <a href="/staff/openings/import/template.csv" download>
            {t("import.template")}
          </a>
        </li>
        <li>{t("import.step2")}</li>
        <li>{t("import.step3")}</li>
      </ol>
      <p>{t("import.draftsNote")}</p>

      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t("import.uploadHeading")}</h2>
        <PostForm errors={result?.errors} errorValues={result?.errorValues} encType="multipart/form-data" action={`/staff/openings/import${query}`}>
          <FileField
            id="file"
            name="file"
            label={t("import.fileLabel")}
            description={t("import.fileHint", { max: maxSize, rows: maxRows })}
            accept=".csv,text/csv"
            errorMessage={fileError}
          />
          <Button type="submit">{t("import.check")}</Button>
        </PostForm>
      </section>

      <section aria-labelledby="help-heading">
        <h2 id="help-heading">{t("import.helpHeading")}</h2>
        <p>{t("import.helpLead")}</p>
        <dl className="column-help">
          {IMPORT_COLUMNS.map((column) => {
            const choice = CHOICES[column];
            return (
              <div key={column}>
                <dt>
                  <code>{column}</code>
                </dt>
                <dd>
                  {column === "row_id"
                    ? t("import.columns.row_id")
                    : column === "employer"
                      ? t("import.columns.employer")
                      : translateKey(t, LABEL_KEY[column] ?? `editor.fields.${column}`)}
                  {(FLAG_COLUMNS as readonly string[]).includes(column) ? ` ${t("import.columns.yesNo")}` : null}
                  {column === "deadline" ? ` ${t("import.columns.date")}` : null}
                  {choice ? (
                    <>
                      {" "}
                      {t("import.columns.oneOf")}
                      <span className="column-help__values">
                        {choice.values.map((value, index) => (
                          <span key={value}>
                            {index > 0 ? t("import.columns.listSeparator") : null}
                            <code>{value}</code> ({translateKey(t, `${choice.labels}.${value}`)})
                          </span>
                        ))}
                      </span>
                    </>
                  ) : null}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </>
  );
}
