import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "~/models/audit.server";
import { getPublishedOpening } from "~/models/opening.server";
import { getScopedOpening } from "~/models/opening-scope.server";
import { listRevisions } from "~/models/opening-revision.server";
import { listOutbox } from "~/models/outbox.server";
import { hitRateLimit } from "~/models/rate-limit.server";
import { createReport, getScopedReport, listOpeningReports, searchPartnerReports } from "~/models/report.server";
import { decideReport } from "~/services/moderation.server";
import { createUser, upsertMembership } from "~/models/user.server";
import { LIMITS } from "~/services/rate-limits.server";
import type { DatabaseHandle } from "../../db/client";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

/** One page (of up to 500) of a partner's reports, as the workspace lists them. */
const reportsOf = (partnerId: number, filters: Partial<Parameters<typeof searchPartnerReports>[1]> = {}) =>
  searchPartnerReports(handle.db, { partnerId, status: null, reason: null, limit: 500, offset: 0, ...filters });

let handle: DatabaseHandle;
let partner: number;
let otherPartner: number;
let employer: number;
let staffUser: number;
let counter = 0;

async function newUser(locale: "zh-CN" | "en") {
  const user = await createUser(handle.db, {
    email: `reports-${++counter}-${Date.now()}@example.org`,
    passwordHash: "x",
    displayName: `User ${counter}`,
    preferredLocale: locale,
  });
  if (!user) throw new Error("user not created");
  return user;
}

const publicOpening = async () => (await createOpening(handle.db, { employerId: employer, partnerId: partner, title_zh: "在线客服", title_en: "Online support" })).id;

beforeAll(async () => {
  handle = await createTestDatabase();
  const { db } = handle;
  partner = (await createOrganisation(db, { kind: "partner", partner_type: "federation" })).id;
  otherPartner = (await createOrganisation(db, { kind: "partner", partner_type: "labour_company" })).id;
  employer = (await createOrganisation(db)).id;
  staffUser = (await newUser("zh-CN")).id;
  await upsertMembership(db, { userId: staffUser, organisationId: partner, role: "staff" });
  const owner = await newUser("en");
  await upsertMembership(db, { userId: owner.id, organisationId: employer, role: "owner" });
  const colleague = await newUser("zh-CN");
  await upsertMembership(db, { userId: colleague.id, organisationId: employer, role: "member" });
});

afterAll(async () => {
  await handle?.close();
});

