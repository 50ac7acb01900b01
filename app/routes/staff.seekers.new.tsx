import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextField } from "~/components/ui/text-field";
import { FileField } from "~/components/ui/file-field";
import { DOCUMENT_OR_IMAGE, getFileStore, parseUploadForm, uploadMaxBytes, UploadTooLargeError } from "~/services/uploads.server";
import { formatBytes } from "~/utils/upload-outcome";
import { translateKey } from "~/utils/i18n";
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
// they gave it: on paper, by phone or in person, recorded with who took it, and, for paper, a scan
// or photo of the signed form if staff have one (optional; PDF, JPG or PNG).
async function staffOf(request: Request) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  return {
    user,
    chosen,
    query: options.length > 1 ? `?org=${chosen.organisation_id}` : "",
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { query } = await staffOf(request);
  return json({ query, maxSize: formatBytes(uploadMaxBytes()) }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, chosen, query } = await staffOf(request);
  let upload: Awaited<ReturnType<typeof parseUploadForm>>;
  try {
    upload = await parseUploadForm(request, { scan: DOCUMENT_OR_IMAGE });
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw new Response("Payload Too Large", { status: 413 });
    throw error;
  }
  const { formData } = upload;
  const scan = upload.files.scan;
  const scanError = scan?.status === "too_large" ? "upload.tooLarge" : scan?.status === "wrong_type" ? "upload.wrongTypeDocument" : null;
  const parsed = parseForm(formData, offlineSeekerSchema);
  if (!parsed.ok || scanError) {
    // In page order, the scan after the note; a refused file is chosen again, nothing else is lost.
    const errors = parsed.ok ? {} : { ...parsed.errors };
    const ordered = Object.fromEntries(
      Object.entries({
        ...errors,
        ...(scanError ? { scan: scanError } : {}),
      }).sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b)),
    );
    return formErrors(context, {
      errors: ordered,
      values: submittedValues(formData, []),
    });
  }
  const { consent: _given, ...fields } = parsed.data;
  const registered = await registerOfflineSeeker(getDb(), getFileStore(), {
    ...fields,
    scan: scan?.status === "ok" ? { name: scan.name, contentType: scan.contentType, bytes: scan.bytes } : null,
    partnerId: chosen.organisation_id,
    staffUserId: user.id,
    textVersion: ASSIST_CONSENT_VERSION,
  });
  if (!registered.ok)
    return formErrors(context, {
      errors: { mobile: "caseload.errors.mobileTaken" },
      values: submittedValues(formData, []),
    });
  return redirect(`/staff/seekers/${registered.id}${query ? `${query}&` : "?"}registered`, 303);
}

/** The form's fields in page order, so the error summary lists problems as they appear. */
const FIELD_ORDER = ["displayName", "mobile", "preferredWork", "how", "note", "scan", "consent"];

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("caseload.registerTitle"));

export default function RegisterSeeker() {
  const { query, maxSize } = useLoaderData<typeof loader>();
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
      <PostForm errors={result?.errors} errorValues={{ scan: { max: maxSize } }} action={`/staff/seekers/new${query}`} encType="multipart/form-data">
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
          options={OFFLINE_CONSENT_HOW.map((value) => ({
            value,
            label: t(`caseload.hows.${value}`),
          }))}
        />
        <TextField id="note" name="note" label={t("caseload.consentNote")} description={t("caseload.consentNoteHint")} defaultValue={values.note} autoComplete="off" />
        <FileField
          id="scan"
          name="scan"
          label={t("caseload.scan")}
          description={`${t("caseload.scanHint")} ${t("upload.hintDocument", {
            max: maxSize,
          })}`}
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          errorMessage={result?.errors.scan ? translateKey(t, result.errors.scan, { max: maxSize }) : undefined}
        />
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
