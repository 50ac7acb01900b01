// Hands Express requests to Remix. It replaces @remix-run/express's adapter, which builds the
// request's URL from the Host and X-Forwarded-Host headers and streams any body into the app
// unlimited. This one builds the URL on the configured public address (PUBLIC_URL), so no code can
// take a forged host from `request.url`, and gives the app only a body within its limit
// (request-body.server.ts). Headers and the response are handled as that adapter does.
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";
import type { NextFunction, Request, Response } from "express";
import type { Env } from "./env.server";
import { RETRY_AFTER_SECONDS, withDatabaseOutages } from "./outage.server";
import { prepareBody } from "./request-body.server";

/** Headers the app never sees: the app has no use for a client's claim about the host. */
const DROPPED_HEADERS = ["x-forwarded-host"];

/**
 * The request's headers for the app, without those it must not trust. `Origin: null` (what a
 * no-referrer page's own form sends) is dropped too: crossSiteGuard has already decided about it, and
 * Remix's own check would refuse it with a 500.
 */
function appHeaders(req: Request): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || DROPPED_HEADERS.includes(name) || (name === "origin" && value === "null")) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

/**
 * Writes the app's Response to Express's response, streaming its body. A header the app sets
 * replaces the server's default of the same name (a token page's Referrer-Policy replaces helmet's);
 * cookies are added one by one.
 */
async function sendResponse(res: Response, response: globalThis.Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) if (name !== "set-cookie") res.setHeader(name, value);
  for (const cookie of response.headers.getSetCookie()) res.append("Set-Cookie", cookie);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/** An Express handler that runs the Remix app. */
export function createRemixHandler({
  build,
  mode,
  env,
  getLoadContext,
}: {
  build: ServerBuild;
  mode: string;
  env: Env;
  getLoadContext: (req: Request, res: Response) => AppLoadContext;
}) {
  // Every loader and action answers a database outage with a 503 (see utils/outage.server.ts).
  const handleRequest = createRequestHandler(withDatabaseOutages(build), mode);
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      // Only origin-form targets ("/path?query"); an absolute or "*" target names no page here.
      if (!req.originalUrl.startsWith("/")) {
        res.status(400).type("text/plain; charset=utf-8").send("400 Bad Request");
        return;
      }
      let url: URL;
      try {
        url = new URL(`${env.publicUrl}${req.originalUrl}`);
      } catch {
        res.status(400).type("text/plain; charset=utf-8").send("400 Bad Request");
        return;
      }
      // Abort the app's work once nobody can receive its answer (the client left, or a refusal was sent).
      let controller: AbortController | null = new AbortController();
      res.on("finish", () => (controller = null));
      res.on("close", () => controller?.abort());
      const body = await prepareBody(req, res, env, () => controller?.abort());
      if (body.kind === "refused") return;

      const init: RequestInit & { duplex?: "half" } = { method: req.method, headers: appHeaders(req), signal: controller?.signal ?? null };
      if (body.kind === "buffer") init.body = new Uint8Array(body.body);
      if (body.kind === "stream") {
        init.body = createReadableStreamFromReadable(body.body);
        init.duplex = "half";
      }
      const response = await handleRequest(new Request(url.href, init), getLoadContext(req, res));
      // A body refused half-way has had its 413 already; what the app made of the rest is dropped.
      if (res.headersSent) return;
      if (response.status === 503) {
        // The database is unavailable. The page cache may still hold this page (stale-if-error).
        const serveStale = res.locals.serveStale as (() => boolean) | undefined;
        if (serveStale?.()) {
          await response.body?.cancel();
          return;
        }
        if (!response.headers.has("Retry-After")) response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
        response.headers.set("Cache-Control", "no-store");
      }
      await sendResponse(res, response);
    } catch (error) {
      if (res.headersSent) return;
      next(error);
    }
  };
}
