import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalizedText } from "~/components/localized-text";
import {
  MAX_SAVED_SEARCHES,
  deleteSavedSearch,
  listSavedOpenings,
  listSavedSearches,
  removeSavedOpening,
  saveOpening,
  saveSearch,
  setSavedSearchDigest,
} from "~/models/saved.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { safeRedirectPath } from "~/utils/redirect";
import { useLocale } from "~/hooks/use-locale";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search"] };

const NOTICES = ["openingSaved", "openingRemoved", "searchSaved", "searchDeleted", "digestOn", "digestOff"] as const;
type Notice = (typeof NOTICES)[number];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const [openings, searches] = await Promise.all([listSavedOpenings(db, { userId: user.id }), listSavedSearches(db, { userId: user.id })]);
  const params = new URL(request.url).searchParams;
  const done = params.get("done");
  const origin = getEnv().publicUrl;
  return json({
    openings,
    searches: searches.map(({ feed_token, ...search }) => ({ ...search, feedUrl: `${origin}/feeds/saved/${feed_token}` })),
    notice: NOTICES.find((notice) => notice === done) ?? null,
    limitReached: params.get("error") === "limit",
    emailVerified: Boolean(user.email_verified_at),
  });
}

/** Adds `done=…` to a same-site path, keeping its query and fragment. */
function withNotice(path: string, notice: Notice): string {
  const url = new URL(path, "http://x");
  url.searchParams.set("done", notice);
  return `${url.pathname}${url.search}${url.hash}`;
}

const idFrom = (value: FormDataEntryValue | null) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : null);

// Every save and unsave in the portal posts here, from this page, an opening's page or a search.
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const form = await request.formData();
  const intent = form.get("intent");
  const back = safeRedirectPath(form.get("redirectTo"), "/account/saved");

  if (intent === "save-opening" || intent === "remove-opening") {
    const openingId = idFrom(form.get("openingId"));
    if (openingId === null) throw new Response("Bad Request", { status: 400 });
    if (intent === "save-opening") {
      // Only public openings can be saved; anything else is indistinguishable from a missing one.
      if (!(await saveOpening(db, { userId: user.id, openingId }))) throw new Response("Not Found", { status: 404 });
      return redirect(withNotice(back, "openingSaved"), 303);
    }
    await removeSavedOpening(db, { userId: user.id, openingId });
    return redirect(withNotice(back, "openingRemoved"), 303);
  }

  if (intent === "save-search") {
    const query = String(form.get("query") ?? "").replace(/^\?/, "").slice(0, 2000);
    const typed = String(form.get("name") ?? "").trim().slice(0, 80);
    const fallback = String(form.get("defaultName") ?? "").trim().slice(0, 80);
    const result = await saveSearch(db, { userId: user.id, name: typed || fallback || "—", query });
    if (!result.ok) return redirect("/account/saved?error=limit#searches", 303);
    return redirect("/account/saved?done=searchSaved#searches", 303);
  }

  if (intent === "delete-search" || intent === "digest-on" || intent === "digest-off") {
    const id = idFrom(form.get("id"));
    if (id === null) throw new Response("Bad Request", { status: 400 });
    const found =
      intent === "delete-search"
        ? await deleteSavedSearch(db, { userId: user.id, id })
        : await setSavedSearchDigest(db, { userId: user.id, id, digest: intent === "digest-on" });
    // Another person's search, or one already deleted: nothing to say about it.
    if (!found) throw new Response("Not Found", { status: 404 });
    const notice: Notice = intent === "delete-search" ? "searchDeleted" : intent === "digest-on" ? "digestOn" : "digestOff";
    return redirect(`/account/saved?done=${notice}#searches`, 303);
  }

  throw new Response("Bad Request", { status: 400 });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("saved.title"));

