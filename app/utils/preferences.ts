import type { DisplayPreferences } from "~/domain/account";

// Shared by the server and the browser: the choices, their defaults, and how they reach the CSS.

export const TEXT_SIZES = ["default", "large", "larger"] as const;
export const CONTRASTS = ["default", "high"] as const;
export const LINE_SPACINGS = ["default", "wide"] as const;
/** The on/off preferences, as the values of the form's checkbox group. */
export const PREFERENCE_SWITCHES = ["reduceMotion", "dyslexiaFont", "easyRead"] as const;
export type PreferenceSwitch = (typeof PREFERENCE_SWITCHES)[number];

/** Every preference set, as the site looks when nobody has chosen anything. */
export type CompletePreferences = Required<DisplayPreferences>;

/** How the site looks by default. */
export const DEFAULT_PREFERENCES: CompletePreferences = {
  textSize: "default",
  contrast: "default",
  reduceMotion: false,
  lineSpacing: "default",
  dyslexiaFont: false,
  easyRead: false,
};

/** The preferences with every gap filled by its default. */
export function completePreferences(preferences: DisplayPreferences): CompletePreferences {
  return { ...DEFAULT_PREFERENCES, ...preferences };
}

/**
 * The data attributes that `<html>` carries for the non-default preferences; app/styles/app.css
 * keys off them. Rendered on the server, so the first paint is already right.
 */
export function preferenceAttributes(preferences: DisplayPreferences | undefined): Record<string, string> {
  const p = completePreferences(preferences ?? {});
  const attributes: Record<string, string> = {};
  if (p.textSize !== "default") attributes["data-text-size"] = p.textSize;
  if (p.contrast !== "default") attributes["data-contrast"] = p.contrast;
  if (p.reduceMotion) attributes["data-reduce-motion"] = "true";
  if (p.lineSpacing !== "default") attributes["data-line-spacing"] = p.lineSpacing;
  if (p.dyslexiaFont) attributes["data-font"] = "dyslexia";
  if (p.easyRead) attributes["data-easy-read"] = "true";
  return attributes;
}
