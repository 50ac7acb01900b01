import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Form as AriaForm } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { CriterionTags, pickCriterionText, ProblemSummary, useAreaName, useProblemMessages } from "~/components/certification";
import { DoneMessage } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/text-field";
import { copyCriteriaVersion, getCriteriaVersion, publishCriteriaVersion, updateDraftVersion } from "~/models/criteria.server";
import { requireRole } from "~/utils/auth.server";
import { textValues, type FormProblem } from "~/utils/certification-forms.server";
import { getDb } from "~/utils/db.server";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/utils/use-locale";
import { idParam } from "~/utils/workspace.server";
import { ASSESSMENT_AREAS, CERTIFICATE_LEVELS } from "../../db/schema";
import { actionHeaders } from "~/utils/forms.server";

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

type ActionData = { form: string; problems: FormProblem[]; values: Record<string, string> };

const percent = (value: FormDataEntryValue | null) => (typeof value === "string" && /^\d{1,3}$/.test(value.trim()) && Number(value) <= 100 ? Number(value) : null);

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "admin");
  const id = idParam(params.id);
  const db = getDb();
  const formData = await request.formData();
  const values = textValues(formData);
  const fail = (form: string, problems: FormProblem[], status = 400) => {
    context.form.hasErrors = true;
    return json<ActionData>({ form, problems, values }, { status });
  };
  const intent = formData.get("intent");
  if (intent === "copy") {
    const label = String(formData.get("label") ?? "").trim();
    if (!/^\d{4}\.\d{1,2}$/.test(label)) return fail("copy", [{ field: "label", key: "certification.criteria.errors.labelInvalid" }]);
    const result = await copyCriteriaVersion(db, { fromId: id, label, actorUserId: user.id });
    if (!result.ok) {
      if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
      return fail("copy", [{ field: "label", key: "certification.criteria.errors.labelTaken" }], 409);
    }
    return redirect(`/admin/criteria/${result.id}?done=copied`, 303);
  }
  if (intent === "save") {
    const months = String(formData.get("validity_months") ?? "").trim();
    const thresholds = Object.fromEntries(CERTIFICATE_LEVELS.map((level) => [level, percent(formData.get(`threshold_${level}`))]));
    const problems: FormProblem[] = [];
    if (!/^\d{1,2}$/.test(months) || Number(months) < 1 || Number(months) > 60) problems.push({ field: "validity_months", key: "certification.criteria.errors.monthsInvalid" });
    for (const level of CERTIFICATE_LEVELS) {
      if (thresholds[level] === null) problems.push({ field: `threshold_${level}`, key: "certification.criteria.errors.thresholdInvalid" });
    }
    if (problems.length > 0) return fail("save", problems);
    const result = await updateDraftVersion(db, {
      id,
      validityMonths: Number(months),
      thresholds: {
        committed: thresholds.committed ?? 0,
        accessible_employer: thresholds.accessible_employer ?? 0,
        inclusion_leader: thresholds.inclusion_leader ?? 0,
      },
      actorUserId: user.id,
    });
    if (!result.ok) {
      if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
      return fail("save", [{ field: "validity_months", key: "certification.criteria.errors.notDraft" }], 409);
    }
    return redirect(`/admin/criteria/${id}?done=saved`, 303);
  }
  if (intent === "publish") {
    const result = await publishCriteriaVersion(db, { id, actorUserId: user.id });
    if (!result.ok) {
      if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
      return fail("publish", [{ field: "publish", key: "certification.criteria.errors.notDraft" }], 409);
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
  const result = useActionData<ActionData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const areaName = useAreaName();
  const problemsFor = (form: string) => (result?.form === form ? result.problems : undefined);
  const saveMessages = useProblemMessages(problemsFor("save"));
  const copyMessages = useProblemMessages(problemsFor("copy"));
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
          <AriaForm method="post" action={`/admin/criteria/${version.id}`} className="form" validationBehavior="aria" validationErrors={saveMessages}>
            <ProblemSummary problems={problemsFor("save")} />
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
          </AriaForm>
          <AriaForm method="post" action={`/admin/criteria/${version.id}`} className="form" validationBehavior="aria">
            <ProblemSummary problems={problemsFor("publish")} />
            <h2 id="publish">{t("certification.criteria.publishHeading")}</h2>
            <p>{t("certification.criteria.publishLead")}</p>
            <input type="hidden" name="intent" value="publish" />
            <Button type="submit">{t("certification.criteria.publish")}</Button>
          </AriaForm>
        </>
      ) : null}

      <AriaForm method="post" action={`/admin/criteria/${version.id}`} className="form" validationBehavior="aria" validationErrors={copyMessages}>
        <ProblemSummary problems={problemsFor("copy")} />
        <h2 id="copy-heading">{t("certification.criteria.copyHeading")}</h2>
        <input type="hidden" name="intent" value="copy" />
        <TextField id="label" name="label" label={t("certification.criteria.labelLabel")} description={t("certification.criteria.labelHint")} defaultValue={result?.form === "copy" ? result.values.label : ""} />
        <Button type="submit" variant="secondary">
          {t("certification.criteria.copy")}
        </Button>
      </AriaForm>

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
