// POST /passkeys/register: the two steps of adding a passkey, called by the passkeys page's script.
// 1. {intent: "options", passkeyName} → a fresh challenge and options for navigator.credentials.create
// 2. {intent: "verify", response}     → checks the new credential and stores its public key
import { json, type ActionFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/models/audit.server";
import { consumeChallenge, saveChallenge } from "~/models/auth-token.server";
import { createPasskey, listPasskeys } from "~/models/passkey.server";
import { markEmailCode, markSecondFactor } from "~/models/session.server";
import { isPrivileged, passkeyAddBlock, PROOF_FORM_MINUTES, requireUserToManagePasskeys } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { sendAccountNotice } from "~/services/emails.server";
import { getEnv } from "~/utils/env.server";
import { deviceName } from "~/utils/device-name";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { CHALLENGE_MINUTES, registrationOptions, relyingParty, signedChallenge, verifyRegistration } from "~/utils/webauthn.server";
import { isRegistrationResponse, passkeyNameSchema, passkeyRegisterSchema } from "~/validation/passkeys";

/** A failed step: an i18n key for the person, and the status for the log and the client. */
const failure = (error: string, status = 400) => json({ ok: false as const, error }, { status });

export async function action({ request, context }: ActionFunctionArgs) {
  // A page opened after a fresh proof may take its time; after that the script reloads the page,
  // which asks for the password again.
  const user = await requireUserToManagePasskeys(request, { proofMinutes: PROOF_FORM_MINUTES });
  const body = passkeyRegisterSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return failure("passkeys.errors.failed");
  // Only a confirmed address may hold a passkey, and a privileged account's first one needs the
  // emailed code: checked at both steps, whatever the page showed.
  const block = await passkeyAddBlock(user);
  if (block) {
    await recordAudit(getDb(), { actorUserId: user.id, action: "passkey.registration_failed", details: { reason: block } });
    return failure(block === "unconfirmed" ? "security.errors.unconfirmed" : "security.errors.codeNeeded", 403);
  }
  const db = getDb();
  const rp = relyingParty();

  if (body.data.intent === "options") {
    const name = passkeyNameSchema.safeParse({ passkeyName: body.data.passkeyName });
    if (!name.success) return json({ ok: false as const, errors: { passkeyName: "passkeys.nameTooLong" } }, { status: 400 });
    const limited = await checkRateLimits(context, [{ key: `passkey:ip:${context.clientIp}`, limit: LIMITS.passkeyIp }]);
    if (limited) return failure("forms.rateLimited", 429);
    const options = await registrationOptions(rp, user, await listPasskeys(db, { userId: user.id }));
    // Unnamed passkeys are called after the device they were made on ("Chrome · Android").
    const passkeyName = name.data.passkeyName || deviceName(request.headers.get("User-Agent"));
    await saveChallenge(db, {
      challenge: options.challenge,
      purpose: "passkey_registration",
      userId: user.id,
      payload: { name: passkeyName },
      ttlMinutes: CHALLENGE_MINUTES,
    });
    return json({ ok: true as const, options });
  }

  const response = body.data.response;
  if (!isRegistrationResponse(response)) return failure("passkeys.errors.failed");
  const challenge = signedChallenge(response);
  const pending = challenge ? await consumeChallenge(db, { challenge, purpose: "passkey_registration" }) : undefined;
  if (!challenge || !pending || pending.user_id !== user.id) {
    await recordAudit(db, { actorUserId: user.id, action: "passkey.registration_failed", details: { reason: "challenge" } });
    return failure("passkeys.errors.expired");
  }
  const credential = await verifyRegistration(rp, response, challenge).catch(() => null);
  if (!credential) {
    await recordAudit(db, { actorUserId: user.id, action: "passkey.registration_failed", details: { reason: "verification" } });
    return failure("passkeys.errors.failed");
  }
  const name = typeof pending.payload.name === "string" ? pending.payload.name : null;
  const created = await db.transaction().execute(async (trx) => {
    const stored = await createPasskey(trx, {
      userId: user.id,
      credentialId: credential.id,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: credential.transports ?? [],
      name,
    });
    if (!stored) return false;
    // Adding a passkey is allowed without the second factor only when there was none (the guard
    // checked), so the new one completes the step for this session.
    await markSecondFactor(trx, { token: user.sessionToken });
    // The emailed code is spent on this passkey.
    if (isPrivileged(user)) await markEmailCode(trx, { token: user.sessionToken, done: false });
    // The credential id is a public identifier, not key material; the key itself is never logged.
    await recordAudit(trx, { actorUserId: user.id, action: "passkey.registered", targetType: "passkey", targetId: credential.id });
    await sendAccountNotice(trx, { user, notice: { kind: "passkey-added", passkey: name ?? "" }, origin: getEnv().publicUrl });
    return true;
  });
  if (!created) {
    await recordAudit(db, { actorUserId: user.id, action: "passkey.registration_failed", details: { reason: "already_registered" } });
    return failure("passkeys.errors.alreadyRegistered", 409);
  }
  return json({ ok: true as const, name });
}
