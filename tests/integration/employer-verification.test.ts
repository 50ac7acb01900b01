import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "~/models/audit.server";
import { changeOpeningStatus } from "~/services/opening-workflow.server";
import { createOpening } from "~/models/opening-workflow.server";
import { listRevisions } from "~/models/opening-revision.server";
import { type OpeningScope } from "~/models/opening-scope.server";
import { closeExpiredOpenings } from "~/models/opening-expiry.server";
import { listOutbox } from "~/models/outbox.server";
import { databaseFileStore } from "~/models/stored-file.server";
import { createUser, upsertMembership } from "~/models/user.server";
import { changeSuspension, decideVerification } from "~/services/verification.server";
import { getPublishedOpening } from "~/models/opening.server";
import { getPublicEmployer } from "~/models/organisation.server";
import { getEmployerVerification, getVerificationForReview, listPendingVerifications, readLicence, submitVerification } from "~/models/verification.server";
import { expireOpenings } from "~/services/jobs/expiry-worker.server";
import { DOCUMENT_OR_IMAGE, detectType } from "~/services/uploads.server";
import { openingFormSchema } from "~/validation/opening";
import { creditCodeProblem, normaliseCreditCode } from "~/utils/credit-code";
import { verificationDecisionSchema, verificationRequestSchema } from "~/validation/verification";
import type { DatabaseHandle } from "../../db/client";
import { demoLicencePdf } from "../../db/seed-data";
import { createOpening as createSeedOpening, createOrganisation } from "../support/factories";
import { PDF } from "../support/files";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let partner: number;
let otherPartner: number;
let staffUser: number;
let counter = 0;

async function newUser(locale: "zh-CN" | "en" = "zh-CN") {
  const user = await createUser(handle.db, {
    email: `verify-${++counter}-${Date.now()}@example.org`,
    passwordHash: "x",
    displayName: `用户${counter}`,
    preferredLocale: locale,
  });
  if (!user) throw new Error("user not created");
  return user;
}

/** A new unverified employer with two members, one reading Chinese and one English. */
async function newEmployer() {
  const employer = (await createOrganisation(handle.db, { verification_status: "unverified" })).id;
  const zh = await newUser("zh-CN");
  const en = await newUser("en");
  await upsertMembership(handle.db, { userId: zh.id, organisationId: employer, role: "owner" });
  await upsertMembership(handle.db, { userId: en.id, organisationId: employer, role: "member" });
  return { employer, member: zh, colleague: en };
}

const VALID_CODES = ["91350100M000100Y43", "91410100MA3X7K2Q5B", "91340100MA2T8B1L0P", "91110108MA01AB2C3T", "91320413MA1W3E4F66"];
let nextCode = 0;

/** A fresh valid code: a new 17-character base, completed by the one last character the check accepts. */
function freshCode(): string {
  const base = `9144030${String(100_000_000 + ++nextCode).slice(-9)}X`.slice(0, 17);
  const last = [..."0123456789ABCDEFGHJKLMNPQRTUWXY"].find((ch) => creditCodeProblem(base + ch) === null);
  return base + (last ?? "");
}

async function submit(employer: number, actor: number, overrides: { partnerId?: number; creditCode?: string } = {}) {
  return submitVerification(handle.db, databaseFileStore, {
    employerId: employer,
    partnerId: overrides.partnerId ?? partner,
    actorUserId: actor,
    creditCode: overrides.creditCode ?? freshCode(),
    note: "执照地址是旧址。",
    file: { name: "营业执照.pdf", contentType: "application/pdf", bytes: PDF },
  });
}

beforeAll(async () => {
  handle = await createTestDatabase();
  partner = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  otherPartner = (await createOrganisation(handle.db, { kind: "partner", partner_type: "employment_centre" })).id;
  staffUser = (await newUser()).id;
  await upsertMembership(handle.db, { userId: staffUser, organisationId: partner, role: "staff" });
});

afterAll(async () => {
  await handle?.close();
});

