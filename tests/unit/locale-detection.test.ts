import { describe, expect, it } from "vitest";
import { getLocale } from "~/utils/i18next.server";

const request = (url: string, headers: Record<string, string> = {}) => new Request(`http://localhost${url}`, { headers });

describe("getLocale", () => {
  it("defaults to zh-CN", async () => {
    expect(await getLocale(request("/"))).toBe("zh-CN");
  });

  it("follows Accept-Language", async () => {
    expect(await getLocale(request("/", { "Accept-Language": "en-GB,en;q=0.9" }))).toBe("en");
    expect(await getLocale(request("/", { "Accept-Language": "zh-TW,zh;q=0.9,en;q=0.5" }))).toBe("zh-CN");
  });

  it("lets ?lng= beat Accept-Language", async () => {
    expect(await getLocale(request("/?lng=en", { "Accept-Language": "zh-CN" }))).toBe("en");
  });

  it("lets an explicit choice in the cookie beat both", async () => {
    const cookie = `lng=${Buffer.from(JSON.stringify("zh-CN")).toString("base64")}`;
    expect(await getLocale(request("/?lng=en", { Cookie: cookie, "Accept-Language": "en" }))).toBe("zh-CN");
  });

  it("ignores unsupported values", async () => {
    expect(await getLocale(request("/?lng=fr", { "Accept-Language": "fr-FR" }))).toBe("zh-CN");
  });
});
