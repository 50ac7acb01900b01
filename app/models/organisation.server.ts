import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database, NewOrganisation } from "../../db/schema";
import { VERIFYING_PARTNER_TYPES, type ContactOption, type MembershipRole, type PartnerType } from "~/domain/organisation";
import { recordAudit } from "./audit.server";
import { inTransaction } from "../../db/transaction";

type Db = Kysely<Database>;

/** Verified partner organisations, for the home page and /partners. */
export async function listPartners(db: Db) {
  return db
    .selectFrom("organisation")
    .select(["id", "slug", "partner_type", "name_zh", "name_en", "description_zh", "description_en", "province", "city"])
    .where("kind", "=", "partner")
    .where("verification_status", "=", "verified")
    .orderBy("id")
    .execute();
}

/** What a platform admin edits about a partner organisation. */
export type PartnerFields = {
  nameZh: string | null;
  nameEn: string | null;
  partnerType: PartnerType;
  province: string | null;
  city: string | null;
  website: string | null;
  addressZh: string | null;
  addressEn: string | null;
  hoursZh: string | null;
  hoursEn: string | null;
  phone: string | null;
  contactEmail: string | null;
  wechatAccount: string | null;
  contactOptions: ContactOption[];
  contactNoteZh: string | null;
  contactNoteEn: string | null;
};

/** How to reach an organisation: the columns its public page shows (OrganisationContact in app/domain). */
const contactColumns = [
  "address_zh",
  "address_en",
  "hours_zh",
  "hours_en",
  "phone",
  "contact_email",
  "wechat_account",
  "contact_options",
  "contact_note_zh",
  "contact_note_en",
  "contacts_are_examples",
] as const;

const partnerColumns = ["id", "slug", "partner_type", "name_zh", "name_en", "province", "city", "website", "verification_status", ...contactColumns] as const;

/** A verified partner's public page (/partners/:slug): who it is and how to reach it; undefined if there is none. */
export async function getPublicPartner(db: Db, { slug }: { slug: string }) {
  return db
    .selectFrom("organisation")
    .select(["id", "slug", "partner_type", "name_zh", "name_en", "description_zh", "description_en", "province", "city", "website", ...contactColumns])
    .where("slug", "=", slug)
    .where("kind", "=", "partner")
    .where("verification_status", "=", "verified")
    .executeTakeFirst();
}

/**
 * An employer's public page (/employers/:slug): verified, or suspended (the page then says why);
 * undefined for an unverified, pending, rejected or unknown employer.
 */
export async function getPublicEmployer(db: Db, { slug }: { slug: string }) {
  return db
    .selectFrom("organisation")
    .select([
      "id",
      "slug",
      "name_zh",
      "name_en",
      "description_zh",
      "description_en",
      "province",
      "city",
      "website",
      "verified_at",
      "credit_code",
      "verification_status",
      "suspended_at",
      "suspension_reason",
    ])
    .where("slug", "=", slug)
    .where("kind", "=", "employer")
    .where("verification_status", "in", ["verified", "suspended"])
    .executeTakeFirst();
}

/** Slugs of verified partners and employers, for the sitemap. */
export async function listPublicOrganisationSlugs(db: Db) {
  return db
    .selectFrom("organisation")
    .select(["kind", "slug", "updated_at"])
    .where("verification_status", "=", "verified")
    .orderBy("kind", "desc")
    .orderBy("id")
    .execute();
}

/** Every partner organisation, whatever its status, with how many people work there (admin list). */
export async function listPartnerOrganisations(db: Db) {
  return db
    .selectFrom("organisation as o")
    .select(["o.id", "o.slug", "o.partner_type", "o.name_zh", "o.name_en", "o.province", "o.city", "o.website", "o.verification_status"])
    .select((eb) =>
      eb
        .selectFrom("membership as m")
        .whereRef("m.organisation_id", "=", "o.id")
        .select(sql<number>`count(*)::int`.as("n"))
        .as("staff_count"),
    )
    .where("o.kind", "=", "partner")
    .orderBy("o.id")
    .execute();
}

/** One partner organisation by id; undefined for an employer or an unknown id. */
export async function getPartnerOrganisation(db: Db, { id }: { id: number }) {
  return db.selectFrom("organisation").select(partnerColumns).where("id", "=", id).where("kind", "=", "partner").executeTakeFirst();
}

