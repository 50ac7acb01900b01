import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP minimum for argon2id).

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random string, so that checking an unknown email costs the same time as a known one.
let dummyHash: Promise<string> | undefined;

/** Checks a password against a stored hash; takes about as long when there is no account. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    dummyHash ??= hash(randomBytes(16).toString("hex"));
    return await verify(storedHash ?? (await dummyHash), password);
  } catch {
    return false;
  }
}
