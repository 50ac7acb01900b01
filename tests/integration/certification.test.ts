import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  changeCertificateStatus,
  expireCertificates,
  getCertificateStatus,
  getPublicCertificate,
} from "~/models/certificate.server";
import { getEvidenceFileId, listApplicationHistory } from "~/models/certification.server";
import { getEmployerApplication, saveAnswers, setTargetLevel, startApplication, submitApplication } from "~/models/certification-employer.server";
import type { AreaAnswer } from "~/validation/certification";
import { addMonths, unexaminedEvidence, type Reviewer } from "~/models/certification-policy.server";
import type { CurrentUser } from "~/services/auth.server";
import { reviewerOf } from "~/services/reviewer.server";
import {
  approveApplication,
  assignToReviewer,
  getApplicationForReview,
  listReviewQueue,
  openEvidence,
  recordSecondReview,
  requestChanges,
  saveReview,
  saveReviewAndRequestChanges,
} from "~/models/certification-review.server";
import {
  copyCriteriaVersion,
  createCriteriaVersion,
  getCriteriaVersion,
  getPublishedVersion,
  publishCriteriaVersion,
  updateDraftCriterion,
  updateDraftVersion,
} from "~/models/criteria.server";
import { listAudit, recordAudit } from "~/models/audit.server";
import { chinaToday, recordCheckBack } from "~/models/check-back.server";
import { listOutbox } from "~/models/outbox.server";
import { databaseFileStore } from "~/models/stored-file.server";
import { createUser, upsertMembership } from "~/models/user.server";
import { scoreApplication, type ScoredAnswer, type ScoredCriterion } from "~/utils/certification-score";
import { sendExpiryReminders } from "~/services/emails.server";
import type { DatabaseHandle } from "../../db/client";
import { seedCriteria } from "../../db/seed-data/criteria";
import { createOpening, createOrganisation } from "../support/factories";
import { PDF } from "../support/files";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let partnerA: number;
let partnerB: number;
let versionId: number;
let serial = 0;

async function person(orgs: { id: number; role: "staff" | "owner" | "member" | "manager" }[]) {
  serial += 1;
  const user = await createUser(handle.db, { email: `cert-${serial}-${Date.now()}@example.org`, passwordHash: "x", displayName: `Person ${serial}`, preferredLocale: "en" });
  if (!user) throw new Error("user not created");
  for (const org of orgs) await upsertMembership(handle.db, { userId: user.id, organisationId: org.id, role: org.role });
  return user.id;
}

async function reviewerIn(partnerId: number, alsoMemberOf: number[] = []): Promise<Reviewer> {
  const userId = await person([{ id: partnerId, role: "staff" }, ...alsoMemberOf.map((id) => ({ id, role: "member" as const }))]);
  return { userId, partnerIds: [partnerId], memberOf: [partnerId, ...alsoMemberOf] };
}

/**
 * A fresh employer with an owner and an application answered "yes" to everything up to `level`,
 * with evidence, sent to `partner` (partner A unless given).
 */
async function submittedApplication(
  level: "committed" | "accessible_employer" | "inclusion_leader",
  overrides: Record<string, "yes" | "no"> = {},
  partner: number = partnerA,
) {
  const employer = await createOrganisation(handle.db);
  const ownerId = await person([{ id: employer.id, role: "owner" }]);
  const started = await startApplication(handle.db, { employerId: employer.id, actorUserId: ownerId });
  if (!started.ok) throw new Error("not started");
  await setTargetLevel(handle.db, { id: started.id, employerIds: [employer.id], level });
  const detail = await getEmployerApplication(handle.db, { id: started.id, employerIds: [employer.id] });
  if (!detail) throw new Error("no detail");
  const answers: AreaAnswer[] = detail.criteria.map((c) => ({
    criterionId: c.id,
    answer: overrides[c.code] ?? "yes",
    evidenceText: `Evidence for ${c.code}`,
    evidenceUrl: null,
    employerResponse: null,
  }));
  await saveAnswers(handle.db, databaseFileStore, { id: started.id, employerIds: [employer.id], answers, actorUserId: ownerId });
  const submitted = await submitApplication(handle.db, { id: started.id, employerIds: [employer.id], actorUserId: ownerId, partnerId: partner });
  expect(submitted).toEqual({ ok: true });
  return { id: started.id, employerId: employer.id, ownerId, criteria: detail.criteria };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  partnerA = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  partnerB = (await createOrganisation(handle.db, { kind: "partner", partner_type: "employment_centre" })).id;
  const version = await createCriteriaVersion(handle.db, { label: "2026.1", criteria: seedCriteria });
  versionId = version.id;
  const admin = await person([]);
  expect(await publishCriteriaVersion(handle.db, { id: versionId, actorUserId: admin })).toEqual({ ok: true });
});

afterAll(async () => {
  await handle?.close();
});

