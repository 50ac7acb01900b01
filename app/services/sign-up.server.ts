import { redirect, type AppLoadContext } from "@remix-run/node";
import type { Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { createSession } from "~/models/session.server";
import { createEmployerOrganisation, type EmployerSignUpError } from "~/models/organisation.server";
import { createUser } from "~/models/user.server";
import type { Database } from "../../db/schema";
import { inTransaction } from "../../db/transaction";
import { submittedValues } from "~/utils/forms.server";
import { sendVerificationEmail } from "./emails.server";
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
 * by an account its owner never got into. Null when the address already has an account.
 */
export async function signUp(
  db: Db,
  input: { email: string; passwordHash: string; displayName: string; preferredLocale: "zh-CN" | "en" | null; userAgent: string | null; origin: string },
  { audit = recordAudit, verify = sendVerificationEmail }: SignUpWriters = {},
) {
  const { userAgent, origin, ...account } = input;
  return inTransaction(db, async (trx) => {
    const user = await createUser(trx, account);
    if (!user) return null;
    const token = await createSession(trx, { userId: user.id, userAgent });
    await audit(trx, { actorUserId: user.id, action: "auth.sign_up", targetType: "user", targetId: user.id });
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
): Promise<{ ok: true; token: string; organisationId: number } | { ok: false; error: "emailTaken" | EmployerSignUpError }> {
  const { nameZh, nameEn, creditCode, partnerId, ...account } = input;
  try {
    return await inTransaction(db, async (trx) => {
      const opened = await signUp(trx, account, writers);
      if (!opened) throw new Refused("emailTaken");
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
  constructor(readonly reason: "emailTaken" | EmployerSignUpError) {
    super(reason);
  }
}
