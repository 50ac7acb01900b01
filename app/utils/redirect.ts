// Redirect targets arrive in query strings and form fields (`next`, `redirectTo`), so anyone can make
// them up. A target is parsed as a URL against a fixed dummy origin, exactly as a browser resolves a
// Location header against ours, and must stay on it. Whatever is refused gives the fallback page,
// never an error: a control character or a non-Latin-1 character in a Location header would be a 500.

/** Never a real site: only "did the target stay on this origin?" is asked of it. */
const DUMMY_ORIGIN = "https://redirect.invalid";
/** Longer than any address the portal makes; a search with every filter is well under this. */
const MAX_LENGTH = 2048;
/** C0 and C1 controls, DEL, backslash, and invisible or direction-changing characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;
/** Characters that look like a slash or a backslash to a person, or to a lenient parser somewhere. */
const SLASH_LOOK_ALIKES = /[\u2044\u2215\u29f8\u29f9\uff0f\uff3c]/;

/** Undoes percent-encoding up to twice (a value may be encoded again on each hop); null if it is malformed. */
function decodings(path: string): string[] | null {
  const out = [path];
  let current = path;
  for (let i = 0; i < 2 && current.includes("%"); i++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      return null;
    }
    out.push(current);
  }
  return out;
}

/** Only same-site paths are followed, so a `next` or `redirectTo` parameter can never become an open redirect. */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || FORBIDDEN.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, DUMMY_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== DUMMY_ORIGIN) return fallback;
  // The path must still be a plain path after decoding, in case a later hop decodes it again.
  const paths = decodings(url.pathname);
  if (!paths) return fallback;
  for (const path of paths) {
    if (path.startsWith("//") || FORBIDDEN.test(path) || SLASH_LOOK_ALIKES.test(path)) return fallback;
  }
  // The serialised form is ASCII (everything else percent-encoded), so any Location header can carry it.
  const target = `${url.pathname}${url.search}${url.hash}`;
  return target.length > MAX_LENGTH ? fallback : target;
}
