import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";

// Base64url as browsers send it in WebAuthn JSON; lengths are generous caps against junk, not limits
// any real authenticator reaches.
const base64url = (max: number) => z.string().min(1).max(max).regex(/^[A-Za-z0-9_-]+={0,2}$/);

/** The name a person gives a passkey: optional, up to 60 characters. */
export const passkeyNameSchema = z.object({
  passkeyName: z
    .string()
    .trim()
    .refine((value) => Array.from(value).length <= 60, "passkeys.nameTooLong"),
});

const registrationResponseSchema = z.object({
  id: base64url(1400),
  rawId: base64url(1400),
  type: z.literal("public-key"),
  response: z.looseObject({ clientDataJSON: base64url(8192), attestationObject: base64url(65536) }),
  clientExtensionResults: z.looseObject({}),
});

const authenticationResponseSchema = z.object({
  id: base64url(1400),
  rawId: base64url(1400),
  type: z.literal("public-key"),
  response: z.looseObject({ clientDataJSON: base64url(8192), authenticatorData: base64url(8192), signature: base64url(8192) }),
  clientExtensionResults: z.looseObject({}),
});

/** True when `value` has the shape of a browser's registration response (the library checks the rest). */
export function isRegistrationResponse(value: unknown): value is RegistrationResponseJSON {
  return registrationResponseSchema.safeParse(value).success;
}

/** True when `value` has the shape of a browser's authentication response (the library checks the rest). */
export function isAuthenticationResponse(value: unknown): value is AuthenticationResponseJSON {
  return authenticationResponseSchema.safeParse(value).success;
}

/** The two steps of every ceremony: get options (a fresh challenge), then send the signed answer. */
export const passkeyRegisterSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("options"), passkeyName: z.string().default("") }),
  z.object({ intent: z.literal("verify"), response: z.unknown() }),
]);

/** Sign-in with a passkey (no account named: discoverable credentials) or the second factor after a password. */
export const passkeyAuthenticateSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("options"), mode: z.enum(["sign-in", "second-factor"]) }),
  z.object({ intent: z.literal("verify"), mode: z.enum(["sign-in", "second-factor"]), response: z.unknown(), redirectTo: z.string().optional() }),
]);