describe("scoring and veto rules", () => {
  const criteria: ScoredCriterion[] = [
    { id: 1, code: "V1", area: "recruitment", level: "committed", points: 10, veto: true, evidence_required: false },
    { id: 2, code: "C1", area: "recruitment", level: "committed", points: 10, veto: false, evidence_required: true },
    { id: 3, code: "A1", area: "accommodations", level: "accessible_employer", points: 20, veto: false, evidence_required: true },
  ];
  const thresholds = { committed: 60, accessible_employer: 70, inclusion_leader: 80 };
  const yes = (hasEvidence = true): ScoredAnswer => ({ answer: "yes", hasEvidence });

  it("counts the points of 'yes' answers with their evidence, level by level", () => {
    const score = scoreApplication(criteria, new Map([[1, yes()], [2, yes()], [3, yes()]]), thresholds, { target: "accessible_employer" });
    expect(score.levels.map((l) => [l.level, l.earned, l.available, l.passed])).toEqual([
      ["committed", 20, 20, true],
      ["accessible_employer", 40, 40, true],
    ]);
    expect(score.highestLevel).toBe("accessible_employer");
  });

  it("gives no points for a 'yes' without required evidence, and lists it", () => {
    const score = scoreApplication(criteria, new Map([[1, yes()], [2, yes(false)], [3, yes()]]), thresholds, { target: "accessible_employer" });
    expect(score.missingEvidence).toEqual(["C1"]);
    expect(score.levels[0]).toMatchObject({ earned: 10, percent: 50, passed: false });
    // A level cannot pass when the one below it has not.
    expect(score.levels[1]).toMatchObject({ earned: 30, passed: false });
    expect(score.highestLevel).toBeNull();
  });

  it("fails every level when a veto item is answered 'no', whatever the score", () => {
    const score = scoreApplication(criteria, new Map([[1, { answer: "no", hasEvidence: true }], [2, yes()], [3, yes()]]), thresholds, {
      target: "accessible_employer",
    });
    expect(score.vetoFailed).toEqual(["V1"]);
    expect(score.levels.every((l) => !l.passed)).toBe(true);
    expect(score.highestLevel).toBeNull();
  });

  it("uses the reviewer's adjusted points after review, and a veto adjusted to nothing fails", () => {
    const answers = new Map<number, ScoredAnswer>([
      [1, { ...yes(), review_verdict: "adjust", review_points: 0 }],
      [2, yes()],
      [3, { ...yes(), review_verdict: "adjust", review_points: 5 }],
    ]);
    expect(scoreApplication(criteria, answers, thresholds, { target: "accessible_employer" }).highestLevel).toBe("accessible_employer");
    const reviewed = scoreApplication(criteria, answers, thresholds, { target: "accessible_employer", reviewed: true });
    expect(reviewed.vetoFailed).toEqual(["V1"]);
    expect(reviewed.highestLevel).toBeNull();
  });

  it("never reaches a level above the one applied for", () => {
    const score = scoreApplication(criteria, new Map([[1, yes()], [2, yes()], [3, yes()]]), thresholds, { target: "committed" });
    expect(score.levels.map((l) => l.level)).toEqual(["committed"]);
    expect(score.highestLevel).toBe("committed");
  });

  it("refuses to submit an application with unanswered criteria", async () => {
    const employer = await createOrganisation(handle.db);
    const ownerId = await person([{ id: employer.id, role: "owner" }]);
    const started = await startApplication(handle.db, { employerId: employer.id, actorUserId: ownerId });
    if (!started.ok) throw new Error("not started");
    await setTargetLevel(handle.db, { id: started.id, employerIds: [employer.id], level: "committed" });
    expect(await submitApplication(handle.db, { id: started.id, employerIds: [employer.id], actorUserId: ownerId })).toEqual({ ok: false, error: "incomplete" });
  });
});

