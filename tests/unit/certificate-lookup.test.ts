import { describe, expect, it } from "vitest";
import { certificateLookupSchema } from "~/validation/certificates";

const parse = (lookup: string | undefined) => certificateLookupSchema.safeParse({ lookup });
const message = (lookup: string | undefined) => parse(lookup).error?.issues[0]?.message;

describe("the certificate lookup field", () => {
  it("reads a certificate number however its dashes and case were typed", () => {
    for (const typed of ["AW-2025-0003", "aw 2025 0003", "AW20250003", " ａｗ－２０２５－０００３ "]) {
      expect(parse(typed).data?.lookup, typed).toEqual({ kind: "number", number: "AW-2025-0003" });
    }
  });

  it("reads a valid unified social credit code, normalised", () => {
    expect(parse("91411522mar1tjckba").data?.lookup).toEqual({ kind: "creditCode", creditCode: "91411522MAR1TJCKBA" });
    expect(parse("9141 1522 MAR1 TJCK BA").data?.lookup).toEqual({ kind: "creditCode", creditCode: "91411522MAR1TJCKBA" });
  });

  it("says which problem it is: nothing typed, a wrong check character, or neither a number nor a code", () => {
    expect(message("")).toBe("certificateLookup.errors.required");
    expect(message(undefined)).toBe("certificateLookup.errors.required");
    expect(message("91411522MAR1TJCKBB")).toBe("certificateLookup.errors.checkDigit");
    expect(message("hello")).toBe("certificateLookup.errors.format");
    expect(message("AW-25-3")).toBe("certificateLookup.errors.format");
  });
});
