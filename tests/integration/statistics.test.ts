import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationStatus } from "~/domain/application";
import { listAudit } from "~/models/audit.server";
import { getDisabilityCategory } from "~/models/disability-category.server";
import { listConsents } from "~/models/passport.server";
import { monthlyOutcomes, outcomesByDisabilityCategory, outcomesByEmployer, outcomesByEmploymentForm, outcomesByPlace, portalTotals } from "~/models/statistics.server";
import { deleteDisabilityCategoryAndLog, saveDisabilityCategoryAndLog } from "~/services/consents.server";
import { createUser } from "~/models/user.server";
import { outcomeStatistics } from "~/services/statistics.server";
import type { DatabaseHandle } from "../../db/client";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// Outcomes counted from the portal's own records (issue 19, item 6): applications by the month they
// were sent, interviews and hires by the month of their status event (once per application), and
// people still employed by the month of the check-back; each partner sees its own openings.

let handle: DatabaseHandle;
let serial = 0;
// "Now" is 10 December 2026 in China: the last 12 months run from January to December 2026.
const NOW = new Date("2026-12-10T04:00:00Z");
const china = (day: string) => new Date(`${day}T12:00:00+08:00`);

/** One application to `openingId` sent on `sent`, with the status events given (day, status). */
async function application(openingId: number, sent: string, events: [string, ApplicationStatus][] = [], checkBack?: [string, "employed" | "not_employed"]) {
  serial += 1;
  const seeker = await createUser(handle.db, { email: `stats-${serial}-${Date.now()}@example.org`, passwordHash: "x", displayName: `应聘者${serial}`, preferredLocale: "zh-CN" });
  if (!seeker) throw new Error("user not created");
  const last = events.at(-1)?.[1] ?? "submitted";
  const row = await handle.db
    .insertInto("application")
    .values({ opening_id: openingId, seeker_user_id: seeker.id, status: last, idempotency_key: `stats-${serial}`, submitted_at: china(sent), created_at: china(sent) })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (events.length > 0) {
    await handle.db
      .insertInto("application_event")
      .values(events.map(([day, status]) => ({ application_id: row.id, side: "organisation" as const, kind: "status" as const, status, at: china(day) })))
      .execute();
  }
  if (checkBack) await handle.db.insertInto("employment_check_back").values({ application_id: row.id, outcome: checkBack[1], checked_on: checkBack[0] }).execute();
  return { id: row.id, seekerId: seeker.id };
}

let partner: number;
let otherPartner: number;

beforeAll(async () => {
  handle = await createTestDatabase();
  partner = (await createOrganisation(handle.db, { kind: "partner" })).id;
  otherPartner = (await createOrganisation(handle.db, { kind: "partner" })).id;
  const brightline = (await createOrganisation(handle.db, { kind: "employer", name_zh: "统计测试标注", name_en: null })).id;
  const bakery = (await createOrganisation(handle.db, { kind: "employer", name_zh: "统计测试烘焙", name_en: "Stats bakery" })).id;
  const remote = await createOpening(handle.db, { employerId: brightline, partnerId: partner, employment_form: "piecework", published_at: china("2026-03-02") });
  const local = await createOpening(handle.db, {
    employerId: bakery,
    partnerId: partner,
    employment_form: "full_time",
    work_arrangement: "on_site",
    remote_anywhere: false,
    province: "河南",
    city: "光山县",
    published_at: china("2026-03-20"),
  });
  const elsewhere = await createOpening(handle.db, { employerId: bakery, partnerId: otherPartner, published_at: china("2026-03-05") });

  // Sent in March; interviewed in April (twice, counted once); hired in May; still employed at the November check-back.
  await application(remote.id, "2026-03-03", [["2026-04-01", "interview"], ["2026-04-08", "interview"], ["2026-05-06", "hired"]], ["2026-11-20", "employed"]);
  await application(remote.id, "2026-03-04", [["2026-04-02", "interview"], ["2026-04-20", "not_selected"]]);
  await application(local.id, "2026-03-25");
  await application(local.id, "2026-04-01", [["2026-04-15", "interview"], ["2026-05-01", "hired"]], ["2026-11-03", "not_employed"]);
  // Before the 12 months: not counted.
  await application(local.id, "2025-11-30", [["2025-12-10", "hired"]]);
  // Another partner's opening: only in the portal's figures.
  await application(elsewhere.id, "2026-03-06");
});

afterAll(async () => {
  await handle?.close();
});