describe("review", () => {
  it("caps approval at the level the reviewed score allows", async () => {
    const app = await submittedApplication("accessible_employer");
    const reviewer = await reviewerIn(partnerA);
    expect(await assignToReviewer(handle.db, { id: app.id, reviewer })).toEqual({ ok: true });
    // The reviewer finds five accessible-employer claims unsupported: 0 points each (100 of 155 left, 64%).
    const adjusted = app.criteria.filter((c) => ["D2", "A2", "A3", "L2", "L3"].includes(c.code));
    await saveReview(handle.db, {
      id: app.id,
      reviewer,
      items: adjusted.map((c) => ({ criterionId: c.id, verdict: "adjust", points: 0, reason: "The report is from 2019.", changeRequest: null })),
    });
    const detail = await getApplicationForReview(handle.db, { id: app.id, reviewer });
    expect(detail?.score.highestLevel).toBe("accessible_employer");
    expect(detail?.reviewedScore.highestLevel).toBe("committed");
    expect(await approveApplication(handle.db, { id: app.id, reviewer, level: "accessible_employer", reason: null })).toEqual({ ok: false, error: "aboveCap" });
    const approved = await approveApplication(handle.db, { id: app.id, reviewer, level: "committed", reason: null });
    expect(approved.ok).toBe(true);
    if (!approved.ok) return;
    expect(approved.number).toMatch(/^AW-\d{4}-\d{4}$/);
    const certificate = await getPublicCertificate(handle.db, { number: approved.number });
    expect(certificate).toMatchObject({ level: "committed", status: "valid", criteria_version: "2026.1" });
    expect(certificate?.expires_on).toBe(addMonths(certificate?.issued_on ?? "", 24));
  });

  it("cannot be approved until every evidence file and link was opened through the portal or commented on", async () => {
    const app = await submittedApplication("committed");
    const [withFile, withLink, withComment] = app.criteria;
    if (!withFile || !withLink || !withComment) throw new Error("too few criteria");
    // The employer's evidence: a file, a link, and a file the reviewer comments on instead of opening (the rest is text).
    await handle.db.updateTable("certification_application").set({ status: "changes_requested" }).where("id", "=", app.id).execute();
    await saveAnswers(handle.db, databaseFileStore, {
      id: app.id,
      employerIds: [app.employerId],
      actorUserId: app.ownerId,
      answers: [
        { criterionId: withFile.id, answer: "yes", evidenceText: null, evidenceUrl: null, employerResponse: null, file: { originalName: "policy.pdf", contentType: "application/pdf", bytes: PDF } },
        { criterionId: withLink.id, answer: "yes", evidenceText: null, evidenceUrl: "https://example.org/careers", employerResponse: null },
        { criterionId: withComment.id, answer: "yes", evidenceText: null, evidenceUrl: null, employerResponse: null, file: { originalName: "photo.pdf", contentType: "application/pdf", bytes: PDF } },
      ],
    });
    await handle.db.updateTable("certification_application").set({ status: "under_review" }).where("id", "=", app.id).execute();
    const reviewer = await reviewerIn(partnerA);
    await assignToReviewer(handle.db, { id: app.id, reviewer });
    const unexamined = async () => unexaminedEvidence((await getApplicationForReview(handle.db, { id: app.id, reviewer }))?.criteria ?? []).map((c) => c.code);
    expect(await unexamined()).toEqual([withFile.code, withLink.code, withComment.code]);
    expect(await approveApplication(handle.db, { id: app.id, reviewer, level: "committed", reason: null })).toEqual({ ok: false, error: "evidenceUnexamined" });

    // Someone who may not review it opens nothing, and is not recorded.
    const outsider = await reviewerIn(partnerB);
    expect(await openEvidence(handle.db, { id: app.id, criterionId: withFile.id, reviewer: outsider })).toBeUndefined();
    expect(await unexamined()).toEqual([withFile.code, withLink.code, withComment.code]);

    // The file is downloaded and the link followed through the portal; each remembers who opened it first.
    expect((await openEvidence(handle.db, { id: app.id, criterionId: withFile.id, reviewer }))?.fileId).toBeTruthy();
    expect(await openEvidence(handle.db, { id: app.id, criterionId: withLink.id, reviewer })).toEqual({ fileId: null, url: "https://example.org/careers" });
    const colleague = await reviewerIn(partnerA);
    await openEvidence(handle.db, { id: app.id, criterionId: withFile.id, reviewer: colleague });
    const opened = await handle.db
      .selectFrom("certification_answer")
      .select(["criterion_id", "evidence_opened_by"])
      .where("application_id", "=", app.id)
      .where("evidence_opened_at", "is not", null)
      .orderBy("criterion_id")
      .execute();
    expect(opened).toEqual([{ criterion_id: withFile.id, evidence_opened_by: reviewer.userId }, { criterion_id: withLink.id, evidence_opened_by: reviewer.userId }]);
    expect(await unexamined()).toEqual([withComment.code]);
    expect(await approveApplication(handle.db, { id: app.id, reviewer, level: "committed", reason: null })).toEqual({ ok: false, error: "evidenceUnexamined" });

    // A comment on the third counts as examining it.
    await saveReview(handle.db, { id: app.id, reviewer, items: [{ criterionId: withComment.id, verdict: "agree", points: null, reason: null, changeRequest: "Please send a readable copy." }] });
    expect(await unexamined()).toEqual([]);
    await saveReview(handle.db, { id: app.id, reviewer, items: [{ criterionId: withComment.id, verdict: "agree", points: null, reason: null, changeRequest: null }] });
    expect(await unexamined()).toEqual([withComment.code]);
    await saveReview(handle.db, { id: app.id, reviewer, items: [{ criterionId: withComment.id, verdict: "adjust", points: 1, reason: "The photo shows only part of the ramp.", changeRequest: null }] });
    expect(await unexamined()).toEqual([]);

    // The employer replacing a file or link clears its opening: a new one has not been seen.
    await handle.db.updateTable("certification_application").set({ status: "changes_requested" }).where("id", "=", app.id).execute();
    await saveAnswers(handle.db, databaseFileStore, {
      id: app.id,
      employerIds: [app.employerId],
      actorUserId: app.ownerId,
      answers: [
        { criterionId: withFile.id, answer: "yes", evidenceText: null, evidenceUrl: null, employerResponse: "Kept as it was.", removeFile: false },
        { criterionId: withLink.id, answer: "yes", evidenceText: null, evidenceUrl: "https://example.org/careers/accessible", employerResponse: null },
      ],
    });
    await handle.db.updateTable("certification_application").set({ status: "under_review" }).where("id", "=", app.id).execute();
    expect(await unexamined()).toEqual([withLink.code]);
    await openEvidence(handle.db, { id: app.id, criterionId: withLink.id, reviewer });
    expect((await approveApplication(handle.db, { id: app.id, reviewer, level: "committed", reason: null })).ok).toBe(true);
  });

  it("a renewal's certificate supersedes the employer's earlier one, which points to it in its public history", async () => {
    const first = await submittedApplication("committed");
    const reviewer = await reviewerIn(partnerA);
    expect(await assignToReviewer(handle.db, { id: first.id, reviewer })).toEqual({ ok: true });
    const issued = await approveApplication(handle.db, { id: first.id, reviewer, level: "committed", reason: null });
    if (!issued.ok) throw new Error("first approval refused");

    // The renewal starts from a copy of the approved answers and evidence, and is sent as it is.
    const renewal = await startApplication(handle.db, { employerId: first.employerId, actorUserId: first.ownerId });
    if (!renewal.ok) throw new Error("renewal not started");
    expect(renewal.created).toBe(true);
    const sent = await submitApplication(handle.db, { id: renewal.id, employerIds: [first.employerId], actorUserId: first.ownerId, partnerId: partnerA });
    expect(sent).toEqual({ ok: true });
    expect(await assignToReviewer(handle.db, { id: renewal.id, reviewer })).toEqual({ ok: true });
    const renewed = await approveApplication(handle.db, { id: renewal.id, reviewer, level: "committed", reason: null });
    if (!renewed.ok) throw new Error("renewal approval refused");

    const old = await getPublicCertificate(handle.db, { number: issued.number });
    expect(old).toMatchObject({ status: "superseded", superseded_by_number: renewed.number });
    expect(old?.history.map((event) => event.status)).toEqual(["superseded", "valid"]);
    expect(await getPublicCertificate(handle.db, { number: renewed.number })).toMatchObject({ status: "valid", superseded_by_number: null });
    const audit = await handle.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "details"])
      .where("action", "=", "certificate.superseded")
      .where("target_id", "=", issued.number)
      .execute();
    expect(audit).toEqual([{ actor_user_id: reviewer.userId, details: { by: renewed.number } }]);
  });

  it("refuses self-review: a reviewer who belongs to the employer can neither take nor read it as a reviewer", async () => {
    const app = await submittedApplication("committed");
    const conflicted = await reviewerIn(partnerA, [app.employerId]);
    expect(await assignToReviewer(handle.db, { id: app.id, reviewer: conflicted })).toEqual({ ok: false, error: "ownOrganisation" });
    const honest = await reviewerIn(partnerA);
    await assignToReviewer(handle.db, { id: app.id, reviewer: honest });
    expect(await approveApplication(handle.db, { id: app.id, reviewer: conflicted, level: "committed", reason: null })).toEqual({
      ok: false,
      error: "ownOrganisation",
    });
  });

  it("sends changes back criterion by criterion, and takes the fixed application again", async () => {
    const app = await submittedApplication("committed");
    const reviewer = await reviewerIn(partnerA);
    await assignToReviewer(handle.db, { id: app.id, reviewer });
    expect(await requestChanges(handle.db, { id: app.id, reviewer })).toEqual({ ok: false, error: "noChangeRequests" });
    const r2 = app.criteria.find((c) => c.code === "R2");
    if (!r2) throw new Error("no R2");
    await saveReview(handle.db, { id: app.id, reviewer, items: [{ criterionId: r2.id, verdict: "agree", points: null, reason: null, changeRequest: "The screenshot is unreadable." }] });
    expect(await requestChanges(handle.db, { id: app.id, reviewer })).toEqual({ ok: true });
    await saveAnswers(handle.db, databaseFileStore, {
      id: app.id,
      employerIds: [app.employerId],
      actorUserId: app.ownerId,
      answers: [{ criterionId: r2.id, answer: "yes", evidenceText: null, evidenceUrl: null, employerResponse: "Here is a PDF instead.", file: { originalName: "r2.pdf", contentType: "application/pdf", bytes: PDF } }],
    });
    expect(await submitApplication(handle.db, { id: app.id, employerIds: [app.employerId], actorUserId: app.ownerId })).toEqual({ ok: true });
    const history = await listApplicationHistory(handle.db, { id: app.id });
    expect(history.map((h) => h.action).reverse()).toEqual([
      "certification.started",
      "certification.submitted",
      "certification.assigned",
      "certification.changes_requested",
      "certification.resubmitted",
    ]);
  });

  it("needs a second reviewer from another organisation and someone still employed at a 6-month check-back for Inclusion Leader", async () => {
    const app = await submittedApplication("inclusion_leader");
    const first = await reviewerIn(partnerA);
    await assignToReviewer(handle.db, { id: app.id, reviewer: first });
    expect(await approveApplication(handle.db, { id: app.id, reviewer: first, level: "inclusion_leader", reason: null })).toEqual({
      ok: false,
      error: "needsSecondReview",
    });
    const colleague = await reviewerIn(partnerA);
    expect(await recordSecondReview(handle.db, { id: app.id, reviewer: colleague })).toEqual({ ok: false, error: "sameOrganisation" });
    const other = await reviewerIn(partnerB);
    expect(await recordSecondReview(handle.db, { id: app.id, reviewer: other })).toEqual({ ok: true });
    expect(await approveApplication(handle.db, { id: app.id, reviewer: first, level: "inclusion_leader", reason: null })).toEqual({
      ok: false,
      error: "needsOutcomes",
    });
    // A hire through one of the employer's openings, 7 months ago, found still employed when partner B checked back.
    const opening = await createOpening(handle.db, { employerId: app.employerId, partnerId: partnerB });
    const seeker = await person([]);
    const hire = await handle.db
      .insertInto("application")
      .values({ opening_id: opening.id, seeker_user_id: seeker, status: "hired", idempotency_key: `hire-${seeker}` })
      .returning("id")
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto("application_event")
      .values({ application_id: hire.id, side: "organisation", kind: "status", status: "hired", at: new Date(Date.now() - 214 * 86_400_000) })
      .execute();
    const checker = await person([{ id: partnerB, role: "staff" }]);
    expect(
      await recordCheckBack(handle.db, { applicationId: hire.id, partnerIds: [partnerB], actorUserId: checker, outcome: "employed", checkedOn: chinaToday(), today: chinaToday() }),
    ).toEqual({ ok: true });
    const approved = await approveApplication(handle.db, { id: app.id, reviewer: first, level: "inclusion_leader", reason: null });
    expect(approved.ok).toBe(true);
    // The figures it was approved on stay with the application.
    const row = await handle.db.selectFrom("certification_application").select(["outcomes_still_employed"]).where("id", "=", app.id).executeTakeFirstOrThrow();
    expect(row.outcomes_still_employed).toBe(1);
  });
});

