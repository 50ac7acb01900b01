import { createCookie } from "@remix-run/node";
import { z } from "zod";
import type { DisplayPreferences } from "~/domain/account";
import { CONTRASTS, DEFAULT_PREFERENCES, LINE_SPACINGS, TEXT_SIZES, completePreferences } from "./preferences";

/**
 * A visitor's display preferences, for a year. Not signed: it only changes how pages look for the
 * browser that holds it, and every read goes through `parsePreferences`.
 */
export const preferencesCookie = createCookie("prefs", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false",
  maxAge: 60 * 60 * 24 * 365,
});

// Each field is checked on its own, so one bad or outdated value loses only that field.
const storedPreferencesSchema = z.object({
  textSize: z.enum(TEXT_SIZES).optional().catch(undefined),
  contrast: z.enum(CONTRASTS).optional().catch(undefined),
  reduceMotion: z.boolean().optional().catch(undefined),
  lineSpacing: z.enum(LINE_SPACINGS).optional().catch(undefined),
  dyslexiaFont: z.boolean().optional().catch(undefined),
  easyRead: z.boolean().optional().catch(undefined),
});

/** Display preferences from anything stored (cookie or profile), keeping only known fields with valid values. */
export function parsePreferences(value: unknown): DisplayPreferences {
  const result = storedPreferencesSchema.safeParse(value);
  if (!result.success) return {};
  const { textSize, contrast, reduceMotion, lineSpacing, dyslexiaFont, easyRead } = result.data;
  const preferences: DisplayPreferences = {};
  if (textSize !== undefined) preferences.textSize = textSize;
  if (contrast !== undefined) preferences.contrast = contrast;
  if (reduceMotion !== undefined) preferences.reduceMotion = reduceMotion;
  if (lineSpacing !== undefined) preferences.lineSpacing = lineSpacing;
  if (dyslexiaFont !== undefined) preferences.dyslexiaFont = dyslexiaFont;
  if (easyRead !== undefined) preferences.easyRead = easyRead;
  return preferences;
}

/**
 * The preferences to apply to this request: a signed-in user's profile once they have saved some,
 * otherwise this browser's cookie (so what a visitor chose still applies right after signing up).
 * Takes the user the caller already has, so a request looks the session up only once.
 */
export async function getPreferences(request: Request, user: { preferences: unknown } | null): Promise<DisplayPreferences> {
  if (user) {
    const saved = parsePreferences(user.preferences);
    if (Object.keys(saved).length > 0) return saved;
  }
  return parsePreferences(await preferencesCookie.parse(request.headers.get("Cookie")));
}

/** True when every preference is at its default. */
export function isDefaultPreferences(preferences: DisplayPreferences): boolean {
  const complete = completePreferences(preferences);
  return (Object.keys(DEFAULT_PREFERENCES) as (keyof DisplayPreferences)[]).every((key) => complete[key] === DEFAULT_PREFERENCES[key]);
}

/** Set-Cookie that remembers these preferences in this browser; at the defaults it deletes the cookie instead. */
export async function preferencesCookieHeader(preferences: DisplayPreferences): Promise<string> {
  if (isDefaultPreferences(preferences)) return preferencesCookie.serialize("", { maxAge: 0 });
  return preferencesCookie.serialize(completePreferences(preferences));
}
