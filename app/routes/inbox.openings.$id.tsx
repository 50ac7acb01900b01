import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FreeText } from "~/components/localized-text";
import { OpeningTitle } from "~/components/workspace";
import { getOpeningBasics, listOpeningApplications } from "~/models/application.server";
import { requireMemberOfAny, requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { namedTitle } from "~/utils/meta";
import { idParam } from "~/services/workspace.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "account", "workspace"] };

// GET /inbox/openings/:id: the applications one opening has received, for the employer's members
// and the staff of the partner that posted it. Everyone else gets 404.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const opening = await getOpeningBasics(db, { id: idParam(params.id) });
  if (!opening) throw new Response("Not Found", { status: 404 });
  await requireMemberOfAny(request, user, [opening.employer_id, opening.partner_id]);
  const applications = await listOpeningApplications(db, { openingId: opening.id });
  // Back to the workspace the person works in for this opening: the employer's first, if both.
  const side = user.memberships.some((m) => m.organisation_id === opening.employer_id) ? "employer" : "staff";
  return json({ opening: { id: opening.id, title_zh: opening.title_zh, title_en: opening.title_en }, applications, side });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "inbox.title", "inbox.titleNamed", data && { zh: data.opening.title_zh, en: data.opening.title_en });

export default function InboxOpening() {
  const { opening, applications, side } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/${side}/openings/${opening.id}`}>{t("inbox.backToOpening")}</Link>
      </p>
      <h1>{t("inbox.title")}</h1>
      <p className="lead">
        {t("inbox.forOpening")}
        <strong>
          <OpeningTitle opening={opening} />
        </strong>
      </p>
      {applications.length === 0 ? (
        <p>{t("inbox.empty")}</p>
      ) : (
        <ul className="session-list" aria-label={t("inbox.caption")}>
          {applications.map((a) => (
            <li key={a.id} className="session">
              <p className="session__device">
                <Link to={`/inbox/applications/${a.id}`}>
                  <FreeText text={a.contact_name} /> · {a.reference}
                </Link>
              </p>
              <p className="session__meta">
                {t("inbox.status")}{t("common.colon")}<strong>{t(`applications.status.${a.status}`)}</strong> · {t("inbox.sentAt")}{t("common.colon")}
                {a.submitted_at ? formatDateTime(t, a.submitted_at) : ""} · {t("inbox.passport")}{t("common.colon")}
                {a.share_passport ? t("inbox.passportSharedShort") : t("inbox.passportNotSharedShort")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
