import { randomBytes } from "node:crypto";
import { creditCodeProblem } from "../../app/utils/credit-code";

/** A well-formed unified social credit code no other test uses: random, with the right check character. */
export function freshCreditCode(): string {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const body = `91410100MA${[...randomBytes(7)].map((byte) => alphabet.charAt(byte % 31)).join("")}`;
  const code = [...alphabet].map((last) => body + last).find((candidate) => creditCodeProblem(candidate) === null);
  if (!code) throw new Error("no check character fits");
  return code;
}