describe("who may read an application", () => {
  it("is 404 for another employer, for the application and its evidence; drafts are hidden from staff", async () => {
    const employer = await createOrganisation(handle.db);
    const other = await createOrganisation(handle.db);
    const ownerId = await person([{ id: employer.id, role: "owner" }]);
    const started = await startApplication(handle.db, { employerId: employer.id, actorUserId: ownerId });
    if (!started.ok) throw new Error("not started");
    await setTargetLevel(handle.db, { id: started.id, employerIds: [employer.id], level: "committed" });
    const detail = await getEmployerApplication(handle.db, { id: started.id, employerIds: [employer.id] });
    const criterion = detail?.criteria[0];
    if (!criterion) throw new Error("no criterion");
    await saveAnswers(handle.db, databaseFileStore, {
      id: started.id,
      employerIds: [employer.id],
      actorUserId: ownerId,
      answers: [{ criterionId: criterion.id, answer: "yes", evidenceText: null, evidenceUrl: null, employerResponse: null, file: { originalName: "a.pdf", contentType: "application/pdf", bytes: PDF } }],
    });
    expect(await getEvidenceFileId(handle.db, { id: started.id, criterionId: criterion.id, employerIds: [employer.id] })).toBeTruthy();
    expect(await getEmployerApplication(handle.db, { id: started.id, employerIds: [other.id] })).toBeUndefined();
    expect(await getEvidenceFileId(handle.db, { id: started.id, criterionId: criterion.id, employerIds: [other.id] })).toBeUndefined();
    expect(await getEvidenceFileId(handle.db, { id: started.id, criterionId: criterion.id, employerIds: [] })).toBeUndefined();
    expect(await saveAnswers(handle.db, databaseFileStore, { id: started.id, employerIds: [other.id], actorUserId: ownerId, answers: [] })).toEqual({
      ok: false,
      error: "notFound",
    });
    const staff = await reviewerIn(partnerA);
    expect(await getApplicationForReview(handle.db, { id: started.id, reviewer: staff })).toBeUndefined();
    expect(await getEvidenceFileId(handle.db, { id: started.id, criterionId: criterion.id, reviewer: staff })).toBeUndefined();
  });
});

