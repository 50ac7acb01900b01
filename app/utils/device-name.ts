/** A short, human name for a browser from its user-agent string ("Chrome · Windows"); null if unknown. */
export function deviceName(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = /(Edg|Firefox|Chrome|Safari)\//.exec(userAgent)?.[1];
  const system = /(Android|iPhone|iPad|Windows|Mac OS X|Linux)/.exec(userAgent)?.[1];
  return [browser === "Edg" ? "Edge" : browser, system === "Mac OS X" ? "macOS" : system].filter(Boolean).join(" · ") || null;
}
