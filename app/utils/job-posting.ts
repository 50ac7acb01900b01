import type { EmploymentForm, PayUnit, WorkArrangement } from "~/domain/opening";
import type { Locale } from "./i18n";
import { pickText } from "./localized";

// schema.org JobPosting (https://schema.org/JobPosting), as search engines and job aggregators read
// it. Pure functions, so the detail page and the tests build exactly the same object.

/** What the builder needs to know about a published opening (a subset of the detail query). */
export type JobPostingOpening = {
  title_zh: string | null;
  title_en: string | null;
  summary_zh: string | null;
  summary_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  employer_name_zh: string | null;
  employer_name_en: string | null;
  work_arrangement: WorkArrangement;
  remote_anywhere: boolean;
  province: string | null;
  city: string | null;
  employment_form: EmploymentForm;
  pay_min_minor: number;
  pay_max_minor: number;
  pay_unit: PayUnit;
  pay_currency: string;
  /** "YYYY-MM-DD", the last day applications are accepted (China time). */
  deadline: string | null;
  /** A Date on the server; an ISO string once serialized for the browser. */
  published_at: Date | string | null;
};

type Place = { "@type": "Place"; address: Record<string, string> };
type AreaRequirement = { "@type": "Country" | "State"; name: string };

/** The JSON-LD object for one opening. Optional properties are absent, never null. */
export type JobPosting = {
  "@context": "https://schema.org";
  "@type": "JobPosting";
  title: string;
  description: string;
  url: string;
  datePosted?: string;
  validThrough?: string;
  employmentType: string | string[];
  hiringOrganization: { "@type": "Organization"; name: string };
  jobLocation?: Place;
  jobLocationType?: "TELECOMMUTE";
  applicantLocationRequirements?: AreaRequirement;
  baseSalary: {
    "@type": "MonetaryAmount";
    currency: string;
    value: { "@type": "QuantitativeValue"; unitText: string; value?: number; minValue?: number; maxValue?: number };
  };
  directApply: false;
};

// schema.org's employmentType values (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER,
// PER_DIEM, OTHER). Piecework is paid per task with no employment contract, which is what aggregators
// mean by CONTRACTOR; self-employment support (help to set up on one's own) fits none of them.
const EMPLOYMENT_TYPES: Record<EmploymentForm, string> = {
  full_time: "FULL_TIME",
  flexible: "PART_TIME",
  piecework: "CONTRACTOR",
  training: "INTERN",
  self_employment: "OTHER",
};

// HOUR and MONTH are the values search engines understand; schema.org's unitText is free text, so
// piece rates say PIECE rather than pretending to be hourly.
const UNIT_TEXT: Record<PayUnit, string> = { hour: "HOUR", month: "MONTH", piece: "PIECE" };

/** The schema.org employmentType for one of our employment forms. */
export function employmentType(form: EmploymentForm): string {
  return EMPLOYMENT_TYPES[form];
}

/** Fen to yuan, as a number (2550 → 25.5). */
const yuan = (minor: number) => Math.round(minor) / 100;

/** Builds a schema.org JobPosting for a published opening, in the reader's locale with fallback. */
export function buildJobPosting(opening: JobPostingOpening, { locale, url }: { locale: Locale; url: string }): JobPosting {
  const pick = (zh: string | null, en: string | null) => pickText(locale, zh, en)?.text;
  const title = pick(opening.title_zh, opening.title_en) ?? "";
  const description =
    pick(opening.description_zh, opening.description_en) ?? pick(opening.summary_zh, opening.summary_en) ?? title;

  const posting: JobPosting = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title,
    description,
    url,
    employmentType: employmentType(opening.employment_form),
    hiringOrganization: { "@type": "Organization", name: pick(opening.employer_name_zh, opening.employer_name_en) ?? "" },
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: opening.pay_currency,
      value: {
        "@type": "QuantitativeValue",
        unitText: UNIT_TEXT[opening.pay_unit],
        ...(opening.pay_min_minor === opening.pay_max_minor
          ? { value: yuan(opening.pay_min_minor) }
          : { minValue: yuan(opening.pay_min_minor), maxValue: yuan(opening.pay_max_minor) }),
      },
    },
    directApply: false,
  };

  if (opening.published_at) posting.datePosted = new Date(opening.published_at).toISOString();
  // The deadline is a day in China; applications close at the end of it.
  if (opening.deadline) posting.validThrough = `${opening.deadline}T23:59:59+08:00`;

  if (opening.work_arrangement === "remote" || opening.work_arrangement === "hybrid") {
    posting.jobLocationType = "TELECOMMUTE";
  }
  if (opening.work_arrangement === "remote") {
    posting.applicantLocationRequirements =
      opening.remote_anywhere || !opening.province
        ? { "@type": "Country", name: "China" }
        : { "@type": "State", name: opening.province };
  } else {
    const address: Record<string, string> = { "@type": "PostalAddress" };
    if (opening.city) address.addressLocality = opening.city;
    if (opening.province) address.addressRegion = opening.province;
    address.addressCountry = "CN";
    posting.jobLocation = { "@type": "Place", address };
  }
  return posting;
}

/**
 * Serializes JSON-LD for a `<script type="application/ld+json">` body. `<`, `>` and `&` become
 * \u escapes (still the same JSON), so no text can close the script element or open a comment.
 */
export function jsonLdScriptContent(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