describe("who may take an application for review (docs/decisions/012)", () => {
  it("must be sent to a verified partner chosen by the employer, never the employer itself", async () => {
    const employer = await createOrganisation(handle.db);
    const ownerId = await person([{ id: employer.id, role: "owner" }]);
    const started = await startApplication(handle.db, { employerId: employer.id, actorUserId: ownerId });
    if (!started.ok) throw new Error("not started");
    await setTargetLevel(handle.db, { id: started.id, employerIds: [employer.id], level: "committed" });
    const detail = await getEmployerApplication(handle.db, { id: started.id, employerIds: [employer.id] });
    const answers: AreaAnswer[] = (detail?.criteria ?? []).map((c) => ({ criterionId: c.id, answer: "yes", evidenceText: "x", evidenceUrl: null, employerResponse: null }));
    await saveAnswers(handle.db, databaseFileStore, { id: started.id, employerIds: [employer.id], answers, actorUserId: ownerId });
    const unverified = await createOrganisation(handle.db, { kind: "partner", verification_status: "unverified" });
    // A verified partner of a type that does not review certification: a labour company may itself employ the people it places.
    const labourCompany = await createOrganisation(handle.db, { kind: "partner", partner_type: "labour_company" });
    for (const partnerId of [undefined, employer.id, unverified.id, labourCompany.id, 999_999]) {
      expect(await submitApplication(handle.db, { id: started.id, employerIds: [employer.id], actorUserId: ownerId, partnerId })).toEqual({ ok: false, error: "partnerRequired" });
    }
    expect(await submitApplication(handle.db, { id: started.id, employerIds: [employer.id], actorUserId: ownerId, partnerId: partnerB })).toEqual({ ok: true });
  });

  it("counts only federations and employment service centres as reviewers: a labour company's staff review nothing", () => {
    const staffOf = (partner_type: "federation" | "employment_centre" | "labour_company" | "digital_park") =>
      ({ id: 7, memberships: [{ organisation_id: 40, kind: "partner", role: "staff", partner_type, slug: "p", name_zh: "p", name_en: null }] }) as unknown as CurrentUser;
    expect(reviewerOf(staffOf("federation")).partnerIds).toEqual([40]);
    expect(reviewerOf(staffOf("employment_centre")).partnerIds).toEqual([40]);
    expect(reviewerOf(staffOf("labour_company")).partnerIds).toEqual([]);
    expect(reviewerOf(staffOf("digital_park")).partnerIds).toEqual([]);
    // Still a member of it, so never a reviewer of that organisation's own application either.
    expect(reviewerOf(staffOf("labour_company")).memberOf).toEqual([40]);
  });

  it("is open to the chosen partner's staff only: others get nothing (404), not even the evidence", async () => {
    const app = await submittedApplication("committed", {}, partnerB);
    const outsider = await reviewerIn(partnerA);
    expect(await getApplicationForReview(handle.db, { id: app.id, reviewer: outsider })).toBeUndefined();
    expect(await assignToReviewer(handle.db, { id: app.id, reviewer: outsider })).toEqual({ ok: false, error: "notFound" });
    const criterion = app.criteria[0];
    if (!criterion) throw new Error("no criterion");
    expect(await getEvidenceFileId(handle.db, { id: app.id, criterionId: criterion.id, reviewer: outsider })).toBeUndefined();
    expect((await listReviewQueue(handle.db, { reviewer: outsider })).queue.map((a) => a.id)).not.toContain(app.id);

    const chosen = await reviewerIn(partnerB);
    expect((await listReviewQueue(handle.db, { reviewer: chosen })).queue.map((a) => a.id)).toContain(app.id);
    expect(await getApplicationForReview(handle.db, { id: app.id, reviewer: chosen })).toBeDefined();
    expect(await assignToReviewer(handle.db, { id: app.id, reviewer: chosen })).toEqual({ ok: true });
    const row = await handle.db.selectFrom("certification_application").select(["reviewer_organisation_id"]).where("id", "=", app.id).executeTakeFirstOrThrow();
    expect(row.reviewer_organisation_id).toBe(partnerB);
  });

  it("narrows the queue by words in the employer's name and by the level applied for", async () => {
    const committed = await submittedApplication("committed", {}, partnerB);
    const accessible = await submittedApplication("accessible_employer", {}, partnerB);
    await handle.db.updateTable("organisation").set({ name_zh: "队列查找纸艺坊", name_en: "Queue Paper Crafts" }).where("id", "=", committed.employerId).execute();
    const reviewer = await reviewerIn(partnerB);
    const ids = async (filters: { words?: string; level?: "committed" | "accessible_employer" | "inclusion_leader" | null }) =>
      (await listReviewQueue(handle.db, { reviewer, ...filters })).queue.map((a) => a.id);
    const all = await ids({});
    expect(all).toEqual(expect.arrayContaining([committed.id, accessible.id]));
    expect(await ids({ words: "纸艺" })).toEqual([committed.id]);
    expect(await ids({ words: "queue  CRAFTS" })).toEqual([committed.id]);
    expect(await ids({ words: "纸艺 不存在" })).toEqual([]);
    const byLevel = await ids({ level: "accessible_employer" });
    expect(byLevel).toContain(accessible.id);
    expect(byLevel).not.toContain(committed.id);
    expect(await ids({ words: "纸艺", level: "accessible_employer" })).toEqual([]);
  });

  it("shows an Inclusion Leader application to another partner only while it waits for the second review", async () => {
    const app = await submittedApplication("inclusion_leader", {}, partnerA);
    const other = await reviewerIn(partnerB);
    // Not yet taken by the chosen partner: nothing for anyone else to confirm.
    expect(await getApplicationForReview(handle.db, { id: app.id, reviewer: other })).toBeUndefined();
    expect(await recordSecondReview(handle.db, { id: app.id, reviewer: other })).toEqual({ ok: false, error: "notFound" });
    const first = await reviewerIn(partnerA);
    await assignToReviewer(handle.db, { id: app.id, reviewer: first });
    expect((await listReviewQueue(handle.db, { reviewer: other })).secondReviews.map((a) => a.id)).toContain(app.id);
    expect(await getApplicationForReview(handle.db, { id: app.id, reviewer: other })).toBeDefined();
    // A second reviewer may look and confirm, never take the application over.
    expect(await assignToReviewer(handle.db, { id: app.id, reviewer: other })).toEqual({ ok: false, error: "alreadyAssigned" });
    expect(await recordSecondReview(handle.db, { id: app.id, reviewer: other })).toEqual({ ok: true });
    // Once confirmed, a third partner no longer sees it; the second reviewer still does.
    const partnerC = (await createOrganisation(handle.db, { kind: "partner" })).id;
    expect(await getApplicationForReview(handle.db, { id: app.id, reviewer: await reviewerIn(partnerC) })).toBeUndefined();
    expect(await getApplicationForReview(handle.db, { id: app.id, reviewer: other })).toBeDefined();
  });
});

