import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublishedOpenings } from "~/models/opening.server";
import type { DatabaseHandle } from "../../db/client";
import { CERTIFICATE_LEVELS } from "../../app/domain/certification";
import { EMPLOYMENT_FORMS } from "../../app/domain/opening";
import { getUserCredentials, listMemberships } from "~/models/user.server";
import { verifyPassword } from "~/utils/password.server";
import { listPendingInvitations } from "~/models/invitation.server";
import { listOrganisationMembers } from "~/models/organisation.server";
import { DEMO_COLLEAGUES, DEMO_PENDING_INVITATION, seedDemoData } from "../../db/seed";
import { findListedRecruiters, listPublicRecruiters } from "~/models/recruiter.server";
import { listPartnerEmployers } from "~/models/opening-scope.server";
import { getVerificationForReview } from "~/models/verification.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../support/demo-accounts";
import { seedOpenings, seedOrganisations } from "../../db/seed-data";
import { createTestDatabase } from "../support/test-db";
import { chinaToday, countOutcomes, listCheckBacks } from "~/models/check-back.server";
import { outcomeStatistics } from "~/services/statistics.server";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemoData(handle.db);
});

afterAll(async () => {
  await handle?.close();
});

async function counts() {
  const { db } = handle;
  const orgs = await db
    .selectFrom("organisation")
    .select(["kind", sql<number>`count(*)::int`.as("n")])
    .groupBy("kind")
    .execute();
  const openings = await db.selectFrom("opening").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  const certificates = await db.selectFrom("certificate").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  const events = await db.selectFrom("certificate_event").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  return {
    partners: orgs.find((o) => o.kind === "partner")?.n ?? 0,
    employers: orgs.find((o) => o.kind === "employer")?.n ?? 0,
    openings: openings.n,
    certificates: certificates.n,
    certificateEvents: events.n,
  };
}

