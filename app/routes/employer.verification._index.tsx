import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FreeText } from "~/components/localized-text";
import { DoneMessage, OrganisationChooser } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { FileField } from "~/components/ui/file-field";
import { PostForm } from "~/components/ui/form";
import { NativeSelect } from "~/components/ui/select";
import { TextArea } from "~/components/ui/text-area";
import { TextField } from "~/components/ui/text-field";
import { lastPartnerOf, listVerifyingPartners } from "~/models/opening-choices.server";
import { canSubmitVerification, getEmployerVerification, submitVerification } from "~/models/verification.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FieldErrors } from "~/utils/forms.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { translateKey } from "~/utils/i18n";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { DOCUMENT_OR_IMAGE, getFileStore, parseUploadForm, uploadMaxBytes, UploadTooLargeError } from "~/services/uploads.server";
import { formatBytes, type UploadOutcome } from "~/utils/upload-outcome";
import { useLocale } from "~/hooks/use-locale";
import { chosenOrganisation } from "~/services/workspace.server";
import { verificationRequestSchema } from "~/validation/verification";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "workspace"] };

// GET/POST /employer/verification: an employer member sends the organisation's business licence
// to a partner of their choice, and sees where the check stands (not yet sent, being checked,
// verified, or refused with the partner's reason, after which they may send it again).

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  const { chosen, options } = chosenOrganisation(user, "employer", request);
  const db = getDb();
  const state = await getEmployerVerification(db, { employerId: chosen.organisation_id });
  if (!state) throw new Response("Not Found", { status: 404 });
  // Only federations and employment centres check licences. The form starts from what the
  // employer gave when it signed up, if it did.
  const partners = await listVerifyingPartners(db);
  const lastPartner = state.employer.requested_partner_id ?? (await lastPartnerOf(db, { employerId: chosen.organisation_id }));
  return json({
    org: { id: chosen.organisation_id, name_zh: chosen.name_zh, name_en: chosen.name_en },
    orgs: options.map(({ organisation_id, name_zh, name_en }) => ({ organisation_id, name_zh, name_en })),
    status: state.employer.verification_status,
    verifiedAt: state.employer.verified_at,
    suspendedAt: state.employer.suspended_at,
    suspensionReason: state.employer.suspension_reason,
    creditCode: state.employer.credit_code,
    claimedCreditCode: state.employer.claimed_credit_code ?? "",
    joined: new URL(request.url).searchParams.has("joined"),
    latest: state.latest ? { ...state.latest, file_size: formatBytes(state.latest.file_size) } : null,
    canSubmit: canSubmitVerification(state.employer.verification_status),
    partners,
    defaultPartner: lastPartner === null ? "" : String(lastPartner),
    maxSize: formatBytes(uploadMaxBytes()),
    sent: new URL(request.url).searchParams.has("sent"),
  });
}

/** The licence field's error, as an i18n key, or null when a file was accepted. */
function licenceError(outcome: UploadOutcome | undefined): string | null {
  if (!outcome || outcome.status === "none") return "verification.errors.licenceRequired";
  if (outcome.status === "too_large") return "upload.tooLarge";
  if (outcome.status === "wrong_type") return "upload.wrongTypeDocument";
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "employer");
  const { chosen } = chosenOrganisation(user, "employer", request);
  let upload: Awaited<ReturnType<typeof parseUploadForm>>;
  try {
    upload = await parseUploadForm(request, { licence: DOCUMENT_OR_IMAGE });
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw new Response("Payload Too Large", { status: 413 });
    throw error;
  }
  const fields = parseForm(upload.formData, verificationRequestSchema);
  const file = upload.files.licence;
  const fileError = licenceError(file);
  const values: Record<string, string> = {};
  for (const [key, value] of upload.formData.entries()) if (typeof value === "string") values[key] = value;
  if (!fields.ok || fileError || file?.status !== "ok") {
    // In page order: code, licence, partner, note.
    const errors: FieldErrors = {};
    const fieldErrors = fields.ok ? {} : fields.errors;
    if (fieldErrors.creditCode) errors.creditCode = fieldErrors.creditCode;
    if (fileError) errors.licence = fileError;
    if (fieldErrors.partnerId) errors.partnerId = fieldErrors.partnerId;
    if (fieldErrors.note) errors.note = fieldErrors.note;
    return formErrors(context, { errors, values });
  }
  const result = await submitVerification(getDb(), getFileStore(), {
    employerId: chosen.organisation_id,
    partnerId: fields.data.partnerId,
    actorUserId: user.id,
    creditCode: fields.data.creditCode,
    note: fields.data.note,
    file: { name: file.name, contentType: file.contentType, bytes: file.bytes },
  });
  if (!result.ok) {
    const field = result.error === "unknownPartner" ? "partnerId" : result.error === "creditCodeTaken" ? "creditCode" : "licence";
    return formErrors(context, { errors: { [field]: `verification.errors.${result.error}` }, values }, 409);
  }
  const query = new URLSearchParams({ sent: "" });
  if (new URL(request.url).searchParams.has("org")) query.set("org", String(chosen.organisation_id));
  return redirect(`/employer/verification?${query.toString()}`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("verification.title"));

