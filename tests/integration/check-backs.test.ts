import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "~/models/audit.server";
import { countDueCheckBacks, countOutcomes, getHireForCheckBack, listCheckBacks, recordCheckBack } from "~/models/check-back.server";
import { createUser, upsertMembership } from "~/models/user.server";
import type { DatabaseHandle } from "../../db/client";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// Inclusion Leader's outcomes are counted from hires through the portal and the posting partner's
// 6-month check-backs, never typed. These tests pin down what counts.

let handle: DatabaseHandle;
let partner: number;
let otherPartner: number;
let staff: number;
let serial = 0;
const TODAY = "2026-06-15";

async function user(orgId?: number) {
  serial += 1;
  const created = await createUser(handle.db, { email: `hire-${serial}-${Date.now()}@example.org`, passwordHash: "x", displayName: `Person ${serial}`, preferredLocale: "zh-CN" });
  if (!created) throw new Error("user not created");
  if (orgId !== undefined) await upsertMembership(handle.db, { userId: created.id, organisationId: orgId, role: "staff" });
  return created.id;
}

/** An application to `openingId` marked hired on `hiredOn` (YYYY-MM-DD, noon in China). */
async function hire(openingId: number, hiredOn: string, status: "hired" | "not_selected" = "hired") {
  const seeker = await user();
  const row = await handle.db
    .insertInto("application")
    .values({ opening_id: openingId, seeker_user_id: seeker, status, contact_name: `应聘者${serial}`, idempotency_key: `hire-${serial}-${seeker}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto("application_event")
    .values({ application_id: row.id, side: "organisation", kind: "status", status: "hired", at: new Date(`${hiredOn}T12:00:00+08:00`) })
    .execute();
  return row.id;
}

const check = (applicationId: number, outcome: "employed" | "not_employed" | "unreachable", checkedOn = TODAY, partnerIds = [partner]) =>
  recordCheckBack(handle.db, { applicationId, partnerIds, actorUserId: staff, outcome, checkedOn, today: TODAY });

beforeAll(async () => {
  handle = await createTestDatabase();
  partner = (await createOrganisation(handle.db, { kind: "partner" })).id;
  otherPartner = (await createOrganisation(handle.db, { kind: "partner" })).id;
  staff = await user(partner);
});

afterAll(async () => {
  await handle?.close();
});

describe("counting Inclusion Leader's outcomes", () => {
  it("counts only the employer's own hires still employed at a check-back 6 months or more after the hire", async () => {
    const employer = (await createOrganisation(handle.db)).id;
    const opening = await createOpening(handle.db, { employerId: employer, partnerId: partner });
    const stayed = await hire(opening.id, "2025-10-01");
    const left = await hire(opening.id, "2025-09-01");
    const unreachable = await hire(opening.id, "2025-11-01");
    const recent = await hire(opening.id, "2026-03-01");
    const notChecked = await hire(opening.id, "2025-12-10");
    // Another employer's hire, also still employed, through the same partner.
    const elsewhere = await createOpening(handle.db, { employerId: (await createOrganisation(handle.db)).id, partnerId: partner });
    const theirs = await hire(elsewhere.id, "2025-08-01");
    // An application that was never marked hired.
    await hire(opening.id, "2025-08-01", "not_selected");

    expect(await check(stayed, "employed")).toEqual({ ok: true });
    expect(await check(left, "not_employed")).toEqual({ ok: true });
    expect(await check(unreachable, "unreachable")).toEqual({ ok: true });
    expect(await check(theirs, "employed")).toEqual({ ok: true });
    // Hired under 6 months ago: nothing to check yet.
    expect(await check(recent, "employed")).toEqual({ ok: false, error: "tooEarly" });

    expect(await countOutcomes(handle.db, { employerId: employer, today: TODAY })).toEqual({
      hired: 5,
      due: 4,
      checked: 2,
      stillEmployed: 1,
      unreachable: 1,
    });
    expect(notChecked).toBeGreaterThan(0);
  });

  it("does not count a check-back made before the 6 months were up, even one written straight to the database", async () => {
    const employer = (await createOrganisation(handle.db)).id;
    const opening = await createOpening(handle.db, { employerId: employer, partnerId: partner });
    const early = await hire(opening.id, "2026-01-10");
    await handle.db.insertInto("employment_check_back").values({ application_id: early, outcome: "employed", checked_on: "2026-05-01", partner_id: partner }).execute();
    expect(await countOutcomes(handle.db, { employerId: employer, today: TODAY })).toMatchObject({ hired: 1, due: 0, checked: 0, stillEmployed: 0 });
  });

  it("stops counting a hire whose status is changed away from hired", async () => {
    const employer = (await createOrganisation(handle.db)).id;
    const opening = await createOpening(handle.db, { employerId: employer, partnerId: partner });
    const id = await hire(opening.id, "2025-10-01");
    await check(id, "employed");
    expect((await countOutcomes(handle.db, { employerId: employer, today: TODAY })).stillEmployed).toBe(1);
    await handle.db.updateTable("application").set({ status: "offer" }).where("id", "=", id).execute();
    expect(await countOutcomes(handle.db, { employerId: employer, today: TODAY })).toMatchObject({ hired: 0, stillEmployed: 0 });
  });
});

describe("recording a check-back", () => {
  it("is for the posting partner's staff only; others get notFound and the hire is not listed for them", async () => {
    const employer = (await createOrganisation(handle.db)).id;
    const opening = await createOpening(handle.db, { employerId: employer, partnerId: partner });
    const id = await hire(opening.id, "2025-11-20");
    expect(await getHireForCheckBack(handle.db, { applicationId: id, partnerIds: [otherPartner] })).toBeUndefined();
    expect(await check(id, "employed", TODAY, [otherPartner])).toEqual({ ok: false, error: "notFound" });
    expect((await listCheckBacks(handle.db, { partnerIds: [otherPartner], today: TODAY })).due.map((h) => h.id)).not.toContain(id);
    expect((await listCheckBacks(handle.db, { partnerIds: [partner], today: TODAY })).due.map((h) => h.id)).toContain(id);
  });

  it("refuses a date in the future, lists the hire as due until someone is reached, and audit-logs each record without names", async () => {
    const employer = (await createOrganisation(handle.db)).id;
    const opening = await createOpening(handle.db, { employerId: employer, partnerId: partner });
    const id = await hire(opening.id, "2025-11-01");
    expect(await check(id, "employed", "2026-07-01")).toEqual({ ok: false, error: "inFuture" });
    await check(id, "unreachable", "2026-05-05");
    let lists = await listCheckBacks(handle.db, { partnerIds: [partner], today: TODAY });
    expect(lists.due.find((h) => h.id === id)).toMatchObject({ outcome: "unreachable", checked_on: "2026-05-05", hired_on: "2025-11-01" });
    await check(id, "employed", "2026-06-01");
    lists = await listCheckBacks(handle.db, { partnerIds: [partner], today: TODAY });
    expect(lists.due.map((h) => h.id)).not.toContain(id);
    expect(lists.done.find((h) => h.id === id)).toMatchObject({ outcome: "employed", checked_on: "2026-06-01" });
    const audit = await listAudit(handle.db, { action: "check_back.recorded", targetId: id });
    expect(audit.map((a) => a.details)).toEqual([
      { outcome: "employed", checkedOn: "2026-06-01", openingId: opening.id, previous: "unreachable" },
      { outcome: "unreachable", checkedOn: "2026-05-05", openingId: opening.id },
    ]);
    expect(JSON.stringify(audit)).not.toContain("应聘者");
  });

  it("finds hires by name, reference, opening or employer, and pages the answered ones newest hire first", async () => {
    const searched = (await createOrganisation(handle.db, { kind: "partner" })).id;
    const employer = (await createOrganisation(handle.db, { kind: "employer", name_zh: "回访查找烘焙坊", name_en: "Check-back Bakery" })).id;
    const opening = await createOpening(handle.db, { employerId: employer, partnerId: searched, title_zh: "面包装饰师（回访查找）" });
    const due = await hire(opening.id, "2025-10-01");
    const answered: number[] = [];
    for (const day of ["2025-08-01", "2025-08-02", "2025-08-03"]) {
      const id = await hire(opening.id, day);
      await recordCheckBack(handle.db, { applicationId: id, partnerIds: [searched], actorUserId: staff, outcome: "employed", checkedOn: TODAY, today: TODAY });
      answered.push(id);
    }
    const list = (words: string, doneLimit = 20, doneOffset = 0) => listCheckBacks(handle.db, { partnerIds: [searched], today: TODAY, words, doneLimit, doneOffset });

    // The answered ones, newest hire first, two a page, with their total.
    const first = await list("", 2);
    expect(first.due.map((h) => h.id)).toEqual([due]);
    expect(first.done.map((h) => h.id)).toEqual([answered[2], answered[1]]);
    expect(first.doneTotal).toBe(3);
    expect((await list("", 2, 2)).done.map((h) => h.id)).toEqual([answered[0]]);
    // The workspace counts the queue without reading it.
    expect(await countDueCheckBacks(handle.db, { partnerIds: [searched], today: TODAY })).toBe(1);

    // Words: the person's name, the employer (either language), the opening; each word must match.
    const name = (await handle.db.selectFrom("application").select("contact_name").where("id", "=", answered[1] ?? 0).executeTakeFirstOrThrow()).contact_name ?? "";
    const byName = await list(name);
    expect([...byName.due, ...byName.done].map((h) => h.id)).toEqual([answered[1]]);
    expect(byName.doneTotal).toBe(1);
    expect((await list("check-back BAKERY")).doneTotal).toBe(3);
    expect((await list("面包装饰师")).due.map((h) => h.id)).toEqual([due]);
    const nothing = await list("回访查找烘焙坊 不存在的词");
    expect([nothing.due.length, nothing.done.length, nothing.doneTotal]).toEqual([0, 0, 0]);
    // % is a character to find, not a wildcard.
    expect((await list("%")).doneTotal).toBe(0);
  });
});
