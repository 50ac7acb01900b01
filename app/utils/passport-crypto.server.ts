import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { getEnv, type Env } from "./env.server";

// The accommodation passport is encrypted by the app with AES-256-GCM before it reaches the
// database, so a leaked backup or a curious database reader sees only ciphertext. Each row names
// the key that encrypted it (key_id), so a new key can be introduced while old rows stay readable
// until they are re-encrypted. See docs/decisions/009-passport-encryption.md.

/**
 * The demo key: public in this source file, so it protects nothing. Used only in demo mode (and
 * tests) when PASSPORT_KEY is unset; production refuses to start without a real key.
 */
const DEMO_KEY = Buffer.from("QWNjZXNzV29yayBkZW1vIGtleSAtIG5vdCBzZWNyZXQ=", "base64");
export const DEMO_KEY_ID = "demo";

/** The key ring: the key new rows are written with, and every key rows may be read with. */
export type KeyRing = { current: { id: string; key: Buffer }; all: Map<string, Buffer> };

/** Builds the key ring from the settings (PASSPORT_KEY, PASSPORT_KEY_ID, PASSPORT_OLD_KEYS). */
export function keyRingFromEnv(env: Pick<Env, "PASSPORT_KEY" | "PASSPORT_KEY_ID" | "PASSPORT_OLD_KEYS">): KeyRing {
  const all = new Map<string, Buffer>([[DEMO_KEY_ID, DEMO_KEY]]);
  for (const pair of env.PASSPORT_OLD_KEYS?.split(",") ?? []) {
    const at = pair.indexOf(":");
    all.set(pair.slice(0, at), Buffer.from(pair.slice(at + 1).trim(), "base64"));
  }
  if (!env.PASSPORT_KEY) return { current: { id: DEMO_KEY_ID, key: DEMO_KEY }, all };
  const current = { id: env.PASSPORT_KEY_ID, key: Buffer.from(env.PASSPORT_KEY.trim(), "base64") };
  all.set(current.id, current.key);
  // With a real key configured, rows written with the public demo key are no longer trusted to read.
  if (current.id !== DEMO_KEY_ID && !env.PASSPORT_OLD_KEYS?.includes(`${DEMO_KEY_ID}:`)) all.delete(DEMO_KEY_ID);
  return { current, all };
}

let ring: KeyRing | undefined;

/** This process's key ring, from the validated environment. */
export function getKeyRing(): KeyRing {
  ring ??= keyRingFromEnv(getEnv());
  return ring;
}

/** One encrypted value as stored: which key, the 12-byte nonce, the GCM tag and the ciphertext. */
export type Sealed = { key_id: string; iv: Uint8Array; auth_tag: Uint8Array; ciphertext: Uint8Array };

/**
 * Encrypts `plaintext` with the current key. `context` is bound in as additional authenticated
 * data (the owner's id), so a row copied onto another person's account fails to decrypt.
 */
export function seal(plaintext: string, context: string, keys: KeyRing = getKeyRing()): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys.current.key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { key_id: keys.current.id, iv, auth_tag: cipher.getAuthTag(), ciphertext };
}

/** Decrypts a sealed value; throws if the key is unknown or the data or context were altered. */
export function open(sealed: Sealed, context: string, keys: KeyRing = getKeyRing()): string {
  const key = keys.all.get(sealed.key_id);
  if (!key) throw new Error(`passport key "${sealed.key_id}" is not configured (PASSPORT_KEY or PASSPORT_OLD_KEYS)`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(Buffer.from(sealed.auth_tag));
  return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext)), decipher.final()]).toString("utf8");
}
