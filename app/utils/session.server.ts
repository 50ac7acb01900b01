import { createCookie } from "@remix-run/node";
import { SESSION_DAYS } from "~/models/session.server";
import { getEnv } from "./env.server";

/** The session cookie holds only the random token; everything else is in PostgreSQL. */
const sessionCookie = createCookie("aw_session", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: getEnv().NODE_ENV === "production" && getEnv().COOKIE_SECURE,
  maxAge: SESSION_DAYS * 24 * 60 * 60,
});

/** The session token sent with the request, if any. */
export async function readSessionToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 20 ? value : null;
}

/** Set-Cookie value that stores a new session token. */
export function sessionCookieHeader(token: string): Promise<string> {
  return sessionCookie.serialize(token);
}

/** Set-Cookie value that removes the session cookie. */
export function clearSessionCookieHeader(): Promise<string> {
  return sessionCookie.serialize("", { maxAge: 0 });
}
