import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { getSavedSearchByUnsubscribeToken, unsubscribeSavedSearch } from "~/models/saved.server";
import { getDb } from "~/utils/db.server";
import { metaT, pageTitle } from "~/utils/meta";
import { actionHeaders } from "~/utils/forms.server";

// One-click unsubscribe from a saved search's digest, without signing in: the token in the email is
// the permission. Opening the link only shows the button, because mail scanners open links too;
// mail programs' own unsubscribe buttons POST here directly (RFC 8058).

export const handle: RouteHandle = { hydrate: false, i18n: ["search"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const search = await getSavedSearchByUnsubscribeToken(getDb(), { unsubscribeToken: params.token ?? "" });
  const done = new URL(request.url).searchParams.has("done");
  return json({ search: search ? { name: search.name, digest: search.digest } : null, done }, { headers: { "X-Robots-Tag": "noindex" } });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const body = await request.text();
  const result = await unsubscribeSavedSearch(getDb(), { unsubscribeToken: token });
  if (body.includes("List-Unsubscribe=One-Click")) {
    return new Response(result ? "Unsubscribed" : "Not Found", { status: result ? 200 : 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (!result) return redirect(`/unsubscribe/${encodeURIComponent(token)}`, 303);
  return redirect(`/unsubscribe/${encodeURIComponent(token)}?done`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaT(matches);
  return pageTitle(matches, data?.done ? t("saved.unsubscribedTitle") : t("saved.unsubscribeTitle"));
};

export default function Unsubscribe() {
  const { search, done } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (!search) {
    return (
      <div className="narrow">
        <h1>{t("saved.unsubscribeTitle")}</h1>
        <p>{t("saved.unsubscribeUnknown")}</p>
        <p>
          <Link to="/account/saved">{t("saved.title")}</Link>
        </p>
      </div>
    );
  }
  if (done || !search.digest) {
    return (
      <div className="narrow">
        <h1>{t("saved.unsubscribedTitle")}</h1>
        <p className="lead">{t("saved.unsubscribedLead", { name: search.name })}</p>
        <p>{t("saved.unsubscribedAgain")}</p>
        <p>
          <Link to="/account/saved">{t("saved.title")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("saved.unsubscribeTitle")}</h1>
      <p className="lead">{t("saved.unsubscribeLead", { name: search.name })}</p>
      <Form method="post" reloadDocument>
        <button type="submit" className="button button--primary">
          {t("saved.unsubscribeButton")}
        </button>
      </Form>
    </div>
  );
}