export default function Saved() {
  const { openings, searches, notice, limitReached, emailVerified } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="narrow">
      <h1>{t("saved.title")}</h1>
      {notice ? (
        <p className="notice notice--success" role="status">
          {t(`saved.notices.${notice}`)}
        </p>
      ) : null}
      {limitReached ? (
        <p className="notice notice--error" role="alert">
          {t("saved.searchesLimit", { max: MAX_SAVED_SEARCHES })}
        </p>
      ) : null}
      <p className="lead">{t("saved.lead")}</p>

      <h2 id="openings">{t("saved.openingsHeading")}</h2>
      {openings.length === 0 ? (
        <p>{t("saved.openingsEmpty")}</p>
      ) : (
        <ul className="saved-list" aria-labelledby="openings">
          {openings.map((opening) => {
            const title = pickText(locale, opening.title_zh, opening.title_en);
            const employer = pickText(locale, opening.employer_name_zh, opening.employer_name_en);
            const titleText = title?.text ?? String(opening.id);
            return (
              <li key={opening.id} className="saved-item">
                <h3 className="saved-item__title">
                  {opening.is_open ? (
                    <Link to={`/openings/${opening.id}`}>{title ? <LocalizedText value={title} /> : titleText}</Link>
                  ) : title ? (
                    <LocalizedText value={title} />
                  ) : (
                    titleText
                  )}
                </h3>
                {employer ? (
                  <p className="saved-item__meta">
                    <LocalizedText value={employer} />
                  </p>
                ) : null}
                <p className="saved-item__meta">
                  {opening.is_open ? (
                    opening.deadline ? (
                      t("saved.deadline", { date: formatDate(t, opening.deadline) })
                    ) : null
                  ) : (
                    <strong>{t("saved.openingClosed")}</strong>
                  )}
                  {opening.is_open && opening.deadline ? " · " : opening.is_open ? null : " · "}
                  {t("saved.savedOn", { date: formatDate(t, opening.saved_at) })}
                </p>
                <Form method="post" action="/account/saved" className="inline-form">
                  <input type="hidden" name="intent" value="remove-opening" />
                  <input type="hidden" name="openingId" value={opening.id} />
                  <input type="hidden" name="redirectTo" value="/account/saved#openings" />
                  <button type="submit" className="button button--secondary" aria-label={t("saved.removeNamed", { title: titleText })}>
                    {t("saved.remove")}
                  </button>
                </Form>
              </li>
            );
          })}
        </ul>
      )}

      <h2 id="searches">{t("saved.searchesHeading")}</h2>
      {searches.length > 0 && !emailVerified ? (
        <p className="notice">
          {t("saved.verifyForDigest")} <Link to="/account">{t("saved.verifyForDigestLink")}</Link>
        </p>
      ) : null}
      {searches.length === 0 ? (
        <p>{t("saved.searchesEmpty")}</p>
      ) : (
        <ul className="saved-list" aria-labelledby="searches">
          {searches.map((search) => (
            <li key={search.id} className="saved-item">
              <h3 className="saved-item__title">{search.name}</h3>
              <p>
                <Link to={`/openings${search.query ? `?${search.query}` : ""}`} aria-label={t("saved.runSearchNamed", { name: search.name })}>
                  {t("saved.runSearch")}
                </Link>
              </p>
              <p className="saved-item__meta">{search.digest ? t("saved.digestOn") : t("saved.digestOff")}</p>
              <div className="field">
                <label className="field__label" htmlFor={`feed-${search.id}`}>
                  {t("saved.feed")}
                </label>
                <p className="field__hint" id={`feed-hint-${search.id}`}>
                  {t("saved.feedHint")}
                </p>
                <input
                  id={`feed-${search.id}`}
                  className="input"
                  type="url"
                  readOnly
                  value={search.feedUrl}
                  aria-describedby={`feed-hint-${search.id}`}
                  lang="en"
                  dir="ltr"
                />
              </div>
              <div className="button-row">
                <Form method="post" action="/account/saved" className="inline-form">
                  <input type="hidden" name="id" value={search.id} />
                  <input type="hidden" name="intent" value={search.digest ? "digest-off" : "digest-on"} />
                  <button
                    type="submit"
                    className="button button--secondary"
                    aria-label={search.digest ? t("saved.turnDigestOffNamed", { name: search.name }) : t("saved.turnDigestOnNamed", { name: search.name })}
                  >
                    {search.digest ? t("saved.turnDigestOff") : t("saved.turnDigestOn")}
                  </button>
                </Form>
                <Form method="post" action="/account/saved" className="inline-form">
                  <input type="hidden" name="id" value={search.id} />
                  <input type="hidden" name="intent" value="delete-search" />
                  <button type="submit" className="button button--secondary" aria-label={t("saved.deleteSearchNamed", { name: search.name })}>
                    {t("saved.deleteSearch")}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
