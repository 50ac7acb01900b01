import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { OpeningView } from "~/components/opening-view";
import { getOwnApplicationForOpening } from "~/models/application.server";
import { getPublishedOpening } from "~/models/opening.server";
import { isOpeningSaved } from "~/models/saved.server";
import { getUser } from "~/services/auth.server";
import { getDb, getPublicReadDb } from "~/utils/db.server";
import { buildJobPosting, jsonLdScriptContent } from "~/utils/job-posting";
import { pickText } from "~/utils/localized";
import { localeFromMatches, pageTitle } from "~/utils/meta";
import { useNonce } from "~/utils/nonce";
import { useLocale } from "~/hooks/use-locale";
import { getEnv } from "~/utils/env.server";
import { searchQueryString } from "~/utils/search-url";
import { parseOpeningsSearch } from "~/validation/openings-search";

export const handle: RouteHandle = { hydrate: false, i18n: ["search", "opening", "apply", "workspace"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = /^\d{1,9}$/.test(params.id ?? "") ? Number(params.id) : null;
  // The opening is public, the same for everyone: a read replica may serve it, a moment behind.
  // What is this person's own (their application, whether they saved it) comes from the primary.
  let opening = id === null ? undefined : await getPublishedOpening(getPublicReadDb(), { id });
  const user = await getUser(request);
  // Someone signed in who has just published it (staff, an employer) must not be told it does not
  // exist because a replica has not caught up: before a 404 they get the primary's answer.
  if (!opening && id !== null && user) opening = await getPublishedOpening(getDb(), { id });
  // Drafts, closed and expired openings are indistinguishable from ones that never existed.
  if (!opening) throw new Response("Not Found", { status: 404 });
  // The absolute address, for the JobPosting's url (search engines want one).
  const url = `${getEnv().publicUrl}/openings/${opening.id}`;
  // Signed-in people see where they are with this opening; visitors (the cached page) a sign-in link.
  const application = user ? await getOwnApplicationForOpening(getDb(), { openingId: opening.id, userId: user.id }) : undefined;
  const apply = !user
    ? ({ state: "visitor" } as const)
    : !application
      ? ({ state: "new" } as const)
      : application.status === "draft"
        ? ({ state: "draft" } as const)
        : ({ state: "applied", applicationId: application.id } as const);
  const saved = user ? await isOpeningSaved(getDb(), { userId: user.id, openingId: opening.id }) : null;
  // Partner staff may apply for a job seeker who gave their partner permission.
  const canAssist = Boolean(user?.memberships.some((m) => m.kind === "partner"));
  // Reached from a search: the back link returns to it. Only a parsed, re-written search goes into
  // the link, so `from` can never point anywhere but the openings list.
  const from = new URL(request.url).searchParams.get("from");
  const backQuery = from === null ? "" : searchQueryString(parseOpeningsSearch(new URLSearchParams(from)));
  return json({ opening, url, apply, saved, canAssist, back: backQuery ? `/openings?${backQuery}` : null });
}

// Feed readers find the openings feed from any opening they are reading.
export const links: LinksFunction = () => [{ rel: "alternate", type: "application/atom+xml", href: "/openings.atom" }];

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const title = pickText(localeFromMatches(matches), data.opening.title_zh, data.opening.title_en);
  // One address for search engines, whatever search the visitor came from.
  return [...pageTitle(matches, title?.text ?? ""), { tagName: "link", rel: "canonical", href: data.url }];
};

export default function OpeningDetail() {
  const { opening, url, apply, saved, canAssist, back } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const nonce = useNonce();

  return (
    <OpeningView opening={opening} backLink={back ? { to: back, label: t("opening.backToResults") } : undefined}>
      <section aria-labelledby="apply-online-heading" className="apply-online">
        <h2 id="apply-online-heading">{t("apply.openingHeading")}</h2>
        {apply.state === "visitor" ? (
          <>
            <p>{t("apply.openingVisitorHint")}</p>
            <p>
              <Link className="button button--primary" to={`/sign-in?${new URLSearchParams({ redirectTo: `/openings/${opening.id}/apply` }).toString()}`}>
                {t("apply.openingSignIn")}
              </Link>
            </p>
          </>
        ) : apply.state === "applied" ? (
          <p>
            {t("apply.openingApplied")} <Link to={`/account/applications/${apply.applicationId}`}>{t("apply.openingViewApplication")}</Link>
          </p>
        ) : (
          <>
            {apply.state === "draft" ? <p>{t("apply.openingDraft")}</p> : null}
            <p>
              <Link className="button button--primary" to={`/openings/${opening.id}/apply`}>
                {apply.state === "draft" ? t("apply.openingContinue") : t("apply.openingApply")}
              </Link>
            </p>
          </>
        )}
        {canAssist ? (
          <p>
            <Link to={`/staff/apply/${opening.id}`}>{t("assisted.staffLink")}</Link>
          </p>
        ) : null}
      </section>
      <SaveOpening openingId={opening.id} saved={saved} />
      <p className="report-link">
        <Link to={`/openings/${opening.id}/report`}>{t("report.link")}</Link>
      </p>
      {/* schema.org JobPosting for search engines; the escaping keeps any text from closing the tag. */}
      <script
        type="application/ld+json"
        nonce={nonce}
        dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(buildJobPosting(opening, { locale, url })) }}
      />
    </OpeningView>
  );
}

/** Save or unsave, a plain POST that comes back here; visitors get a link to sign in first. */
function SaveOpening({ openingId, saved }: { openingId: number; saved: boolean | null }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const here = `/openings/${openingId}`;
  const done = params.get("done");
  if (saved === null) {
    return (
      <p className="save-opening">
        <Link to={`/sign-in?${new URLSearchParams({ redirectTo: here }).toString()}`}>{t("saved.signInToSave")}</Link>
      </p>
    );
  }
  return (
    <div className="save-opening">
      {done === "openingSaved" || done === "openingRemoved" ? (
        <p className="notice notice--success" role="status">
          {t(`saved.notices.${done}`)} {done === "openingSaved" ? <Link to="/account/saved">{t("saved.seeSaved")}</Link> : null}
        </p>
      ) : saved ? (
        <p>{t("saved.openingIsSaved")}</p>
      ) : null}
      <Form method="post" action="/account/saved">
        <input type="hidden" name="intent" value={saved ? "remove-opening" : "save-opening"} />
        <input type="hidden" name="openingId" value={openingId} />
        <input type="hidden" name="redirectTo" value={here} />
        <button type="submit" className="button button--secondary">
          {saved ? t("saved.removeOpening") : t("saved.saveOpening")}
        </button>
      </Form>
    </div>
  );
}
