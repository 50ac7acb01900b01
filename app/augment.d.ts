import type zhCN from "./locales/zh-CN";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request CSP nonce, set by the HTTP server; every inline script must carry it. */
    cspNonce: string;
  }
}

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof zhCN };
  }
}
