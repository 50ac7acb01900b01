import { afterEach, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => ({ PUBLIC_URL: undefined as string | undefined, WEBAUTHN_ORIGIN: undefined as string | undefined, WEBAUTHN_RP_ID: undefined as string | undefined }));
vi.mock("~/utils/env.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("~/utils/env.server")>();
  return { ...actual, getEnv: () => actual.parseEnv({ NODE_ENV: "test", ...env }) };
});

const { relyingParty, signedChallenge } = await import("~/utils/webauthn.server");
const { isAuthenticationResponse, isRegistrationResponse, passkeyNameSchema } = await import("~/validation/passkeys");

afterEach(() => {
  env.PUBLIC_URL = undefined;
  env.WEBAUTHN_ORIGIN = undefined;
  env.WEBAUTHN_RP_ID = undefined;
});

describe("relyingParty", () => {
  it("defaults to the public address, in the demo http://localhost:PORT", () => {
    expect(relyingParty()).toEqual({ origin: "http://localhost:3000", rpID: "localhost" });
    env.PUBLIC_URL = "https://jobs.example.org";
    expect(relyingParty()).toEqual({ origin: "https://jobs.example.org", rpID: "jobs.example.org" });
  });

  it("uses the configured passkey origin and domain when set", () => {
    env.WEBAUTHN_ORIGIN = "https://jobs.example.org";
    expect(relyingParty()).toEqual({ origin: "https://jobs.example.org", rpID: "jobs.example.org" });
    env.WEBAUTHN_RP_ID = "example.org";
    expect(relyingParty().rpID).toBe("example.org");
  });
});

describe("signedChallenge", () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

  it("reads the challenge out of clientDataJSON", () => {
    expect(signedChallenge({ response: { clientDataJSON: encode({ type: "webauthn.get", challenge: "abc_-1" }) } })).toBe("abc_-1");
  });

  it("gives null for anything unreadable", () => {
    expect(signedChallenge({ response: { clientDataJSON: "not json" } })).toBeNull();
    expect(signedChallenge({ response: { clientDataJSON: encode({ type: "webauthn.get" }) } })).toBeNull();
    expect(signedChallenge({ response: { clientDataJSON: encode(["challenge"]) } })).toBeNull();
  });
});

describe("passkey form and response shapes", () => {
  it("accepts an empty or 60-character name and refuses 61 characters, counting as people do", () => {
    expect(passkeyNameSchema.safeParse({ passkeyName: "" }).success).toBe(true);
    expect(passkeyNameSchema.safeParse({ passkeyName: "机".repeat(60) }).success).toBe(true);
    const long = passkeyNameSchema.safeParse({ passkeyName: "机".repeat(61) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe("passkeys.nameTooLong");
  });

  it("only lets well-formed browser answers through to the verifier", () => {
    const registration = {
      id: "AbC",
      rawId: "AbC",
      type: "public-key",
      response: { clientDataJSON: "eyJ9", attestationObject: "o2Nm", transports: ["internal"] },
      clientExtensionResults: {},
    };
    expect(isRegistrationResponse(registration)).toBe(true);
    expect(isRegistrationResponse({ ...registration, type: "password" })).toBe(false);
    expect(isRegistrationResponse({ ...registration, response: { clientDataJSON: "has spaces" } })).toBe(false);
    const authentication = {
      id: "AbC",
      rawId: "AbC",
      type: "public-key",
      response: { clientDataJSON: "eyJ9", authenticatorData: "SZYN", signature: "MEUC" },
      clientExtensionResults: {},
    };
    expect(isAuthenticationResponse(authentication)).toBe(true);
    expect(isAuthenticationResponse(registration)).toBe(false);
    expect(isAuthenticationResponse(null)).toBe(false);
  });
});
