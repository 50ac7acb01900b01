import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "~/models/audit.server";
import { getPublishedOpening, listPublishedOpenings } from "~/models/opening.server";
import { availableActions, createOpening, duplicateOpening, updateOpening } from "~/models/opening-workflow.server";
import { changeOpeningStatus } from "~/services/opening-workflow.server";
import { countPartnerAttention, getScopedOpening, listPartnerEmployers, listScopedOpenings, workspaceStatus, type OpeningFields, type OpeningScope } from "~/models/opening-scope.server";
import { listRevisions } from "~/models/opening-revision.server";
import { listOutbox } from "~/models/outbox.server";
import { createUser, upsertMembership } from "~/models/user.server";
import { openingFormSchema } from "~/validation/opening";
import type { DatabaseHandle } from "../../db/client";
import { createOpening as createSeedOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let partner: number;
let otherPartner: number;
let employer: number;
let otherEmployer: number;
let unverifiedEmployer: number;
let staffUser: number;
let employerUser: number;
let staff: OpeningScope;
let otherStaff: OpeningScope;
let member: OpeningScope;
let otherMember: OpeningScope;
let counter = 0;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function newUser(locale: "zh-CN" | "en" = "zh-CN") {
  const user = await createUser(handle.db, {
    email: `workflow-${++counter}-${Date.now()}@example.org`,
    passwordHash: "x",
    displayName: `用户${counter}`,
    preferredLocale: locale,
  });
  if (!user) throw new Error("user not created");
  return user;
}

/** A complete, valid opening as the editor would send it, through the real form schema. */
function fields(overrides: Record<string, string> = {}): OpeningFields {
  const parsed = openingFormSchema({ today: daysFromNow(0) }).parse({
    title_zh: "在线文字客服（测试）",
    title_en: "Online text support (test)",
    description_zh: "用文字回复顾客的问题。",
    work_arrangement: "remote",
    employment_form: "flexible",
    hours_min: "10",
    hours_max: "20",
    schedule: "flexible",
    text_only_possible: "on",
    pay_min: "25",
    pay_max: "40",
    pay_unit: "hour",
    deadline: daysFromNow(30),
    ...overrides,
  });
  return parsed;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const { db } = handle;
  partner = (await createOrganisation(db, { kind: "partner", partner_type: "employment_centre" })).id;
  otherPartner = (await createOrganisation(db, { kind: "partner", partner_type: "federation" })).id;
  employer = (await createOrganisation(db, { name_zh: "明线测试公司（示例）", name_en: "Brightline Test Co. (demo)" })).id;
  otherEmployer = (await createOrganisation(db)).id;
  unverifiedEmployer = (await createOrganisation(db, { verification_status: "pending" })).id;
  staffUser = (await newUser()).id;
  await upsertMembership(db, { userId: staffUser, organisationId: partner, role: "staff" });
  employerUser = (await newUser("en")).id;
  await upsertMembership(db, { userId: employerUser, organisationId: employer, role: "owner" });
  staff = { kind: "partner", organisationIds: [partner] };
  otherStaff = { kind: "partner", organisationIds: [otherPartner] };
  member = { kind: "employer", organisationIds: [employer] };
  otherMember = { kind: "employer", organisationIds: [otherEmployer] };
});

afterAll(async () => {
  await handle?.close();
});