describe("certificate lifecycle", () => {
  async function certificate({ expiresInDays, reviewer = partnerA }: { expiresInDays: number; reviewer?: number }) {
    serial += 1;
    const employer = await createOrganisation(handle.db);
    await person([{ id: employer.id, role: "owner" }]);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const number = `AW-2020-${String(5000 + serial).padStart(4, "0")}`;
    await handle.db
      .insertInto("certificate")
      .values({
        number,
        employer_id: employer.id,
        level: "committed",
        criteria_version: "2026.1",
        reviewer_organisation_id: reviewer,
        issued_on: day(expiresInDays - 730),
        expires_on: day(expiresInDays),
      })
      .execute();
    return number;
  }

  it("the expiry job turns a valid certificate past its date into 'expired', once, with an event", async () => {
    const past = await certificate({ expiresInDays: -2 });
    const current = await certificate({ expiresInDays: 100 });
    const [first, second] = await Promise.all([expireCertificates(handle.db), expireCertificates(handle.db)]);
    expect([...first, ...second].filter((n) => n === past)).toEqual([past]);
    expect([...first, ...second]).not.toContain(current);
    const shown = await getPublicCertificate(handle.db, { number: past });
    expect(shown?.status).toBe("expired");
    expect(shown?.history.map((e) => e.status)).toEqual(["expired"]);
    const row = await handle.db.selectFrom("certificate").select("status").where("number", "=", past).executeTakeFirstOrThrow();
    expect(row.status).toBe("expired");
    expect((await listAudit(handle.db, { action: "certificate.expired", targetId: past })).length).toBe(1);
  });

  it("queues each expiry reminder once, 60 and then 14 days before", async () => {
    const soon = await certificate({ expiresInDays: 50 });
    const first = await sendExpiryReminders(handle.db, { days: 60, origin: "https://aw.example" });
    expect(first).toContain(soon);
    expect(await sendExpiryReminders(handle.db, { days: 60, origin: "https://aw.example" })).not.toContain(soon);
    expect(await sendExpiryReminders(handle.db, { days: 14, origin: "https://aw.example" })).not.toContain(soon);
    const emails = await listOutbox(handle.db, { limit: 200 });
    expect(emails.filter((e) => e.subject.includes(soon))).toHaveLength(1);
  });

  it("shows a revocation and its public reason on the public page and in the JSON status", async () => {
    const number = await certificate({ expiresInDays: 300 });
    const staff = await person([{ id: partnerA, role: "staff" }]);
    expect(
      await changeCertificateStatus(handle.db, { number, partnerIds: [partnerB], change: "revoke", reasonZh: "挂靠", reasonEn: null, actorUserId: staff }),
    ).toEqual({ ok: false, error: "notFound" });
    await changeCertificateStatus(handle.db, { number, partnerIds: [partnerA], change: "suspend", reasonZh: "正在核查举报", reasonEn: "Reports are being checked", actorUserId: staff });
    expect((await getPublicCertificate(handle.db, { number }))?.status).toBe("suspended");
    await changeCertificateStatus(handle.db, {
      number,
      partnerIds: [partnerA],
      change: "revoke",
      reasonZh: "举报属实：残疾职工只挂名不上岗。",
      reasonEn: "Upheld reports: disabled employees were on the payroll in name only.",
      actorUserId: staff,
    });
    const shown = await getPublicCertificate(handle.db, { number });
    expect(shown).toMatchObject({ status: "revoked", reason_en: "Upheld reports: disabled employees were on the payroll in name only." });
    expect(shown?.history.map((e) => e.status)).toEqual(["revoked", "suspended"]);
    const json = await getCertificateStatus(handle.db, { number });
    expect(json).toMatchObject({ number, status: "revoked", reason: { zh: "举报属实：残疾职工只挂名不上岗。" } });
    expect(await changeCertificateStatus(handle.db, { number, partnerIds: [partnerA], change: "reinstate", reasonZh: "x", reasonEn: null, actorUserId: staff })).toEqual({
      ok: false,
      error: "wrongStatus",
    });
    expect((await listAudit(handle.db, { action: "certificate.revoked", targetId: number })).length).toBe(1);
  });
});

