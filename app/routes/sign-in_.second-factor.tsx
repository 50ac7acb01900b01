import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { UsePasskeyButton } from "~/components/passkey-controls";
import { hasPasskey } from "~/models/passkey.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { metaT, pageTitle } from "~/utils/meta";
import { safeRedirectPath } from "~/utils/redirect";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth"] };

// /sign-in/second-factor?redirectTo=…: after a password, staff, employer members and admins confirm
// with a passkey before their organisation pages open (see requireRole in services/auth.server.ts).

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "/account");
  if (user.secondFactorAt) throw redirect(redirectTo, 303);
  if (!(await hasPasskey(getDb(), { userId: user.id }))) {
    throw redirect(`/account/passkeys?${new URLSearchParams({ redirectTo }).toString()}`, 303);
  }
  return json({ redirectTo });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("passkeys.secondFactorTitle"));

export default function SecondFactor() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t("passkeys.secondFactorTitle")}</h1>
      <p className="lead">{t("passkeys.secondFactorLead")}</p>
      <UsePasskeyButton mode="second-factor" redirectTo={redirectTo} needsJavaScript={t("passkeys.secondFactorNeedsJavaScript")} />
      <p>{t("passkeys.secondFactorHelp")}</p>
    </div>
  );
}