describe("unified social credit code (GB 32100-2015)", () => {
  it("accepts codes whose check character matches", () => {
    for (const code of VALID_CODES) expect(creditCodeProblem(code), code).toBeNull();
  });

  it("says what is wrong: length, characters or check character", () => {
    expect(creditCodeProblem("91350100M000100Y4")).toBe("length");
    expect(creditCodeProblem("91350100M000100Y4I")).toBe("characters");
    expect(creditCodeProblem("91350100M000100Y44")).toBe("checkDigit");
    expect(creditCodeProblem("91350100M000101Y43")).toBe("checkDigit");
  });

  it("takes the code as people type it: spaces, dashes, lower case and full-width characters", () => {
    expect(normaliseCreditCode(" 9135 0100-m000 100y43 ")).toBe("91350100M000100Y43");
    expect(normaliseCreditCode("９１３５０１００Ｍ０００１００Ｙ４３")).toBe("91350100M000100Y43");
  });

  it("validates the employer's form and the partner's decision with translated messages", () => {
    const empty = verificationRequestSchema.safeParse({});
    expect(empty.success).toBe(false);
    expect(empty.error?.issues.map((issue) => issue.message)).toEqual(["verification.errors.creditCodeRequired", "verification.errors.partnerRequired"]);
    const wrong = verificationRequestSchema.safeParse({ creditCode: "91350100M000100Y44", partnerId: "3" });
    expect(wrong.error?.issues.map((issue) => issue.message)).toEqual(["verification.errors.creditCode_checkDigit"]);
    expect(verificationRequestSchema.parse({ creditCode: "91350100m000100y43", partnerId: "3", note: "  " })).toEqual({
      creditCode: "91350100M000100Y43",
      partnerId: 3,
      note: null,
    });
    const reject = verificationDecisionSchema.safeParse({ decision: "reject", reason: " " });
    expect(reject.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["reason", "verification.errors.reasonRequired"]]);
    expect(verificationDecisionSchema.safeParse({}).error?.issues[0]?.message).toBe("verification.errors.decisionRequired");
    expect(verificationDecisionSchema.parse({ decision: "approve" })).toEqual({ decision: "approve", reason: null });
  });
});

describe("an employer asks a partner to verify it", () => {
  it("records the request with its licence and marks the employer pending, once", async () => {
    const { employer, member } = await newEmployer();
    const result = await submit(employer, member.id);
    expect(result.ok).toBe(true);
    const state = await getEmployerVerification(handle.db, { employerId: employer });
    expect(state?.employer.verification_status).toBe("pending");
    expect(state?.latest).toMatchObject({ status: "pending", file_name: "营业执照.pdf", file_size: PDF.byteLength });
    // While one waits, another is refused.
    expect(await submit(employer, member.id)).toEqual({ ok: false, error: "notAllowed" });
    const audit = await listAudit(handle.db, { action: "verification.submitted", targetId: employer });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_user_id).toBe(member.id);
  });

  it("refuses an unknown partner, or an employer as the partner", async () => {
    const { employer, member } = await newEmployer();
    expect(await submit(employer, member.id, { partnerId: 999_999 })).toEqual({ ok: false, error: "unknownPartner" });
    expect(await submit(employer, member.id, { partnerId: employer })).toEqual({ ok: false, error: "unknownPartner" });
    expect((await getEmployerVerification(handle.db, { employerId: employer }))?.employer.verification_status).toBe("unverified");
  });

  it("shows the request only to the partner it was sent to, in its queue and on the review page", async () => {
    const { employer, member } = await newEmployer();
    await submit(employer, member.id);
    expect((await listPendingVerifications(handle.db, { partnerId: partner })).map((row) => row.employer_id)).toContain(employer);
    expect((await listPendingVerifications(handle.db, { partnerId: otherPartner })).map((row) => row.employer_id)).not.toContain(employer);
    expect(await getVerificationForReview(handle.db, { employerId: employer, partnerIds: [partner] })).toMatchObject({ status: "pending" });
    expect(await getVerificationForReview(handle.db, { employerId: employer, partnerIds: [otherPartner] })).toBeUndefined();
    expect(await getVerificationForReview(handle.db, { employerId: employer, partnerIds: [] })).toBeUndefined();
  });

  it("serves the licence to the employer's members and the partner asked, and to nobody else", async () => {
    const { employer, member } = await newEmployer();
    const other = await newEmployer();
    const result = await submit(employer, member.id);
    if (!result.ok) throw new Error(result.error);
    const asMember = await readLicence(handle.db, databaseFileStore, { requestId: result.id, employerIds: [employer] });
    expect(Buffer.from(asMember?.bytes ?? []).equals(Buffer.from(PDF))).toBe(true);
    expect(await readLicence(handle.db, databaseFileStore, { requestId: result.id, partnerIds: [partner] })).toBeDefined();
    expect(await readLicence(handle.db, databaseFileStore, { requestId: result.id, employerIds: [other.employer] })).toBeUndefined();
    expect(await readLicence(handle.db, databaseFileStore, { requestId: result.id, partnerIds: [otherPartner] })).toBeUndefined();
    expect(await readLicence(handle.db, databaseFileStore, { requestId: result.id })).toBeUndefined();
  });
});

