import { createContext, useContext } from "react";

/** The request's CSP nonce, provided by entry.server; empty in the browser, where it is not needed. */
export const NonceContext = createContext<string | undefined>(undefined);

/** The CSP nonce for inline scripts. */
export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
