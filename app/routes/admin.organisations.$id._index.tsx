import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { accountIdentifier } from "~/domain/account";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalizedText } from "~/components/localized-text";
import { Place } from "~/components/place";
import { listPendingInvitations } from "~/models/invitation.server";
import { getPartnerOrganisation, listOrganisationMembers } from "~/models/organisation.server";
import { getUserById } from "~/models/user.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { localeFromMatches, metaT, pageTitle } from "~/utils/meta";
import { idParam } from "~/utils/params";
import { useLocale } from "~/hooks/use-locale";
import { actionHeaders } from "~/utils/forms.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account", "admin"] };

/** Confirmations the pages that act on an organisation come back with. */
const NOTICES = ["created", "saved", "invited", "removed"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const id = idParam(params.id);
  const db = getDb();
  const organisation = await getPartnerOrganisation(db, { id });
  if (!organisation) throw new Response("Not Found", { status: 404 });
  const [members, invitations] = await Promise.all([
    listOrganisationMembers(db, { organisationId: id }),
    listPendingInvitations(db, { organisationId: id }),
  ]);
  const search = new URL(request.url).searchParams;
  const notice = NOTICES.find((n) => search.has(n)) ?? null;
  // A notice names people from the database, never from the query string, so a crafted link
  // cannot put words on this page.
  const removedId = Number(search.get("removed"));
  const removed = notice === "removed" && Number.isSafeInteger(removedId) ? await getUserById(db, { id: removedId }) : undefined;
  const subject = notice === "removed" ? (removed?.display_name ?? null) : notice === "invited" && invitations[0] ? accountIdentifier(invitations[0]) : null;
  return json({ organisation, members, invitations, notice, subject }, { headers: { "Cache-Control": "no-store" } });
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const name = data ? pickText(localeFromMatches(matches), data.organisation.name_zh, data.organisation.name_en)?.text : null;
  return pageTitle(matches, name ?? metaT(matches)("admin.title"));
};

export default function AdminOrganisation() {
  const { organisation, members, invitations, notice } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const base = `/admin/organisations/${organisation.id}`;
  return (
    <>
      <p>
        <Link to="/admin" className="back-link">
          {t("admin.backToAdmin")}
        </Link>
      </p>
      <h1>
        <LocalizedText value={pickText(locale, organisation.name_zh, organisation.name_en)} />
      </h1>
      {notice ? <Notice /> : null}

      <h2>{t("admin.details")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("admin.nameZh")}</dt>
          <dd lang={organisation.name_zh && locale !== "zh-CN" ? "zh-CN" : undefined}>{organisation.name_zh ?? t("admin.notGiven")}</dd>
        </div>
        <div>
          <dt>{t("admin.nameEn")}</dt>
          <dd lang={organisation.name_en && locale !== "en" ? "en" : undefined}>{organisation.name_en ?? t("admin.notGiven")}</dd>
        </div>
        <div>
          <dt>{t("admin.type")}</dt>
          <dd>{organisation.partner_type ? t(`enums.partnerType.${organisation.partner_type}`) : t("admin.notGiven")}</dd>
        </div>
        <div>
          <dt>{t("admin.place")}</dt>
          <dd>{organisation.province || organisation.city ? <Place province={organisation.province} city={organisation.city} /> : t("admin.notGiven")}</dd>
        </div>
        <div>
          <dt>{t("admin.websiteLabel")}</dt>
          <dd>{organisation.website ? <a href={organisation.website}>{organisation.website}</a> : t("admin.notGiven")}</dd>
        </div>
      </dl>
      <p>
        <Link className="link-strong" to={`${base}/edit`}>
          {t("admin.edit")}
        </Link>
      </p>
      <p>
        {/* Only a verified partner has a public page; an admin adds partners verified. */}
        {organisation.verification_status === "verified" ? <Link to={`/partners/${organisation.slug}`}>{t("admin.publicPage")}</Link> : null}
      </p>

      <h2>{t("admin.staffHeading")}</h2>
      {members.length === 0 ? <p>{t("admin.noStaff")}</p> : null}
      <ul className="admin-list">
        {members.map((member) => (
          <li key={member.user_id} className="admin-list__item">
            <p className="admin-list__title">
              <Link to={`${base}/members/${member.user_id}`}>{member.display_name}</Link>
            </p>
            <p className="admin-list__meta">
              {accountIdentifier(member)} · {t(`account.roles.${member.role}`)} · {t("admin.memberSince", { date: formatDate(t, member.created_at) })}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link className="link-strong" to={`${base}/invite`}>
          {t("admin.invite")}
        </Link>
      </p>

      {invitations.length > 0 ? (
        <>
          <h2>{t("admin.invitesHeading")}</h2>
          <ul className="admin-list">
            {invitations.map((invitation) => (
              <li key={`${invitation.email}-${invitation.created_at}`} className="admin-list__item">
                <p className="admin-list__title">{accountIdentifier(invitation)}</p>
                <p className="admin-list__meta">
                  {t(`account.roles.${invitation.role === "manager" ? "manager" : "staff"}`)} ·{" "}
                  {t("admin.inviteValidUntil", { date: formatDate(t, invitation.expires_at) })}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** The confirmation after adding, saving, inviting, changing a role or removing someone. */
function Notice() {
  const { notice, subject } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const text =
    notice === "created"
      ? t("admin.created")
      : notice === "saved"
        ? t("admin.saved")
        : notice === "invited"
          ? t("admin.invited", { email: subject ?? "" })
          : notice === "removed" && subject
            ? t("admin.removed", { name: subject })
            : null;
  if (!text) return null;
  return (
    <p className="notice" role="status">
      {text}
    </p>
  );
}
