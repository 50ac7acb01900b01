// Accounts: what a one-time token is for, and the display preferences a person chooses.

export const TOKEN_PURPOSES = ["reset_password", "verify_email", "invite", "passkey_registration", "passkey_authentication"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** Display preferences, applied on the server; every field optional. */
export type DisplayPreferences = {
  textSize?: "default" | "large" | "larger";
  contrast?: "default" | "high";
  reduceMotion?: boolean;
  lineSpacing?: "default" | "wide";
  dyslexiaFont?: boolean;
  /** Short sentences and more space: alternative plain copy and wider spacing on the portal's own pages. */
  easyRead?: boolean;
};

/** Languages a profile can prefer; "auto" follows the browser. */
export const PROFILE_LOCALES = ["zh-CN", "en", "auto"] as const;

/**
 * A mainland China mobile number as people type it ("138 0013 8000", "+86 138-0013-8000",
 * "8613800138000") reduced to its 11 digits, or null when it is not one (11 digits starting 1[3-9]).
 */
export function normaliseMobile(value: string): string | null {
  const digits = value.replace(/[\s\-()（）]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "");
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** True when what was typed in an "email or mobile" field is a mobile number rather than an address. */
export function looksLikeMobile(value: string): boolean {
  return !value.includes("@") && /\d/.test(value) && !/[a-z]/i.test(value);
}

/** A mobile number grouped for reading aloud and checking: "138 0013 8000". */
export function formatMobile(mobile: string): string {
  return `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
}

/** A mobile number with its middle hidden, for pages and messages that must not show it whole: "138****8000". */
export function maskMobile(mobile: string): string {
  return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
}

/** What identifies an account to its owner: the email address, or the mobile number when it has none. */
export function accountIdentifier(user: { email: string | null; mobile?: string | null }): string {
  return user.email ?? (user.mobile ? formatMobile(user.mobile) : "");
}

/**
 * The seven categories of the disability certificate (残疾人证), as federations count placements.
 * A seeker may say theirs only for counting, with its own consent (`/account/counting`).
 */
export const DISABILITY_CATEGORIES = ["visual", "hearing", "speech", "physical", "intellectual", "psychosocial", "multiple"] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];

/** The consent purpose for keeping a seeker's disability category for the statistics. */
export const DISABILITY_STATISTICS_PURPOSE = "disability_statistics";
