import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextField } from "~/components/ui/text-field";
import { requireRole } from "~/services/auth.server";
import { registerOfflineSeeker } from "~/services/caseload.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { ASSIST_CONSENT_VERSION } from "~/validation/application";
import { OFFLINE_CONSENT_HOW } from "~/domain/caseload";
import { offlineSeekerSchema } from "~/validation/caseload";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["workspace", "account", "apply"] };

// GET/POST /staff/seekers/new: partner staff register a job seeker who came to the office or phoned
// (issue 19, item 5): the person's own account, with their mobile number and no password (they claim
// it by signing up with that number), and their permission for this partner to apply for them as
// they gave it: on paper, by phone or in person, recorded with who took it.
async function staffOf(request: Request) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  return { user, chosen, query: options.length > 1 ? `?org=${chosen.organisation_id}` : "" };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { query } = await staffOf(request);
  return json({ query }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, chosen, query } = await staffOf(request);
  const formData = await request.formData();
  const parsed = parseForm(formData, offlineSeekerSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const { consent: _given, ...fields } = parsed.data;
  const registered = await registerOfflineSeeker(getDb(), {
    ...fields,
    partnerId: chosen.organisation_id,
    staffUserId: user.id,
    textVersion: ASSIST_CONSENT_VERSION,
  });
  if (!registered.ok) return formErrors(context, { errors: { mobile: "caseload.errors.mobileTaken" }, values: submittedValues(formData, []) });
  return redirect(`/staff/seekers/${registered.id}${query ? `${query}&` : "?"}registered`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("caseload.registerTitle"));

export default function RegisterSeeker() {
  const { query } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const values = result?.values ?? {};
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/staff/seekers${query}`}>{t("caseload.back")}</Link>
      </p>
      <h1>{t("caseload.registerTitle")}</h1>
      <p className="lead">{t("caseload.registerLead")}</p>
      <PostForm errors={result?.errors} action={`/staff/seekers/new${query}`}>
        <TextField id="displayName" name="displayName" label={t("caseload.name")} defaultValue={values.displayName} autoComplete="off" />
        <TextField id="mobile" name="mobile" label={t("caseload.mobile")} description={t("caseload.mobileHint")} defaultValue={values.mobile} autoComplete="off" inputMode="tel" />
        <TextField id="preferredWork" name="preferredWork" label={t("caseload.work")} description={t("caseload.workHint")} defaultValue={values.preferredWork} autoComplete="off" />
        <h2>{t("caseload.consentHeading")}</h2>
        <p className="field__hint" id="consent-hint">
          {t("caseload.consentText")}
        </p>
        <RadioGroup
          id="how"
          name="how"
          label={t("caseload.how")}
          defaultValue={values.how}
          options={OFFLINE_CONSENT_HOW.map((value) => ({ value, label: t(`caseload.hows.${value}`) }))}
        />
        <TextField id="note" name="note" label={t("caseload.consentNote")} description={t("caseload.consentNoteHint")} defaultValue={values.note} autoComplete="off" />
        <Checkbox
          id="consent"
          name="consent"
          label={t("caseload.consentLabel")}
          isInvalid={Boolean(result?.errors.consent)}
          aria-describedby={result?.errors.consent ? "consent-hint consent-error" : "consent-hint"}
        />
        {result?.errors.consent ? (
          <p className="field__error" id="consent-error">
            {t("caseload.errors.consentRequired")}
          </p>
        ) : null}
        <Button type="submit">{t("caseload.registerButton")}</Button>
      </PostForm>
    </div>
  );
}