describe("criteria versioning", () => {
  it("never changes a published version; a copy is a new draft that can be edited and published", async () => {
    const admin = await person([]);
    const published = await getPublishedVersion(handle.db);
    expect(published?.label).toBe("2026.1");
    const criterion = published?.criteria[0];
    if (!published || !criterion) throw new Error("no published version");
    const edit = { level: criterion.level, points: 99, evidence_required: true, veto: criterion.veto, text_zh: "改", text_en: "Changed", guidance_zh: null, guidance_en: null };
    expect(await updateDraftCriterion(handle.db, { versionId: published.id, criterionId: criterion.id, fields: edit, actorUserId: admin })).toEqual({
      ok: false,
      error: "notDraft",
    });
    expect(
      await updateDraftVersion(handle.db, { id: published.id, validityMonths: 36, thresholds: { committed: 1, accessible_employer: 1, inclusion_leader: 1 }, actorUserId: admin }),
    ).toEqual({ ok: false, error: "notDraft" });
    expect(await copyCriteriaVersion(handle.db, { fromId: published.id, label: "2026.1", actorUserId: admin })).toEqual({ ok: false, error: "labelTaken" });

    // An application started now keeps the version it started on.
    const app = await submittedApplication("committed");

    const copy = await copyCriteriaVersion(handle.db, { fromId: published.id, label: "2027.1", actorUserId: admin });
    if (!copy.ok) throw new Error("copy failed");
    const draft = await getCriteriaVersion(handle.db, { id: copy.id });
    expect(draft?.status).toBe("draft");
    expect(draft?.criteria.map((c) => c.code)).toEqual(published.criteria.map((c) => c.code));
    const copied = draft?.criteria.find((c) => c.code === criterion.code);
    if (!copied) throw new Error("criterion not copied");
    expect(await updateDraftCriterion(handle.db, { versionId: copy.id, criterionId: copied.id, fields: edit, actorUserId: admin })).toEqual({ ok: true });
    expect(await publishCriteriaVersion(handle.db, { id: copy.id, actorUserId: admin })).toEqual({ ok: true });

    expect((await getPublishedVersion(handle.db))?.label).toBe("2027.1");
    const old = await getCriteriaVersion(handle.db, { id: published.id });
    expect(old?.status).toBe("retired");
    expect(old?.criteria.find((c) => c.id === criterion.id)?.points).toBe(criterion.points);
    const stillOld = await getApplicationForReview(handle.db, { id: app.id, reviewer: await reviewerIn(partnerA) });
    expect(stillOld?.version.label).toBe("2026.1");
    expect(await publishCriteriaVersion(handle.db, { id: copy.id, actorUserId: admin })).toEqual({ ok: false, error: "notDraft" });
  });
});

