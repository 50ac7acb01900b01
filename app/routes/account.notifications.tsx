import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { formatMobile } from "~/domain/account";
import { setNotifyBySms } from "~/models/user.server";
import { listNotifications, markNotificationsRead } from "~/models/application.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account"] };

// GET/POST /account/notifications: what changed on the person's applications, newest first, and
// (for an account with a mobile number) whether alerts and these notices also come by text message.

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const notifications = await listNotifications(getDb(), { userId: user.id });
  const params = new URL(request.url).searchParams;
  return json({
    notifications,
    markedRead: params.has("read"),
    // Only an account with a proven mobile number can choose text messages.
    sms: user.mobile ? { number: formatMobile(user.mobile), on: user.notify_by_sms, saved: params.has("sms-saved") } : null,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  if (formData.get("intent") === "sms") {
    if (!user.mobile) throw new Response("Bad Request", { status: 400 });
    await setNotifyBySms(getDb(), { id: user.id, notifyBySms: formData.get("sms") === "on" });
    return redirect("/account/notifications?sms-saved", 303);
  }
  await markNotificationsRead(getDb(), { userId: user.id });
  return redirect("/account/notifications?read", 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("notifications.title"));

const KINDS = ["submitted", "status", "message", "withdrawn", "assisted"] as const;

export default function Notifications() {
  const { notifications, markedRead, sms } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const unread = notifications.some((n) => !n.read_at);
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to="/account">{t("profile.backToAccount")}</Link>
      </p>
      <h1>{t("notifications.title")}</h1>
      {markedRead ? (
        <p className="notice notice--success" role="status">
          {t("notifications.markedRead")}
        </p>
      ) : null}
      {notifications.length === 0 ? (
        <p>{t("notifications.empty")}</p>
      ) : (
        <>
          {unread ? (
            <form method="post" action="/account/notifications">
              <Button type="submit" variant="secondary">
                {t("notifications.markRead")}
              </Button>
            </form>
          ) : null}
          <ul className="session-list">
            {notifications.map((n) => {
              const kind = KINDS.find((k) => k === n.kind) ?? "status";
              const title = pickText(locale, n.params.title_zh || null, n.params.title_en || null)?.text ?? "";
              const status = n.params.status ? t(`applications.status.${n.params.status as "submitted"}`) : "";
              return (
                <li key={n.id} className="session">
                  <p className="session__device">
                    {n.read_at ? null : <span className="tag">{t("notifications.unread")}</span>}{" "}
                    {t(`notifications.kinds.${kind}`, {
                      title,
                      reference: n.params.reference ?? "",
                      status,
                      name: n.params.helper ?? "",
                      partner: pickText(locale, n.params.partner_zh || null, n.params.partner_en || null)?.text ?? "",
                    })}
                  </p>
                  <p className="session__meta">
                    {formatDateTime(t, n.created_at)}
                    {n.application_id ? (
                      <>
                        {" · "}
                        <Link to={`/account/applications/${n.application_id}`}>{t("notifications.view")}</Link>
                      </>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {sms ? (
        <section aria-labelledby="sms-heading">
          <h2 id="sms-heading">{t("notifications.smsHeading")}</h2>
          {sms.saved ? (
            <p className="notice notice--success" role="status">
              {t(sms.on ? "notifications.smsOn" : "notifications.smsOff")}
            </p>
          ) : null}
          <form method="post" action="/account/notifications">
            <input type="hidden" name="intent" value="sms" />
            <Checkbox name="sms" defaultSelected={sms.on} label={t("notifications.smsLabel", { number: sms.number })} />
            <p>
              <Button type="submit" variant="secondary">
                {t("notifications.smsSave")}
              </Button>
            </p>
          </form>
        </section>
      ) : null}
    </div>
  );
}
