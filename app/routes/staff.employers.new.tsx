import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { TextField } from "~/components/ui/text-field";
import { getEmployerVerification } from "~/models/verification.server";
import { requireRole } from "~/services/auth.server";
import { addEmployerOnBehalf, partnerVerifiesEmployers } from "~/services/employer-team.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { actionHeaders, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { employerOnBehalfSchema } from "~/validation/employer-team";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account", "workspace"] };

// GET/POST /staff/employers/new: staff of a federation or employment centre open an account for an
// employer that came to the office or phoned, and invite the person who will own it (issue 19, item 1).
async function staffOf(request: Request) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  const verifies = await partnerVerifiesEmployers(getDb(), { partnerId: chosen.organisation_id });
  return { user, chosen, verifies, query: options.length > 1 ? `?org=${chosen.organisation_id}` : "" };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { chosen, verifies, query } = await staffOf(request);
  // "Added": the employer's name, read from the database, and only for an employer this partner checks.
  const addedId = Number(new URL(request.url).searchParams.get("added"));
  const added = Number.isSafeInteger(addedId) && addedId > 0 ? await getEmployerVerification(getDb(), { employerId: addedId }) : null;
  const addedHere = added && added.employer.requested_partner_id === chosen.organisation_id ? added.employer : null;
  const bySms = new URL(request.url).searchParams.get("by") === "sms";
  return json(
    { verifies, query, added: addedHere ? { name_zh: addedHere.name_zh, name_en: addedHere.name_en, bySms } : null },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, chosen, verifies, query } = await staffOf(request);
  if (!verifies) throw new Response("Forbidden", { status: 403 });
  const formData = await request.formData();
  const parsed = parseForm(formData, employerOnBehalfSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const added = await addEmployerOnBehalf(getDb(), { actorUserId: user.id, partnerId: chosen.organisation_id, ...parsed.data, origin: getEnv().publicUrl });
  // The partner itself not (or no longer) verified: nothing it could add.
  if (!added.ok && added.error === "unknownPartner") throw new Response("Forbidden", { status: 403 });
  if (!added.ok) return formErrors(context, { errors: { creditCode: "addEmployer.errors.creditCodeTaken" }, values: submittedValues(formData, []) });
  const by = parsed.data.ownerContact.mobile !== undefined ? "&by=sms" : "";
  return redirect(`/staff/employers/new${query ? `${query}&` : "?"}added=${added.id}${by}`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("addEmployer.title"));

export default function AddEmployer() {
  const { verifies, query, added } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const values = result?.values ?? {};
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/staff${query}`}>{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("addEmployer.title")}</h1>
      {added && !result ? (
        <p className="notice notice--success" role="status">
          {t(added.bySms ? "addEmployer.addedBySms" : "addEmployer.added", { name: pickText(locale, added.name_zh, added.name_en)?.text ?? "" })}
        </p>
      ) : null}
      {verifies ? (
        <>
          <p className="lead">{t("addEmployer.lead")}</p>
          <PostForm errors={result?.errors} action={`/staff/employers/new${query}`}>
            <TextField
              id="nameZh"
              name="nameZh"
              label={t("addEmployer.nameZh")}
              description={t("addEmployer.namesHint")}
              defaultValue={values.nameZh}
              autoComplete="off"
              inputLang="zh-CN"
            />
            <TextField id="nameEn" name="nameEn" label={t("addEmployer.nameEn")} defaultValue={values.nameEn} autoComplete="off" inputLang="en" />
            <TextField id="creditCode" name="creditCode" label={t("addEmployer.creditCode")} description={t("addEmployer.creditCodeHint")} defaultValue={values.creditCode} autoComplete="off" />
            <TextField
              id="ownerContact"
              name="ownerContact"
              label={t("addEmployer.ownerContact")}
              description={t("addEmployer.ownerContactHint")}
              defaultValue={values.ownerContact}
              autoComplete="off"
            />
            <Button type="submit">{t("addEmployer.submit")}</Button>
          </PostForm>
        </>
      ) : (
        <p className="notice">{t("addEmployer.notVerifying")}</p>
      )}
    </div>
  );
}
