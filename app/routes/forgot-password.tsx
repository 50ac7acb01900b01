import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Honeypot, PostForm } from "~/components/ui/form";
import { TextField } from "~/components/ui/text-field";
import { sendPasswordReset } from "~/services/sign-in.server";
import { getUserByEmail, normaliseEmail } from "~/models/user.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { forgotPasswordSchema } from "~/validation/auth";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

export function loader({ request }: LoaderFunctionArgs) {
  return json({ sent: new URL(request.url).searchParams.has("sent") });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (formData.get("website")) return redirect("/forgot-password?sent", 303);
  const parsed = parseForm(formData, forgotPasswordSchema, { omit: ["website"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const limited = await checkRateLimits(context, [
    { key: `reset:account:${normaliseEmail(parsed.data.email)}`, limit: LIMITS.resetAccount },
    { key: `reset:ip:${context.clientIp}`, limit: LIMITS.resetIp },
  ], { values: submittedValues(formData, ["website"]) });
  if (limited) return limited;

  const db = getDb();
  const user = await getUserByEmail(db, { email: parsed.data.email });
  // The same answer whether or not the address has an account.
  if (user) {
    await sendPasswordReset(db, { user, origin: getEnv().publicUrl });
  }
  return redirect("/forgot-password?sent", 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, metaT(matches)(data?.sent ? "reset.sentTitle" : "reset.forgotTitle"));

export default function ForgotPassword() {
  const { t } = useTranslation();
  const { sent } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  if (sent) {
    return (
      <div className="narrow">
        <h1>{t("reset.sentTitle")}</h1>
        <p>{t("reset.sentBody")}</p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("reset.forgotTitle")}</h1>
      <p>{t("reset.forgotLead")}</p>
      <PostForm errors={result?.errors}>
        <TextField id="email" name="email" type="email" label={t("auth.email")} defaultValue={result?.values.email} autoComplete="username" inputMode="email" />
        <Honeypot label={t("auth.honeypot")} />
        <Button type="submit">{t("reset.sendLink")}</Button>
      </PostForm>
    </div>
  );
}
