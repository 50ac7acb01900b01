import type { TFunction } from "i18next";
import type { PayUnit } from "~/domain/opening";

// Formatting is done by hand from translated patterns, not Intl, so that the server's and the
// browser's ICU data can never disagree and cause a hydration mismatch.

/** "2026年12月20日" or "20 December 2026" from "YYYY-MM-DD" or a Date (taken in UTC). */
export function formatDate(t: TFunction, value: string | Date): string {
  const iso = typeof value === "string" ? value : value.toISOString();
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  const monthName = t("date.months").split(",")[month - 1] ?? String(month);
  return t("date.long", { year, month, day, monthName });
}

/** "2026年11月25日 14:05" / "25 November 2026, 14:05", in China time (UTC+8, no daylight saving). */
export function formatDateTime(t: TFunction, value: string | Date): string {
  const shifted = new Date(new Date(value).getTime() + 8 * 3_600_000);
  const time = shifted.toISOString().slice(11, 16);
  return t("date.dateTime", { date: formatDate(t, shifted), time });
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "¥3,500" or "¥0.35" from an amount in fen. */
export function formatMoney(minor: number, currency = "CNY"): string {
  const symbol = currency === "CNY" ? "¥" : `${currency} `;
  const whole = Math.floor(minor / 100);
  const cents = minor % 100;
  return `${symbol}${groupThousands(String(whole))}${cents ? `.${String(cents).padStart(2, "0")}` : ""}`;
}

/** "每小时 ¥25–40" / "¥25 to ¥40 an hour". */
export function formatPay(
  t: TFunction,
  { min, max, unit, currency }: { min: number; max: number; unit: PayUnit; currency: string },
): string {
  const amount =
    min === max ? formatMoney(min, currency) : t("pay.range", { min: formatMoney(min, currency), max: formatMoney(max, currency) });
  return t(`pay.perUnit_${unit}`, { amount });
}

/** "每周 10–20 小时" / "10 to 20 hours a week". */
export function formatHours(t: TFunction, { min, max }: { min: number; max: number }): string {
  if (min === max) return t("hours.exact", { max });
  if (min === 0) return t("hours.upTo", { max });
  return t("hours.range", { min, max });
}
