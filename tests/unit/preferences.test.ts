import { describe, expect, it } from "vitest";
import { parseForm } from "~/utils/forms.server";
import { DEFAULT_PREFERENCES, preferenceAttributes } from "~/utils/preferences";
import { getPreferences, isDefaultPreferences, parsePreferences, preferencesCookie, preferencesCookieHeader } from "~/utils/preferences.server";
import { preferencesFormSchema } from "~/validation/preferences";

describe("parsePreferences", () => {
  it("keeps every known field with a valid value", () => {
    const all = { textSize: "larger", contrast: "high", reduceMotion: true, lineSpacing: "wide", dyslexiaFont: false };
    expect(parsePreferences(all)).toEqual(all);
  });

  it("drops unknown fields", () => {
    expect(parsePreferences({ textSize: "large", theme: "dark", fontSize: 40 })).toEqual({ textSize: "large" });
    // A cookie is JSON: "__proto__" there is just an unknown key.
    expect(parsePreferences(JSON.parse('{"__proto__": {"contrast": "high"}, "reduceMotion": true}'))).toEqual({ reduceMotion: true });
  });

  it("drops invalid values one field at a time, keeping the rest", () => {
    expect(
      parsePreferences({ textSize: "huge", contrast: "high", reduceMotion: "yes", lineSpacing: 2, dyslexiaFont: true }),
    ).toEqual({ contrast: "high", dyslexiaFont: true });
    expect(parsePreferences({ textSize: "LARGE", contrast: null, reduceMotion: 1 })).toEqual({});
  });

  it("returns no preferences for anything that is not an object", () => {
    for (const value of [null, undefined, "", "large", 42, true, [], ["textSize", "large"]]) {
      expect(parsePreferences(value)).toEqual({});
    }
  });
});

describe("getPreferences", () => {
  const requestWith = async (value: unknown) =>
    new Request("http://localhost/", { headers: { Cookie: (await preferencesCookie.serialize(value)).split(";")[0] ?? "" } });

  it("reads a visitor's cookie, validated", async () => {
    expect(await getPreferences(await requestWith({ textSize: "large", contrast: "purple" }), null)).toEqual({ textSize: "large" });
    expect(await getPreferences(new Request("http://localhost/"), null)).toEqual({});
    expect(await getPreferences(new Request("http://localhost/", { headers: { Cookie: "prefs=%%%not-base64" } }), null)).toEqual({});
  });

  it("prefers a user's saved profile over the cookie", async () => {
    const request = await requestWith({ textSize: "large" });
    expect(await getPreferences(request, { preferences: { ...DEFAULT_PREFERENCES, contrast: "high" } })).toEqual({
      ...DEFAULT_PREFERENCES,
      contrast: "high",
    });
  });

  it("falls back to the cookie for a user who has never saved any", async () => {
    expect(await getPreferences(await requestWith({ textSize: "larger" }), { preferences: {} })).toEqual({ textSize: "larger" });
  });
});

describe("preferencesCookieHeader", () => {
  it("stores non-default preferences and deletes the cookie at the defaults", async () => {
    const header = await preferencesCookieHeader({ textSize: "large" });
    expect(header).toMatch(/^prefs=/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(await preferencesCookie.parse(header.split(";")[0] ?? "")).toEqual({ ...DEFAULT_PREFERENCES, textSize: "large" });
    expect(await preferencesCookieHeader(DEFAULT_PREFERENCES)).toMatch(/^prefs=; Max-Age=0/);
    expect(isDefaultPreferences({})).toBe(true);
  });
});

describe("preferenceAttributes", () => {
  it("puts only non-default preferences on <html>", () => {
    expect(preferenceAttributes(undefined)).toEqual({});
    expect(preferenceAttributes(DEFAULT_PREFERENCES)).toEqual({});
    expect(preferenceAttributes({ textSize: "large", contrast: "high", reduceMotion: true, lineSpacing: "wide", dyslexiaFont: true })).toEqual({
      "data-text-size": "large",
      "data-contrast": "high",
      "data-reduce-motion": "true",
      "data-line-spacing": "wide",
      "data-font": "dyslexia",
    });
  });
});

describe("preferencesFormSchema", () => {
  const form = (entries: [string, string][]) => {
    const data = new FormData();
    for (const [key, value] of entries) data.append(key, value);
    return parseForm(data, preferencesFormSchema);
  };

  it("reads the radios, no, one or several ticked boxes, and the intent", () => {
    expect(form([["textSize", "large"], ["contrast", "high"], ["lineSpacing", "wide"], ["intent", "save"]])).toEqual({
      ok: true,
      data: { textSize: "large", contrast: "high", lineSpacing: "wide", options: [], intent: "save" },
    });
    expect(form([["options", "dyslexiaFont"]])).toMatchObject({ ok: true, data: { options: ["dyslexiaFont"], textSize: "default", intent: "save" } });
    expect(form([["options", "reduceMotion"], ["options", "dyslexiaFont"], ["intent", "reset"]])).toMatchObject({
      ok: true,
      data: { options: ["reduceMotion", "dyslexiaFont"], intent: "reset" },
    });
  });

  it("answers with translated-key errors for values the page never offers", () => {
    const result = form([["textSize", "huge"], ["options", "bigCursor"], ["intent", "delete"]]);
    expect(result).toMatchObject({
      ok: false,
      errors: { textSize: "preferences.invalidChoice", options: "preferences.invalidChoice", intent: "preferences.invalidChoice" },
    });
  });
});

describe("easy read", () => {
  it("is off by default, kept when stored, and marks <html> when on", () => {
    expect(DEFAULT_PREFERENCES.easyRead).toBe(false);
    expect(parsePreferences({ easyRead: true })).toEqual({ easyRead: true });
    expect(parsePreferences({ easyRead: "yes" })).toEqual({});
    expect(preferenceAttributes({ easyRead: true })).toEqual({ "data-easy-read": "true" });
    expect(preferenceAttributes({ easyRead: false })).toEqual({});
  });

  it("is one of the form's switches", () => {
    const parsed = parseForm(new URLSearchParams([["options", "easyRead"], ["intent", "save"]]) as unknown as FormData, preferencesFormSchema);
    expect(parsed.ok && parsed.data.options).toEqual(["easyRead"]);
  });
});