describe("a partner decides", () => {
  const decide = (requestId: number, decision: "approve" | "reject", reason: string | null, partnerIds = [partner]) =>
    decideVerification(handle.db, { requestId, partnerIds, actorUserId: staffUser, decision, reason, origin: "https://aw.example" });

  it("approves: the employer is verified, keeps its code, its members are emailed in their language, and it is audit-logged", async () => {
    const { employer, member, colleague } = await newEmployer();
    const code = "91110108MA01AB2C3T";
    await handle.db.updateTable("organisation").set({ credit_code: null }).where("credit_code", "=", code).execute();
    const request = await submit(employer, member.id, { creditCode: code });
    if (!request.ok) throw new Error(request.error);
    // Another partner cannot decide it: to them it does not exist.
    expect(await decide(request.id, "approve", null, [otherPartner])).toEqual({ ok: false, error: "notFound" });
    expect(await decide(request.id, "approve", null)).toEqual({ ok: true, status: "verified" });
    const state = await getEmployerVerification(handle.db, { employerId: employer });
    expect(state?.employer).toMatchObject({ verification_status: "verified", credit_code: code });
    expect(state?.employer.verified_at).toBeTruthy();
    const zh = await listOutbox(handle.db, { to: member.email });
    expect(zh[0]?.subject).toBe("无碍就业：你们的单位已通过核实");
    expect(zh[0]?.body_text).toContain("https://aw.example/employer/verification");
    const en = await listOutbox(handle.db, { to: colleague.email });
    expect(en[0]?.subject).toBe("AccessWork: your organisation is verified");
    const audit = await listAudit(handle.db, { action: "verification.approved", targetId: employer });
    expect(audit[0]?.actor_user_id).toBe(staffUser);
    // Decided once only.
    expect(await decide(request.id, "reject", "重复")).toEqual({ ok: false, error: "alreadyDecided" });
  });

  it("rejects with a reason the employer reads, after which it may send the licence again", async () => {
    const { employer, member, colleague } = await newEmployer();
    const request = await submit(employer, member.id);
    if (!request.ok) throw new Error(request.error);
    expect(await decide(request.id, "reject", null)).toEqual({ ok: false, error: "notAllowed" });
    expect(await decide(request.id, "reject", "执照照片模糊，看不清名称。")).toEqual({ ok: true, status: "rejected" });
    const state = await getEmployerVerification(handle.db, { employerId: employer });
    expect(state?.employer.verification_status).toBe("rejected");
    expect(state?.latest).toMatchObject({ status: "rejected", decision_reason: "执照照片模糊，看不清名称。" });
    const en = await listOutbox(handle.db, { to: colleague.email });
    expect(en[0]?.subject).toBe("AccessWork: we couldn't verify your organisation");
    expect(en[0]?.body_text).toContain("执照照片模糊，看不清名称。");
    const audit = await listAudit(handle.db, { action: "verification.rejected", targetId: employer });
    expect(audit[0]?.details).toMatchObject({ reason: "执照照片模糊，看不清名称。" });
    const again = await submit(employer, member.id);
    expect(again.ok).toBe(true);
    expect((await getEmployerVerification(handle.db, { employerId: employer }))?.employer.verification_status).toBe("pending");
  });

  it("refuses a code another verified organisation already holds", async () => {
    const first = await newEmployer();
    const second = await newEmployer();
    const code = "91320413MA1W3E4F66";
    await handle.db.updateTable("organisation").set({ credit_code: null }).where("credit_code", "=", code).execute();
    const request = await submit(first.employer, first.member.id, { creditCode: code });
    if (!request.ok) throw new Error(request.error);
    await decide(request.id, "approve", null);
    expect(await submit(second.employer, second.member.id, { creditCode: code })).toEqual({ ok: false, error: "creditCodeTaken" });
  });

  it("gates publishing: refused while the employer waits, allowed once it is verified", async () => {
    const { employer, member } = await newEmployer();
    const request = await submit(employer, member.id);
    if (!request.ok) throw new Error(request.error);
    const fields = openingFormSchema({ today: "2026-01-01" }).parse({
      title_zh: "在线文字客服",
      description_zh: "用文字回复顾客的问题。",
      work_arrangement: "remote",
      employment_form: "flexible",
      hours_min: "10",
      hours_max: "20",
      schedule: "flexible",
      pay_min: "25",
      pay_max: "40",
      pay_unit: "hour",
    });
    const draft = await createOpening(handle.db, { actorUserId: staffUser, employerId: employer, partnerId: partner, fields });
    if (!draft.ok) throw new Error(draft.error);
    const scope: OpeningScope = { kind: "partner", organisationIds: [partner] };
    expect(await changeOpeningStatus(handle.db, { id: draft.id, scope, actorUserId: staffUser, action: "publish" })).toEqual({
      ok: false,
      error: "employerNotVerified",
    });
    await decide(request.id, "approve", null);
    expect(await changeOpeningStatus(handle.db, { id: draft.id, scope, actorUserId: staffUser, action: "publish" })).toMatchObject({
      ok: true,
      status: "published",
    });
  });
});