async function staffDraft(overrides: Record<string, string> = {}, employerId = employer) {
  const result = await createOpening(handle.db, { actorUserId: staffUser, employerId, partnerId: partner, fields: fields(overrides) });
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

describe("staff post openings", () => {
  it("saves a draft that nobody else can see, with a 'created' revision and an audit entry", async () => {
    const id = await staffDraft();
    const opening = await getScopedOpening(handle.db, { id, scope: staff });
    expect(opening?.status).toBe("draft");
    expect(opening?.remote_anywhere).toBe(true);
    expect(await getPublishedOpening(handle.db, { id })).toBeUndefined();
    expect((await listRevisions(handle.db, { openingId: id })).map((r) => [r.action, r.actor_name])).toEqual([["created", expect.any(String)]]);
    const audit = await listAudit(handle.db, { action: "opening.created" });
    expect(audit.some((entry) => entry.target_id === String(id) && entry.actor_user_id === staffUser)).toBe(true);
  });

  it("publishes a verified employer's draft: public at once and found by search", async () => {
    const id = await staffDraft({ title_zh: "手语视频审核员", title_en: "Sign language video reviewer" });
    const result = await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "publish" });
    expect(result).toEqual({ ok: true, id, status: "published" });
    expect((await getPublishedOpening(handle.db, { id }))?.published_at).toBeTruthy();
    const { items } = await listPublishedOpenings(handle.db, { q: "视频审核" });
    expect(items.map((item) => item.id)).toContain(id);
    expect((await listRevisions(handle.db, { openingId: id }))[0]).toMatchObject({ action: "published", changes: { status: { from: "draft", to: "published" } } });
  });

  it("refuses to publish for an employer that is not verified", async () => {
    const id = await staffDraft({}, unverifiedEmployer);
    const result = await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "publish" });
    expect(result).toEqual({ ok: false, error: "employerNotVerified" });
    expect((await getScopedOpening(handle.db, { id, scope: staff }))?.status).toBe("draft");
  });

  it("keeps a revision of every edit with old and new values, and keeps search in step", async () => {
    const id = await staffDraft({ title_zh: "远程校对员", title_en: "" });
    await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "publish" });
    const result = await updateOpening(handle.db, {
      id,
      scope: staff,
      actorUserId: staffUser,
      fields: fields({ title_zh: "远程字幕听写员", title_en: "", pay_max: "45" }),
    });
    expect(result).toMatchObject({ ok: true, status: "published", changed: true });
    const [edit] = await listRevisions(handle.db, { openingId: id });
    expect(edit?.action).toBe("edited");
    expect(edit?.changes).toMatchObject({
      title_zh: { from: "远程校对员", to: "远程字幕听写员" },
      pay_max_minor: { from: 4000, to: 4500 },
    });
    expect(Object.keys(edit?.changes ?? {})).not.toContain("description_zh");
    // Staff edits to a published opening show at once; the search finds the new title, not the old.
    expect((await listPublishedOpenings(handle.db, { q: "字幕听写" })).items.map((item) => item.id)).toContain(id);
    expect((await listPublishedOpenings(handle.db, { q: "远程校对" })).items.map((item) => item.id)).not.toContain(id);

    const again = await updateOpening(handle.db, { id, scope: staff, actorUserId: staffUser, fields: fields({ title_zh: "远程字幕听写员", title_en: "", pay_max: "45" }) });
    expect(again).toMatchObject({ ok: true, changed: false });
    expect(await listRevisions(handle.db, { openingId: id })).toHaveLength(3);
  });

  it("closes and reopens, but not once the deadline has passed", async () => {
    const id = await staffDraft();
    await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "publish" });
    expect((await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "close" })).ok).toBe(true);
    expect(await getPublishedOpening(handle.db, { id })).toBeUndefined();
    expect(availableActions("partner", "closed")).toEqual(["reopen"]);
    expect(await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "reopen" })).toMatchObject({ ok: true, status: "published" });
    expect(await getPublishedOpening(handle.db, { id })).toBeDefined();

    await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "close" });
    await handle.db.updateTable("opening").set({ deadline: daysFromNow(-1) }).where("id", "=", id).execute();
    expect(await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "reopen" })).toEqual({ ok: false, error: "deadlinePassed" });
  });

  it("counts a published opening past its deadline as expired, never public, and as needing attention", async () => {
    const before = await countPartnerAttention(handle.db, { partnerId: partner });
    const id = await staffDraft();
    await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "publish" });
    await handle.db.updateTable("opening").set({ deadline: sql<string>`current_date - 1` }).where("id", "=", id).execute();
    const opening = await getScopedOpening(handle.db, { id, scope: staff });
    expect(opening && workspaceStatus(opening)).toBe("expired");
    expect(await getPublishedOpening(handle.db, { id })).toBeUndefined();
    const listed = (await listScopedOpenings(handle.db, { scope: staff, organisationId: partner })).find((o) => o.id === id);
    expect(listed?.expired).toBe(true);
    const after = await countPartnerAttention(handle.db, { partnerId: partner });
    expect(after.expired).toBe(before.expired + 1);
  });

  it("duplicates into a new draft titled as a copy, recording where it came from", async () => {
    const id = await staffDraft({ title_zh: "数据标注员", title_en: "Data annotator" });
    await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "publish" });
    const copy = await duplicateOpening(handle.db, { id, scope: staff, actorUserId: staffUser });
    if (!copy.ok) throw new Error(copy.error);
    const opening = await getScopedOpening(handle.db, { id: copy.id, scope: staff });
    expect(opening).toMatchObject({ status: "draft", title_zh: "数据标注员（副本）", title_en: "Data annotator (copy)", employer_id: employer });
    expect(await listRevisions(handle.db, { openingId: copy.id })).toMatchObject([{ action: "duplicated", changes: { id: { from: id, to: copy.id } } }]);
  });

  it("lists the employers a partner works with and the partner's openings only", async () => {
    const employers = await listPartnerEmployers(handle.db, { partnerId: partner });
    expect(employers.map((e) => e.id).sort()).toEqual([employer, unverifiedEmployer].sort());
    const foreign = await createSeedOpening(handle.db, { employerId: otherEmployer, partnerId: otherPartner });
    const mine = await listScopedOpenings(handle.db, { scope: staff, organisationId: partner });
    expect(mine.map((o) => o.id)).not.toContain(foreign.id);
    // Asking for another partner's list through your own scope gives nothing.
    expect(await listScopedOpenings(handle.db, { scope: staff, organisationId: otherPartner })).toEqual([]);
  });
});

