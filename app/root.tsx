import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  useLocation,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useNavigate,
  useHref,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { Suspense, useEffect, type ReactNode } from "react";
import { RouterProvider } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PageTexts, TextsReady } from "~/components/page-texts";
import { RouteAnnouncer } from "~/components/route-announcer";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import styles from "~/styles/app.css";
import { getEnv } from "~/utils/env.server";
import { asLocale, DEFAULT_LOCALE, type Locale } from "~/utils/i18n";
import { getUser } from "~/services/auth.server";
import { actionHeaders } from "~/utils/forms.server";
import type { DisplayPreferences } from "~/domain/account";
import { getLocale } from "~/utils/i18next.server";
import { preferenceAttributes } from "~/utils/preferences";
import { getPreferences } from "~/utils/preferences.server";
import { formatDateTime } from "~/utils/format";
import { restoreTypedValues } from "~/utils/keep-typed";
import { errorTitle, metaT } from "~/utils/meta";
import { useNonce } from "~/utils/nonce";
import type { I18nHandle } from "~/locales/areas";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [locale, user] = await Promise.all([getLocale(request), getUser(request)]);
  // Reuses this request's user, so the session is looked up once.
  const preferences = await getPreferences(request, user);
  // In a form POST the action runs first, in the same request; if it answered with errors, every
  // page title gets the "Error:" prefix (see utils/forms.server.ts).
  return json(
    {
      locale,
      demoMode: getEnv().demoMode,
      formHasErrors: context.form?.hasErrors ?? false,
      signedInAs: user ? user.display_name : null,
      // In a session's last 30 minutes every page says when it ends, with a link to sign in again
      // (WCAG 2.2.1: warned, with a way to extend; see docs/accessibility-coverage.md).
      sessionEndsAt: user && user.sessionEndsAt.getTime() - Date.now() <= SESSION_WARNING_MINUTES * 60_000 ? user.sessionEndsAt.toISOString() : null,
      // Which workspaces to link in the header; a cosmetic hint only, every route checks for itself.
      workspaces: {
        staff: user?.memberships.some((m) => m.kind === "partner") ?? false,
        employer: user?.memberships.some((m) => m.kind === "employer") ?? false,
      },
      preferences,
    },
    { headers: { Vary: "Cookie, Accept-Language" } },
  );
}

// The root's own headers (Vary) and whatever its loader or a thrown response set reach the page;
// routes without a `headers` export inherit these.
export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ error, matches }) =>
  error ? errorTitle(matches, error) : [{ title: metaT(matches)("meta.siteName") }];

export type RootLoaderData = {
  locale: Locale;
  demoMode: boolean;
  formHasErrors: boolean;
  signedInAs: string | null;
  sessionEndsAt: string | null;
  workspaces: { staff: boolean; employer: boolean };
  preferences: DisplayPreferences;
};

/** How long before a session's absolute end every page starts saying so. */
const SESSION_WARNING_MINUTES = 30;

/**
 * "This session ends at 14:05", with a link to sign in again (a new session, a new lifetime),
 * coming back to this page. Plain text and a link: no timer, nothing moves focus.
 */
function SessionEndingNotice({ endsAt }: { endsAt: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const again = `/sign-in?${new URLSearchParams({ again: "", redirectTo: `${location.pathname}${location.search}` }).toString()}`;
  return (
    <p className="notice">
      {t("security.sessions.endingSoon", { time: formatDateTime(t, endsAt) })} <a href={again}>{t("security.sessions.extend")}</a>
    </p>
  );
}

/**
 * A route exports `handle = { hydrate: false }` to be served as plain HTML, with no JavaScript, and
 * `handle = { i18n: [...] }` for the text areas its page needs besides "common" (docs/decisions/018).
 */
export type RouteHandle = { hydrate?: boolean } & I18nHandle;

/**
 * Read-only public pages opt out of hydration: they work fully without JavaScript, and leaving
 * out React's ~130 KB keeps them light on cheap phones and slow networks.
 */
function useHydrate(): boolean {
  return !useMatches().some((match) => (match.handle as RouteHandle | undefined)?.hydrate === false);
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<RootLoaderData>("root");
  const hydrate = useHydrate();
  const nonce = useNonce();
  const { t, i18n } = useTranslation();
  // Without the root loader's data (it failed, e.g. the database is unavailable), the language the
  // page is being rendered in: the server chose it from the cookie or Accept-Language.
  const locale = data?.locale ?? asLocale(i18n.language) ?? DEFAULT_LOCALE;
  return (
    // Display preferences go on <html> as data attributes, in the server HTML: no flash of the defaults.
    <html lang={locale} dir="ltr" {...preferenceAttributes(data?.preferences)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={t("meta.description")} />
        <meta name="color-scheme" content="light" />
        {/* React Aria reads the nonce from here for the one <style> element it injects. */}
        <meta name="csp-nonce" nonce={nonce} />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("shell.skipLink")}
        </a>
        <SiteHeader signedIn={Boolean(data?.signedInAs)} workspaces={data?.workspaces} demoMode={data?.demoMode ?? false} />
        {/* tabIndex lets the skip link and the route announcer move focus here. */}
        <main id="main" tabIndex={-1} className="page-width main">
          {data?.sessionEndsAt ? <SessionEndingNotice endsAt={data.sessionEndsAt} /> : null}
          {children}
        </main>
        <SiteFooter />
        <RouteAnnouncer />
        {hydrate ? (
          <>
            <PageTexts nonce={nonce} />
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

/** Puts back what was typed before hydration; its effect runs after the page's own (see keep-typed.ts). */
function RestoreTyped() {
  useEffect(() => restoreTypedValues(), []);
  return null;
}

export default function App() {
  const navigate = useNavigate();
  // React Aria links navigate through Remix instead of doing full page loads.
  return (
    <RouterProvider navigate={(to, options) => navigate(to, options)} useHref={useHref}>
      {/* Waits for a new page's texts during a navigation; see components/page-texts.tsx. */}
      <Suspense fallback={null}>
        <TextsReady>
          <Outlet />
          <RestoreTyped />
        </TextsReady>
      </Suspense>
    </RouterProvider>
  );
}

/** The form values an outage response carries back (OutageData in utils/outage.server.ts). */
function typedOf(data: unknown): [string, string][] {
  const typed = (data as { typed?: unknown } | null)?.typed;
  return Array.isArray(typed) ? typed.filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && pair.every((v) => typeof v === "string")) : [];
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <ErrorPage kind="notFound" />;
  if (isRouteErrorResponse(error) && error.status === 403) return <ErrorPage kind="forbidden" />;
  if (isRouteErrorResponse(error) && error.status === 413) return <ErrorPage kind="tooLarge" />;
  // The database is unavailable (utils/outage.server.ts): a page that says so, with what was typed.
  if (isRouteErrorResponse(error) && error.status === 503) return <ErrorPage kind="unavailable" typed={typedOf(error.data)} />;
  return <ErrorPage kind="server" />;
}
