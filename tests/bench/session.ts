// A real session for the signed-in pages: the benchmark signs in as the demo job seeker through the
// app's own sign-in form, as a browser would (GET the form, send back its fields with the email address and
// password, from the site's own origin), and keeps the cookies the answer sets. The demo seed
// writes the account even though the server runs with DEMO_MODE=false.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed-data/accounts";
import { attributes } from "./pages";

const FORM = /<form\b([^>]*)>([\s\S]*?)<\/form>/gi;
const INPUT = /<input\b([^>]*)>/gi;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" };

/** The demo job seeker's email: the one demo account without an organisation or admin rights. */
export function seekerEmail(): string {
  const seeker = DEMO_ACCOUNTS.find((account) => account.org === null && !account.admin);
  if (!seeker) throw new Error("The demo seed has no job seeker account");
  return seeker.email;
}

function decodeEntities(value: string): string {
  return value.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The fields the first POST form of the page submits as it stands: every named input with its
 * value (hidden fields such as redirectTo included), except buttons and unticked boxes.
 */
export function postFormFields(html: string): [string, string][] {
  for (const [, formAttributes, body] of html.matchAll(FORM)) {
    if ((attributes(formAttributes ?? "").get("method") ?? "").toLowerCase() !== "post") continue;
    const fields: [string, string][] = [];
    for (const [, inputAttributes] of (body ?? "").matchAll(INPUT)) {
      const attrs = attributes(inputAttributes ?? "");
      const name = attrs.get("name");
      const type = (attrs.get("type") ?? "text").toLowerCase();
      if (!name || ["submit", "button", "image", "reset", "file"].includes(type)) continue;
      if ((type === "checkbox" || type === "radio") && !attrs.has("checked")) continue;
      fields.push([name, decodeEntities(attrs.get("value") ?? "")]);
    }
    return fields;
  }
  throw new Error("The sign-in page has no POST form");
}

/** The `name=value` part of each Set-Cookie header, joined as a browser's Cookie header. */
function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((setCookie) => setCookie.split(";")[0]?.trim() ?? "")
    .filter((pair) => pair.includes("=") && !pair.endsWith("="))
    .join("; ");
}

/**
 * Signs in as the demo job seeker and returns the Cookie header to send with signed-in requests.
 * Throws unless the sign-in answers with a redirect that sets a cookie and /account then opens
 * with it (a wrong password or a refused origin answers otherwise).
 */
export async function signInAsSeeker(baseUrl: string): Promise<string> {
  const cookie = await signIn(baseUrl, seekerEmail());
  const account = await fetch(`${baseUrl}/account`, { redirect: "manual", headers: { Cookie: cookie } });
  if (account.status !== 200) throw new Error(`GET /account with the new session answered ${account.status}, expected 200`);
  return cookie;
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
    // The origin check (utils/request-guards.server.ts) wants PUBLIC_URL, which is this address.
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl, "Sec-Fetch-Site": "same-origin" },
    body: form.toString(),
  });
  await response.body?.cancel();
  const cookie = cookieHeader(response);
  if (response.status !== 303 || !cookie) throw new Error(`Signing in as ${email} answered ${response.status}${cookie ? "" : " without a cookie"}, expected 303 with the session cookie`);
  return cookie;
}
