import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { NewAccountFields } from "~/components/new-account-fields";
import { PostForm } from "~/components/ui/form";
import { getUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { getLocale } from "~/utils/i18next.server";
import { metaT, pageTitle } from "~/utils/meta";
import { hashPassword } from "~/utils/password.server";
import { sessionCookieHeader } from "~/services/session.server";
import { screenSignUp, signUp } from "~/services/sign-up.server";
import { signUpSchema } from "~/validation/auth";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/account", 303);
  return json({});
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const screened = await screenSignUp(context, formData);
  if (screened) return screened;

  const parsed = parseForm(formData, signUpSchema, { omit: ["password", "website"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const db = getDb();
  const opened = await signUp(db, {
    email: parsed.data.email,
    passwordHash: await hashPassword(parsed.data.password),
    displayName: parsed.data.displayName,
    preferredLocale: await getLocale(request),
    userAgent: request.headers.get("User-Agent"),
    origin: getEnv().publicUrl,
  });
  if (!opened) {
    return formErrors(context, { errors: { email: "forms.emailTaken" }, values: { displayName: parsed.data.displayName, email: parsed.data.email } });
  }
  const { token } = opened;
  return redirect("/account", { status: 303, headers: { "Set-Cookie": await sessionCookieHeader(token) } });
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("auth.signUpTitle"));

export default function SignUp() {
  const { t } = useTranslation();
  const result = useActionData<FormErrorData>();
  const errors = result?.errors ?? {};
  const values = result?.values ?? {};
  return (
    <div className="narrow">
      <h1>{t("auth.signUpTitle")}</h1>
      <p className="lead">{t("auth.signUpLead")}</p>
      <PostForm errors={errors}>
        <NewAccountFields values={values} />
        <Button type="submit">{t("auth.signUpButton")}</Button>
      </PostForm>
      <p>
        <Link to="/sign-in">{t("auth.haveAccount")}</Link>
      </p>
      <p>
        <Link to="/sign-up/employer">{t("auth.employerSignUpLink")}</Link>
      </p>
    </div>
  );
}
