import { describe, expect, it } from "vitest";
import { accountIdentifier, formatMobile, looksLikeMobile, maskMobile, normaliseMobile } from "~/domain/account";
import { loginField, mobileCodeSchema } from "~/validation/auth";

describe("mobile numbers", () => {
  it("reads a mainland number however it is typed, and nothing else", () => {
    for (const typed of ["13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "8613800138000", "（138）00138000"]) {
      expect(normaliseMobile(typed)).toBe("13800138000");
    }
    for (const typed of ["12800138000", "1380013800", "138001380001", "010-12345678", "abc"]) expect(normaliseMobile(typed)).toBeNull();
  });

  it("groups a number for reading and hides its middle where it must not show whole", () => {
    expect(formatMobile("13800138000")).toBe("138 0013 8000");
    expect(maskMobile("13800138000")).toBe("138****8000");
    expect(accountIdentifier({ email: null, mobile: "13800138000" })).toBe("138 0013 8000");
    expect(accountIdentifier({ email: "a@example.org", mobile: null })).toBe("a@example.org");
  });

  it("tells an address from a number in the one sign-in field, each with its own error", () => {
    expect(looksLikeMobile("138 0013 8000")).toBe(true);
    expect(looksLikeMobile("name@example.org")).toBe(false);
    expect(loginField.parse(" 138 0013 8000 ")).toEqual({ mobile: "13800138000" });
    expect(loginField.parse("Name@Example.org")).toEqual({ email: "Name@Example.org" });
    expect(loginField.safeParse("").error?.issues[0]?.message).toBe("forms.loginRequired");
    expect(loginField.safeParse("1380013800").error?.issues[0]?.message).toBe("forms.mobileInvalid");
    expect(loginField.safeParse("not-an-email").error?.issues[0]?.message).toBe("forms.emailInvalid");
  });

  it("takes a pasted code with spaces, and names what is wrong with a bad one", () => {
    expect(mobileCodeSchema.parse({ code: " 123 456 " }).code).toBe("123456");
    expect(mobileCodeSchema.safeParse({ code: "" }).error?.issues[0]?.message).toBe("forms.codeRequired");
    expect(mobileCodeSchema.safeParse({ code: "12345" }).error?.issues[0]?.message).toBe("forms.codeInvalid");
  });
});