describe("the demo licence", () => {
  it("is a PDF the upload check accepts, with a cross-reference table that points at its objects", async () => {
    const pdf = demoLicencePdf(["Name: Test (demo)"]);
    const text = new TextDecoder().decode(pdf);
    expect(text.startsWith("%PDF-1.4")).toBe(true);
    const xref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xref, xref + 4)).toBe("xref");
    const firstOffset = Number(/0000000000 65535 f \n(\d{10})/.exec(text)?.[1]);
    expect(text.slice(firstOffset, firstOffset + 7)).toBe("1 0 obj");
    expect(await detectType(pdf, DOCUMENT_OR_IMAGE)).toBe("application/pdf");
  });
});

describe("openings expire after their closing date", () => {
  it("closes published openings past their deadline with an 'expired' revision, once, leaving the rest", async () => {
    const employer = (await createOrganisation(handle.db)).id;
    const past = await createSeedOpening(handle.db, { employerId: employer, partnerId: partner, status: "published", deadline: "2026-03-01" });
    const today = await createSeedOpening(handle.db, { employerId: employer, partnerId: partner, status: "published", deadline: "2026-03-10" });
    const none = await createSeedOpening(handle.db, { employerId: employer, partnerId: partner, status: "published", deadline: null });
    const draft = await createSeedOpening(handle.db, { employerId: employer, partnerId: partner, status: "draft", deadline: "2026-03-01" });
    const closed = await createSeedOpening(handle.db, { employerId: employer, partnerId: partner, status: "closed", deadline: "2026-03-01" });

    const ids = await closeExpiredOpenings(handle.db, { today: "2026-03-10" });
    expect(ids).toContain(past.id);
    for (const other of [today, none, draft, closed]) expect(ids).not.toContain(other.id);
    const status = async (id: number) =>
      (await handle.db.selectFrom("opening").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;
    expect(await status(past.id)).toBe("closed");
    expect(await status(today.id)).toBe("published");
    expect(await status(draft.id)).toBe("draft");
    expect((await listRevisions(handle.db, { openingId: past.id }))[0]).toMatchObject({
      action: "expired",
      actor_name: null,
      changes: { status: { from: "published", to: "closed" } },
    });
    // A second run (or a second instance) finds nothing more to do.
    expect(await closeExpiredOpenings(handle.db, { today: "2026-03-10" })).toEqual([]);
    expect((await listRevisions(handle.db, { openingId: past.id })).filter((r) => r.action === "expired")).toHaveLength(1);
  });

  it("is safe when two instances run it at the same moment", async () => {
    const employer = (await createOrganisation(handle.db)).id;
    const openings = await Promise.all(
      [1, 2, 3].map(() => createSeedOpening(handle.db, { employerId: employer, partnerId: partner, status: "published", deadline: "2026-04-01" })),
    );
    const [a, b] = await Promise.all([
      closeExpiredOpenings(handle.db, { today: "2026-04-02" }),
      closeExpiredOpenings(handle.db, { today: "2026-04-02" }),
    ]);
    const all = [...a, ...b].filter((id) => openings.some((o) => o.id === id));
    expect(all.sort()).toEqual(openings.map((o) => o.id).sort());
    for (const opening of openings) {
      expect((await listRevisions(handle.db, { openingId: opening.id })).filter((r) => r.action === "expired")).toHaveLength(1);
    }
  });

  it("reads the date in China time and audit-logs each round that closed something", async () => {
    const employer = (await createOrganisation(handle.db)).id;
    const opening = await createSeedOpening(handle.db, { employerId: employer, partnerId: partner, status: "published", deadline: "2026-05-01" });
    // 2026-05-01 17:00 UTC is already 2 May in China: the 1 May deadline has passed.
    const ids = await expireOpenings(handle.db, new Date("2026-05-01T17:00:00Z"));
    expect(ids).toContain(opening.id);
    const audit = await listAudit(handle.db, { action: "opening.expired" });
    expect((audit[0]?.details as { ids: number[] }).ids).toContain(opening.id);
    expect(await expireOpenings(handle.db, new Date("2026-05-01T17:00:00Z"))).toEqual([]);
  });
});

describe("suspending a verification (issue 19, item 1)", () => {
  it("takes the employer's openings off the public list at once, shows the public reason, tells its members, and can be reinstated", async () => {
    const { employer, member, colleague } = await newEmployer();
    const sent = await submit(employer, member.id);
    if (!sent.ok) throw new Error(sent.error);
    expect((await decideVerification(handle.db, { requestId: sent.id, partnerIds: [partner], actorUserId: staffUser, decision: "approve", reason: null, origin: "https://aw.example" })).ok).toBe(true);
    const opening = await createSeedOpening(handle.db, { employerId: employer, partnerId: partner, status: "published", title_zh: "暂停测试职位" });
    const isPublic = async () => (await getPublishedOpening(handle.db, { id: opening.id })) !== undefined;
    expect(await isPublic()).toBe(true);
    const slug = (await handle.db.selectFrom("organisation").select("slug").where("id", "=", employer).executeTakeFirstOrThrow()).slug;

    // Only the partner that verified it may suspend it, and only with a reason.
    const change = (suspend: boolean, partnerIds: number[], reason: string | null) =>
      changeSuspension(handle.db, { employerId: employer, partnerIds, actorUserId: staffUser, suspend, reason, origin: "https://aw.example" });
    expect(await change(true, [otherPartner], "冒名招聘")).toEqual({ ok: false, error: "notFound" });
    expect(await change(true, [partner], null)).toEqual({ ok: false, error: "notAllowed" });
    expect(await change(false, [partner], null)).toEqual({ ok: false, error: "notAllowed" });

    expect(await change(true, [partner], "多名求职者反映被要求先交培训费。")).toEqual({ ok: true });
    expect(await isPublic()).toBe(false);
    expect(await getPublicEmployer(handle.db, { slug })).toMatchObject({ verification_status: "suspended", suspension_reason: "多名求职者反映被要求先交培训费。" });
    const zhMail = (await listOutbox(handle.db, { to: member.email }))[0];
    expect(zhMail?.subject).toBe("无碍就业：你们单位的核实已被暂停");
    expect(zhMail?.body_text).toContain("多名求职者反映被要求先交培训费。");
    expect((await listOutbox(handle.db, { to: colleague.email }))[0]?.subject).toBe("AccessWork: your organisation's verification has been suspended");
    // A suspended employer cannot be suspended again.
    expect(await change(true, [partner], "again")).toEqual({ ok: false, error: "notAllowed" });

    expect(await change(false, [partner], null)).toEqual({ ok: true });
    expect(await isPublic()).toBe(true);
    expect(await getPublicEmployer(handle.db, { slug })).toMatchObject({ verification_status: "verified", suspension_reason: null });
    expect((await listOutbox(handle.db, { to: member.email }))[0]?.subject).toBe("无碍就业：你们单位的核实已恢复");
    const audit = await listAudit(handle.db, { targetId: employer });
    expect(audit.map((entry) => entry.action).slice(0, 2)).toEqual(["verification.reinstated", "verification.suspended"]);
  });
});
