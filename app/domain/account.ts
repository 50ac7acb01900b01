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