describe("demo seed", () => {
  it("has at least 3 partners, 10 employers and 60 openings", async () => {
    const c = await counts();
    expect(c.partners).toBeGreaterThanOrEqual(3);
    expect(c.employers).toBeGreaterThanOrEqual(10);
    expect(c.openings).toBeGreaterThanOrEqual(60);
  });

  it("is idempotent: a second run updates in place", async () => {
    const before = await counts();
    await seedDemoData(handle.db);
    expect(await counts()).toEqual(before);
  });

  it("shows certificates at every level and in every public state a seeker may meet", async () => {
    const rows = await handle.db
      .selectFrom("certificate")
      .select(["level", "status", sql<boolean>`expires_on >= current_date`.as("current")])
      .execute();
    for (const level of CERTIFICATE_LEVELS) {
      expect(rows.some((row) => row.level === level && row.status === "valid" && row.current), level).toBe(true);
    }
    expect(rows.some((row) => row.status === "expired" && !row.current)).toBe(true);
    expect(rows.some((row) => row.status === "revoked")).toBe(true);
    // A certificate replaced by a later one of the same employer, pointing at it.
    const superseded = await handle.db
      .selectFrom("certificate as c")
      .innerJoin("certificate as n", "n.id", "c.superseded_by_id")
      .select(["c.employer_id as old", "n.employer_id as new", "n.status"])
      .where("c.status", "=", "superseded")
      .execute();
    expect(superseded.length).toBeGreaterThan(0);
    for (const row of superseded) expect(row).toEqual({ old: row.new, new: row.new, status: "valid" });
    // A revocation is explained in both languages on the public page.
    const revoked = await handle.db
      .selectFrom("certificate_event")
      .select(["reason_zh", "reason_en"])
      .where("status", "=", "revoked")
      .executeTakeFirstOrThrow();
    expect(revoked.reason_zh).toBeTruthy();
    expect(revoked.reason_en).toBeTruthy();
  });

  it("covers every employment form among published openings", async () => {
    const rows = await handle.db
      .selectFrom("opening")
      .select("employment_form")
      .distinct()
      .where("status", "=", "published")
      .execute();
    expect(rows.map((r) => r.employment_form).sort()).toEqual([...EMPLOYMENT_FORMS].sort());
  });

  it("has openings written in only one language, both ways", () => {
    expect(seedOpenings.filter((o) => o.title_en === null && o.title_zh !== null).length).toBeGreaterThanOrEqual(3);
    expect(seedOpenings.filter((o) => o.title_zh === null && o.title_en !== null).length).toBeGreaterThanOrEqual(1);
  });

  it("marks every organisation as demo data", () => {
    for (const org of seedOrganisations) {
      if (org.name_zh) expect(org.name_zh, org.slug).toMatch(/（示例）$/);
      if (org.name_en) expect(org.name_en, org.slug).toMatch(/\(demo\)$/);
    }
  });

  it("publishes nothing for employers that are not verified", () => {
    const unverified = new Set(seedOrganisations.filter((o) => o.verification_status !== "verified").map((o) => o.slug));
    for (const opening of seedOpenings.filter((o) => unverified.has(o.employer))) {
      expect(["draft", "pending_review"], opening.ref).toContain(opening.status);
    }
  });

  it("finds real openings for the 2-character words job seekers type", async () => {
    for (const q of ["客服", "标注", "手语", "annotation", "sign language"]) {
      const { total } = await listPublishedOpenings(handle.db, { q });
      expect(total, q).toBeGreaterThan(0);
    }
  });

  it("gives the demo Inclusion Leader employer real hires and check-backs, and sends each waiting application to a partner", async () => {
    const anyu = await handle.db.selectFrom("organisation").select("id").where("slug", "=", "anyu-customer-service").executeTakeFirstOrThrow();
    expect(await countOutcomes(handle.db, { employerId: anyu.id, today: chinaToday() })).toEqual({ hired: 6, due: 5, checked: 3, stillEmployed: 2, unreachable: 1 });
    const waiting = await handle.db.selectFrom("certification_application").select(["reviewing_partner_id"]).where("status", "=", "under_review").execute();
    expect(waiting.length).toBeGreaterThanOrEqual(3);
    expect(waiting.every((row) => row.reviewing_partner_id !== null)).toBe(true);
  });

  it("gives the demo partner a year of outcomes to count, with every old enough hire checked back", async () => {
    const mingtu = await handle.db.selectFrom("organisation").select("id").where("slug", "=", "mingtu-employment-centre").executeTakeFirstOrThrow();
    const stats = await outcomeStatistics(handle.db, { partnerId: mingtu.id });
    // Enough people that the year's totals are shown as numbers, and months with none and with some.
    expect(stats.months.total.applications).toBeGreaterThanOrEqual(50);
    expect(stats.months.total.hires).toBeGreaterThanOrEqual(10);
    expect(stats.months.total.employed).toBeGreaterThanOrEqual(5);
    expect(stats.byEmployer.rows.length).toBeGreaterThanOrEqual(3);
    // Only Anyu's seeded hires wait for a check-back: the past year's are all recorded.
    const { due } = await listCheckBacks(handle.db, { partnerIds: [mingtu.id], today: chinaToday() });
    const anyu = await handle.db.selectFrom("organisation").select("name_zh").where("slug", "=", "anyu-customer-service").executeTakeFirstOrThrow();
    expect(due.every((hire) => hire.employer_name_zh === anyu.name_zh)).toBe(true);
    // Seeding again adds nothing.
    await seedDemoData(handle.db);
    const again = await outcomeStatistics(handle.db, { partnerId: mingtu.id });
    expect(again.months.total).toEqual(stats.months.total);
  });

  it("adds one demo account per role that signs in with the documented password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const credentials = await getUserCredentials(handle.db, { login: account.email });
      expect(credentials, account.email).toBeDefined();
      expect(await verifyPassword(credentials?.password_hash, DEMO_PASSWORD)).toBe(true);
      const memberships = await listMemberships(handle.db, { userId: credentials?.id ?? 0 });
      if (account.org) expect(memberships.map((m) => [m.slug, m.role])).toEqual([[account.org, account.role]]);
      else expect(memberships).toEqual([]);
    }
  });

  it("keeps closed, expired, draft and in-review openings out of public lists", async () => {
    const { total } = await listPublishedOpenings(handle.db, { perPage: 10 });
    const all = (await counts()).openings;
    expect(total).toBeLessThan(all);
    const hidden = seedOpenings.filter(
      (o) => o.status !== "published" || (o.deadline_in_days !== null && o.deadline_in_days < 0),
    ).length;
    expect(hidden).toBeGreaterThanOrEqual(4);
  });

  it("lists Brightline's two recruiters by their own choice, and gives every partner contact details marked as examples", async () => {
    const brightline = await handle.db.selectFrom("organisation").select("id").where("slug", "=", "brightline-annotation").executeTakeFirstOrThrow();
    expect(await listPublicRecruiters(handle.db, { employerId: brightline.id })).toEqual([
      { display_name: "王芳", recruiter_title: "招聘专员" },
      { display_name: "张磊", recruiter_title: "标注项目主管（负责面试）" },
    ]);
    // The demo employer account (Li Na) has not chosen to be listed.
    expect((await findListedRecruiters(handle.db, { employerId: brightline.id, name: "li na" })).length).toBe(0);
    const partners = await handle.db.selectFrom("organisation").select(["slug", "phone", "contact_email", "contacts_are_examples"]).where("kind", "=", "partner").execute();
    expect(partners.length).toBeGreaterThanOrEqual(6);
    for (const partner of partners) expect(partner, partner.slug).toMatchObject({ phone: expect.stringMatching(/^\d{3,4}-[\d ]+$/), contact_email: expect.stringMatching(/@example\.org$/), contacts_are_examples: true });
  });

  it("has a verification the demo staff's partner gave (安语), which its workspace links to, and one waiting (速答)", async () => {
    const id = async (slug: string) => (await handle.db.selectFrom("organisation").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;
    const mingtu = await id("mingtu-employment-centre");
    const given = await getVerificationForReview(handle.db, { employerId: await id("anyu-customer-service"), partnerIds: [mingtu] });
    expect(given).toMatchObject({ status: "verified", verification_status: "verified", credit_code: "91110108MA6G3HWJX6" });
    expect(await getVerificationForReview(handle.db, { employerId: await id("suda-online-services"), partnerIds: [mingtu] })).toMatchObject({ status: "pending" });
    const employers = await listPartnerEmployers(handle.db, { partnerId: mingtu });
    expect(employers.filter((e) => e.verified_here).map((e) => e.slug)).toEqual(["anyu-customer-service"]);
  });

  it("gives the admin area teams to show: colleagues who cannot sign in, and one pending invitation", async () => {
    for (const colleague of DEMO_COLLEAGUES) {
      const credentials = await getUserCredentials(handle.db, { login: colleague.email });
      expect(credentials?.password_hash, colleague.email).toBeNull();
      expect(await verifyPassword(credentials?.password_hash, DEMO_PASSWORD)).toBe(false);
      const memberships = await listMemberships(handle.db, { userId: credentials?.id ?? 0 });
      expect(memberships.map((m) => [m.slug, m.role])).toEqual([[colleague.org, colleague.role]]);
    }
    const mingtu = await handle.db.selectFrom("organisation").select("id").where("slug", "=", "mingtu-employment-centre").executeTakeFirstOrThrow();
    expect((await listOrganisationMembers(handle.db, { organisationId: mingtu.id })).map((m) => m.role).sort()).toEqual(["manager", "staff"]);

    await seedDemoData(handle.db);
    const invited = await handle.db.selectFrom("organisation").select("id").where("slug", "=", DEMO_PENDING_INVITATION.org).executeTakeFirstOrThrow();
    const pending = await listPendingInvitations(handle.db, { organisationId: invited.id });
    // Seeding again replaced the invitation instead of adding a second one.
    expect(pending.map((p) => [p.email, p.role])).toEqual([[DEMO_PENDING_INVITATION.email, DEMO_PENDING_INVITATION.role]]);
  });
});
