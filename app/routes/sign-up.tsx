import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { NewAccountFields } from "~/components/new-account-fields";
import { PostForm } from "~/components/ui/form";
import { getUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, readLoginField, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { getLocale } from "~/utils/i18next.server";
import { metaT, pageTitle } from "~/utils/meta";
import { hashPassword } from "~/utils/password.server";
import { sessionCookieHeader } from "~/services/session.server";
import { screenSignUp, signUp, startMobileSignUp } from "~/services/sign-up.server";
import { signUpSchema } from "~/validation/auth";
import { getEnv } from "~/utils/env.server";
import { safeRedirectPath } from "~/utils/redirect";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

/** Where to go once the account is open: the page that sent them to sign in (an opening to apply to), checked; else /account. */
const destination = (value: unknown) => safeRedirectPath(value, "/account");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/account", 303);
  const asked = new URL(request.url).searchParams.get("redirectTo");
  return json({ redirectTo: asked ? destination(asked) : "" });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = readLoginField(await request.formData());
  const screened = await screenSignUp(context, formData);
  if (screened) return screened;

  const parsed = parseForm(formData, signUpSchema, { omit: ["password", "website"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const db = getDb();
  const { login, displayName } = parsed.data;
  const account = { displayName, passwordHash: await hashPassword(parsed.data.password), preferredLocale: await getLocale(request) };
  const values = submittedValues(formData, ["password", "website"]);
  const next = destination(formData.get("redirectTo"));
  if (login.mobile) {
    // A mobile number is proven first: the account opens once the texted code is typed.
    const started = await startMobileSignUp(context, db, { mobile: login.mobile, signUp: { kind: "seeker", ...account }, values });
    if (started instanceof Response) return started;
    return redirect(`/sign-up/code?${new URLSearchParams({ ref: started.ref, ...(next === "/account" ? {} : { redirectTo: next }) }).toString()}`, 303);
  }
  const opened = await signUp(db, { login, ...account, userAgent: request.headers.get("User-Agent"), origin: getEnv().publicUrl });
  if (!opened) return formErrors(context, { errors: { login: "forms.emailTaken" }, values });
  const { token } = opened;
  return redirect(next, { status: 303, headers: { "Set-Cookie": await sessionCookieHeader(token) } });
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("auth.signUpTitle"));

export default function SignUp() {
  const { t } = useTranslation();
  const { redirectTo } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const errors = result?.errors ?? {};
  const values = result?.values ?? {};
  return (
    <div className="narrow">
      <h1>{t("auth.signUpTitle")}</h1>
      <p className="lead">{t("auth.signUpLead")}</p>
      <PostForm errors={errors}>
        <NewAccountFields values={values} />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <Button type="submit">{t("auth.signUpButton")}</Button>
      </PostForm>
      <p>
        <Link to={redirectTo ? `/sign-in?${new URLSearchParams({ redirectTo }).toString()}` : "/sign-in"}>{t("auth.haveAccount")}</Link>
      </p>
      <p>
        <Link to="/sign-up/employer">{t("auth.employerSignUpLink")}</Link>
      </p>
    </div>
  );
}
