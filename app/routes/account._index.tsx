import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { accountIdentifier, formatMobile } from "~/domain/account";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventWhen } from "~/components/event-parts";
import { LocalizedText } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { ErrorSummary } from "~/components/ui/error-summary";
import { countUnreadNotifications } from "~/models/application.server";
import { eventPhase } from "~/domain/event";
import { listUserRegistrations } from "~/models/event.server";
import { listSessions } from "~/models/session.server";
import { endOtherSessions, endSession } from "~/services/account-security.server";
import { requireFreshProof, requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { deviceName } from "~/utils/device-name";
import { resendVerificationEmail } from "~/services/emails.server";
import type { FormErrorData } from "~/utils/forms.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "auth", "account", "workspace", "events"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [sessions, unread, events] = await Promise.all([
    listSessions(getDb(), { userId: user.id, currentToken: user.sessionToken }),
    countUnreadNotifications(getDb(), { userId: user.id }),
    // The recruitment events they registered for (issue 20), a cancelled one marked so.
    listUserRegistrations(getDb(), { userId: user.id }),
  ]);
  const { sessionToken: _token, ...safeUser } = user;
  const params = new URL(request.url).searchParams;
  // After accepting an invitation: which organisation was joined, shown by name.
  const joined = user.memberships.find((m) => String(m.organisation_id) === params.get("joined")) ?? null;
  return json({
    user: safeUser,
    sessions,
    unread,
    events,
    now: new Date().toISOString(),
    ended: params.has("ended"),
    othersEnded: params.has("others-ended"),
    passwordChanged: params.has("password-changed"),
    verificationSent: params.has("verification-sent"),
    joined,
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  if (formData.get("intent") === "end-others") {
    // Nothing is typed here, so a stale proof just goes to the confirm page and back.
    requireFreshProof(request, user);
    await endOtherSessions(getDb(), { userId: user.id, currentToken: user.sessionToken });
    return redirect("/account?others-ended", 303);
  }
  if (formData.get("intent") === "end-session") {
    requireFreshProof(request, user);
    const id = String(formData.get("session") ?? "");
    // Scoped to this user: someone else's session id simply matches nothing.
    await endSession(getDb(), { userId: user.id, id });
    return redirect("/account?ended", 303);
  }
  if (formData.get("intent") === "resend-verification") {
    if (user.email_verified_at || !user.email) return redirect("/account", 303);
    const limited = await resendVerificationEmail(context, { user, origin: getEnv().publicUrl });
    if (limited) return limited;
    return redirect("/account?verification-sent", 303);
  }
  throw new Response("Bad Request", { status: 400 });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("account.title"));

export default function Account() {
  const { user, sessions, unread, events, now, ended, othersEnded, passwordChanged, verificationSent, joined } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const notice = ended
    ? t("account.sessionEnded")
    : othersEnded
      ? t("security.sessions.othersEnded")
      : passwordChanged
        ? t("security.password.changed")
        : verificationSent
      ? t("account.emailSent", { email: user.email })
      : joined
        ? t("account.joined", { organisation: pickText(locale, joined.name_zh, joined.name_en)?.text ?? "" })
        : null;
  return (
    <>
      <h1>{t("account.title")}</h1>
      {/* The only error this page can have: "send again" pressed too often. */}
      <ErrorSummary errors={result?.errors ?? {}} fieldIds={{ email: "resend-verification" }} />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p className="lead">{t("account.welcome", { name: user.display_name })}</p>
      <p>{t("account.signedInAs", { email: accountIdentifier(user) })}</p>

      <h2>{t("saved.title")}</h2>
      <p>{t("saved.lead")}</p>
      <p>
        <Link to="/account/saved">{t("saved.seeSaved")}</Link>
      </p>

      <h2>{t("account.profileHeading")}</h2>
      <p>{t("account.profileBody")}</p>
      <p>
        <Link to="/account/profile">{t("account.profileLink")}</Link>
      </p>

      <h2>{t("applications.listTitle")}</h2>
      <p>{t("applications.accountBody")}</p>
      <p>
        <Link to="/account/applications">{t("applications.listLink")}</Link>
      </p>
      {events.length > 0 ? (
        <>
          <h2 id="my-events-heading">{t("events.mine.heading")}</h2>
          <p>{t("events.mine.lead")}</p>
          <ul aria-labelledby="my-events-heading">
            {events.map((event) => (
              <li key={event.id}>
                <Link to={`/events/${event.id}`}>
                  <LocalizedText value={pickText(locale, event.title_zh, event.title_en)} />
                </Link>
                <br />
                <strong>{t(`events.phases.${eventPhase(event, new Date(now))}`)}</strong> · <EventWhen startsAt={event.starts_at} endsAt={event.ends_at} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("notifications.title")}</h2>
      <p>{t("notifications.accountBody")}</p>
      <p>
        <Link to="/account/notifications">{unread > 0 ? t("notifications.linkUnread", { count: unread }) : t("notifications.link")}</Link>
      </p>
      <h2>{t("passport.title")}</h2>
      <p>{t("passport.accountBody")}</p>
      <p>
        <Link to="/account/passport">{t("passport.accountLink")}</Link>
      </p>
      <h2>{t("counting.title")}</h2>
      <p>{t("counting.accountBody")}</p>
      <p>
        <Link to="/account/counting">{t("counting.accountLink")}</Link>
      </p>
      <h2>{t("assisted.accountHeading")}</h2>
      <p>{t("assisted.accountBody")}</p>
      <p>
        <Link to="/account/assistance">{t("assisted.accountLink")}</Link>
      </p>
      {user.mobile ? (
        <>
          <h2>{t("account.mobileHeading")}</h2>
          <p>{t("account.mobileVerified", { mobile: formatMobile(user.mobile) })}</p>
        </>
      ) : null}
      {user.email ? <h2>{t("account.emailHeading")}</h2> : null}
      {!user.email ? null : user.email_verified_at ? (
        <p>{t("account.emailVerified", { email: user.email })}</p>
      ) : (
        <>
          <p>{t("account.emailUnverified", { email: user.email })}</p>
          <form method="post" action="/account">
            <input type="hidden" name="intent" value="resend-verification" />
            <Button type="submit" variant="secondary" id="resend-verification">
              {t("account.emailSendAgain")}
            </Button>
          </form>
        </>
      )}

      {user.is_platform_admin ? (
        <>
          <h2>{t("account.adminHeading")}</h2>
          <p>{t("account.adminBody")}</p>
          <p>
            <Link to="/admin">{t("account.adminLink")}</Link>
          </p>
        </>
      ) : null}

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
                {t("account.sessionLastSeen")}{t("common.colon")}{formatDate(t, session.last_seen_at)} · {t("account.sessionStarted")}{t("common.colon")}
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
      {/* Absolute lifetime: said here, and in the last 30 minutes on every page (SessionNotice). */}
      <p>{t("security.sessions.endsAt", { time: formatDateTime(t, user.sessionEndsAt) })}</p>
      {sessions.some((session) => !session.current) ? (
        <form method="post">
          <input type="hidden" name="intent" value="end-others" />
          <Button type="submit" variant="secondary">
            {t("security.sessions.endOthers")}
          </Button>
        </form>
      ) : null}

      <h2>{t("security.password.accountHeading")}</h2>
      <p>{t("security.password.accountBody")}</p>
      <p>
        <Link to="/account/password">{t("security.password.accountLink")}</Link>
      </p>

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
