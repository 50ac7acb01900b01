import { json, type AppLoadContext } from "@remix-run/node";
import { recordAudit } from "~/models/audit.server";
import { clearRateLimit, hitRateLimit } from "~/models/rate-limit.server";
import { getDb } from "../utils/db.server";
import { getEnv } from "../utils/env.server";

/** The limits we enforce, per account and per IP, in one place. */
export const LIMITS = {
  signInAccount: { limit: 10, windowSeconds: 60 },
  // The per-address limits are read when used, not when this module loads: importing a model must
  // never need the environment.
  signInIp: {
    get limit() {
      return getEnv().SIGN_IN_LIMIT_PER_IP;
    },
    windowSeconds: 60,
  },
  signUpIp: {
    get limit() {
      return getEnv().SIGN_UP_LIMIT_PER_IP;
    },
    windowSeconds: 3600,
  },
  resetAccount: { limit: 3, windowSeconds: 3600 },
  resetIp: { limit: 20, windowSeconds: 3600 },
  // Tries on one reset link: enough for a few typing mistakes, not for a script.
  resetLink: { limit: 10, windowSeconds: 3600 },
  // The code emailed for a first passkey: a few sends an hour per account (each try is also limited per code).
  emailCodeAccount: { limit: 5, windowSeconds: 3600 },
  // Typing the password again (the confirm page, changing the password): as for signing in.
  reauthAccount: { limit: 10, windowSeconds: 300 },
  // Each passkey ceremony starts by asking for a challenge; this caps how fast one address can ask.
  passkeyIp: { limit: 60, windowSeconds: 60 },
  // A fresh confirmation email: a few per hour is plenty for a person, and caps mail to one inbox.
  verifyEmailAccount: { limit: 3, windowSeconds: 3600 },
  verifyEmailIp: { limit: 20, windowSeconds: 3600 },
  // Codes by text message, for proving a mobile number: a few an hour per number (so nobody can
  // flood a stranger's phone) and per address as many as sign-ups (so nobody can run up the SMS bill).
  smsCodeNumber: { limit: 5, windowSeconds: 3600 },
  smsCodeIp: {
    get limit() {
      return getEnv().SIGN_UP_LIMIT_PER_IP;
    },
    windowSeconds: 3600,
  },
  // Reports from the public: generous enough for an office that helps many people, low enough
  // that nobody can bury a partner's moderation queue.
  reportIp: { limit: 10, windowSeconds: 3600 },
  // Barrier reports about the portal itself, from the accessibility statement.
  barrierIp: { limit: 10, windowSeconds: 3600 },
} as const;

/**
 * Counts a hit on every key; if any is over its limit, returns a 429 response (the caller renders
 * the form with a clear message). Limits live in PostgreSQL, so they hold across instances.
 * `field` and `message` say where the form shows the error and what it says; `values` is what was
 * typed, so the form can show it again (never pass passwords).
 */
export async function checkRateLimits(
  context: AppLoadContext,
  checks: { key: string; limit: { limit: number; windowSeconds: number } }[],
  {
    field = "email",
    message = "forms.rateLimited",
    values = {},
  }: { field?: string; message?: string; values?: Record<string, string> } = {},
) {
  const db = getDb();
  for (const check of checks) {
    const result = await hitRateLimit(db, { key: check.key, ...check.limit });
    if (!result.allowed) {
      context.form.hasErrors = true;
      await recordAudit(db, { actorUserId: null, action: "auth.rate_limited", details: { bucket: check.key.split(":")[0] } });
      return json(
        { errors: { [field]: message }, values },
        { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
      );
    }
  }
  return null;
}

/** The key that counts sign-in guesses at one account. */
export const signInAccountKey = (normalisedEmail: string) => `sign-in:account:${normalisedEmail}`;

/**
 * The per-account sign-in limit is on guesses: the right password clears the count, so someone who
 * signs in often (an office's shared account, one person on several devices) is never locked out by it.
 */
export async function clearSignInGuesses(normalisedEmail: string) {
  await clearRateLimit(getDb(), signInAccountKey(normalisedEmail));
}
