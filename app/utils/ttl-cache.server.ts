// A tiny in-process cache for slow, rarely-changing reads (the list of places, the public count).
// Each app instance keeps its own copy for a short time; nothing correct depends on it being fresh.

const entries = new Map<string, { expires: number; value: Promise<unknown> }>();

/** Returns the cached value for `key`, or computes it with `load` and keeps it for `ttlMs`. Failures are not cached. */
export function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { expires: now + ttlMs, value });
  value.catch(() => entries.delete(key));
  return value;
}
