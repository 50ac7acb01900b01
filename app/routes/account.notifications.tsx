import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { listNotifications, markNotificationsRead } from "~/models/application.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account"] };

// GET/POST /account/notifications: what changed on the person's applications, newest first.

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const notifications = await listNotifications(getDb(), { userId: user.id });
  return json({ notifications, markedRead: new URL(request.url).searchParams.has("read") });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await markNotificationsRead(getDb(), { userId: user.id });
  return redirect("/account/notifications?read", 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("notifications.title"));

const KINDS = ["submitted", "status", "message", "withdrawn", "assisted"] as const;

export default function Notifications() {
  const { notifications, markedRead } = useLoaderData<typeof loader>();
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
    </div>
  );
}
