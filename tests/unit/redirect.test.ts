import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "~/utils/redirect";

// Redirect targets come from query strings and form fields (`next`, `redirectTo`), so anyone can
// make them up. Each hostile value below must fall back to the safe page; none may throw. A browser
// resolves a Location against our own address with the same URL parser Node uses, so "stays on our
// origin when resolved against a dummy one" is the property that matters.

const FALLBACK = "/safe";

const HOSTILE: [string, unknown][] = [
  ["not a string", 42],
  ["null", null],
  ["an array", ["/account"]],
  ["empty", ""],
  ["relative path", "account"],
  ["scheme-relative", "//attacker.example"],
  ["scheme-relative with path", "//attacker.example/account"],
  ["three slashes", "///attacker.example"],
  ["slash backslash", "/\\attacker.example"],
  ["two backslashes", "\\\\attacker.example"],
  ["backslash slash", "\\/attacker.example"],
  ["backslash in the middle of a path", "/account\\..\\..\\attacker.example"],
  ["tab between the slashes", "/\t/attacker.example"],
  ["leading tab", "\t//attacker.example"],
  ["newline between the slashes", "/\n/attacker.example"],
  ["CR LF header injection", "/account\r\nSet-Cookie: stolen=1"],
  ["NUL", "/account\u0000"],
  ["DEL", "/\u007f/attacker.example"],
  ["C1 control (NEL)", "/account\u0085"],
  ["leading space", " //attacker.example"],
  ["https URL", "https://attacker.example/"],
  ["http URL to our own name", "http://localhost/account"],
  ["scheme without slashes", "https:attacker.example"],
  ["javascript:", "javascript:alert(1)"],
  ["javascript: with a slash path", "javascript://%0aalert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["encoded double slash", "/%2F%2Fattacker.example"],
  ["encoded slash backslash", "/%5Cattacker.example"],
  ["double-slash after decoding twice", "/%252F%252Fattacker.example"],
  ["double-slash after decoding twice, mixed case", "/%252f%252Fattacker.example"],
  ["encoded tab", "/%09/attacker.example"],
  ["encoded CR LF", "/account%0D%0ASet-Cookie:%20stolen=1"],
  ["twice-encoded CR LF", "/account%250D%250ASet-Cookie:%20stolen=1"],
  ["malformed percent-encoding", "/account%E0%A4%A"],
  ["full-width solidus", "／／attacker.example"],
  ["slash and full-width solidus", "/／attacker.example"],
  ["full-width reverse solidus", "/＼attacker.example"],
  ["encoded full-width solidus", "/%EF%BC%8F%EF%BC%8Fattacker.example"],
  ["division slash", "/\u2215attacker.example"],
  ["fraction slash", "/\u2044attacker.example"],
  ["IDN look-alike host (Cyrillic а)", "//аccesswork.example"],
  ["IDN look-alike in punycode", "//xn--ccesswork-5fg.example"],
  ["IDN look-alike with https", "https://ассesswork.example/account"],
  ["user-info trick", "//accesswork.example@attacker.example"],
  ["right-to-left override", "/\u202e//attacker.example"],
  ["line separator", "/\u2028/attacker.example"],
  ["zero-width space before slashes", "\u200b//attacker.example"],
  ["very long", `/${"a".repeat(5000)}`],
];

const LEGIT: [string, string, string][] = [
  ["the account page", "/account", "/account"],
  ["a path with a query", "/staff?org=3", "/staff?org=3"],
  ["a fragment", "/account/saved#openings", "/account/saved#openings"],
  ["an encoded Chinese query", "/openings?q=%E5%AE%A2%E6%9C%8D&arrangement=remote", "/openings?q=%E5%AE%A2%E6%9C%8D&arrangement=remote"],
  ["a raw Chinese query, encoded on the way out", "/openings?q=客服", "/openings?q=%E5%AE%A2%E6%9C%8D"],
  ["a Chinese location filter", "/openings?location=江苏/常州", "/openings?location=%E6%B1%9F%E8%8B%8F/%E5%B8%B8%E5%B7%9E"],
  ["a full-width solidus in a query value", "/openings?q=会计／出纳", "/openings?q=%E4%BC%9A%E8%AE%A1%EF%BC%8F%E5%87%BA%E7%BA%B3"],
  ["an encoded slash in a query value", "/openings?location=%E6%B1%9F%E8%8B%8F%2F%E5%B8%B8%E5%B7%9E", "/openings?location=%E6%B1%9F%E8%8B%8F%2F%E5%B8%B8%E5%B7%9E"],
  ["an invitation", "/invite/AbC_-123xyz", "/invite/AbC_-123xyz"],
  ["an application's page", "/account/applications/12?submitted", "/account/applications/12?submitted"],
  ["the second-factor page with its own target", "/sign-in/second-factor?redirectTo=%2Fstaff", "/sign-in/second-factor?redirectTo=%2Fstaff"],
  ["the home page", "/", "/"],
];

describe("safeRedirectPath", () => {
  it("has a table of at least 30 hostile values", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE)("falls back for %s", (_name, value) => {
    expect(safeRedirectPath(value, FALLBACK)).toBe(FALLBACK);
  });

  it.each(LEGIT)("keeps %s", (_name, value, expected) => {
    expect(safeRedirectPath(value, FALLBACK)).toBe(expected);
  });

  it("falls back to / by default", () => {
    expect(safeRedirectPath("//attacker.example")).toBe("/");
  });

  it("only ever returns a same-site path that a Location header can carry", () => {
    for (const [, value] of [...HOSTILE, ...LEGIT.map(([name, v]) => [name, v] as [string, unknown])]) {
      const result = safeRedirectPath(value, FALLBACK);
      expect(result.startsWith("/")).toBe(true);
      expect(new URL(result, "https://jobs.example.org").origin).toBe("https://jobs.example.org");
      // Headers may hold only Latin-1, and none of it may be a control character.
      expect(() => new Headers({ Location: result })).not.toThrow();
      expect(result).toMatch(/^[\x21-\x7e]+$/);
    }
  });
});
