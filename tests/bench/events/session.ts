// Signing in any account through the app's real sign-in form, as ../session.ts does for the demo
// job seeker (GET the form, send back its fields with the address and DEMO_PASSWORD from the site's
// own origin, keep the cookies the 303 sets), generalised to an email address: the captioner (demo
// staff) and the bench's askers. Many askers sign in a few at a time.
import { DEMO_PASSWORD } from "../../../db/seed-data/accounts";
import { postFormFields } from "../session";

/** The `name=value` part of each Set-Cookie header, joined as a browser's Cookie header. */
function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((setCookie) => setCookie.split(";")[0]?.trim() ?? "")
    .filter((pair) => pair.includes("=") && !pair.endsWith("="))
    .join("; ");
}

/** The sign-in form's fields as it stands (hidden redirectTo, the honeypot left empty). */
export async function signInFields(baseUrl: string): Promise<[string, string][]> {
  const page = await fetch(`${baseUrl}/sign-in`, { redirect: "manual" });
  if (page.status !== 200) throw new Error(`GET ${baseUrl}/sign-in answered ${page.status}, expected 200`);
  return postFormFields(await page.text());
}

/**
 * Signs `email` in with DEMO_PASSWORD and returns the Cookie header for its requests. Throws unless
 * the answer is a 303 that sets a cookie (a wrong password or a refused origin answers otherwise).
 * `fields` is the form as `signInFields` read it, so that many sign-ins need not load it each.
 */
export async function signIn(baseUrl: string, email: string, fields?: [string, string][]): Promise<string> {
  const form = new URLSearchParams(fields ?? (await signInFields(baseUrl)));
  form.set("login", email);
  form.set("password", DEMO_PASSWORD);
  const response = await fetch(`${baseUrl}/sign-in`, {
    method: "POST",
    redirect: "manual",
    // The origin check (utils/request-guards.server.ts) wants the instance's PUBLIC_URL, which is this address.
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl, "Sec-Fetch-Site": "same-origin" },
    body: form.toString(),
  });
  await response.body?.cancel();
  const cookie = cookieHeader(response);
  if (response.status !== 303 || !cookie) throw new Error(`Signing in as ${email} answered ${response.status}${cookie ? "" : " without a cookie"}, expected 303 with the session cookie`);
  return cookie;
}

/** Throws unless GET `path` with the cookie answers 200 (the session works, and is allowed there). */
export async function assertSignedIn(baseUrl: string, path: string, cookie: string): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, { redirect: "manual", headers: { Cookie: cookie } });
  await response.body?.cancel();
  if (response.status !== 200) throw new Error(`GET ${path} with the new session answered ${response.status}${response.headers.get("location") ? ` (to ${response.headers.get("location")})` : ""}, expected 200`);
}

/** Signs every address in, `concurrency` at a time (argon2 makes each take a few tens of ms of the server's CPU). */
export async function signInAll(baseUrl: string, emails: readonly string[], concurrency = 4): Promise<string[]> {
  const fields = await signInFields(baseUrl);
  const cookies: string[] = new Array<string>(emails.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < emails.length; i = next++) {
      const email = emails[i];
      if (email !== undefined) cookies[i] = await signIn(baseUrl, email, fields);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, emails.length) }, worker));
  return cookies;
}