describe("employers submit, partners review", () => {
  async function employerDraft(overrides: Record<string, string> = {}) {
    const result = await createOpening(handle.db, { actorUserId: employerUser, employerId: employer, partnerId: partner, fields: fields(overrides) });
    if (!result.ok) throw new Error(result.error);
    return result.id;
  }

  it("employers can submit but never publish; staff approve and it goes public", async () => {
    const id = await employerDraft();
    expect(availableActions("employer", "draft")).toEqual(["submit"]);
    expect(await changeOpeningStatus(handle.db, { id, scope: member, actorUserId: employerUser, action: "publish" })).toEqual({ ok: false, error: "notAllowed" });
    expect(await changeOpeningStatus(handle.db, { id, scope: member, actorUserId: employerUser, action: "submit" })).toMatchObject({ ok: true, status: "pending_review" });
    expect((await getScopedOpening(handle.db, { id, scope: staff }))?.submitted_at).toBeTruthy();
    expect(await getPublishedOpening(handle.db, { id })).toBeUndefined();
    expect((await countPartnerAttention(handle.db, { partnerId: partner })).pending_review).toBeGreaterThanOrEqual(1);

    expect(await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "approve" })).toMatchObject({ ok: true, status: "published" });
    expect(await getPublishedOpening(handle.db, { id })).toBeDefined();
    expect((await listRevisions(handle.db, { openingId: id })).map((r) => r.action)).toEqual(["approved", "submitted", "created"]);
  });

  it("staff return an opening with a reason: back to draft, the employer sees why and is emailed in their language", async () => {
    const id = await employerDraft({ title_zh: "", title_en: "Image tagger" });
    await changeOpeningStatus(handle.db, { id, scope: member, actorUserId: employerUser, action: "submit" });
    expect(await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "return", reason: null })).toEqual({ ok: false, error: "notAllowed" });
    const reason = "Please remove the line asking applicants to buy their own mouse.";
    const result = await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "return", reason, origin: "https://aw.example" });
    expect(result).toMatchObject({ ok: true, status: "draft" });
    expect((await getScopedOpening(handle.db, { id, scope: member }))?.review_note).toBe(reason);
    const [email] = await listOutbox(handle.db, { limit: 1 });
    expect(email?.subject).toBe("AccessWork: your opening needs changes");
    expect(email?.body_text).toContain(reason);
    expect(email?.body_text).toContain(`https://aw.example/employer/openings/${id}`);
    // Resubmitting clears the note.
    await changeOpeningStatus(handle.db, { id, scope: member, actorUserId: employerUser, action: "submit" });
    expect((await getScopedOpening(handle.db, { id, scope: member }))?.review_note).toBeNull();
  });

  it("an employer's edit to a published opening takes it down until a partner approves it again", async () => {
    const id = await employerDraft();
    await changeOpeningStatus(handle.db, { id, scope: member, actorUserId: employerUser, action: "submit" });
    await changeOpeningStatus(handle.db, { id, scope: staff, actorUserId: staffUser, action: "approve" });
    const result = await updateOpening(handle.db, { id, scope: member, actorUserId: employerUser, fields: fields({ pay_min: "30" }) });
    expect(result).toMatchObject({ ok: true, status: "pending_review", changed: true });
    expect(await getPublishedOpening(handle.db, { id })).toBeUndefined();
    expect((await listRevisions(handle.db, { openingId: id })).slice(0, 2).map((r) => r.action)).toEqual(["submitted", "edited"]);
  });

  it("an employer cannot move a submitted opening to another partner", async () => {
    const id = await employerDraft();
    await changeOpeningStatus(handle.db, { id, scope: member, actorUserId: employerUser, action: "submit" });
    const result = await updateOpening(handle.db, { id, scope: member, actorUserId: employerUser, fields: fields(), partnerId: otherPartner });
    expect(result).toEqual({ ok: false, error: "notAllowed" });
  });
});

