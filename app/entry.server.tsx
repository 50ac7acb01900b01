import { Transform } from "node:stream";
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { createInstance, type i18n } from "i18next";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { pageTranslations, resources } from "./locales/resources.server";
import { i18nConfig, type Locale } from "./utils/i18n";
import { PageTextsContext } from "./components/page-texts";
import type { PageArea } from "./locales/areas";
import { getLocale } from "./utils/i18next.server";
import { NonceContext } from "./utils/nonce";
import { carriesSession } from "./services/session.server";

/**
 * Whatever a signed-in person is shown is theirs alone: never kept by the browser (so Back after
 * signing out, or the next person at a shared computer, cannot bring it back) nor by any cache on
 * the way. Decided here, for every page and every data request, rather than route by route.
 */
function markPersonal(request: Request, headers: Headers) {
  if (carriesSession(request)) headers.set("Cache-Control", "no-store, private");
}

const ABORT_DELAY = 5_000;

/**
 * React 18.3's stream writer flushes its whole 2048-byte buffer when a multi-byte UTF-8 character
 * does not fit at the end, leaving one to three 0x00 bytes in the page; Chinese text hits this
 * often. Valid HTML never contains a raw NUL, so we drop them. (Fixed in React 19.)
 */
function withoutNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk.includes(0) ? Buffer.from(chunk.filter((byte) => byte !== 0)) : chunk);
    },
  });
}

// One i18next instance per language, made once: each is fixed to its language and never changed,
// so requests can share it. Creating one per request cost about a fifth of the server's CPU.
const instances = new Map<Locale, Promise<i18n>>();
function i18nFor(lng: Locale): Promise<i18n> {
  let instance = instances.get(lng);
  if (!instance) {
    const created = createInstance();
    instance = created
      .use(initReactI18next)
      .init({ ...i18nConfig, resources, lng })
      .then(() => created);
    instances.set(lng, instance);
  }
  return instance;
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  const lng = await getLocale(request);
  markPersonal(request, responseHeaders);
  const instance = await i18nFor(lng);
  // The page's own texts, for the browser: its language and its routes' areas only (root.tsx writes them).
  const writeTexts = (areas: readonly PageArea[]) => `{"areas":${JSON.stringify(areas)},"texts":${pageTranslations(lng, areas)}}`;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    // Wait for the whole document: pages must be complete without JavaScript, and the
    // status code must be final before the first byte goes out.
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <PageTextsContext.Provider value={writeTexts}>
          <I18nextProvider i18n={instance}>
            <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
          </I18nextProvider>
        </PageTextsContext.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        onAllReady() {
          shellRendered = true;
          const body = withoutNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("Content-Language", lng);
          if (!responseHeaders.has("Vary")) responseHeaders.set("Vary", "Cookie, Accept-Language");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Log once the shell is out; errors before that are reported by onShellError.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1_000);
  });
}

/** Data for client-side navigations and fetchers: personal data is not kept either. */
export function handleDataRequest(response: Response, { request }: { request: Request }) {
  if (!carriesSession(request)) return response;
  const headers = new Headers(response.headers);
  markPersonal(request, headers);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Logs unexpected server errors once, without leaking them to the page; aborted requests are not errors. */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
}
