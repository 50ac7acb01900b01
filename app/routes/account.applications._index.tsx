import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalizedText } from "~/components/localized-text";
import { OpeningTitle } from "~/components/workspace";
import { listOwnApplications } from "~/models/application.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "account", "workspace"] };

// GET /account/applications: the person's applications and drafts, newest change first.

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const applications = await listOwnApplications(getDb(), { userId: user.id });
  return json({
    applications: applications.map((a) => ({
      id: a.id,
      openingId: a.opening_id,
      reference: a.reference,
      status: a.status,
      updatedAt: a.updated_at,
      title_zh: a.title_zh,
      title_en: a.title_en,
      employer_name_zh: a.employer_name_zh,
      employer_name_en: a.employer_name_en,
    })),
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("applications.listTitle"));

export default function Applications() {
  const { applications } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to="/account">{t("profile.backToAccount")}</Link>
      </p>
      <h1>{t("applications.listTitle")}</h1>
      {applications.length === 0 ? (
        <p>{t("applications.empty")}</p>
      ) : (
        <ul className="session-list">
          {applications.map((a) => (
            <li key={a.id} className="session">
              <p className="session__device">
                <Link to={a.status === "draft" ? `/openings/${a.openingId}/apply` : `/account/applications/${a.id}`}>
                  <OpeningTitle opening={a} />
                </Link>
              </p>
              <p className="session__meta">
                {t("applications.employer")}{t("common.colon")}<LocalizedText value={pickText(locale, a.employer_name_zh, a.employer_name_en)} />
              </p>
              <p className="session__meta">
                {t("applications.statusLabel")}{t("common.colon")}<strong>{t(`applications.status.${a.status}`)}</strong>
                {a.reference ? ` · ${t("applications.reference")}${t("common.colon")}${a.reference}` : null} · {t("applications.updated")}{t("common.colon")}{formatDate(t, a.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
