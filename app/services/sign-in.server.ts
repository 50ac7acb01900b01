import type { Kysely } from "kysely";
import { recordAudit } from "~/models/audit.server";
import { createAuthToken } from "~/models/auth-token.server";
import { enqueueEmail, enqueueSms } from "~/models/outbox.server";
import { createSession, deleteSession, getSessionUserId } from "~/models/session.server";
import { asLocale } from "~/utils/i18n";
import type { Database } from "../../db/schema";
import { emailT } from "./emails.server";

type Db = Kysely<Database>;

/** The audit writer; a test may pass one that fails, to see that nothing is left half-written. */
export type SignInWriters = { audit?: typeof recordAudit };

/** How long a password-reset link works. */
export const RESET_MINUTES = 60;

/**
 * Opens a session after a correct password, in one transaction with its audit entry. A fresh
 * session id every time (no fixation): the session this browser had, if any, is ended first.
 * Returns the new session's token.
 */
export async function openPasswordSession(
  db: Db,
  { userId, userAgent, previousToken }: { userId: number; userAgent: string | null; previousToken: string | null },
  { audit = recordAudit }: SignInWriters = {},
) {
  return db.transaction().execute(async (trx) => {
    if (previousToken) await deleteSession(trx, { token: previousToken });
    const token = await createSession(trx, { userId, userAgent });
    await audit(trx, { actorUserId: userId, action: "auth.sign_in", targetType: "user", targetId: userId });
    return token;
  });
}

/** Ends the session behind `token` and logs the sign-out, together. Nothing happens for an unknown token. */
export async function signOut(db: Db, { token }: { token: string }, { audit = recordAudit }: SignInWriters = {}) {
  await db.transaction().execute(async (trx) => {
    const session = await getSessionUserId(trx, { token });
    await deleteSession(trx, { token });
    if (session) await audit(trx, { actorUserId: session.user_id, action: "auth.sign_out" });
  });
}

/**
 * Sends a password-reset link: the single-use token, the email in the person's language and the
 * audit entry are one transaction, so there is never a working link nobody was sent, nor one unlogged.
 */
export async function sendPasswordReset(
  db: Db,
  {
    user,
    by = "email",
    origin,
  }: { user: { id: number; email: string | null; mobile?: string | null; preferred_locale: string | null }; by?: "email" | "sms"; origin: string },
  { audit = recordAudit }: SignInWriters = {},
) {
  const t = emailT(asLocale(user.preferred_locale));
  // The link goes where the person asked from: their address, or their number by text message.
  const to = by === "sms" ? user.mobile : user.email;
  if (!to) return;
  await db.transaction().execute(async (trx) => {
    const token = await createAuthToken(trx, { purpose: "reset_password", userId: user.id, ttlMinutes: RESET_MINUTES });
    const link = `${origin}/reset-password/${token}`;
    if (by === "sms") await enqueueSms(trx, { to, text: t("sms.resetBody", { link }) });
    else await enqueueEmail(trx, { to, subject: t("reset.emailSubject"), bodyText: t("reset.emailBody", { link }) });
    await audit(trx, { actorUserId: user.id, action: "auth.password_reset_requested", targetType: "user", targetId: user.id });
  });
}
