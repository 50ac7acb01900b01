// What the server checks about a request before the app sees it: the host it was sent to, its
// method, and whether a browser sent it from another site. Each refusal is a short page in the
// visitor's language; none reads the body. See docs/decisions/013-trust-boundary.md.
import type { NextFunction, Request, Response } from "express";
import type { Env } from "./env.server";
import { getLocale, i18next } from "./i18next.server";
import { escapeXml } from "./xml";

/** Methods the portal answers. Everything else (TRACE, PUT, PROPFIND…) is 405, never a 500. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"] as const;

/** The pages a refusal can show; each has a title and a sentence in `errors.*`. */
type StatusKind = "tooLarge" | "wrongHost" | "method";

/**
 * Sends a short, complete HTML page in the visitor's language (language cookie, then `?lng=`, then
 * Accept-Language), for refusals made before the app runs. It has a title, a main landmark, an h1
 * and a link to the home page at the public address.
 */
export async function sendStatusPage(req: Request, res: Response, env: Env, status: number, kind: StatusKind): Promise<void> {
  let locale: Awaited<ReturnType<typeof getLocale>> = "zh-CN";
  try {
    const headers = new Headers();
    for (const name of ["cookie", "accept-language"]) {
      const value = req.get(name);
      if (value) headers.set(name, value);
    }
    locale = await getLocale(new Request(`${env.publicUrl}${req.originalUrl.startsWith("/") ? req.originalUrl : "/"}`, { headers }));
  } catch {
    // An address or header too odd to read: the default language.
  }
  const t = await i18next.getFixedT(locale);
  const title = t(`errors.${kind}Title`);
  const body = kind === "wrongHost" ? t("errors.wrongHostBody", { address: env.publicUrl }) : t(`errors.${kind}Body`);
  const nonce = typeof res.locals.cspNonce === "string" ? res.locals.cspNonce : "";
  const html = [
    "<!DOCTYPE html>",
    `<html lang="${locale}" dir="ltr">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(`${title} – ${t("meta.siteName")}`)}</title>`,
    `<style nonce="${escapeXml(nonce)}">body{font:1.125rem/1.6 system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem;color:#1a1a1a;background:#fff}a{color:#0b4f9c}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeXml(title)}</h1>`,
    `<p>${escapeXml(body)}</p>`,
    `<p><a href="${escapeXml(`${env.publicUrl}/`)}">${escapeXml(t("errors.goHome"))}</a></p>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
  if (res.headersSent) return;
  res.status(status);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Language", locale);
  res.setHeader("Cache-Control", "no-store");
  res.end(req.method === "HEAD" ? undefined : html);
}

/** True when `host` (a Host header) names the public address, allowing an explicit default port. */
export function isExpectedHost(host: string | undefined, publicUrl: string): boolean {
  if (!host) return false;
  const url = new URL(publicUrl);
  const wanted = url.host.toLowerCase();
  const given = host.trim().toLowerCase();
  const defaultPort = url.protocol === "https:" ? ":443" : ":80";
  return given === wanted || (url.port === "" && given === `${wanted}${defaultPort}`);
}

/**
 * Outside demo mode, a request must name the configured host: nothing the app writes may then
 * depend on a forged one. /healthz is exempt, because load balancers call instances by address.
 */
export function hostGuard(env: Env) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (env.demoMode || req.path === "/healthz" || isExpectedHost(req.get("host"), env.publicUrl)) return next();
    sendStatusPage(req, res, env, 421, "wrongHost").catch(next);
  };
}

/** TRACE and other methods the portal never uses get 405 with an Allow header. */
export function methodGuard(env: Env) {
  return (req: Request, res: Response, next: NextFunction) => {
    if ((ALLOWED_METHODS as readonly string[]).includes(req.method)) return next();
    res.setHeader("Allow", ALLOWED_METHODS.join(", "));
    sendStatusPage(req, res, env, 405, "method").catch(next);
  };
}

/**
 * Pages whose address holds a secret token (the token is what proves the right to act), and signing
 * out. These pages send `Referrer-Policy: no-referrer`, so a browser sends `Origin: null` with their
 * own forms; see isCrossSite.
 */
const NULL_ORIGIN_PATHS = [/^\/reset-password\/[^/]+$/, /^\/invite\/[^/]+$/, /^\/verify-email\/[^/]+$/, /^\/sign-out$/];

/**
 * True when a browser says this state-changing request came from another site. Fetch Metadata
 * (Sec-Fetch-Site) decides when the browser sends it; otherwise the Origin header must be one of
 * `origins` (absent is allowed: browsers always send one with a cross-site POST). `Origin: null`
 * comes from pages with `Referrer-Policy: no-referrer`: it passes when Sec-Fetch-Site says
 * same-origin, or, from browsers too old to send that, on the token pages listed above.
 */
export function isCrossSite(
  { method, path, origin, fetchSite }: { method: string; path: string; origin: string | undefined; fetchSite: string | undefined },
  origins: readonly string[],
): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  if (fetchSite !== undefined && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  if (origin === undefined) return false;
  if (origin === "null") return !(fetchSite === "same-origin" || (fetchSite === undefined && NULL_ORIGIN_PATHS.some((p) => p.test(path))));
  return !origins.includes(origin);
}

/**
 * Cross-site request forgery: refuse state-changing requests a browser says came from another site.
 * Outside demo mode the only origin is PUBLIC_URL; in the demo, also the request's own address, as
 * people try the demo at whatever address their machine has.
 */
export function crossSiteGuard(env: Env) {
  return (req: Request, res: Response, next: NextFunction) => {
    const origins = env.demoMode ? [env.publicUrl, `${req.protocol}://${req.get("host") ?? ""}`] : [env.publicUrl];
    if (isCrossSite({ method: req.method, path: req.path, origin: req.get("origin"), fetchSite: req.get("sec-fetch-site") }, origins)) {
      res.status(403).type("text/plain; charset=utf-8").send("403: 请求来自其他网站，已拒绝。 / This request came from another site and was refused.");
      return;
    }
    next();
  };
}
