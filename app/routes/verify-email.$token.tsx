import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorSummary } from "~/components/ui/error-summary";
import { getAuthTokenOwner } from "~/models/auth-token.server";
import { verifyEmailWithToken } from "~/models/email-verification.server";
import { getUserById } from "~/models/user.server";
import { getUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { resendVerificationEmail } from "~/services/emails.server";
import { actionHeaders, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { getEnv } from "~/utils/env.server";
import { endAccessFromBeforeProof } from "~/services/account-security.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth"] };

// The link in the confirmation email. It needs no sign-in: the token proves the inbox is yours,
// and people often open the email on another device.
// The token in the address must not leave in a Referer, not even to this site's own pages. With
// no-referrer the browser sends `Origin: null` with this page's own forms; the cross-site check
// accepts that on token pages (see isCrossSite in utils/request-guards.server.ts).
const noStore = { "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const token = params.token ?? "";
  const verified = await verifyEmailWithToken(db, { token });
  if (verified) {
    // Until now anyone could have been using this address: passkeys and sessions from before go.
    // The browser that opened the link keeps its session if it is the same account's.
    const current = await getUser(request);
    await endAccessFromBeforeProof(db, {
      userId: verified,
      keepToken: current?.id === verified ? current.sessionToken : null,
      reason: "confirmed",
      origin: getEnv().publicUrl,
    });
    return redirect("/verify-email?status=verified", { status: 303, headers: noStore });
  }
  // Opening the link a second time is common; if the address is confirmed, say so kindly.
  const owner = await getAuthTokenOwner(db, { token, purpose: "verify_email" });
  const user = owner?.user_id ? await getUserById(db, { id: owner.user_id }) : undefined;
  if (user?.email_verified_at && user.email === owner?.email) return redirect("/verify-email?status=already", { status: 303, headers: noStore });
  return json({}, { status: 410, headers: noStore });
}

/** "Send a new confirmation email": to whoever the old link belonged to, or else to the signed-in user. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const db = getDb();
  const owner = await getAuthTokenOwner(db, { token: params.token ?? "", purpose: "verify_email" });
  const user = owner?.user_id ? await getUserById(db, { id: owner.user_id }) : await getUser(request);
  // A made-up link and nobody signed in: the account page can send one after signing in.
  if (!user) return redirect(`/sign-in?${new URLSearchParams({ redirectTo: "/account" }).toString()}`, 303);
  if (user.email_verified_at) return redirect("/verify-email?status=already", 303);
  const limited = await resendVerificationEmail(context, { user, origin: getEnv().publicUrl });
  if (limited) return limited;
  return redirect("/verify-email?status=sent", 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("verifyEmail.invalidTitle"));

export default function VerifyEmailLink() {
  const { t } = useTranslation();
  const result = useActionData<FormErrorData>();
  const { token } = useParams();
  return (
    <div className="narrow">
      <h1>{t("verifyEmail.invalidTitle")}</h1>
      {/* Shown only when "send" was pressed too often. */}
      <ErrorSummary errors={result?.errors ?? {}} fieldIds={{ email: "send-new" }} />
      <p>{t("verifyEmail.invalidBody")}</p>
      <form method="post" action={`/verify-email/${token ?? ""}`}>
        <Button type="submit" id="send-new">
          {t("verifyEmail.sendNew")}
        </Button>
      </form>
    </div>
  );
}
