import { createCookie, type Cookie } from "@remix-run/node";
import { SESSION_DAYS } from "~/models/session.server";
import { getEnv } from "../utils/env.server";

/** Secure cookies need HTTPS (browsers also allow them on localhost). */
const isSecure = () => getEnv().NODE_ENV === "production" && getEnv().COOKIE_SECURE;

/**
 * The session cookie's name. When the cookie is Secure it carries the `__Host-` prefix: browsers then
 * accept it only over HTTPS (or localhost), for path /, with no Domain, so no other host (a sibling
 * subdomain, a plain-HTTP network in between) can set or overwrite it. Over plain HTTP (COOKIE_SECURE
 * false) the prefix is impossible, and the plain name is used. The page cache recognises both.
 */
export const sessionCookieName = () => (isSecure() ? "__Host-aw_session" : "aw_session");

// Made on first use, not when the module loads: reading the environment at load time would turn a
// bad setting into a stack trace instead of the server's one clear message.
let cookie: Cookie | undefined;

/** The session cookie holds only the random token; everything else is in PostgreSQL. */
function sessionCookie(): Cookie {
  cookie ??= createCookie(sessionCookieName(), {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: isSecure(),
    maxAge: SESSION_DAYS * 24 * 60 * 60,
  });
  return cookie;
}

/** True when the request carries a session cookie (valid or not): its answer is for one person only. */
export function carriesSession(request: Request): boolean {
  const name = `${sessionCookieName()}=`;
  return (request.headers.get("Cookie") ?? "").split(";").some((pair) => pair.trim().startsWith(name));
}

/** The session token sent with the request, if any. */
export async function readSessionToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 20 ? value : null;
}

/** Set-Cookie value that stores a new session token. */
export function sessionCookieHeader(token: string): Promise<string> {
  return sessionCookie().serialize(token);
}

/** Set-Cookie value that removes the session cookie. */
export function clearSessionCookieHeader(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: 0 });
}