describe("reports from the public", () => {
  it("records a report without putting the reporter's address or words in the audit log", async () => {
    const openingId = await publicOpening();
    const report = await createReport(handle.db, {
      openingId,
      reason: "asks_fees",
      details: "对方要我先交200元押金。",
      contactEmail: " Reporter@Example.org ",
      locale: "zh-CN",
    });
    const [entry] = await listAudit(handle.db, { action: "report.received", limit: 1 });
    expect(entry).toMatchObject({ target_type: "opening_report", target_id: String(report.id), actor_user_id: null });
    expect(entry?.details).toEqual({ opening: openingId, reason: "asks_fees" });
    expect(JSON.stringify(entry)).not.toMatch(/reporter@example\.org|押金/i);
    const listed = (await reportsOf(partner, { status: "open" })).rows;
    expect(listed.find((r) => r.id === report.id)).toMatchObject({ status: "open", wants_outcome: true });
  });

  it("lets only staff of the partner that posted the opening see a report", async () => {
    const openingId = await publicOpening();
    const report = await createReport(handle.db, { openingId, reason: "fake_job", details: null, contactEmail: null, locale: "en" });
    expect(await getScopedReport(handle.db, { id: report.id, partnerIds: [partner] })).toBeDefined();
    expect(await getScopedReport(handle.db, { id: report.id, partnerIds: [otherPartner] })).toBeUndefined();
    expect(await getScopedReport(handle.db, { id: report.id, partnerIds: [] })).toBeUndefined();
    expect(await decideReport(handle.db, { id: report.id, partnerIds: [otherPartner], actorUserId: staffUser, decision: "dismiss", reason: "x" })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect((await reportsOf(otherPartner)).rows.map((r) => r.id)).not.toContain(report.id);
  });
});

describe("moderation decisions", () => {
  it("dismiss: settles the report, tells the reporter in their language, then forgets their address", async () => {
    const openingId = await publicOpening();
    const report = await createReport(handle.db, { openingId, reason: "other", details: "Looks odd.", contactEmail: "heard@example.org", locale: "en" });
    const result = await decideReport(handle.db, {
      id: report.id,
      partnerIds: [partner],
      actorUserId: staffUser,
      decision: "dismiss",
      reason: "Checked the employer's licence and spoke to them; the job is real.",
      origin: "https://aw.example",
    });
    expect(result).toEqual({ ok: true, status: "dismissed" });
    const [email] = await listOutbox(handle.db, { to: "heard@example.org" });
    expect(email?.subject).toBe("AccessWork: an update on your report");
    expect(email?.body_text).toContain("stays up");
    const stored = await handle.db.selectFrom("opening_report").selectAll().where("id", "=", report.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: "dismissed", contact_email: null, decided_by_user_id: staffUser });
    const [entry] = await listAudit(handle.db, { action: "report.dismissed", limit: 1 });
    expect(entry).toMatchObject({ actor_user_id: staffUser, target_id: String(report.id) });
    expect(entry?.details).toMatchObject({ reason: "Checked the employer's licence and spoke to them; the job is real." });
    expect(JSON.stringify(entry)).not.toContain("heard@example.org");
    // A settled report cannot be decided again.
    expect(await decideReport(handle.db, { id: report.id, partnerIds: [partner], actorUserId: staffUser, decision: "unpublish", reason: "x" })).toEqual({
      ok: false,
      error: "alreadySettled",
    });
    expect(await getPublishedOpening(handle.db, { id: openingId })).toBeDefined();
  });

  it("ask the employer: emails every member in their own language, keeps the report open and never names the reporter", async () => {
    const openingId = await publicOpening();
    const report = await createReport(handle.db, {
      openingId,
      reason: "certificate_renting",
      details: "群里有人说只要挂证不用上班。",
      contactEmail: "wants-news@example.org",
      locale: "zh-CN",
    });
    const before = (await listOutbox(handle.db, { limit: 500 })).length;
    const result = await decideReport(handle.db, {
      id: report.id,
      partnerIds: [partner],
      actorUserId: staffUser,
      decision: "ask_employer",
      reason: "请说明是否有人冒用公司名义招聘。",
    });
    expect(result).toEqual({ ok: true, status: "employer_asked" });
    const emails = (await listOutbox(handle.db, { limit: 500 })).slice(0, (await listOutbox(handle.db, { limit: 500 })).length - before);
    const toEmployer = emails.filter((e) => e.to_address !== "wants-news@example.org");
    expect(toEmployer).toHaveLength(2);
    expect(toEmployer.map((e) => e.subject).sort()).toEqual(["AccessWork: a question about one of your openings", "无碍就业：有人对你们的职位提出了问题"].sort());
    for (const email of toEmployer) {
      expect(email.body_text).toContain("请说明是否有人冒用公司名义招聘。");
      expect(email.body_text).not.toContain("wants-news@example.org");
      expect(email.body_text).not.toContain("挂证不用上班");
    }
    expect(emails.filter((e) => e.to_address === "wants-news@example.org")).toHaveLength(1);
    const stored = await handle.db.selectFrom("opening_report").selectAll().where("id", "=", report.id).executeTakeFirstOrThrow();
    // Still waiting for the employer: still in the queue, and the reporter can still be told the end.
    expect(stored).toMatchObject({ status: "employer_asked", contact_email: "wants-news@example.org" });
    expect((await reportsOf(partner, { status: "employer_asked" })).rows.map((r) => r.id)).toContain(report.id);
  });

  it("unpublish: takes the opening down with a revision, and settles every open report on it", async () => {
    const openingId = await publicOpening();
    const first = await createReport(handle.db, { openingId, reason: "asks_fees", details: null, contactEmail: "a@example.org", locale: "zh-CN" });
    const second = await createReport(handle.db, { openingId, reason: "fake_job", details: null, contactEmail: "b@example.org", locale: "en" });
    const reason = "雇主承认收取培训押金，违反平台规定。";
    const result = await decideReport(handle.db, { id: first.id, partnerIds: [partner], actorUserId: staffUser, decision: "unpublish", reason });
    expect(result).toEqual({ ok: true, status: "unpublished" });
    expect(await getPublishedOpening(handle.db, { id: openingId })).toBeUndefined();
    const scope = { kind: "partner", organisationIds: [partner] } as const;
    expect((await getScopedOpening(handle.db, { id: openingId, scope }))?.status).toBe("closed");
    expect((await listRevisions(handle.db, { openingId }))[0]).toMatchObject({ action: "unpublished", reason });
    const reports = await listOpeningReports(handle.db, { openingId });
    expect(reports.map((r) => r.status)).toEqual(["unpublished", "unpublished"]);
    const audit = await listAudit(handle.db, { action: "report.unpublished", limit: 2 });
    expect(audit.map((e) => e.target_id).sort()).toEqual([String(first.id), String(second.id)].sort());
    expect((await listAudit(handle.db, { action: "opening.unpublished", limit: 1 }))[0]).toMatchObject({ target_id: String(openingId), details: { reason } });
    // Both reporters hear the outcome, each in the language they wrote in.
    expect((await listOutbox(handle.db, { to: "a@example.org" }))[0]?.subject).toBe("无碍就业：你的举报有了处理结果");
    expect((await listOutbox(handle.db, { to: "b@example.org" }))[0]?.body_text).toContain("taken it down");

    // A report on an opening that is no longer public cannot take it down again.
    const third = await createReport(handle.db, { openingId, reason: "other", details: null, contactEmail: null, locale: "en" });
    expect(await decideReport(handle.db, { id: third.id, partnerIds: [partner], actorUserId: staffUser, decision: "unpublish", reason: "again" })).toEqual({
      ok: false,
      error: "notPublished",
    });
  });
});

