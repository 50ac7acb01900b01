import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Form as AriaForm } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ProblemSummary, useProblemMessages } from "~/components/certification";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { TextField } from "~/components/ui/text-field";
import { getCriteriaVersion, updateDraftCriterion } from "~/models/criteria.server";
import { requireRole } from "~/utils/auth.server";
import { textValues, type FormProblem } from "~/utils/certification-forms.server";
import { getDb } from "~/utils/db.server";
import { metaT, pageTitle } from "~/utils/meta";
import { idParam } from "~/utils/workspace.server";
import { CERTIFICATE_LEVELS } from "../../db/schema";
import { actionHeaders } from "~/utils/forms.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["opening", "workspace", "certification"] };

// GET/POST /admin/criteria/:id/:criterionId — editing one criterion of a draft version. Published
// and retired versions are never edited: their criteria pages are 404 here.

async function load(request: Request, params: { id?: string; criterionId?: string }) {
  const user = await requireRole(request, "admin");
  const version = await getCriteriaVersion(getDb(), { id: idParam(params.id) });
  const criterionId = idParam(params.criterionId);
  const criterion = version?.criteria.find((c) => c.id === criterionId);
  if (!version || version.status !== "draft" || !criterion) throw new Response("Not Found", { status: 404 });
  return { user, version, criterion };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { version, criterion } = await load(request, params);
  return json({ version: { id: version.id, label: version.label }, criterion }, { headers: { "Cache-Control": "no-store" } });
}

type ActionData = { problems: FormProblem[]; values: Record<string, string> };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, version, criterion } = await load(request, params);
  const formData = await request.formData();
  const values = textValues(formData);
  const text = (name: string) => String(formData.get(name) ?? "").trim();
  const level = CERTIFICATE_LEVELS.find((l) => l === formData.get("level"));
  const points = text("points");
  const problems: FormProblem[] = [];
  if (!level) problems.push({ field: "level", key: "certification.criteria.errors.levelRequired" });
  if (!/^\d{1,3}$/.test(points) || Number(points) > 100) problems.push({ field: "points", key: "certification.criteria.errors.pointsInvalid" });
  if (!text("text_zh")) problems.push({ field: "text_zh", key: "certification.criteria.errors.textZhRequired" });
  if (!text("text_en")) problems.push({ field: "text_en", key: "certification.criteria.errors.textEnRequired" });
  if (problems.length > 0 || !level) {
    context.form.hasErrors = true;
    return json<ActionData>({ problems, values }, { status: 400 });
  }
  const result = await updateDraftCriterion(getDb(), {
    versionId: version.id,
    criterionId: criterion.id,
    actorUserId: user.id,
    fields: {
      level,
      points: Number(points),
      evidence_required: formData.get("evidence_required") === "on",
      veto: formData.get("veto") === "on",
      text_zh: text("text_zh"),
      text_en: text("text_en"),
      guidance_zh: text("guidance_zh") || null,
      guidance_en: text("guidance_en") || null,
    },
  });
  if (!result.ok) throw new Response("Not Found", { status: 404 });
  return redirect(`/admin/criteria/${version.id}?done=saved`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, metaT(matches)("certification.criteria.editTitle", { code: data?.criterion.code ?? "" }));

export default function EditCriterion() {
  const { version, criterion } = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const { t } = useTranslation();
  const messages = useProblemMessages(result?.problems);
  const v = (name: string, saved: string | number | null) => (result ? result.values[name] ?? "" : saved === null ? "" : String(saved));
  const flag = (name: "veto" | "evidence_required") => (result ? result.values[name] === "on" : criterion[name]);
  return (
    <>
      <p className="back-link">
        <Link to={`/admin/criteria/${version.id}`}>{t("certification.criteria.backToVersion", { label: version.label })}</Link>
      </p>
      <h1>{t("certification.criteria.editTitle", { code: criterion.code })}</h1>
      <AriaForm method="post" action={`/admin/criteria/${version.id}/${criterion.id}`} className="form" validationBehavior="aria" validationErrors={messages}>
        <ProblemSummary problems={result?.problems} />
        <RadioGroup
          name="level"
          label={t("certification.criteria.levelLabel")}
          defaultValue={v("level", criterion.level) || undefined}
          options={CERTIFICATE_LEVELS.map((level, index) => ({ value: level, label: t(`certificate.levels.${level}`), id: index === 0 ? "level" : undefined }))}
        />
        <TextField id="points" name="points" inputMode="numeric" label={t("certification.criteria.pointsLabel")} defaultValue={v("points", criterion.points)} />
        <Checkbox name="evidence_required" defaultSelected={flag("evidence_required")} label={t("certification.criteria.evidenceLabel")} />
        <Checkbox name="veto" defaultSelected={flag("veto")} label={t("certification.criteria.vetoLabel")} />
        <TextArea id="text_zh" name="text_zh" inputLang="zh-CN" label={t("certification.criteria.textZh")} rows={3} defaultValue={v("text_zh", criterion.text_zh)} />
        <TextArea id="text_en" name="text_en" inputLang="en" label={t("certification.criteria.textEn")} rows={3} defaultValue={v("text_en", criterion.text_en)} />
        <TextArea id="guidance_zh" name="guidance_zh" inputLang="zh-CN" label={t("certification.criteria.guidanceZh")} rows={3} defaultValue={v("guidance_zh", criterion.guidance_zh)} />
        <TextArea id="guidance_en" name="guidance_en" inputLang="en" label={t("certification.criteria.guidanceEn")} rows={3} defaultValue={v("guidance_en", criterion.guidance_en)} />
        <Button type="submit">{t("certification.criteria.saveCriterion")}</Button>
      </AriaForm>
    </>
  );
}
