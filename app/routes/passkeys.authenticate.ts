// POST /passkeys/authenticate: using a passkey, called by the sign-in and second-factor pages' script.
// mode "sign-in":       no account is named (discoverable credentials); success starts a new session.
// mode "second-factor": the signed-in person's own passkeys; success marks this session's second factor.
// Each has two steps: {intent: "options"} → a fresh challenge; {intent: "verify", response} → the check.
import { json, type ActionFunctionArgs } from "@remix-run/node";
import type { AuditAction } from "~/models/audit.server";
import { recordAudit } from "~/models/audit.server";
import { consumeChallenge, saveChallenge } from "~/models/auth-token.server";
import { getPasskeyForVerification, listPasskeys, recordPasskeyUse } from "~/models/passkey.server";
import { createSession, deleteSession, markSecondFactor } from "~/models/session.server";
import { afterSignIn, requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { readSessionToken, sessionCookieHeader } from "~/services/session.server";
import { authenticationOptions, CHALLENGE_MINUTES, relyingParty, signedChallenge, verifyAuthentication } from "~/utils/webauthn.server";
import { isAuthenticationResponse, passkeyAuthenticateSchema } from "~/validation/passkeys";

const failure = (error: string, status = 400) => json({ ok: false as const, error }, { status });

export async function action({ request, context }: ActionFunctionArgs) {
  const body = passkeyAuthenticateSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return failure("passkeys.errors.failed");
  const { mode } = body.data;
  // The second factor belongs to a signed-in session; signing in does not.
  const user = mode === "second-factor" ? await requireUser(request) : null;
  const db = getDb();
  const rp = relyingParty();

  if (body.data.intent === "options") {
    const limited = await checkRateLimits(context, [{ key: `passkey:ip:${context.clientIp}`, limit: LIMITS.passkeyIp }]);
    if (limited) return failure("forms.rateLimited", 429);
    const allow = user ? await listPasskeys(db, { userId: user.id }) : null;
    if (allow?.length === 0) return failure("passkeys.errors.noPasskeys");
    const options = await authenticationOptions(rp, allow);
    await saveChallenge(db, {
      challenge: options.challenge,
      purpose: "passkey_authentication",
      userId: user?.id ?? null,
      payload: { mode },
      ttlMinutes: CHALLENGE_MINUTES,
    });
    return json({ ok: true as const, options });
  }

  const failedAction: AuditAction = mode === "sign-in" ? "auth.passkey_sign_in_failed" : "auth.second_factor_failed";
  const fail = async (reason: string, actorUserId: number | null, error = "passkeys.errors.failed") => {
    await recordAudit(db, { actorUserId, action: failedAction, details: { reason } });
    return failure(error);
  };

  const response = body.data.response;
  if (!isAuthenticationResponse(response)) return fail("malformed", user?.id ?? null);
  const challenge = signedChallenge(response);
  const pending = challenge ? await consumeChallenge(db, { challenge, purpose: "passkey_authentication" }) : undefined;
  if (!challenge || !pending || pending.payload.mode !== mode || pending.user_id !== (user?.id ?? null)) {
    return fail("challenge", user?.id ?? null, "passkeys.errors.expired");
  }
  const passkey = await getPasskeyForVerification(db, { credentialId: response.id });
  if (!passkey) return fail("unknown_passkey", user?.id ?? null, "passkeys.errors.unknownPasskey");
  if (user && passkey.user_id !== user.id) return fail("other_account", user.id, "passkeys.errors.unknownPasskey");
  const verified = await verifyAuthentication(rp, response, challenge, passkey, { requireUserVerification: mode === "sign-in" }).catch(() => null);
  if (!verified) return fail("verification", passkey.user_id);

  // The passkey is the second factor (this person is signed in) or signs them in: either way they go
  // on to the page that sent them, else to their workspace or account.
  const redirectTo = await afterSignIn(user?.id ?? passkey.user_id, body.data.redirectTo);
  if (user) {
    await db.transaction().execute(async (trx) => {
      await recordPasskeyUse(trx, { credentialId: passkey.credential_id, counter: verified.newCounter });
      await markSecondFactor(trx, { token: user.sessionToken });
      await recordAudit(trx, { actorUserId: user.id, action: "auth.second_factor_passed", targetType: "passkey", targetId: passkey.credential_id });
    });
    return json({ ok: true as const, redirectTo });
  }

  // As with a password: a fresh session id (no fixation), and any session this browser had ends.
  const previous = await readSessionToken(request);
  const token = await db.transaction().execute(async (trx) => {
    await recordPasskeyUse(trx, { credentialId: passkey.credential_id, counter: verified.newCounter });
    if (previous) await deleteSession(trx, { token: previous });
    const created = await createSession(trx, { userId: passkey.user_id, userAgent: request.headers.get("User-Agent"), secondFactor: true });
    await recordAudit(trx, {
      actorUserId: passkey.user_id,
      action: "auth.passkey_signed_in",
      targetType: "user",
      targetId: passkey.user_id,
      details: { passkey: passkey.credential_id },
    });
    return created;
  });
  return json({ ok: true as const, redirectTo }, { headers: { "Set-Cookie": await sessionCookieHeader(token) } });
}
