import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AddPasskeyForm } from "~/components/passkey-controls";
import { listPasskeys } from "~/models/passkey.server";
import { Button } from "~/components/ui/button";
import { needsSecondFactor, passkeyAddBlock, requireUserToManagePasskeys } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { metaT, pageTitle } from "~/utils/meta";
import { safeRedirectPath } from "~/utils/redirect";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserToManagePasskeys(request);
  const params = new URL(request.url).searchParams;
  const passkeys = await listPasskeys(getDb(), { userId: user.id });
  const setup = needsSecondFactor(user);
  return json({
    // Why a passkey cannot be added yet: the address is not confirmed, or a first one needs the emailed code.
    block: await passkeyAddBlock(user),
    email: user.email,
    passkeys: passkeys.map(({ credential_id, name, created_at, last_used_at }) => ({ id: credential_id, name, created_at, last_used_at })),
    // Staff, employer members and admins sent here to set up their second factor.
    setup,
    redirectTo: params.has("redirectTo") ? safeRedirectPath(params.get("redirectTo"), "/account") : null,
    removed: params.has("removed"),
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("passkeys.title"));

export default function Passkeys() {
  const { passkeys, setup, redirectTo, removed, block, email } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t("passkeys.title")}</h1>
      {removed ? (
        <p className="notice" role="status">
          {t("passkeys.removedNotice")}
        </p>
      ) : null}
      {setup ? <p className="notice">{t("passkeys.setupNotice")}</p> : null}
      <p className="lead">{t("passkeys.lead")}</p>

      <h2>{t("passkeys.listHeading")}</h2>
      {passkeys.length === 0 ? (
        <p>{t("passkeys.listEmpty")}</p>
      ) : (
        <ul className="session-list" aria-label={t("passkeys.listHeading")}>
          {passkeys.map((passkey) => {
            const name = passkey.name ?? t("passkeys.unnamed");
            return (
              <li key={passkey.id} className="session">
                <p className="session__device">{name}</p>
                <p className="session__meta">
                  {t("passkeys.created")}{t("common.colon")}{formatDate(t, passkey.created_at)} · {t("passkeys.lastUsed")}{t("common.colon")}
                  {passkey.last_used_at ? formatDate(t, passkey.last_used_at) : t("passkeys.neverUsed")}
                </p>
                <p>
                  <Link to={`/account/passkeys/remove?${new URLSearchParams({ id: passkey.id }).toString()}`} aria-label={t("passkeys.removeNamed", { name })}>
                    {t("passkeys.remove")}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}

      <h2>{t("passkeys.addHeading")}</h2>
      {block === "unconfirmed" ? (
        <>
          <p className="notice">{t("security.passkeysNeedConfirmed")}</p>
          <form method="post" action="/account">
            <input type="hidden" name="intent" value="resend-verification" />
            <Button type="submit" variant="secondary">
              {t("account.emailSendAgain")}
            </Button>
          </form>
        </>
      ) : block === "code" ? (
        <>
          <p>{t("security.passkeysNeedCode", { email })}</p>
          <p>
            <Link className="link-strong" to={`/account/passkeys/code${redirectTo ? `?${new URLSearchParams({ redirectTo }).toString()}` : ""}`}>
              {t("security.getCode")}
            </Link>
          </p>
        </>
      ) : (
        <AddPasskeyForm redirectTo={redirectTo} />
      )}

      <p>
        <Link to="/account">{t("passkeys.backToAccount")}</Link>
      </p>
    </div>
  );
}