function columnsFor(fields: PartnerFields) {
  return {
    name_zh: fields.nameZh,
    name_en: fields.nameEn,
    partner_type: fields.partnerType,
    province: fields.province,
    city: fields.city,
    website: fields.website,
    address_zh: fields.addressZh,
    address_en: fields.addressEn,
    hours_zh: fields.hoursZh,
    hours_en: fields.hoursEn,
    phone: fields.phone,
    contact_email: fields.contactEmail,
    wechat_account: fields.wechatAccount,
    contact_options: fields.contactOptions,
    contact_note_zh: fields.contactNoteZh,
    contact_note_en: fields.contactNoteEn,
  };
}

/** Whether two column values are the same (the contact options are a list). */
function same(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((item, i) => item === b[i]) : a === b;
}

/** A URL-safe slug from the English name ("Mingtu Centre (demo)" → "mingtu-centre-demo"), or `fallback`. */
export function slugFor(fields: Pick<PartnerFields, "nameEn">, fallback = "partner"): string {
  const base = (fields.nameEn ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return base || fallback;
}

/**
 * Adds a partner organisation, audit-logged. A platform admin vouches for it, so it is verified at
 * once and appears among the public partners. Returns its id.
 */
export async function createPartnerOrganisation(db: Db, { actorUserId, fields }: { actorUserId: number; fields: PartnerFields }) {
  return inTransaction(db, async (trx) => {
    const id = await insertWithFreeSlug(trx, slugFor(fields), {
      ...columnsFor(fields),
      kind: "partner",
      verification_status: "verified",
      verified_at: new Date(),
    });
    await recordAudit(trx, { actorUserId, action: "organisation.created", targetType: "organisation", targetId: id });
    return id;
  });
}

/** Inserts an organisation under `base`, or `base` with a short random suffix when that slug is taken; returns its id. */
async function insertWithFreeSlug(db: Db, base: string, values: Omit<NewOrganisation, "slug">): Promise<number> {
  // A name already taken gets a short random suffix; two tries are plenty.
  for (const slug of [base, `${base}-${randomBytes(3).toString("hex")}`, `${base}-${randomBytes(6).toString("hex")}`]) {
    const row = await db
      .insertInto("organisation")
      .values({ ...values, slug })
      .onConflict((oc) => oc.column("slug").doNothing())
      .returning(["id"])
      .executeTakeFirst();
    if (row) return row.id;
  }
  throw new Error("could not find a free slug for the organisation");
}

/** Why an employer's sign-up was refused (besides an address that already has an account). */
export type EmployerSignUpError = "creditCodeTaken" | "unknownPartner";

/**
 * Adds an employer: unverified, with the credit code it claims and the partner (a federation or
 * employment centre) to check its licence, audit-logged. `ownerUserId` becomes its owner: the person
 * signing it up, or null when partner staff add it on its behalf and invite its owner by email.
 * Runs in the caller's transaction (the service's).
 */
export async function createEmployerOrganisation(
  db: Db,
  input: { actorUserId: number; ownerUserId: number | null; nameZh: string | null; nameEn: string | null; claimedCreditCode: string; requestedPartnerId: number },
): Promise<{ ok: true; id: number } | { ok: false; error: EmployerSignUpError }> {
  // An organisation already on the portal with this checked code: its people invite colleagues.
  const taken = await db.selectFrom("organisation").select("id").where("credit_code", "=", input.claimedCreditCode).executeTakeFirst();
  if (taken) return { ok: false, error: "creditCodeTaken" };
  const partner = await db
    .selectFrom("organisation")
    .select("id")
    .where("id", "=", input.requestedPartnerId)
    .where("kind", "=", "partner")
    .where("verification_status", "=", "verified")
    .where("partner_type", "in", [...VERIFYING_PARTNER_TYPES])
    .executeTakeFirst();
  if (!partner) return { ok: false, error: "unknownPartner" };
  const id = await insertWithFreeSlug(db, slugFor({ nameEn: input.nameEn }, input.claimedCreditCode.toLowerCase()), {
    kind: "employer",
    name_zh: input.nameZh,
    name_en: input.nameEn,
    verification_status: "unverified",
    claimed_credit_code: input.claimedCreditCode,
    requested_partner_id: partner.id,
  });
  if (input.ownerUserId !== null) await db.insertInto("membership").values({ user_id: input.ownerUserId, organisation_id: id, role: "owner" }).execute();
  await recordAudit(db, {
    actorUserId: input.actorUserId,
    action: "organisation.created",
    targetType: "organisation",
    targetId: id,
    details: input.ownerUserId === null ? { kind: "employer", onBehalfBy: input.requestedPartnerId } : { kind: "employer" },
  });
  return { ok: true, id };
}

/** Changes a partner organisation's details, audit-logged with the names of the fields that changed. Returns false if there is no such partner. */
export async function updatePartnerOrganisation(db: Db, { actorUserId, id, fields }: { actorUserId: number; id: number; fields: PartnerFields }) {
  return inTransaction(db, async (trx) => {
    const before = await trx
      .selectFrom("organisation")
      .select(["name_zh", "name_en", "partner_type", "province", "city", "website", ...contactColumns])
      .where("id", "=", id)
      .where("kind", "=", "partner")
      .forUpdate()
      .executeTakeFirst();
    if (!before) return false;
    const after = columnsFor(fields);
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => !same(before[key], after[key]));
    if (changed.length === 0) return true;
    // Once someone has written contact details in, they are no longer the demo's examples.
    const contactsChanged = changed.some((key) => (contactColumns as readonly string[]).includes(key));
    await trx
      .updateTable("organisation")
      .set({ ...after, ...(contactsChanged ? { contacts_are_examples: false } : {}), updated_at: sql`now()` })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, { actorUserId, action: "organisation.updated", targetType: "organisation", targetId: id, details: { fields: changed } });
    return true;
  });
}

