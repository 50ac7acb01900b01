import { describe, expect, it } from "vitest";
import { buildJobPosting, employmentType, jsonLdScriptContent, type JobPostingOpening } from "~/utils/job-posting";
import { EMPLOYMENT_FORMS } from "../../app/domain/opening";

const URL_ = "https://example.org/openings/7";

function opening(overrides: Partial<JobPostingOpening> = {}): JobPostingOpening {
  return {
    title_zh: "在线文字客服",
    title_en: "Online text support",
    summary_zh: "用文字回答顾客的问题。",
    summary_en: "Answer customers' questions by typed chat.",
    description_zh: "全程文字沟通，面试也用文字。",
    description_en: null,
    employer_name_zh: "明光助残科技（示例）",
    employer_name_en: "Brightline (demo)",
    work_arrangement: "remote",
    remote_anywhere: true,
    province: null,
    city: null,
    employment_form: "flexible",
    pay_min_minor: 2500,
    pay_max_minor: 4050,
    pay_unit: "hour",
    pay_currency: "CNY",
    deadline: null,
    published_at: new Date("2026-03-01T02:30:00Z"),
    ...overrides,
  };
}

describe("buildJobPosting", () => {
  it("describes a remote opening as telecommute, open to applicants anywhere in China", () => {
    const posting = buildJobPosting(opening(), { locale: "zh-CN", url: URL_ });
    expect(posting).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "在线文字客服",
      description: "全程文字沟通，面试也用文字。",
      url: URL_,
      datePosted: "2026-03-01T02:30:00.000Z",
      jobLocationType: "TELECOMMUTE",
      applicantLocationRequirements: { "@type": "Country", name: "China" },
      hiringOrganization: { "@type": "Organization", name: "明光助残科技（示例）" },
      directApply: false,
    });
    expect(posting.jobLocation).toBeUndefined();
    expect(posting.validThrough).toBeUndefined();
  });

  it("limits a remote opening within one province to applicants there", () => {
    const posting = buildJobPosting(opening({ remote_anywhere: false, province: "江苏" }), { locale: "zh-CN", url: URL_ });
    expect(posting.applicantLocationRequirements).toEqual({ "@type": "State", name: "江苏" });
  });

  it("gives an on-site opening a postal address and no telecommute", () => {
    const posting = buildJobPosting(opening({ work_arrangement: "on_site", remote_anywhere: false, province: "江苏", city: "常州" }), {
      locale: "zh-CN",
      url: URL_,
    });
    expect(posting.jobLocation).toEqual({
      "@type": "Place",
      address: { "@type": "PostalAddress", addressRegion: "江苏", addressLocality: "常州", addressCountry: "CN" },
    });
    expect(posting.jobLocationType).toBeUndefined();
    expect(posting.applicantLocationRequirements).toBeUndefined();
  });

  it("gives a hybrid opening both a workplace and telecommute", () => {
    const posting = buildJobPosting(opening({ work_arrangement: "hybrid", remote_anywhere: false, province: "四川", city: "成都" }), {
      locale: "en",
      url: URL_,
    });
    expect(posting.jobLocationType).toBe("TELECOMMUTE");
    expect(posting.jobLocation?.address).toMatchObject({ addressRegion: "四川", addressLocality: "成都", addressCountry: "CN" });
  });

  it("maps every employment form to a schema.org employment type", () => {
    const allowed = ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"];
    for (const form of EMPLOYMENT_FORMS) expect(allowed, form).toContain(employmentType(form));
    expect(employmentType("full_time")).toBe("FULL_TIME");
    expect(employmentType("flexible")).toBe("PART_TIME");
    expect(employmentType("piecework")).toBe("CONTRACTOR");
    expect(employmentType("training")).toBe("INTERN");
    expect(buildJobPosting(opening({ employment_form: "full_time" }), { locale: "zh-CN", url: URL_ }).employmentType).toBe("FULL_TIME");
  });

  it("states pay in yuan, as a range or a single amount, with the unit", () => {
    expect(buildJobPosting(opening(), { locale: "zh-CN", url: URL_ }).baseSalary).toEqual({
      "@type": "MonetaryAmount",
      currency: "CNY",
      value: { "@type": "QuantitativeValue", unitText: "HOUR", minValue: 25, maxValue: 40.5 },
    });
    const monthly = buildJobPosting(opening({ pay_min_minor: 350_000, pay_max_minor: 350_000, pay_unit: "month" }), {
      locale: "zh-CN",
      url: URL_,
    });
    expect(monthly.baseSalary.value).toEqual({ "@type": "QuantitativeValue", unitText: "MONTH", value: 3500 });
    const piece = buildJobPosting(opening({ pay_min_minor: 35, pay_max_minor: 80, pay_unit: "piece" }), { locale: "zh-CN", url: URL_ });
    expect(piece.baseSalary.value).toMatchObject({ unitText: "PIECE", minValue: 0.35, maxValue: 0.8 });
  });

  it("closes at the end of the deadline day, China time", () => {
    const posting = buildJobPosting(opening({ deadline: "2026-12-20" }), { locale: "zh-CN", url: URL_ });
    expect(posting.validThrough).toBe("2026-12-20T23:59:59+08:00");
    expect(new Date(posting.validThrough ?? "").toISOString()).toBe("2026-12-20T15:59:59.000Z");
  });

  it("uses the reader's language, falling back to the other one", () => {
    const posting = buildJobPosting(opening(), { locale: "en", url: URL_ });
    expect(posting.title).toBe("Online text support");
    expect(posting.hiringOrganization.name).toBe("Brightline (demo)");
    // No English description: the Chinese one is better than nothing.
    expect(posting.description).toBe("全程文字沟通，面试也用文字。");
    const noDescription = buildJobPosting(opening({ description_zh: null }), { locale: "en", url: URL_ });
    expect(noDescription.description).toBe("Answer customers' questions by typed chat.");
  });

  it("accepts the publication date as a serialized string", () => {
    const posting = buildJobPosting(opening({ published_at: "2026-03-01T02:30:00.000Z" }), { locale: "zh-CN", url: URL_ });
    expect(posting.datePosted).toBe("2026-03-01T02:30:00.000Z");
  });
});

describe("jsonLdScriptContent", () => {
  it("never lets text close the script element, and still parses to the same value", () => {
    const value = buildJobPosting(opening({ title_zh: "</script><script>alert(1)</script> & <!--" }), { locale: "zh-CN", url: URL_ });
    const content = jsonLdScriptContent(value);
    expect(content).not.toContain("<");
    expect(content).not.toContain(">");
    expect(content).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(content)).toEqual(value);
  });

  it("escapes line and paragraph separators", () => {
    const content = jsonLdScriptContent({ text: "a\u2028b\u2029c" });
    expect(content).toBe('{"text":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(content)).toEqual({ text: "a\u2028b\u2029c" });
  });
});
