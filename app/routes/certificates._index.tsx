import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { LocalizedText } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { TextField } from "~/components/ui/text-field";
import { certificateExists, listCertificatesForCreditCode } from "~/models/certificate.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { certificateLookupSchema } from "~/validation/certificates";
import { creditCodeProblem, normaliseCreditCode } from "~/utils/credit-code";

// /certificates: anyone checks a certificate, by the number printed on it or by the employer's
// unified social credit code (on its business licence), so that a printed or forwarded
// certificate can be checked against ours (issue 19). A number goes to its certificate's page; a
// code lists that employer's certificates here (?code=…). Works without JavaScript; with it, the
// error summary takes focus when it appears, as on every form.

export const handle: RouteHandle = { i18n: ["opening"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const typed = new URL(request.url).searchParams.get("code");
  const code = typed ? normaliseCreditCode(typed) : null;
  if (!code || creditCodeProblem(code) !== null) return json({ code: null, certificates: [] });
  return json({ code, certificates: await listCertificatesForCreditCode(getDb(), { creditCode: code }) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseForm(await request.formData(), certificateLookupSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const lookup = parsed.data.lookup;
  const db = getDb();
  if (lookup.kind === "number") {
    if (await certificateExists(db, { number: lookup.number })) return redirect(`/certificates/${lookup.number}`, 303);
    return formErrors(context, { errors: { lookup: "certificateLookup.errors.notFound" }, values: { lookup: lookup.number } });
  }
  if ((await listCertificatesForCreditCode(db, { creditCode: lookup.creditCode })).length === 0) {
    return formErrors(context, { errors: { lookup: "certificateLookup.errors.noneForCode" }, values: { lookup: lookup.creditCode } });
  }
  return redirect(`/certificates?${new URLSearchParams({ code: lookup.creditCode }).toString()}`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("certificateLookup.title"));

export default function CertificateLookup() {
  const { code, certificates } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const first = certificates[0];
  const employer = first ? pickText(locale, first.employer_name_zh, first.employer_name_en) : null;

  return (
    <div className="narrow">
      <h1>{t("certificateLookup.title")}</h1>
      <p className="lead">{t("certificateLookup.lead")}</p>
      <PostForm errors={result?.errors}>
        <TextField
          id="lookup"
          name="lookup"
          label={t("certificateLookup.label")}
          description={t("certificateLookup.hint")}
          defaultValue={result?.values.lookup ?? code ?? ""}
          autoComplete="off"
          spellCheck="false"
        />
        <Button type="submit">{t("certificateLookup.submit")}</Button>
      </PostForm>

      {code ? (
        <section aria-labelledby="lookup-results-heading">
          <h2 id="lookup-results-heading">{t("certificateLookup.resultsHeading", { code })}</h2>
          {employer ? (
            <p>
              {t("certificate.employer")}
              {t("common.colon")}
              <LocalizedText value={employer} />
            </p>
          ) : null}
          {certificates.length === 0 ? (
            <p>{t("certificateLookup.none")}</p>
          ) : (
            <ul className="link-list">
              {certificates.map((certificate) => (
                <li key={certificate.number}>
                  <Link to={`/certificates/${certificate.number}`}>{t("certificate.title", { number: certificate.number })}</Link>
                  {t("common.colon")}
                  {t("certificateLookup.summary", {
                    level: t(`certificate.levels.${certificate.level}`),
                    status: t(`certificate.status.${certificate.status}`),
                    date: formatDate(t, certificate.expires_on),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