/** The people in an organisation with their roles, in the order they joined (and whether each is a listed recruiter). */
export async function listOrganisationMembers(db: Db, { organisationId }: { organisationId: number }) {
  return db
    .selectFrom("membership as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select(["u.id as user_id", "u.display_name", "u.email", "u.mobile", "m.role", "m.created_at", "m.listed_as_recruiter", "m.recruiter_title"])
    .where("m.organisation_id", "=", organisationId)
    .orderBy("m.created_at")
    .orderBy("u.id")
    .execute();
}

/** Every member's address and language, to tell an organisation something (oldest account first). */
export async function listMemberAddresses(db: Db, { organisationId }: { organisationId: number }) {
  return db
    .selectFrom("membership as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select(["u.email", "u.mobile", "u.notify_by_sms", "u.preferred_locale"])
    .where("m.organisation_id", "=", organisationId)
    .orderBy("u.id")
    .execute();
}

/** One person's membership of an organisation, or undefined. */
export async function getOrganisationMember(db: Db, { organisationId, userId }: { organisationId: number; userId: number }) {
  return db
    .selectFrom("membership as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select(["u.id as user_id", "u.display_name", "u.email", "u.mobile", "m.role", "m.created_at"])
    .where("m.organisation_id", "=", organisationId)
    .where("m.user_id", "=", userId)
    .executeTakeFirst();
}

/** Changes a member's role and logs who changed it from what to what. Returns null if they are not a member. */
export async function changeMemberRole(
  db: Db,
  { actorUserId, organisationId, userId, role }: { actorUserId: number; organisationId: number; userId: number; role: MembershipRole },
) {
  return inTransaction(db, async (trx) => {
    const current = await trx
      .selectFrom("membership")
      .select("role")
      .where("organisation_id", "=", organisationId)
      .where("user_id", "=", userId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return null;
    if (current.role === role) return { from: role, to: role };
    await trx.updateTable("membership").set({ role }).where("organisation_id", "=", organisationId).where("user_id", "=", userId).execute();
    await recordAudit(trx, {
      actorUserId,
      action: "role.changed",
      targetType: "user",
      targetId: userId,
      details: { organisationId, from: current.role, to: role },
    });
    return { from: current.role, to: role };
  });
}

/** Removes a member from an organisation (their account stays), audit-logged. Returns false if they were not a member. */
export async function removeMember(db: Db, { actorUserId, organisationId, userId }: { actorUserId: number; organisationId: number; userId: number }) {
  return inTransaction(db, async (trx) => {
    const removed = await trx
      .deleteFrom("membership")
      .where("organisation_id", "=", organisationId)
      .where("user_id", "=", userId)
      .returning(["role"])
      .executeTakeFirst();
    if (!removed) return false;
    await recordAudit(trx, {
      actorUserId,
      action: "membership.removed",
      targetType: "user",
      targetId: userId,
      details: { organisationId, role: removed.role },
    });
    return true;
  });
}
