// Signing in the captioner (demo staff) and the bench's askers through the app's real sign-in form
// (../session.ts signs one in); many askers sign in a few at a time.
import { signIn, signInFields } from "../session";

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
