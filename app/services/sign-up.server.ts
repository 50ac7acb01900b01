import type { Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { createSession } from "~/models/session.server";
import { createUser } from "~/models/user.server";
import type { Database } from "../../db/schema";
import { sendVerificationEmail } from "./emails.server";

type Db = Kysely<Database>;

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
  return db.transaction().execute(async (trx) => {
    const user = await createUser(trx, account);
    if (!user) return null;
    const token = await createSession(trx, { userId: user.id, userAgent });
    await audit(trx, { actorUserId: user.id, action: "auth.sign_up", targetType: "user", targetId: user.id });
    // Confirming the address is asked for, never required: the account works fully meanwhile.
    await verify(trx, { user, origin });
    return { user, token };
  });
}
