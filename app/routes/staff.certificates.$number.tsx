import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalizedText } from "~/components/localized-text";
import { DoneMessage } from "~/components/workspace";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { changeCertificateStatus, getManagedCertificate } from "~/models/certificate.server";
// Not from the .server model: this list is needed in the browser too, where .server modules are empty.
import { CERTIFICATE_CHANGES, type CertificateChange } from "~/domain/certification";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, submittedValues } from "~/utils/forms.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { scopeFor } from "~/services/workspace.server";
import { certificateChangeSchema } from "~/validation/certification";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace", "certification"] };

// GET/POST /staff/certificates/:number — the reviewing partner's staff suspend a certificate, lift
// a suspension, or revoke it, always with a public reason (shown on the certificate's page).
// Certificates another partner reviewed are 404.

function numberParam(value: string | undefined): string {
  const number = (value ?? "").trim().toUpperCase();
  if (!/^AW-\d{4}-\d{4,6}$/.test(number)) throw new Response("Not Found", { status: 404 });
  return number;
}

/** The changes staff may make. A function, not a module constant: the .server import is empty in the browser bundle. */
const changes = () => Object.keys(CERTIFICATE_CHANGES) as CertificateChange[];

/** Which changes a certificate in this status allows. */
function allowedChanges(status: string): CertificateChange[] {
  if (status === "valid") return ["suspend", "revoke"];
  if (status === "suspended") return ["reinstate", "revoke"];
  return [];
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const certificate = await getManagedCertificate(getDb(), { number: numberParam(params.number), partnerIds: scopeFor(user, "staff").organisationIds });
  if (!certificate) throw new Response("Not Found", { status: 404 });
  const done = changes().find((c) => c === new URL(request.url).searchParams.get("done")) ?? null;
  return json({ certificate, allowed: allowedChanges(certificate.status), done });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "staff");
  const number = numberParam(params.number);
  const formData = await request.formData();
  const parsed = parseForm(formData, certificateChangeSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const { change, reason_zh: reasonZh, reason_en: reasonEn } = parsed.data;
  const result = await changeCertificateStatus(getDb(), {
    number,
    partnerIds: scopeFor(user, "staff").organisationIds,
    change,
    reasonZh,
    reasonEn,
    actorUserId: user.id,
  });
  if (!result.ok) {
    if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
    return formErrors(context, { errors: { change: "certification.manage.errors.wrongStatus" }, values: submittedValues(formData, []) }, 409);
  }
  return redirect(`/staff/certificates/${number}?done=${change}`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, metaT(matches)("certification.manage.title", { number: data?.certificate.number ?? "" }));

export default function ManageCertificate() {
  const { certificate, allowed, done } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <p className="back-link">
        <Link to="/staff/certification">{t("certification.review.back")}</Link>
      </p>
      <h1>{t("certification.manage.title", { number: certificate.number })}</h1>
      <DoneMessage message={done ? t(`certification.manage.done.${done}`) : null} />
      <dl className="facts">
        <div>
          <dt>{t("certificate.employer")}</dt>
          <dd>
            <LocalizedText value={pickText(locale, certificate.employer_name_zh, certificate.employer_name_en)} />
          </dd>
        </div>
        <div>
          <dt>{t("certificate.level")}</dt>
          <dd>{t(`certificate.levels.${certificate.level}`)}</dd>
        </div>
        <div>
          <dt>{t("certification.application.status")}</dt>
          <dd>
            <strong>{t(`certificate.status.${certificate.status}`)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t("certificate.expiresOn")}</dt>
          <dd>{formatDate(t, certificate.expires_on)}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/certificates/${certificate.number}`}>{t("certification.manage.publicPage")}</Link>
      </p>
      {allowed.length === 0 ? (
        <p>{t("certification.manage.final")}</p>
      ) : (
        <PostForm action={`/staff/certificates/${certificate.number}`} errors={result?.errors}>
          <h2 id="change-heading">{t("certification.manage.changeHeading")}</h2>
          <RadioGroup
            name="change"
            label={t("certification.manage.changeLabel")}
            defaultValue={result?.values.change}
            options={allowed.map((change, index) => ({ value: change, label: t(`certification.manage.changes.${change}`), id: index === 0 ? "change" : undefined }))}
          />
          <TextArea
            id="reason_zh"
            name="reason_zh"
            inputLang="zh-CN"
            label={t("certification.manage.reasonZhLabel")}
            description={t("certification.manage.reasonHint")}
            rows={3}
            defaultValue={result?.values.reason_zh ?? ""}
          />
          <TextArea id="reason_en" name="reason_en" inputLang="en" label={t("certification.manage.reasonEnLabel")} rows={3} defaultValue={result?.values.reason_en ?? ""} />
          <Button type="submit">{t("certification.manage.submit")}</Button>
        </PostForm>
      )}
    </>
  );
}
