import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalizedText } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { recordAudit } from "~/models/audit.server";
import { deleteSessionById, listSessions } from "~/models/session.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { deviceName } from "~/utils/device-name";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/utils/use-locale";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const sessions = await listSessions(getDb(), { userId: user.id, currentToken: user.sessionToken });
  const { sessionToken: _token, ...safeUser } = user;
  return json({ user: safeUser, sessions, ended: new URL(request.url).searchParams.has("ended") });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  if (formData.get("intent") === "end-session") {
    const id = String(formData.get("session") ?? "");
    // Scoped to this user: someone else's session id simply matches nothing.
    if (await deleteSessionById(getDb(), { userId: user.id, id })) {
      await recordAudit(getDb(), { actorUserId: user.id, action: "session.revoked", targetType: "session", targetId: id });
    }
    return redirect("/account?ended", 303);
  }
  throw new Response("Bad Request", { status: 400 });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("account.title"));

export default function Account() {
  const { user, sessions, ended } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <h1>{t("account.title")}</h1>
      {ended ? (
        <p className="notice" role="status">
          {t("account.sessionEnded")}
        </p>
      ) : null}
      <p className="lead">{t("account.welcome", { name: user.display_name })}</p>
      <p>{t("account.signedInAs", { email: user.email })}</p>

      <h2>{t("account.organisationsHeading")}</h2>
      {user.memberships.length === 0 ? (
        <p>{t("account.noOrganisations")}</p>
      ) : (
        <ul className="bullets">
          {user.memberships.map((m) => (
            <li key={m.organisation_id}>
              <LocalizedText value={pickText(locale, m.name_zh, m.name_en)} /> · {t(`account.roles.${m.role}`)}
            </li>
          ))}
        </ul>
      )}

      <h2>{t("account.sessionsHeading")}</h2>
      <p>{t("account.sessionsLead")}</p>
      <ul className="session-list">
        {sessions.map((session) => {
          const device = deviceName(session.user_agent) ?? t("account.sessionUnknownDevice");
          return (
            <li key={session.id} className="session">
              <p className="session__device">{session.current ? t("account.sessionCurrent") : device}</p>
              <p className="session__meta">
                {t("account.sessionLastSeen")}: {formatDate(t, session.last_seen_at)} · {t("account.sessionStarted")}:{" "}
                {formatDate(t, session.created_at)}
              </p>
              {session.current ? null : (
                <form method="post">
                  <input type="hidden" name="intent" value="end-session" />
                  <input type="hidden" name="session" value={session.id} />
                  <Button type="submit" variant="secondary" aria-label={t("account.endSessionNamed", { device })}>
                    {t("account.endSession")}
                  </Button>
                </form>
              )}
            </li>
          );
        })}
      </ul>

      <h2>{t("passkeys.accountHeading")}</h2>
      <p>{t("passkeys.accountBody")}</p>
      <p>
        <Link to="/account/passkeys">{t("passkeys.accountLink")}</Link>
      </p>

      <h2>{t("accountData.exportHeading")}</h2>
      <p>{t("accountData.exportBody")}</p>
      <p>
        <a href="/account/data" download>
          {t("accountData.exportLink")}
        </a>
      </p>

      <h2>{t("accountData.deleteHeading")}</h2>
      <p>{t("accountData.deleteBody")}</p>
      <p>
        <Link to="/account/delete">{t("accountData.deleteLink")}</Link>
      </p>
    </>
  );
}