describe("object-level authorisation", () => {
  it("treats another partner's or another employer's opening as missing, for every read and write", async () => {
    const id = await staffDraft();
    for (const scope of [otherStaff, otherMember, { kind: "partner", organisationIds: [] } as OpeningScope]) {
      expect(await getScopedOpening(handle.db, { id, scope })).toBeUndefined();
      expect(await updateOpening(handle.db, { id, scope, actorUserId: staffUser, fields: fields({ title_zh: "被篡改" }) })).toEqual({ ok: false, error: "notFound" });
      expect(await duplicateOpening(handle.db, { id, scope, actorUserId: staffUser })).toEqual({ ok: false, error: "notFound" });
    }
    expect(await changeOpeningStatus(handle.db, { id, scope: otherStaff, actorUserId: staffUser, action: "publish" })).toEqual({ ok: false, error: "notFound" });
    expect((await getScopedOpening(handle.db, { id, scope: staff }))?.title_zh).toBe("在线文字客服（测试）");
    // The employer the opening is for may see it too, through their own scope.
    expect(await getScopedOpening(handle.db, { id, scope: member })).toBeDefined();
  });

  it("refuses an employer or partner id that is not an organisation of that kind", async () => {
    expect(await createOpening(handle.db, { actorUserId: staffUser, employerId: partner, partnerId: partner, fields: fields() })).toEqual({
      ok: false,
      error: "unknownOrganisation",
    });
    const id = await staffDraft();
    expect(await updateOpening(handle.db, { id, scope: staff, actorUserId: staffUser, fields: fields(), employerId: otherPartner })).toEqual({
      ok: false,
      error: "unknownOrganisation",
    });
  });
});
