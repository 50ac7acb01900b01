import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Honeypot, PostForm } from "~/components/ui/form";
import { TextField } from "~/components/ui/text-field";
import { sendPasswordReset } from "~/services/sign-in.server";
import { getUserByLogin, normaliseEmail } from "~/models/user.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, readLoginField, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { forgotPasswordSchema } from "~/validation/auth";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

export function loader({ request }: LoaderFunctionArgs) {
  const sent = new URL(request.url).searchParams.get("sent");
  // "?sent=sms" when a mobile number was given: the link goes by text message.
  return json({ sent: sent === null ? null : sent === "sms" ? ("sms" as const) : ("email" as const) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = readLoginField(await request.formData());
  if (formData.get("website")) return redirect("/forgot-password?sent", 303);
  const parsed = parseForm(formData, forgotPasswordSchema, { omit: ["website"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const { login } = parsed.data;
  const limited = await checkRateLimits(context, [
    { key: `reset:account:${login.mobile ?? normaliseEmail(login.email)}`, limit: LIMITS.resetAccount },
    { key: `reset:ip:${context.clientIp}`, limit: LIMITS.resetIp },
  ], { field: "login", values: submittedValues(formData, ["website"]) });
  if (limited) return limited;

  const db = getDb();
  const user = await getUserByLogin(db, { login: login.mobile ?? login.email });
  // The same answer whether or not the address or number has an account.
  if (user) {
    await sendPasswordReset(db, { user, by: login.mobile ? "sms" : "email", origin: getEnv().publicUrl });
  }
  return redirect(login.mobile ? "/forgot-password?sent=sms" : "/forgot-password?sent", 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, metaT(matches)(data?.sent === "sms" ? "reset.sentSmsTitle" : data?.sent ? "reset.sentTitle" : "reset.forgotTitle"));

export default function ForgotPassword() {
  const { t } = useTranslation();
  const { sent } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  if (sent) {
    return (
      <div className="narrow">
        <h1>{t(sent === "sms" ? "reset.sentSmsTitle" : "reset.sentTitle")}</h1>
        <p>{t(sent === "sms" ? "reset.sentSmsBody" : "reset.sentBody")}</p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("reset.forgotTitle")}</h1>
      <p>{t("reset.forgotLead")}</p>
      <PostForm errors={result?.errors}>
        <TextField id="login" name="login" label={t("auth.login")} defaultValue={result?.values.login} autoComplete="username" />
        <Honeypot label={t("auth.honeypot")} />
        <Button type="submit">{t("reset.sendLink")}</Button>
      </PostForm>
    </div>
  );
}
