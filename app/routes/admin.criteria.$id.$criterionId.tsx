import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { TextField } from "~/components/ui/text-field";
import { getCriteriaVersion, updateDraftCriterion } from "~/models/criteria.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { idParam } from "~/services/workspace.server";
import { criterionSchema } from "~/validation/certification";
import { CERTIFICATE_LEVELS } from "~/domain/certification";

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

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, version, criterion } = await load(request, params);
  const parsed = parseForm(await request.formData(), criterionSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const result = await updateDraftCriterion(getDb(), { versionId: version.id, criterionId: criterion.id, actorUserId: user.id, fields: parsed.data });
  if (!result.ok) throw new Response("Not Found", { status: 404 });
  return redirect(`/admin/criteria/${version.id}?done=saved`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, metaT(matches)("certification.criteria.editTitle", { code: data?.criterion.code ?? "" }));

export default function EditCriterion() {
  const { version, criterion } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const v = (name: string, saved: string | number | null) => (result ? result.values[name] ?? "" : saved === null ? "" : String(saved));
  const flag = (name: "veto" | "evidence_required") => (result ? result.values[name] === "on" : criterion[name]);
  return (
    <>
      <p className="back-link">
        <Link to={`/admin/criteria/${version.id}`}>{t("certification.criteria.backToVersion", { label: version.label })}</Link>
      </p>
      <h1>{t("certification.criteria.editTitle", { code: criterion.code })}</h1>
      <PostForm action={`/admin/criteria/${version.id}/${criterion.id}`} errors={result?.errors}>
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
      </PostForm>
    </>
  );
}
