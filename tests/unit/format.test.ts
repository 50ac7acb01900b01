import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { formatDate, formatHours, formatMoney, formatPay } from "~/utils/format";
import { resources } from "~/locales/resources.server";
import { i18nConfig } from "~/utils/i18n";
import { pickText } from "~/utils/localized";

async function tFor(lng: "zh-CN" | "en") {
  const i18n = createInstance();
  await i18n.init({ ...i18nConfig, resources, lng });
  return i18n.t;
}

describe("formatting", () => {
  it("formats money from fen, with grouping and only the cents that exist", () => {
    expect(formatMoney(350000)).toBe("¥3,500");
    expect(formatMoney(35)).toBe("¥0.35");
    expect(formatMoney(2550)).toBe("¥25.50");
  });

  it("formats pay ranges per unit in both languages", async () => {
    const zh = await tFor("zh-CN");
    const en = await tFor("en");
    const pay = { min: 2500, max: 4000, unit: "hour" as const, currency: "CNY" };
    expect(formatPay(zh, pay)).toBe("每小时 ¥25–¥40");
    expect(formatPay(en, pay)).toBe("¥25 to ¥40 an hour");
    expect(formatPay(en, { ...pay, min: 50, max: 50, unit: "piece" })).toBe("¥0.50 a piece");
  });

  it("formats dates without depending on ICU data", async () => {
    expect(formatDate(await tFor("zh-CN"), "2026-12-05")).toBe("2026年12月5日");
    expect(formatDate(await tFor("en"), "2026-12-05")).toBe("5 December 2026");
  });

  it("formats weekly hours", async () => {
    const en = await tFor("en");
    expect(formatHours(en, { min: 10, max: 15 })).toBe("10 to 15 hours a week");
    expect(formatHours(en, { min: 0, max: 12 })).toBe("Up to 12 hours a week");
    expect(formatHours(en, { min: 40, max: 40 })).toBe("40 hours a week");
  });
});

describe("pickText", () => {
  it("prefers the reader's language and marks a fallback with its own", () => {
    expect(pickText("en", "客服", "Support")).toEqual({ text: "Support", lang: "en" });
    expect(pickText("en", "客服", null)).toEqual({ text: "客服", lang: "zh-CN" });
    expect(pickText("zh-CN", null, "Support")).toEqual({ text: "Support", lang: "en" });
    expect(pickText("zh-CN", null, null)).toBeNull();
  });
});
