// Pure generation of benchmark openings: realistic variations of the demo seed's openings.
// No database access here, so the same inputs always give the same rows.
import type { OpeningInput } from "../../app/models/opening.server";
import type { PayUnit } from "../../app/domain/opening";
import type { OrganisationKind, VerificationStatus } from "../../app/domain/organisation";
import type { SeedOpening } from "../../db/seed-types";

const DAY_MS = 24 * 60 * 60 * 1000;

/** An opening as the benchmark writes it: a full input plus its `bench-NNNNNN` key. */
export type BenchOpening = OpeningInput & { external_ref: string };

/** What the generator needs to know about an organisation already in the database. */
export interface OrganisationRef {
  id: number;
  slug: string;
  kind: OrganisationKind;
  verification_status: VerificationStatus;
  name_zh: string | null;
  name_en: string | null;
  province: string | null;
  city: string | null;
}

/** A real province (short name) and city, in the seed data's convention. */
export interface Place {
  province: string;
  city: string | null;
}

/** Inputs shared by every generated opening. */
export interface GeneratorContext {
  templates: readonly SeedOpening[];
  organisationsBySlug: ReadonlyMap<string, OrganisationRef>;
  verifiedEmployers: readonly OrganisationRef[];
  places: readonly Place[];
  now: Date;
  random: () => number;
}

// Real places beyond those in the seed, in the same convention: province short name, then the
// prefecture-level city, or the district for the four municipalities.
const EXTRA_PLACES: readonly Place[] = [
  { province: "上海", city: "浦东新区" },
  { province: "上海", city: "徐汇区" },
  { province: "天津", city: "南开区" },
  { province: "广东", city: "广州" },
  { province: "广东", city: "佛山" },
  { province: "山东", city: "济南" },
  { province: "山东", city: "青岛" },
  { province: "湖南", city: "长沙" },
  { province: "福建", city: "厦门" },
  { province: "辽宁", city: "沈阳" },
  { province: "云南", city: "昆明" },
  { province: "河北", city: "石家庄" },
  { province: "黑龙江", city: "哈尔滨" },
  { province: "江西", city: "南昌" },
  { province: "广西", city: "南宁" },
  { province: "甘肃", city: "兰州" },
  { province: "山西", city: "太原" },
  { province: "吉林", city: "长春" },
  { province: "新疆", city: "乌鲁木齐" },
  { province: "内蒙古", city: "呼和浩特" },
];

/** A qualifier added to a varied title; a part-time one also gets part-time hours. */
export interface TitleQualifier {
  zh: string;
  en: string;
  partTime?: boolean;
}

/** The qualifiers of generated titles: a test checks that the no-match keywords are not among their words either. */
export const TITLE_QUALIFIERS: readonly TitleQualifier[] = [
  { zh: "长期", en: "long-term" },
  { zh: "兼职", en: "part-time", partTime: true },
  { zh: "夜班", en: "evening shift" },
  { zh: "周末班", en: "weekend shift" },
  { zh: "新手可报", en: "beginners welcome" },
  { zh: "春季招募", en: "spring intake" },
  { zh: "秋季招募", en: "autumn intake" },
  { zh: "急招", en: "urgent" },
];

// Pay is rounded like a person would write it: ¥0.50 an hour, ¥100 a month, 1 fen a piece.
const PAY_STEP: Record<PayUnit, number> = { hour: 50, month: 10_000, piece: 1 };

const CLOSED_SHARE = 0.05;
const NO_DEADLINE_SHARE = 0.25;
const EXPIRED_SHARE = 0.03;
const PUBLISHED_WITHIN_DAYS = 60;

/** A small, fast, seeded PRNG (mulberry32), so two runs generate the same rows. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The stable key of the n-th generated opening, e.g. `bench-000001`. */
export function benchRef(n: number): string {
  return `bench-${String(n).padStart(6, "0")}`;
}

/** Every distinct real place named in the seed, plus a few more real ones. */
export function collectPlaces(sources: readonly { province: string | null; city: string | null }[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const { province, city } of [...sources, ...EXTRA_PLACES]) {
    if (province && city) byKey.set(`${province}/${city}`, { province, city });
  }
  return [...byKey.values()];
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick() needs a non-empty list");
  return item;
}

