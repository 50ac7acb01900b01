import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { accountIdentifier } from "~/domain/account";
import { getEnv } from "./env.server";

/** The name authenticators show next to a passkey. Both languages: it is stored on the device once. */
const RP_NAME = "无碍就业 AccessWork";

/**
 * How long the browser waits for the person. Generous, because switch and screen-reader users take
 * longer; if it runs out nothing is lost, they press the button again (see ADR 005).
 */
const CEREMONY_TIMEOUT_MS = 10 * 60_000;

/** A challenge outlives the browser's wait a little, so a slow answer is still accepted. */
export const CHALLENGE_MINUTES = 15;

/** Who passkeys are for: the domain they are bound to and the exact origin browsers report. */
export type RelyingParty = { rpID: string; origin: string };

/** From WEBAUTHN_ORIGIN (default PUBLIC_URL) and WEBAUTHN_RP_ID (default its host); never from the request. */
export function relyingParty(): RelyingParty {
  const env = getEnv();
  const origin = env.WEBAUTHN_ORIGIN;
  return { origin, rpID: env.WEBAUTHN_RP_ID ?? new URL(origin).hostname };
}

/** The challenge a browser signed, read from its clientDataJSON; null if unreadable. */
export function signedChallenge(response: { response: { clientDataJSON: string } }): string | null {
  try {
    const clientData: unknown = JSON.parse(Buffer.from(response.response.clientDataJSON, "base64url").toString("utf8"));
    const challenge = clientData && typeof clientData === "object" && "challenge" in clientData ? clientData.challenge : null;
    return typeof challenge === "string" && challenge.length > 0 ? challenge : null;
  } catch {
    return null;
  }
}

/** Options for creating a passkey: discoverable (so sign-in needs no email), never twice on one authenticator. */
export function registrationOptions(
  rp: RelyingParty,
  user: { id: number; email: string | null; mobile: string | null; display_name: string },
  existing: { credential_id: string; transports: string[] }[],
) {
  return generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
    // What the device's passkey list shows: the address, or the mobile number.
    userName: accountIdentifier(user),
    userDisplayName: user.display_name,
    // A stable, non-personal handle: the account number, never the email.
    userID: new TextEncoder().encode(`aw:${user.id}`),
    timeout: CEREMONY_TIMEOUT_MS,
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credential_id, transports: p.transports })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
}

/** Checks a new passkey against the challenge we issued; null when it does not verify. */
export async function verifyRegistration(rp: RelyingParty, response: RegistrationResponseJSON, challenge: string) {
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    // Used as a second factor after a password, a passkey without a PIN or biometric is still
    // something the person has; signing in with it alone requires user verification (below).
    requireUserVerification: false,
  });
  return result.verified ? result.registrationInfo.credential : null;
}

/**
 * Options for using a passkey. Signing in names no account and requires user verification (PIN,
 * fingerprint, face), so the passkey alone is two factors. The second factor lists the person's own
 * passkeys and only needs presence: the password was the first.
 */
export function authenticationOptions(rp: RelyingParty, allow: { credential_id: string; transports: string[] }[] | null) {
  return generateAuthenticationOptions({
    rpID: rp.rpID,
    timeout: CEREMONY_TIMEOUT_MS,
    userVerification: allow ? "preferred" : "required",
    allowCredentials: allow?.map((p) => ({ id: p.credential_id, transports: p.transports })),
  });
}

/** Checks a signature with a stored passkey; the new counter when it verifies, null otherwise. */
export async function verifyAuthentication(
  rp: RelyingParty,
  response: AuthenticationResponseJSON,
  challenge: string,
  passkey: { credential_id: string; public_key: Uint8Array; counter: number; transports: string[] },
  { requireUserVerification }: { requireUserVerification: boolean },
) {
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    credential: {
      id: passkey.credential_id,
      publicKey: new Uint8Array(passkey.public_key),
      counter: passkey.counter,
      transports: passkey.transports,
    },
    requireUserVerification,
  });
  return result.verified ? { newCounter: result.authenticationInfo.newCounter } : null;
}