describe("report rate limit", () => {
  it("allows the configured number of reports per address per hour, then refuses, one address at a time", async () => {
    const { limit } = LIMITS.reportIp;
    expect(limit).toBeGreaterThanOrEqual(5);
    const results = [];
    for (let i = 0; i <= limit; i++) results.push(await hitRateLimit(handle.db, { key: "report:ip:203.0.113.9", ...LIMITS.reportIp }));
    expect(results.slice(0, limit).every((r) => r.allowed)).toBe(true);
    expect(results[limit]).toMatchObject({ allowed: false });
    expect(results[limit]?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await hitRateLimit(handle.db, { key: "report:ip:203.0.113.10", ...LIMITS.reportIp })).allowed).toBe(true);
  });
});

describe("the workspace's list of reports", () => {
  it("filters by status and reason, puts those still to decide first (oldest first), and pages with the total", async () => {
    // A partner of its own, so the counts are this test's alone.
    const own = (await createOrganisation(handle.db, { kind: "partner" })).id;
    const employer = (await createOrganisation(handle.db)).id;
    const opening = (await createOpening(handle.db, { employerId: employer, partnerId: own })).id;
    const fees = await createReport(handle.db, { openingId: opening, reason: "asks_fees", details: null, contactEmail: null, locale: "zh-CN" });
    const fake = await createReport(handle.db, { openingId: opening, reason: "fake_job", details: null, contactEmail: null, locale: "zh-CN" });
    const decided = await createReport(handle.db, { openingId: opening, reason: "asks_fees", details: null, contactEmail: null, locale: "zh-CN" });
    await handle.db.updateTable("opening_report").set({ status: "dismissed" }).where("id", "=", decided.id).execute();
    // The decided one came first, but waits behind those still to decide.
    await handle.db.updateTable("opening_report").set({ created_at: new Date(Date.now() - 86_400_000) }).where("id", "=", decided.id).execute();

    const all = await reportsOf(own);
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.id)).toEqual([fees.id, fake.id, decided.id]);
    expect((await reportsOf(own, { reason: "asks_fees" })).rows.map((r) => r.id)).toEqual([fees.id, decided.id]);
    expect((await reportsOf(own, { status: "dismissed" })).rows.map((r) => r.id)).toEqual([decided.id]);
    expect((await reportsOf(own, { status: "open", reason: "fake_job" })).rows.map((r) => r.id)).toEqual([fake.id]);
    expect((await reportsOf(own, { status: "unpublished" })).total).toBe(0);
    const second = await reportsOf(own, { limit: 2, offset: 2 });
    expect([second.total, second.rows.map((r) => r.id)]).toEqual([3, [decided.id]]);
  });
});
