// The unified social credit code (统一社会信用代码, GB 32100-2015) that every Chinese organisation
// carries on its business licence: how people type it, and whether it is well formed. A leaf
// helper with no messages, for the verification form, the CSV import and the certificate lookup.

/** The 31 characters a unified social credit code may use (no I, O, S, V or Z), in value order. */
const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A code as people type it: spaces and dashes dropped, letters upper-cased, full-width folded. */
export function normaliseCreditCode(value: string): string {
  return value
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, "")
    .toUpperCase();
}

/**
 * Why a unified social credit code (统一社会信用代码, GB 32100-2015) is wrong, or null when it is
 * valid: 18 characters from the code's alphabet, and the last one the check character (mod 31).
 */
export function creditCodeProblem(code: string): "length" | "characters" | "checkDigit" | null {
  if (code.length !== 18) return "length";
  if (![...code].every((ch) => CREDIT_CODE_CHARS.includes(ch))) return "characters";
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(code.charAt(i)) * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARS.charAt(check) === code.charAt(17) ? null : "checkDigit";
}
