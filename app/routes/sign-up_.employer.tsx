import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { NewAccountFields } from "~/components/new-account-fields";
import { PostForm } from "~/components/ui/form";
import { NativeSelect } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { listVerifyingPartners } from "~/models/opening-choices.server";
import { getUser } from "~/services/auth.server";
import { sessionCookieHeader } from "~/services/session.server";
import { screenSignUp, signUpEmployer, startMobileSignUp } from "~/services/sign-up.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { actionHeaders, readLoginField, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { translateKey } from "~/utils/i18n";
import { getLocale } from "~/utils/i18next.server";
import { pickText } from "~/utils/localized";
import { placeText } from "~/utils/places";
import { metaT, pageTitle } from "~/utils/meta";
import { hashPassword } from "~/utils/password.server";
import { useLocale } from "~/hooks/use-locale";
import { employerSignUpSchema } from "~/validation/employer-sign-up";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account", "workspace"] };

// GET/POST /sign-up/employer: an employer joins on its own (issue 19, item 1): the organisation, its
// credit code and the partner that will check its licence, and the person's own account. It lands
// in the verification journey, with what it gave already filled in.

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/account", 303);
  return json({ partners: await listVerifyingPartners(getDb()) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = readLoginField(await request.formData());
  const screened = await screenSignUp(context, formData);
  if (screened) return screened;
  const parsed = parseForm(formData, employerSignUpSchema, { omit: ["password", "website"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const { password, login, ...fields } = parsed.data;
  const account = { ...fields, passwordHash: await hashPassword(password), preferredLocale: await getLocale(request) };
  const values = submittedValues(formData, ["password", "website"]);
  if (login.mobile) {
    // A mobile number is proven first: the account and the employer open once the texted code is typed.
    const started = await startMobileSignUp(context, getDb(), { mobile: login.mobile, signUp: { kind: "employer", ...account }, values });
    if (started instanceof Response) return started;
    return redirect(`/sign-up/code?${new URLSearchParams({ ref: started.ref }).toString()}`, 303);
  }
  const result = await signUpEmployer(getDb(), { ...account, login, userAgent: request.headers.get("User-Agent"), origin: getEnv().publicUrl });
  if (!result.ok) {
    const [field, message] =
      result.error === "emailTaken" || result.error === "mobileTaken"
        ? ["login", `forms.${result.error}`]
        : result.error === "creditCodeTaken"
          ? ["creditCode", "employerSignUp.errors.creditCodeTaken"]
          : ["partnerId", "employerSignUp.errors.unknownPartner"];
    return formErrors(context, { errors: { [field]: message }, values });
  }
  return redirect("/employer/verification?joined", { status: 303, headers: { "Set-Cookie": await sessionCookieHeader(result.token) } });
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("employerSignUp.title"));

export default function EmployerSignUp() {
  const { partners } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const values = result?.values ?? {};
  return (
    <div className="narrow">
      <h1>{t("employerSignUp.title")}</h1>
      <p className="lead">{t("employerSignUp.lead")}</p>
      <PostForm errors={result?.errors}>
        <h2>{t("employerSignUp.orgHeading")}</h2>
        <TextField id="nameZh" name="nameZh" label={t("employerSignUp.nameZh")} description={t("employerSignUp.nameHint")} defaultValue={values.nameZh} autoComplete="organization" inputLang="zh-CN" />
        <TextField id="nameEn" name="nameEn" label={t("employerSignUp.nameEn")} defaultValue={values.nameEn} autoComplete="off" inputLang="en" />
        <TextField
          id="creditCode"
          name="creditCode"
          label={t("employerSignUp.creditCode")}
          description={t("employerSignUp.creditCodeHint")}
          defaultValue={values.creditCode}
          autoComplete="off"
          inputClassName="input--code"
        />
        <NativeSelect
          id="partnerId"
          name="partnerId"
          label={t("employerSignUp.partner")}
          description={t("employerSignUp.partnerHint")}
          defaultValue={values.partnerId ?? ""}
          // A native select is outside React Aria's form, so it is given its error itself.
          errorMessage={result?.errors.partnerId ? translateKey(t, result.errors.partnerId) : undefined}
          options={[
            { value: "", label: t("employerSignUp.choosePartner") },
            ...partners.map((partner) => ({
              value: String(partner.id),
              // Where it is, so the nearest is easy to find.
              label: [pickText(locale, partner.name_zh, partner.name_en)?.text ?? String(partner.id), placeText(locale, partner.province, partner.city)]
                .filter(Boolean)
                .join(" · "),
            })),
          ]}
        />
        <h2>{t("employerSignUp.personHeading")}</h2>
        <p>{t("employerSignUp.personLead")}</p>
        <NewAccountFields values={values} />
        <Button type="submit">{t("employerSignUp.button")}</Button>
      </PostForm>
      <p>
        <Link to="/sign-up">{t("employerSignUp.seekerLink")}</Link>
      </p>
      <p>
        <Link to="/sign-in">{t("auth.haveAccount")}</Link>
      </p>
    </div>
  );
}
