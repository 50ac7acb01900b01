import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { UsePasskeyButton } from "~/components/passkey-controls";
import { Button } from "~/components/ui/button";
import { Honeypot, PostForm } from "~/components/ui/form";
import { PasswordField } from "~/components/ui/password-field";
import { TextField } from "~/components/ui/text-field";
import { recordAudit } from "~/models/audit.server";
import { openPasswordSession } from "~/services/sign-in.server";
import { getUserCredentials, normaliseEmail } from "~/models/user.server";
import { afterSignIn, getUser, passwordSignInDestination } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, readLoginField, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { localeCookie } from "~/utils/i18next.server";
import { metaT, pageTitle } from "~/utils/meta";
import { verifyPassword } from "~/utils/password.server";
import { checkRateLimits, clearSignInGuesses, LIMITS, signInAccountKey } from "~/services/rate-limits.server";
import { safeRedirectPath } from "~/utils/redirect";
import { readSessionToken, sessionCookieHeader } from "~/services/session.server";
import { signInSchema } from "~/validation/auth";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

export async function loader({ request }: LoaderFunctionArgs) {
  // Only a page that sent the person here sets where they go next; otherwise they land in their
  // workspace or account (services/auth.server.ts, landingPath).
  const asked = new URL(request.url).searchParams.get("redirectTo");
  const redirectTo = asked ? safeRedirectPath(asked, "/account") : "";
  // "Sign in again to extend" (a session near its absolute end) comes here signed in, on purpose:
  // signing in replaces the old session with a new one.
  const user = new URL(request.url).searchParams.has("again") ? null : await getUser(request);
  if (user) throw redirect(await afterSignIn(user.id, redirectTo), 303);
  return json({ redirectTo, passwordReset: new URL(request.url).searchParams.has("reset") });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = readLoginField(await request.formData());
  if (formData.get("website")) return redirect("/", 303);
  const parsed = parseForm(formData, signInSchema, { omit: ["password", "website"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const { login, password } = parsed.data;
  // The account as typed, normalised: an address in lower case, a number as its 11 digits.
  const accountKey = login.mobile ?? normaliseEmail(login.email);

  const limited = await checkRateLimits(context, [
    { key: signInAccountKey(accountKey), limit: LIMITS.signInAccount },
    { key: `sign-in:ip:${context.clientIp}`, limit: LIMITS.signInIp },
  ], { field: "login", values: submittedValues(formData, ["password", "website"]) });
  if (limited) return limited;

  const db = getDb();
  const account = await getUserCredentials(db, { login: accountKey });
  const valid = await verifyPassword(account?.password_hash, password);
  if (!account || !valid) {
    await recordAudit(db, { actorUserId: account?.id ?? null, action: "auth.sign_in_failed", details: { reason: account ? "password" : "no_account" } });
    // One message for both cases, so the form never reveals whether an address or number is registered.
    return formErrors(context, { errors: { login: "forms.signInFailed" }, values: submittedValues(formData, ["password", "website"]) });
  }

  await clearSignInGuesses(accountKey);
  // A fresh session id at every sign-in (no fixation); any session this browser had is ended.
  const token = await openPasswordSession(db, {
    userId: account.id,
    userAgent: request.headers.get("User-Agent"),
    previousToken: await readSessionToken(request),
  });
  const headers = new Headers();
  headers.append("Set-Cookie", await sessionCookieHeader(token));
  // The language chosen in the profile becomes this browser's language from now on.
  if (account.preferred_locale) headers.append("Set-Cookie", await localeCookie.serialize(account.preferred_locale));
  // Staff, employer members and admins go on to the passkey step when it is required.
  return redirect(await passwordSignInDestination(account.id, await afterSignIn(account.id, parsed.data.redirectTo)), {
    status: 303,
    headers,
  });
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("auth.signInTitle"));

export default function SignIn() {
  const { t } = useTranslation();
  const { redirectTo, passwordReset } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  return (
    <div className="narrow">
      <h1>{t("auth.signInTitle")}</h1>
      {passwordReset ? (
        <p className="notice" role="status">
          {t("reset.doneNotice")}
        </p>
      ) : null}
      <PostForm errors={result?.errors}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField id="login" name="login" label={t("auth.login")} defaultValue={result?.values.login} autoComplete="username" />
        <PasswordField id="password" name="password" label={t("auth.password")} autoComplete="current-password" />
        <Honeypot label={t("auth.honeypot")} />
        <Button type="submit">{t("auth.signInButton")}</Button>
      </PostForm>
      <section className="passkey-sign-in" aria-labelledby="passkey-sign-in-heading">
        <h2 id="passkey-sign-in-heading">{t("passkeys.signInHeading")}</h2>
        <p>{t("passkeys.signInLead")}</p>
        <UsePasskeyButton mode="sign-in" redirectTo={redirectTo} needsJavaScript={t("passkeys.signInNeedsJavaScript")} variant="secondary" />
      </section>
      <ul className="link-list">
        <li>
          <Link to="/forgot-password">{t("reset.forgotLink")}</Link>
        </li>
        <li>
          {/* Someone sent here to apply comes back to the opening after signing up, as after signing in. */}
          <Link to={redirectTo ? `/sign-up?${new URLSearchParams({ redirectTo }).toString()}` : "/sign-up"}>{t("auth.noAccount")}</Link>
        </li>
      </ul>
    </div>
  );
}