export default function EmployerVerification() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const locale = useLocale();
  const { latest } = data;
  const orgQuery = data.orgs.length > 1 ? `?org=${data.org.id}` : "";
  const errors = result?.errors;
  const values = result?.values ?? {};
  const partnerName = latest ? (pickText(locale, latest.partner_name_zh, latest.partner_name_en)?.text ?? "") : "";

  return (
    <>
      <p className="back-link">
        <Link to={`/employer${orgQuery}`}>{t("workspace.backToEmployer")}</Link>
      </p>
      <h1>{t("verification.title")}</h1>
      <p className="lead">{t("verification.lead", { org: pickText(locale, data.org.name_zh, data.org.name_en)?.text ?? "" })}</p>
      <OrganisationChooser options={data.orgs} current={data.org.id} />
      <DoneMessage message={data.sent && data.status === "pending" ? t("verification.sent", { partner: partnerName }) : null} />
      <DoneMessage message={data.joined && data.status === "unverified" ? t("verification.joined") : null} />
      {/* A colleague sent one meanwhile: there is no form left to fix, so say so plainly. */}
      {!data.canSubmit && errors ? (
        <p className="notice" role="alert">
          {t("verification.errors.notAllowed")}
        </p>
      ) : null}

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t("verification.statusHeading")}</h2>
        <p>
          <strong>{t(`workspace.verification.${data.status}`)}</strong>
        </p>
        {data.status === "unverified" ? <p>{t("verification.state.unverified")}</p> : null}
        {data.status === "pending" && latest ? (
          <p>{t("verification.state.pending", { partner: partnerName, date: formatDate(t, latest.submitted_at) })}</p>
        ) : null}
        {data.status === "verified" ? (
          <p>{t("verification.state.verified", { date: data.verifiedAt ? formatDate(t, data.verifiedAt) : "" })}</p>
        ) : null}
        {data.status === "suspended" ? (
          <>
            <p>{t("verification.state.suspended", { date: data.suspendedAt ? formatDate(t, data.suspendedAt) : "" })}</p>
            {data.suspensionReason ? (
              <div className="notice">
                <h3>{t("verification.reasonHeading")}</h3>
                <FreeText text={data.suspensionReason} />
              </div>
            ) : null}
          </>
        ) : null}
        {data.status === "rejected" && latest ? (
          <>
            <p>{t("verification.state.rejected", { partner: partnerName, date: latest.decided_at ? formatDate(t, latest.decided_at) : "" })}</p>
            {latest.decision_reason ? (
              <div className="notice">
                <h3>{t("verification.reasonHeading")}</h3>
                <FreeText text={latest.decision_reason} />
              </div>
            ) : null}
          </>
        ) : null}
        {latest ? (
          <dl className="facts">
            <div>
              <dt>{t("verification.fields.creditCode")}</dt>
              <dd>{data.creditCode ?? latest.credit_code}</dd>
            </div>
            <div>
              <dt>{t("verification.fields.sentLicence")}</dt>
              <dd>
                <a href={`/employer/verification/${latest.id}/licence`} download>
                  {t("verification.download", { name: latest.file_name, size: latest.file_size })}
                </a>
              </dd>
            </div>
            <div>
              <dt>{t("verification.fields.sentAt")}</dt>
              <dd>{formatDateTime(t, latest.submitted_at)}</dd>
            </div>
          </dl>
        ) : null}
      </section>

      {data.canSubmit ? (
        <section aria-labelledby="send-heading">
          <h2 id="send-heading">{data.status === "rejected" ? t("verification.resendHeading") : t("verification.sendHeading")}</h2>
          <p>{t("verification.sendLead")}</p>
          <PostForm
            errors={errors}
            encType="multipart/form-data"
            errorValues={{ licence: { max: data.maxSize } }}
            action={`/employer/verification${orgQuery}`}
          >
            <TextField
              id="creditCode"
              name="creditCode"
              label={t("verification.fields.creditCode")}
              description={t("verification.fields.creditCodeHint")}
              defaultValue={values.creditCode ?? data.claimedCreditCode}
              autoComplete="off"
              inputClassName="input--code"
            />
            <FileField
              id="licence"
              name="licence"
              label={t("verification.fields.licence")}
              description={`${t("verification.fields.licenceHint")} ${t("upload.hintDocument", { max: data.maxSize })}`}
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              errorMessage={errors?.licence ? translateKey(t, errors.licence, { max: data.maxSize }) : undefined}
            />
            <NativeSelect
              id="partnerId"
              name="partnerId"
              label={t("verification.fields.partner")}
              description={t("verification.fields.partnerHint")}
              defaultValue={values.partnerId ?? data.defaultPartner}
              errorMessage={errors?.partnerId ? translateKey(t, errors.partnerId) : undefined}
              options={[
                { value: "", label: t("verification.fields.choosePartner") },
                ...data.partners.map((partner) => ({
                  value: String(partner.id),
                  label: pickText(locale, partner.name_zh, partner.name_en)?.text ?? String(partner.id),
                })),
              ]}
            />
            <TextArea
              id="note"
              name="note"
              label={t("verification.fields.note")}
              description={t("verification.fields.noteHint")}
              defaultValue={values.note ?? ""}
              rows={3}
            />
            <Button type="submit">{t("verification.submit")}</Button>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
