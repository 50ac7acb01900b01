// Browser side of the passkey ceremonies: ask our server for options, let the browser talk to the
// authenticator, send the answer back. Used only from event handlers, after hydration.
import {
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";

/** How a ceremony ended. `error` and the `errors` values are i18n keys. */
export type CeremonyOutcome =
  | { ok: true; redirectTo?: string; name?: string | null }
  | { ok: false; error: string; errors?: Record<string, string> }
  // The server redirected instead of answering: the session ended, or it owes the second factor.
  | { ok: false; reload: true };

type Answer = Record<string, unknown>;

const isRecord = (value: unknown): value is Answer => typeof value === "object" && value !== null && !Array.isArray(value);

/** POSTs JSON to one of our passkey endpoints; any failure becomes an outcome, never a throw. */
async function post(url: string, body: Record<string, unknown>): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
      redirect: "manual",
    });
  } catch {
    return { ok: false, error: "passkeys.errors.network" };
  }
  if (response.type === "opaqueredirect") return { ok: false, reload: true };
  const data: unknown = await response.json().catch(() => null);
  return isRecord(data) && typeof data.ok === "boolean" ? data : { ok: false, error: "passkeys.errors.failed" };
}

/** Options from our server for creating a passkey (the browser checks the details). */
function isCreationOptions(value: unknown): value is PublicKeyCredentialCreationOptionsJSON {
  return isRecord(value) && typeof value.challenge === "string" && isRecord(value.rp) && isRecord(value.user) && Array.isArray(value.pubKeyCredParams);
}

/** Options from our server for using a passkey. */
function isRequestOptions(value: unknown): value is PublicKeyCredentialRequestOptionsJSON {
  return isRecord(value) && typeof value.challenge === "string";
}

/** Narrows a server answer that is not a success into an outcome. */
function problem(answer: Answer): CeremonyOutcome {
  if (answer.reload === true) return { ok: false, reload: true };
  const errors = isRecord(answer.errors)
    ? Object.fromEntries(Object.entries(answer.errors).filter((entry): entry is [string, string] => typeof entry[1] === "string"))
    : undefined;
  return { ok: false, error: typeof answer.error === "string" ? answer.error : "passkeys.errors.failed", errors };
}

/** What went wrong in the browser, as an i18n key. Cancelling and timing out look the same (NotAllowedError). */
function browserProblem(error: unknown): CeremonyOutcome {
  const name = error instanceof Error ? error.name : "";
  const code = isRecord(error) && typeof error.code === "string" ? error.code : "";
  if (name === "InvalidStateError" || code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED") {
    return { ok: false, error: "passkeys.errors.alreadyRegistered" };
  }
  if (name === "NotAllowedError" || name === "AbortError" || code === "ERROR_CEREMONY_ABORTED") {
    return { ok: false, error: "passkeys.errors.cancelled" };
  }
  return { ok: false, error: "passkeys.errors.failed" };
}

/** Adds a passkey to the signed-in account. `onPrompt` runs just before the device asks the person. */
export async function registerPasskey({ passkeyName, onPrompt }: { passkeyName: string; onPrompt: () => void }): Promise<CeremonyOutcome> {
  const start = await post("/passkeys/register", { intent: "options", passkeyName });
  if (start.ok !== true || !isCreationOptions(start.options)) return problem(start);
  onPrompt();
  let response;
  try {
    response = await startRegistration({ optionsJSON: start.options });
  } catch (error) {
    return browserProblem(error);
  }
  const done = await post("/passkeys/register", { intent: "verify", response });
  if (done.ok !== true) return problem(done);
  return { ok: true, name: typeof done.name === "string" ? done.name : null };
}

/** Signs in with a passkey, or confirms the second factor; on success says where to go next. */
export async function authenticateWithPasskey({
  mode,
  redirectTo,
  onPrompt,
}: {
  mode: "sign-in" | "second-factor";
  redirectTo: string;
  onPrompt: () => void;
}): Promise<CeremonyOutcome> {
  const start = await post("/passkeys/authenticate", { intent: "options", mode });
  if (start.ok !== true || !isRequestOptions(start.options)) return problem(start);
  onPrompt();
  let response;
  try {
    response = await startAuthentication({ optionsJSON: start.options });
  } catch (error) {
    return browserProblem(error);
  }
  const done = await post("/passkeys/authenticate", { intent: "verify", mode, response, redirectTo });
  if (done.ok !== true) return problem(done);
  return { ok: true, redirectTo: typeof done.redirectTo === "string" ? done.redirectTo : redirectTo };
}
