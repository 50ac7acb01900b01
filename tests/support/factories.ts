import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { ApplicationFields } from "~/models/application.server";
import { upsertOpeningByRef, type OpeningInput } from "~/models/opening.server";
import type { Database, NewOrganisation } from "../../db/schema";

const unique = () => randomBytes(4).toString("hex");

/** Inserts an organisation; verified employer by default. */
export async function createOrganisation(db: Kysely<Database>, overrides: Partial<NewOrganisation> = {}) {
  const slug = overrides.slug ?? `org-${unique()}`;
  return db
    .insertInto("organisation")
    .values({ kind: "employer", slug, name_zh: `测试机构${slug}`, name_en: `Test org ${slug}`, verification_status: "verified", ...overrides })
    .returning(["id", "slug", "name_zh", "name_en"])
    .executeTakeFirstOrThrow();
}

/** Inserts an opening with a complete, plain access profile; published today unless overridden. */
export async function createOpening(
  db: Kysely<Database>,
  { employerId, partnerId, ...overrides }: Partial<Omit<OpeningInput, "external_ref">> & { employerId: number; partnerId: number },
) {
  return upsertOpeningByRef(db, {
    external_ref: `test-${unique()}`,
    employer_id: employerId,
    partner_id: partnerId,
    title_zh: "测试职位",
    title_en: "Test opening",
    summary_zh: null,
    summary_en: null,
    description_zh: null,
    description_en: null,
    how_to_apply_zh: null,
    how_to_apply_en: null,
    work_arrangement: "remote",
    remote_anywhere: true,
    province: null,
    city: null,
    employment_form: "flexible",
    hours_min: 10,
    hours_max: 20,
    schedule: "flexible",
    text_only_possible: true,
    phone_required: false,
    camera_required: false,
    sign_language_support: false,
    captioned_meetings: false,
    screen_reader_tested: false,
    screen_reader_tools: [],
    assistive_devices_provided: false,
    step_free_workplace: false,
    quiet_space: false,
    training_provided: true,
    mentor_support: false,
    trial_period: false,
    pay_min_minor: 2500,
    pay_max_minor: 4000,
    pay_unit: "hour",
    social_insurance: false,
    medical_insurance: false,
    housing_fund: false,
    status: "published",
    deadline: null,
    published_at: new Date(),
    ...overrides,
  });
}

/** What a seeker types into the application form, with any field replaced. */
export function applicationFields(overrides: Partial<ApplicationFields> = {}): ApplicationFields {
  return {
    contactName: "小李",
    contactPhone: "",
    experience: "两年在线客服经验。",
    message: "您好，我想申请这个职位。",
    sharePassport: false,
    ...overrides,
  };
}
