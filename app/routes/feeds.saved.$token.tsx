import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSavedSearchByFeedToken } from "~/models/saved.server";
import { getDb, getPublicReadDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { buildAtomFeed } from "~/services/feeds.server";
import { asLocale, DEFAULT_LOCALE } from "~/utils/i18n";

// GET /feeds/saved/:token — a saved search's own Atom feed. The token is the only key: feed readers
// cannot sign in, so the address itself is the permission, and it names no person.
export async function loader({ params, request }: LoaderFunctionArgs) {
  // The saved search is its owner's own data, read where it was written (a feed added a moment
  // after saving the search must find it); the openings it lists are public, from a read replica.
  const search = await getSavedSearchByFeedToken(getDb(), { feedToken: params.token ?? "" });
  if (!search) throw new Response("Not Found", { status: 404 });
  return buildAtomFeed(getPublicReadDb(), request, getEnv().publicUrl, {
    query: search.query,
    locale: asLocale(search.preferred_locale) ?? DEFAULT_LOCALE,
    selfPath: `/feeds/saved/${search.feed_token}`,
    name: search.name,
  });
}
