import { redirect, type AppLoadContext } from "@remix-run/node";
import type { Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { createSession } from "~/models/session.server";
import { createEmployerOrganisation, type EmployerSignUpError } from "~/models/organisation.server";
import { createMobileUser, createUser, mobileTaken } from "~/models/user.server";
import { claimOfflineAccount, isUnclaimedOfflineAccount } from "~/models/caseload.server";
import { checkMobileCode, createMobileCode, getMobileCode, MOBILE_CODE_MINUTES, renewMobileCode, type PendingSignUp } from "~/models/mobile-code.server";
import { enqueueSms } from "~/models/outbox.server";
import type { Login } from "~/validation/auth";
import { formErrors } from "~/utils/forms.server";
import { asLocale } from "~/utils/i18n";
import type { Database } from "../../db/schema";
import { inTransaction } from "../../db/transaction";
import { submittedValues } from "~/utils/forms.server";
import { emailT, sendVerificationEmail } from "./emails.server";
import { checkRateLimits, LIMITS } from "./rate-limits.server";

type Db = Kysely<Database>;

/**
 * What every sign-up form checks before reading itself: a bot (it filled the honeypot, which people
 * never see) is answered as if it worked, and an address over its hourly limit gets the form back
 * with a 429 and what was typed. Null when the sign-up may go on.
 */
export async function screenSignUp(context: AppLoadContext, formData: FormData): Promise<Response | null> {
  if (formData.get("website")) return redirect("/", 303);
  return checkRateLimits(context, [{ key: `sign-up:ip:${context.clientIp}`, limit: LIMITS.signUpIp }], {
    values: submittedValues(formData, ["password", "website"]),
  });
}

/** The writers after the account; a test may pass its own to fail mid-way. */
export type SignUpWriters = { audit?: typeof recordAudit; verify?: typeof sendVerificationEmail };

/**
 * Opens an account in one transaction: the user, their first session, the audit entry and the
 * confirmation email. A failure anywhere leaves no account behind, so the address is not "taken"
 * by an account its owner never got into. Null when the address (or number) already has an account.
 */
export async function signUp(
  db: Db,
  input: { login: Login; passwordHash: string; displayName: string; preferredLocale: "zh-CN" | "en" | null; userAgent: string | null; origin: string },
  { audit = recordAudit, verify = sendVerificationEmail }: SignUpWriters = {},
) {
  const { userAgent, origin, login, ...account } = input;
  return inTransaction(db, async (trx) => {
    // A mobile number reaches here only after its code was typed (finishMobileSignUp). A number staff
    // registered for someone offline is claimed: the account they opened becomes the person's own.
    const claimed = login.mobile !== undefined ? await claimOfflineAccount(trx, { ...account, mobile: login.mobile }) : null;
    const user = claimed ?? (login.mobile !== undefined ? await createMobileUser(trx, { ...account, mobile: login.mobile }) : await createUser(trx, { ...account, email: login.email }));
    if (!user) return null;
    const token = await createSession(trx, { userId: user.id, userAgent });
    await audit(trx, { actorUserId: user.id, action: claimed ? "auth.account_claimed" : "auth.sign_up", targetType: "user", targetId: user.id });
    // Confirming the address is asked for, never required: the account works fully meanwhile.
    await verify(trx, { user, origin });
    return { user, token };
  });
}

/**
 * An employer joins on its own, in one transaction: the person's account (as {@link signUp}), the
 * employer organisation (unverified, with the credit code it claims and the partner it chose) with
 * them as its owner, and the audit entries. Any refusal or failure leaves nothing behind.
 */
export async function signUpEmployer(
  db: Db,
  input: Parameters<typeof signUp>[1] & { nameZh: string | null; nameEn: string | null; creditCode: string; partnerId: number },
  writers: SignUpWriters = {},
): Promise<{ ok: true; token: string; organisationId: number } | { ok: false; error: "emailTaken" | "mobileTaken" | EmployerSignUpError }> {
  const { nameZh, nameEn, creditCode, partnerId, ...account } = input;
  try {
    return await inTransaction(db, async (trx) => {
      const opened = await signUp(trx, account, writers);
      if (!opened) throw new Refused(account.login.mobile ? "mobileTaken" : "emailTaken");
      const employer = await createEmployerOrganisation(trx, {
        actorUserId: opened.user.id,
        ownerUserId: opened.user.id,
        nameZh,
        nameEn,
        claimedCreditCode: creditCode,
        requestedPartnerId: partnerId,
      });
      if (!employer.ok) throw new Refused(employer.error);
      return { ok: true as const, token: opened.token, organisationId: employer.id };
    });
  } catch (error) {
    // A refusal rolls the account back too: the address stays free for another try.
    if (error instanceof Refused) return { ok: false, error: error.reason };
    throw error;
  }
}

/** Thrown inside the transaction to roll it back, and caught outside it. */
class Refused extends Error {
  constructor(readonly reason: "emailTaken" | "mobileTaken" | EmployerSignUpError) {
    super(reason);
  }
}

// ——— Signing up with a mobile number (issue 19, item 4) ———
// The form's data waits, with the password hashed, until the code sent to the number is typed on
// /sign-up/code; only then is the account opened, by signUp or signUpEmployer as above.

/** A seeker's or an employer's sign-up, as the form gave it, waiting for the code. */
export type MobileSignUp =
  | { kind: "seeker"; displayName: string; passwordHash: string; preferredLocale: "zh-CN" | "en" | null }
  | { kind: "employer"; displayName: string; passwordHash: string; preferredLocale: "zh-CN" | "en" | null; nameZh: string | null; nameEn: string | null; creditCode: string; partnerId: number };

/** Queues the text message with a sign-up code, in the language the person was using. */
async function sendSignUpCode(db: Db, { mobile, code, locale }: { mobile: string; code: string; locale: "zh-CN" | "en" | null }) {
  await enqueueSms(db, { to: mobile, text: emailT(asLocale(locale))("sms.signUpCode", { code, minutes: MOBILE_CODE_MINUTES }) });
}

/**
 * Sends a code to the number and keeps the sign-up waiting for it; returns the code page's
 * reference, or the response to answer with: the number already has an account, or too many codes
 * went to this number or from this address in the last hour (each counted before anything is sent).
 */
export async function startMobileSignUp(
  context: AppLoadContext,
  db: Db,
  { mobile, signUp: pending, values }: { mobile: string; signUp: MobileSignUp; values: Record<string, string> },
): Promise<{ ref: string } | Response> {
  if ((await mobileTaken(db, { mobile })) && !(await isUnclaimedOfflineAccount(db, { mobile }))) return formErrors(context, { errors: { login: "forms.mobileTaken" }, values });
  const limited = await checkRateLimits(
    context,
    [
      { key: `sms-code:number:${mobile}`, limit: LIMITS.smsCodeNumber },
      { key: `sms-code:ip:${context.clientIp}`, limit: LIMITS.smsCodeIp },
    ],
    { field: "login", values },
  );
  if (limited) return limited;
  return inTransaction(db, async (trx) => {
    const { ref, code } = await createMobileCode(trx, { mobile, payload: pending as PendingSignUp });
    await sendSignUpCode(trx, { mobile, code, locale: pending.preferredLocale });
    return { ref };
  });
}

/** The waiting sign-up behind a code page, for showing it: the number and whose sign-up it is. */
export async function getMobileSignUp(db: Db, { ref }: { ref: string }) {
  const row = await getMobileCode(db, { ref });
  if (!row) return null;
  return { mobile: row.mobile, kind: (row.payload as MobileSignUp).kind };
}

/**
 * "Send a new code": refused within a minute of the last, after five, and over the per-number and
 * per-address hourly limits (answered as a 429 on the code field).
 */
export async function resendMobileSignUpCode(context: AppLoadContext, db: Db, { ref, mobile }: { ref: string; mobile: string }) {
  const limited = await checkRateLimits(
    context,
    [
      { key: `sms-code:number:${mobile}`, limit: LIMITS.smsCodeNumber },
      { key: `sms-code:ip:${context.clientIp}`, limit: LIMITS.smsCodeIp },
    ],
    { field: "code" },
  );
  if (limited) return { ok: false as const, response: limited };
  return inTransaction(db, async (trx) => {
    const renewed = await renewMobileCode(trx, { ref });
    if (!renewed.ok) return { ok: false as const, reason: renewed.reason };
    await sendSignUpCode(trx, { mobile: renewed.mobile, code: renewed.code, locale: (renewed.payload as MobileSignUp).preferredLocale });
    return { ok: true as const };
  });
}

/**
 * Finishes a sign-up with the code typed: the right code opens the account (the number counts as
 * proven) and its session; otherwise says why not. An employer's refusals (its credit code taken
 * meanwhile) come back as for the form.
 */
export async function finishMobileSignUp(
  db: Db,
  { ref, code, userAgent, origin }: { ref: string; code: string; userAgent: string | null; origin: string },
): Promise<
  | { ok: true; kind: "seeker" | "employer"; token: string }
  | { ok: false; error: "wrong"; triesLeft: number }
  | { ok: false; error: "used-up" | "none" | "mobileTaken" | "emailTaken" | EmployerSignUpError }
> {
  const checked = await checkMobileCode(db, { ref, code });
  if (checked.result === "wrong") return { ok: false, error: "wrong", triesLeft: checked.triesLeft };
  if (checked.result !== "ok") return { ok: false, error: checked.result };
  const pending = checked.payload as MobileSignUp;
  const account = { login: { mobile: checked.mobile }, displayName: pending.displayName, passwordHash: pending.passwordHash, preferredLocale: pending.preferredLocale, userAgent, origin };
  if (pending.kind === "employer") {
    const result = await signUpEmployer(db, { ...account, nameZh: pending.nameZh, nameEn: pending.nameEn, creditCode: pending.creditCode, partnerId: pending.partnerId });
    return result.ok ? { ok: true, kind: "employer", token: result.token } : { ok: false, error: result.error };
  }
  const opened = await signUp(db, account);
  return opened ? { ok: true, kind: "seeker", token: opened.token } : { ok: false, error: "mobileTaken" };
}