function intBetween(min: number, max: number, random: () => number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function organisation(ctx: GeneratorContext, slug: string): OrganisationRef {
  const org = ctx.organisationsBySlug.get(slug);
  if (!org) throw new Error(`Seed opening names an organisation that is not in the database: ${slug}`);
  return org;
}

function variedTitles(template: SeedOpening, qualifier: TitleQualifier, n: number, ctx: GeneratorContext) {
  const round = Math.ceil(n / ctx.templates.length);
  return {
    title_zh: template.title_zh === null ? null : `${template.title_zh}（${qualifier.zh}·第${round}批）`,
    title_en: template.title_en === null ? null : `${template.title_en} — ${qualifier.en}, round ${round}`,
  };
}

function variedPlace(template: SeedOpening, ctx: GeneratorContext): Place | { province: null; city: null } {
  // Remote openings mostly name no place; on-site and hybrid ones must (a table constraint).
  if (template.work_arrangement === "remote" && ctx.random() < 0.7) return { province: null, city: null };
  return pick(ctx.places, ctx.random);
}

function variedPay(template: SeedOpening, random: () => number) {
  const step = PAY_STEP[template.pay_unit];
  const factor = 0.85 + random() * 0.4;
  const round = (minor: number) => Math.max(step, Math.round((minor * factor) / step) * step);
  const min = round(template.pay_min_minor);
  return { pay_min_minor: min, pay_max_minor: Math.max(min, round(template.pay_max_minor)) };
}

function variedHours(template: SeedOpening, qualifier: TitleQualifier, random: () => number) {
  if (qualifier.partTime) {
    // A part-time version of a full-time opening: this is what makes a "maxHours" filter find some.
    const min = Math.min(template.hours_min, intBetween(8, 16, random));
    return { hours_min: min, hours_max: Math.max(1, min + intBetween(4, 12, random)) };
  }
  const shift = intBetween(-4, 4, random);
  const min = Math.min(60, Math.max(0, template.hours_min + shift));
  return { hours_min: min, hours_max: Math.min(60, Math.max(1, min, template.hours_max + shift)) };
}

function variedDeadline(ctx: GeneratorContext): string | null {
  const roll = ctx.random();
  if (roll < NO_DEADLINE_SHARE) return null;
  const days = roll < NO_DEADLINE_SHARE + EXPIRED_SHARE ? -intBetween(1, 30, ctx.random) : intBetween(3, 120, ctx.random);
  return isoDate(new Date(ctx.now.getTime() + days * DAY_MS));
}

/** The n-th (1-based) generated opening: template n cycles through the seed, the rest is varied at random. */
export function generateOpening(n: number, ctx: GeneratorContext): BenchOpening {
  const template = ctx.templates[(n - 1) % ctx.templates.length];
  if (!template) throw new Error("generateOpening() needs at least one seed opening");
  const { ref: _ref, employer, partner, deadline_in_days: _deadline, posted_days_ago: _posted, submitted_days_ago: _submitted, ...fields } = template;

  const status = ctx.random() < CLOSED_SHARE ? "closed" : "published";
  let employerOrg = organisation(ctx, employer);
  // Only verified employers may have published openings.
  if (status === "published" && employerOrg.verification_status !== "verified") employerOrg = pick(ctx.verifiedEmployers, ctx.random);

  const qualifier = pick(TITLE_QUALIFIERS, ctx.random);
  return {
    ...fields,
    ...variedTitles(template, qualifier, n, ctx),
    ...variedPlace(template, ctx),
    ...variedPay(template, ctx.random),
    ...variedHours(template, qualifier, ctx.random),
    external_ref: benchRef(n),
    employer_id: employerOrg.id,
    partner_id: organisation(ctx, partner).id,
    status,
    deadline: variedDeadline(ctx),
    published_at: new Date(ctx.now.getTime() - ctx.random() * PUBLISHED_WITHIN_DAYS * DAY_MS),
  };
}
