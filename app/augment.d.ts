import type { LocaleResource } from "./locales/resources.server";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request CSP nonce, set by the HTTP server; every inline script must carry it. */
    cspNonce: string;
    /** Set by an action that answers with form errors; the root loader, which runs after it, reads it for the page title. */
    form: { hasErrors: boolean };
    /** The client's address (from X-Forwarded-For behind one proxy), for rate limits only; never stored. */
    clientIp: string;
  }
}

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: LocaleResource };
  }
}