describe("outcome statistics", () => {
  it("counts month by month over the last 12 months, each application once per stage", async () => {
    const months = await monthlyOutcomes(handle.db, { partnerId: partner, now: NOW });
    expect(months.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    const by = Object.fromEntries(months.map(({ month, ...counts }) => [month, counts]));
    expect(by["2026-03"]).toEqual({ openings: 2, applications: 3, interviews: 0, hires: 0, employed: 0 });
    expect(by["2026-04"]).toEqual({ openings: 0, applications: 1, interviews: 3, hires: 0, employed: 0 });
    expect(by["2026-05"]).toEqual({ openings: 0, applications: 0, interviews: 0, hires: 2, employed: 0 });
    expect(by["2026-11"]).toEqual({ openings: 0, applications: 0, interviews: 0, hires: 0, employed: 1 });
    expect(by["2026-01"]).toEqual({ openings: 0, applications: 0, interviews: 0, hires: 0, employed: 0 });

    // The whole portal also has the other partner's opening and application.
    const portal = Object.fromEntries((await monthlyOutcomes(handle.db, { partnerId: null, now: NOW })).map(({ month, ...counts }) => [month, counts]));
    expect(portal["2026-03"]).toMatchObject({ openings: 3, applications: 4 });
  });

  it("breaks the year down by employment form, employer and place", async () => {
    expect(await outcomesByEmploymentForm(handle.db, { partnerId: partner, now: NOW })).toEqual([
      { employment_form: "full_time", applications: 2, interviews: 1, hires: 1, employed: 0 },
      { employment_form: "piecework", applications: 2, interviews: 2, hires: 1, employed: 1 },
    ]);
    expect((await outcomesByEmployer(handle.db, { partnerId: partner, now: NOW })).map((r) => [r.name_zh, r.applications, r.hires])).toEqual([
      ["统计测试标注", 2, 1],
      ["统计测试烘焙", 2, 1],
    ]);
    expect((await outcomesByPlace(handle.db, { partnerId: partner, now: NOW })).map((r) => [r.province, r.city, r.applications])).toEqual([
      [null, null, 2],
      ["河南", "光山县", 2],
    ]);
  });

  it("never shows a group of fewer than 5 people as its number", async () => {
    const stats = await outcomeStatistics(handle.db, { partnerId: partner, now: NOW });
    const march = stats.months.rows.find((row) => row.month === "2026-03");
    // 3 applications in March: "fewer than 5"; openings are not people, and are shown.
    expect(march).toMatchObject({ openings: 2, applications: null });
    // 4 applications in the year: the total too.
    expect(stats.months.total.applications).toBeNull();
    expect(stats.months.openings).toBe(2);
    expect(stats.byEmployer.rows.every((row) => row.applications === null && row.hires === null)).toBe(true);
    const totals = await portalTotals(handle.db);
    expect(totals).toMatchObject({ applications: 6, hires: 3, employed: 1 });
  });

  it("counts by disability category only those who chose to be counted; a withdrawn consent counts as not said", async () => {
    const counting = (await createOrganisation(handle.db, { kind: "partner" })).id;
    const employer = (await createOrganisation(handle.db, { kind: "employer" })).id;
    const opening = await createOpening(handle.db, { employerId: employer, partnerId: counting, published_at: china("2026-06-01") });
    const sent: { seekerId: number }[] = [];
    for (const [i, day] of ["2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05", "2026-06-06", "2026-06-07", "2026-06-08"].entries()) {
      sent.push(await application(opening.id, day, i < 2 ? [["2026-06-20", "hired"]] : []));
    }
    const [first, second, third, fourth, fifth] = sent.map((a) => a.seekerId);
    if (!first || !second || !third || !fourth || !fifth) throw new Error("setup failed");
    for (const userId of [first, second, third]) await saveDisabilityCategoryAndLog(handle.db, { userId, category: "hearing", consentVersion: "counting-test" });
    await saveDisabilityCategoryAndLog(handle.db, { userId: fourth, category: "visual", consentVersion: "counting-test" });
    await saveDisabilityCategoryAndLog(handle.db, { userId: fifth, category: "physical", consentVersion: "counting-test" });
    // Changing one's mind about the category keeps one consent; withdrawing deletes it.
    await saveDisabilityCategoryAndLog(handle.db, { userId: fifth, category: "visual", consentVersion: "counting-test" });
    await deleteDisabilityCategoryAndLog(handle.db, { userId: fourth });

    expect(await outcomesByDisabilityCategory(handle.db, { partnerId: counting, now: NOW })).toEqual([
      { category: "hearing", applications: 3, interviews: 0, hires: 2, employed: 0 },
      { category: "visual", applications: 1, interviews: 0, hires: 0, employed: 0 },
      { category: null, applications: 3, interviews: 0, hires: 0, employed: 0 },
    ]);
    // Shown: every group here is under 5, so nothing but zeros is a number.
    const stats = await outcomeStatistics(handle.db, { partnerId: counting, now: NOW });
    expect(stats.byDisability.rows.map((row) => [row.category, row.applications])).toEqual([
      ["hearing", null],
      ["visual", null],
      [null, null],
    ]);
    expect(stats.byDisability.total.applications).toBe(7);

    // Each person sees their own; the consent is kept with its version; the log never names the category.
    expect(await getDisabilityCategory(handle.db, { userId: fifth })).toMatchObject({ category: "visual", consentVersion: "counting-test" });
    expect(await getDisabilityCategory(handle.db, { userId: fourth })).toBeNull();
    expect((await listConsents(handle.db, { userId: fifth })).filter((c) => c.purpose === "disability_statistics").map((c) => c.withdrawn_at)).toEqual([null]);
    expect((await listConsents(handle.db, { userId: fourth })).filter((c) => c.purpose === "disability_statistics").map((c) => c.withdrawn_at === null)).toEqual([false]);
    const logged = await listAudit(handle.db, { action: "consent.statistics_given", targetId: fifth });
    expect(logged.map((e) => e.details)).toEqual([{ consentVersion: "counting-test" }, { consentVersion: "counting-test" }]);
    expect(await listAudit(handle.db, { action: "consent.statistics_withdrawn", targetId: fourth })).toHaveLength(1);
  });
});
