import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { PasswordField } from "~/components/ui/password-field";
import { recordAudit } from "~/models/audit.server";
import { consumeAuthToken, peekAuthToken } from "~/models/auth-token.server";
import { hashToken } from "~/models/session.server";
import { setPasswordHash, markEmailVerified } from "~/models/user.server";
import { endAccessFromBeforeProof } from "~/services/account-security.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { hashPassword } from "~/utils/password.server";
import { resetPasswordSchema } from "~/validation/auth";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

export async function loader({ params }: LoaderFunctionArgs) {
  const valid = Boolean(await peekAuthToken(getDb(), { token: params.token ?? "", purpose: "reset_password" }));
  return json({ valid }, { status: valid ? 200 : 410, headers: { "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const db = getDb();
  const link = params.token ?? "";
  // Limited per link and per address before anything else: guessing links, or hammering one link
  // to make the server hash passwords, stops here.
  const limited = await checkRateLimits(
    context,
    [
      { key: `reset-link:${hashToken(link).slice(0, 22)}`, limit: LIMITS.resetLink },
      { key: `reset-link:ip:${context.clientIp}`, limit: LIMITS.resetIp },
    ],
    { field: "password" },
  );
  if (limited) return limited;
  // The link is checked before the new password is hashed: a used, expired or made-up link costs
  // no Argon2 work and goes back to the page that says so.
  if (!(await peekAuthToken(db, { token: link, purpose: "reset_password" }))) return redirect(`/reset-password/${link}`, 303);
  const parsed = parseForm(formData, resetPasswordSchema, { omit: ["password"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const passwordHash = await hashPassword(parsed.data.password);
  const used = await db.transaction().execute(async (trx) => {
    // Single use: consuming and changing the password happen together or not at all.
    const token = await consumeAuthToken(trx, { token: link, purpose: "reset_password" });
    if (!token?.user_id) return null;
    await setPasswordHash(trx, { id: token.user_id, passwordHash });
    // The link came to the inbox, so the address is the owner's; whatever was set up before goes.
    await markEmailVerified(trx, { id: token.user_id });
    await endAccessFromBeforeProof(trx, { userId: token.user_id, keepToken: null, reason: "reset", origin: getEnv().publicUrl });
    await recordAudit(trx, { actorUserId: token.user_id, action: "auth.password_reset", targetType: "user", targetId: token.user_id });
    return token;
  });
  if (!used) return redirect(`/reset-password/${params.token ?? ""}`, 303);
  return redirect("/sign-in?reset", 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, metaT(matches)(data?.valid ? "reset.newTitle" : "reset.invalidTitle"));

export default function ResetPassword() {
  const { t } = useTranslation();
  const { valid } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  if (!valid) {
    return (
      <div className="narrow">
        <h1>{t("reset.invalidTitle")}</h1>
        <p>{t("reset.invalidBody")}</p>
        <p>
          <Link to="/forgot-password">{t("reset.requestAgain")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("reset.newTitle")}</h1>
      <PostForm errors={result?.errors}>
        <PasswordField id="password" name="password" label={t("reset.newPassword")} description={t("auth.newPasswordHint")} autoComplete="new-password" />
        <Button type="submit">{t("reset.save")}</Button>
      </PostForm>
    </div>
  );
}
