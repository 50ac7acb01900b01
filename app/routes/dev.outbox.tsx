import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listOutbox } from "~/models/outbox.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { formatDate } from "~/utils/format";
import { metaT, pageTitle } from "~/utils/meta";
import { actionHeaders } from "~/utils/forms.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth"] };

// GET /dev/outbox: in demo mode only, the emails and text messages the portal would have sent.
// Production has no such page.
export async function loader({ request }: LoaderFunctionArgs) {
  if (!getEnv().demoMode) throw new Response("Not Found", { status: 404 });
  // ?to=address shows one person's inbox, however many other emails the demo has sent since.
  const to = new URL(request.url).searchParams.get("to")?.trim().toLowerCase() || undefined;
  return json({ emails: await listOutbox(getDb(), { limit: 50, to }) }, { headers: { "Cache-Control": "no-store" } });
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("outbox.title"));

export default function DevOutbox() {
  const { emails } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("outbox.title")}</h1>
      <p className="lead">{t("outbox.lead")}</p>
      {emails.length === 0 ? <p>{t("outbox.empty")}</p> : null}
      <ol className="outbox">
        {emails.map((email) => (
          <li key={email.id} className="outbox__email">
            {/* A text message has no subject: it is headed as one, so the demo can tell them apart. */}
            <h2 className="outbox__subject">{email.channel === "sms" ? t("outbox.sms") : email.subject}</h2>
            <p>
              {t("outbox.to")}{t("common.colon")}{email.to_address} · {t("outbox.sent")}{t("common.colon")}{formatDate(t, email.created_at)}
            </p>
            <p className="outbox__body">
              {/* Links become clickable so the demo can follow a reset link. */}
              {email.body_text.split(/(https?:\/\/\S+)/).map((part, i) =>
                /^https?:\/\//.test(part) ? (
                  <a key={i} href={part}>
                    {part}
                  </a>
                ) : (
                  part
                ),
              )}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