describe("requesting changes in one transaction", () => {
  /** A submitted application taken by a fresh reviewer, with its R2 criterion. */
  async function underReview() {
    const app = await submittedApplication("committed");
    const reviewer = await reviewerIn(partnerA);
    expect(await assignToReviewer(handle.db, { id: app.id, reviewer })).toEqual({ ok: true });
    const r2 = app.criteria.find((c) => c.code === "R2");
    if (!r2) throw new Error("no R2");
    return { app, reviewer, r2 };
  }
  const review = async (id: number, criterionId: number) =>
    handle.db
      .selectFrom("certification_answer")
      .select(["review_verdict", "change_request"])
      .where("application_id", "=", id)
      .where("criterion_id", "=", criterionId)
      .executeTakeFirst();
  const status = async (id: number) =>
    (await handle.db.selectFrom("certification_application").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;
  const changesAudit = async (id: number) => (await listAudit(handle.db, { action: "certification.changes_requested", targetId: id })).length;

  it("saves the review and sends the application back together", async () => {
    const { app, reviewer, r2 } = await underReview();
    const items = [{ criterionId: r2.id, verdict: "agree" as const, points: null, reason: null, changeRequest: "The screenshot is unreadable." }];
    expect(await saveReviewAndRequestChanges(handle.db, { id: app.id, reviewer, items })).toEqual({ ok: true });
    expect(await review(app.id, r2.id)).toEqual({ review_verdict: "agree", change_request: "The screenshot is unreadable." });
    expect(await status(app.id)).toBe("changes_requested");
    expect(await changesAudit(app.id)).toBe(1);
  });

  it("keeps the saved review when there is nothing to send back, as saving alone does", async () => {
    const { app, reviewer, r2 } = await underReview();
    const items = [{ criterionId: r2.id, verdict: "agree" as const, points: null, reason: null, changeRequest: null }];
    expect(await saveReviewAndRequestChanges(handle.db, { id: app.id, reviewer, items })).toEqual({ ok: false, error: "noChangeRequests" });
    expect(await review(app.id, r2.id)).toEqual({ review_verdict: "agree", change_request: null });
    expect(await status(app.id)).toBe("under_review");
  });

  it("leaves neither the review nor the status change written when a step after the save fails", async () => {
    const { app, reviewer, r2 } = await underReview();
    const before = await review(app.id, r2.id);
    const failingAudit: typeof recordAudit = async () => {
      throw new Error("audit failed");
    };
    const items = [{ criterionId: r2.id, verdict: "adjust" as const, points: 0, reason: "No evidence.", changeRequest: "Please add the policy." }];
    await expect(saveReviewAndRequestChanges(handle.db, { id: app.id, reviewer, items }, { audit: failingAudit })).rejects.toThrow("audit failed");
    expect(await review(app.id, r2.id)).toEqual(before);
    expect(before?.change_request ?? null).toBeNull();
    expect(await status(app.id)).toBe("under_review");
    expect(await changesAudit(app.id)).toBe(0);
  });
});
