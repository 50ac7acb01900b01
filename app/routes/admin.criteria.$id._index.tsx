import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CriterionTags, pickCriterionText, useAreaName } from "~/components/certification";
import { DoneMessage } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { TextField } from "~/components/ui/text-field";
import { copyCriteriaVersion, getCriteriaVersion, publishCriteriaVersion, updateDraftVersion } from "~/models/criteria.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm, submittedValues } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { idParam } from "~/services/workspace.server";
import { criteriaCopySchema, criteriaSettingsSchema } from "~/validation/certification";
import { ASSESSMENT_AREAS, CERTIFICATE_LEVELS } from "~/domain/certification";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace", "certification"] };

// GET/POST /admin/criteria/:id — one criteria version: its criteria by area, its pass thresholds
// and validity. A draft can be edited and published; any version can be copied to a new draft.

const DONE = ["copied", "saved", "published"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const version = await getCriteriaVersion(getDb(), { id: idParam(params.id) });
  if (!version) throw new Response("Not Found", { status: 404 });
  const done = DONE.find((d) => d === new URL(request.url).searchParams.get("done")) ?? null;
  return json({ version, done }, { headers: { "Cache-Control": "no-store" } });
}

/** The page's three forms; a failed POST says which one it came from. */
type FormName = "copy" | "save" | "publish";

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin");
  const id = idParam(params.id);
  const db = getDb();
  const formData = await request.formData();
  const fail = (form: FormName, errors: Record<string, string>, status: number) => formErrors(context, { form, errors, values: submittedValues(formData, []) }, status);
  const intent = formData.get("intent");
  if (intent === "copy") {
    const parsed = parseForm(formData, criteriaCopySchema);
    if (!parsed.ok) return formErrors(context, { form: "copy" as FormName, ...parsed });
    const result = await copyCriteriaVersion(db, { fromId: id, label: parsed.data.label, actorUserId: user.id });
    if (!result.ok) {
      if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
      return fail("copy", { label: "certification.criteria.errors.labelTaken" }, 409);
    }
    return redirect(`/admin/criteria/${result.id}?done=copied`, 303);
  }
  if (intent === "save") {
    const parsed = parseForm(formData, criteriaSettingsSchema);
    if (!parsed.ok) return formErrors(context, { form: "save" as FormName, ...parsed });
    const { validity_months, threshold_committed, threshold_accessible_employer, threshold_inclusion_leader } = parsed.data;
    const result = await updateDraftVersion(db, {
      id,
      validityMonths: validity_months,
      thresholds: { committed: threshold_committed, accessible_employer: threshold_accessible_employer, inclusion_leader: threshold_inclusion_leader },
      actorUserId: user.id,
    });
    if (!result.ok) {
      if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
      return fail("save", { validity_months: "certification.criteria.errors.notDraft" }, 409);
    }
    return redirect(`/admin/criteria/${id}?done=saved`, 303);
  }
  if (intent === "publish") {
    const result = await publishCriteriaVersion(db, { id, actorUserId: user.id });
    if (!result.ok) {
      if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
      return fail("publish", { publish: "certification.criteria.errors.notDraft" }, 409);
    }
    return redirect(`/admin/criteria/${id}?done=published`, 303);
  }
  throw new Response("Bad Request", { status: 400 });
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, metaT(matches)("certification.criteria.versionName", { label: data?.version.label ?? "" }));

export default function CriteriaVersionPage() {
  const { version, done } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const locale = useLocale();
  const areaName = useAreaName();
  const errorsFor = (form: FormName) => (result?.form === form ? result.errors : undefined);
  const draft = version.status === "draft";
  const formValue = (name: string, saved: number) => (result?.form === "save" ? result.values[name] ?? "" : String(saved));
  return (
    <>
      <p className="back-link">
        <Link to="/admin/criteria">{t("certification.criteria.back")}</Link>
      </p>
      <h1>{t("certification.criteria.versionName", { label: version.label })}</h1>
      <DoneMessage message={done ? t(`certification.criteria.done.${done}`) : null} />
      <p className="lead">{draft ? t("certification.criteria.draftLead") : t("certification.criteria.frozenLead")}</p>
      <dl className="facts">
        <div>
          <dt>{t("certification.application.status")}</dt>
          <dd>{t(`certification.criteria.statuses.${version.status}`)}</dd>
        </div>
        <div>
          <dt>{t("certification.criteria.validity")}</dt>
          <dd>{t("certification.criteria.months", { count: version.validity_months })}</dd>
        </div>
        {CERTIFICATE_LEVELS.map((level) => (
          <div key={level}>
            <dt>{t("certification.criteria.thresholdFor", { level: t(`certificate.levels.${level}`) })}</dt>
            <dd>{version[`threshold_${level}`]}%</dd>
          </div>
        ))}
      </dl>

      {draft ? (
        <>
          <PostForm action={`/admin/criteria/${version.id}`} errors={errorsFor("save")}>
            <h2 id="settings-heading">{t("certification.criteria.settingsHeading")}</h2>
            <input type="hidden" name="intent" value="save" />
            <TextField id="validity_months" name="validity_months" inputMode="numeric" label={t("certification.criteria.validityLabel")} defaultValue={formValue("validity_months", version.validity_months)} />
            {CERTIFICATE_LEVELS.map((level) => (
              <TextField
                key={level}
                id={`threshold_${level}`}
                name={`threshold_${level}`}
                inputMode="numeric"
                label={t("certification.criteria.thresholdLabel", { level: t(`certificate.levels.${level}`) })}
                defaultValue={formValue(`threshold_${level}`, version[`threshold_${level}`])}
              />
            ))}
            <Button type="submit">{t("certification.criteria.save")}</Button>
          </PostForm>
          <PostForm action={`/admin/criteria/${version.id}`} errors={errorsFor("publish")}>
            <h2 id="publish">{t("certification.criteria.publishHeading")}</h2>
            <p>{t("certification.criteria.publishLead")}</p>
            <input type="hidden" name="intent" value="publish" />
            <Button type="submit">{t("certification.criteria.publish")}</Button>
          </PostForm>
        </>
      ) : null}

      <PostForm action={`/admin/criteria/${version.id}`} errors={errorsFor("copy")}>
        <h2 id="copy-heading">{t("certification.criteria.copyHeading")}</h2>
        <input type="hidden" name="intent" value="copy" />
        <TextField id="label" name="label" label={t("certification.criteria.labelLabel")} description={t("certification.criteria.labelHint")} defaultValue={result?.form === "copy" ? result.values.label : ""} />
        <Button type="submit" variant="secondary">
          {t("certification.criteria.copy")}
        </Button>
      </PostForm>

      <h2 id="criteria-heading">{t("certification.criteria.criteriaHeading")}</h2>
      {ASSESSMENT_AREAS.map((area) => (
        <section key={area} aria-labelledby={`area-${area}`}>
          <h3 id={`area-${area}`}>{areaName(area)}</h3>
          <ul className="work-list">
            {version.criteria
              .filter((c) => c.area === area)
              .map((c) => (
                <li key={c.id} className="work-list__item">
                  <p className="work-list__title">
                    {draft ? (
                      <Link to={`/admin/criteria/${version.id}/${c.id}`}>
                        {c.code} · {pickCriterionText(locale, c.text_zh, c.text_en)}
                      </Link>
                    ) : (
                      <>
                        {c.code} · {pickCriterionText(locale, c.text_zh, c.text_en)}
                      </>
                    )}
                  </p>
                  <CriterionTags criterion={c} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
