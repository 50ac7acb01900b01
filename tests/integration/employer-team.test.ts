import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "~/models/audit.server";
import { acceptInvitation, acceptInvitationAsNewUser, getInvitation, listPendingInvitations } from "~/models/invitation.server";
import { getOrganisationMember, listOrganisationMembers } from "~/models/organisation.server";
import { listOutbox } from "~/models/outbox.server";
import { listPublicRecruiters, setRecruiterListing } from "~/models/recruiter.server";
import { createMobileUser, createUser, getUserById, upsertMembership } from "~/models/user.server";
import { addEmployerOnBehalf, changeTeamRole, inviteToTeam, partnerVerifiesEmployers, removeFromTeam, teamChange } from "~/services/employer-team.server";
import { getEmployerVerification } from "~/models/verification.server";
import { listPartnerEmployers } from "~/models/opening-scope.server";
import type { DatabaseHandle } from "../../db/client";
import { freshCreditCode } from "../support/credit-codes";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// An employer runs its own team (issue 19, item 1): its managers invite colleagues by email, change
// their roles and remove them; nobody changes themselves or the owner, and every change is logged.

let handle: DatabaseHandle;
let counter = 0;

async function person(organisationId: number, role: "owner" | "manager" | "member", displayName = `同事${counter + 1}`) {
  const user = await createUser(handle.db, { email: `team${++counter}-${Date.now()}@example.org`, passwordHash: "x", displayName, preferredLocale: "zh-CN" });
  if (!user) throw new Error("user not created");
  await upsertMembership(handle.db, { userId: user.id, organisationId, role });
  return user;
}

beforeAll(async () => {
  handle = await createTestDatabase();
});

afterAll(async () => {
  await handle.close();
});

describe("an employer's team", () => {
  it("a manager invites a colleague by email, who joins with the role chosen", async () => {
    const employer = await createOrganisation(handle.db, { kind: "employer", name_zh: "团队测试科技", name_en: null });
    const owner = await person(employer.id, "owner");
    const address = `new-colleague-${Date.now()}@example.org`;
    const organisation = { id: employer.id, name_zh: "团队测试科技", name_en: null };
    expect(await inviteToTeam(handle.db, { actorUserId: owner.id, organisation, contact: { email: address }, role: "member", origin: "https://aw.example" })).toBe("invited");

    // The email is the employer's own wording, in both languages, with a one-time link.
    const [mail] = await listOutbox(handle.db, { to: address });
    expect(mail?.subject).toContain("邀请你加入团队测试科技");
    expect(mail?.body_text).toContain("团队测试科技的同事邀请你加入单位在无碍就业的招聘团队，角色是“招聘人员”");
    expect(mail?.body_text).toContain("with the role “Recruiter”");
    expect(mail?.body_text).not.toContain("平台管理员");
    const token = /https:\/\/aw\.example\/invite\/(\S+)/.exec(mail?.body_text ?? "")?.[1];
    expect(token).toBeTruthy();
    expect((await listPendingInvitations(handle.db, { organisationId: employer.id })).map((i) => [i.email, i.role])).toEqual([[address, "member"]]);

    const joiner = await createUser(handle.db, { email: address, passwordHash: "x", displayName: "新同事", preferredLocale: "zh-CN" });
    if (!joiner || !token) throw new Error("setup failed");
    expect(await acceptInvitation(handle.db, { token, userId: joiner.id, email: address })).toEqual({ organisationId: employer.id, role: "member" });
    expect((await getOrganisationMember(handle.db, { organisationId: employer.id, userId: joiner.id }))?.role).toBe("member");

    // Inviting someone already in the team sends nothing.
    expect(await inviteToTeam(handle.db, { actorUserId: owner.id, organisation, contact: { email: address.toUpperCase() }, role: "manager", origin: "https://aw.example" })).toBe("member");
    expect(await listOutbox(handle.db, { to: address })).toHaveLength(1);
    const sent = await listAudit(handle.db, { action: "invitation.sent", targetId: employer.id });
    expect(sent.map((e) => [e.actor_user_id, e.details])).toEqual([[owner.id, { role: "member", by: "email" }]]);
  });

  it("a manager invites a colleague by mobile number: a text with the link, and only that number's account joins", async () => {
    const employer = await createOrganisation(handle.db, { kind: "employer", name_zh: "短信邀请科技", name_en: "SMS Invite Tech" });
    const owner = await person(employer.id, "owner");
    const organisation = { id: employer.id, name_zh: "短信邀请科技", name_en: "SMS Invite Tech" };
    const mobile = `139${String(Date.now()).slice(-8)}`;
    expect(await inviteToTeam(handle.db, { actorUserId: owner.id, organisation, contact: { mobile }, role: "manager", origin: "https://aw.example" })).toBe("invited");

    // One text to the number, in both languages, with the link once; no email to anyone.
    const texts = await listOutbox(handle.db, { to: mobile });
    expect(texts.map((m) => m.channel)).toEqual(["sms"]);
    expect(texts[0]?.body_text).toContain("【无碍就业】短信邀请科技邀请你以“管理员”加入");
    expect(texts[0]?.body_text).toContain("SMS Invite Tech invites you to join as Manager");
    const links = (texts[0]?.body_text ?? "").match(/https:\/\/aw\.example\/invite\/(\S+)/g) ?? [];
    expect(links).toHaveLength(1);
    const token = links[0]?.split("/invite/")[1] ?? "";
    expect(await getInvitation(handle.db, { token })).toMatchObject({ email: null, mobile, role: "manager" });
    expect((await listPendingInvitations(handle.db, { organisationId: employer.id })).map((i) => [i.email, i.mobile, i.role])).toEqual([[null, mobile, "manager"]]);

    // An account with an email address (and no such number) cannot take it.
    const stranger = await person(employer.id, "member");
    expect(await acceptInvitation(handle.db, { token, userId: stranger.id, email: stranger.email, mobile: null })).toBeNull();

    // Someone new opens the link: an account for that number, proven by the text, joined as manager.
    const created = await acceptInvitationAsNewUser(handle.db, { token, displayName: "李雯", passwordHash: "hash", preferredLocale: "zh-CN" });
    if (!created || created === "exists") throw new Error(`not created: ${String(created)}`);
    expect(created).toMatchObject({ organisationId: employer.id, role: "manager" });
    const account = await getUserById(handle.db, { id: created.userId });
    expect(account).toMatchObject({ email: null, mobile, notify_by_sms: true });
    expect(account?.mobile_verified_at).toBeTruthy();
    expect((await getOrganisationMember(handle.db, { organisationId: employer.id, userId: created.userId }))?.role).toBe("manager");

    // Inviting the number again finds them in the team and sends nothing.
    expect(await inviteToTeam(handle.db, { actorUserId: owner.id, organisation, contact: { mobile }, role: "member", origin: "https://aw.example" })).toBe("member");
    expect(await listOutbox(handle.db, { to: mobile })).toHaveLength(1);
  });

  it("an existing mobile account accepts an invitation sent to its number", async () => {
    const employer = await createOrganisation(handle.db, { kind: "employer", name_zh: "已有账户科技", name_en: null });
    const owner = await person(employer.id, "owner");
    const mobile = `137${String(Date.now()).slice(-8)}`;
    const joiner = await createMobileUser(handle.db, { mobile, passwordHash: "x", displayName: "周敏", preferredLocale: "zh-CN" });
    if (!joiner) throw new Error("setup failed");
    await inviteToTeam(handle.db, { actorUserId: owner.id, organisation: { id: employer.id, name_zh: "已有账户科技", name_en: null }, contact: { mobile }, role: "member", origin: "https://aw.example" });
    const token = /\/invite\/(\S+)/.exec((await listOutbox(handle.db, { to: mobile }))[0]?.body_text ?? "")?.[1] ?? "";
    // The new-account path refuses: the number already has an account, which must sign in.
    expect(await acceptInvitationAsNewUser(handle.db, { token, displayName: "冒名", passwordHash: "hash", preferredLocale: "zh-CN" })).toBe("exists");
    expect(await acceptInvitation(handle.db, { token, userId: joiner.id, email: null, mobile })).toEqual({ organisationId: employer.id, role: "member" });
    expect((await getOrganisationMember(handle.db, { organisationId: employer.id, userId: joiner.id }))?.role).toBe("member");
  });

  it("roles change and people leave, but never oneself or the owner; each change is in the audit log", async () => {
    const employer = await createOrganisation(handle.db, { kind: "employer" });
    const owner = await person(employer.id, "owner");
    const manager = await person(employer.id, "manager");
    const recruiter = await person(employer.id, "member", "王芳");
    const outsider = await person((await createOrganisation(handle.db, { kind: "employer" })).id, "member");
    const team = { organisationId: employer.id };

    expect(teamChange(manager.id, { user_id: manager.id, role: "manager" })).toBe("self");
    expect(teamChange(manager.id, { user_id: owner.id, role: "owner" })).toBe("owner");
    expect(await changeTeamRole(handle.db, { ...team, actorUserId: manager.id, userId: owner.id, role: "member" })).toBe("owner");
    expect(await changeTeamRole(handle.db, { ...team, actorUserId: manager.id, userId: manager.id, role: "member" })).toBe("self");
    expect(await removeFromTeam(handle.db, { ...team, actorUserId: manager.id, userId: owner.id })).toBe("owner");
    expect(await removeFromTeam(handle.db, { ...team, actorUserId: owner.id, userId: owner.id })).toBe("self");
    // Someone in another employer's team is not in this one.
    expect(await removeFromTeam(handle.db, { ...team, actorUserId: owner.id, userId: outsider.id })).toBe("not_member");
    expect((await listOrganisationMembers(handle.db, team)).map((m) => m.role)).toEqual(["owner", "manager", "member"]);

    expect(await changeTeamRole(handle.db, { ...team, actorUserId: manager.id, userId: recruiter.id, role: "manager" })).toBe("allowed");
    expect((await getOrganisationMember(handle.db, { ...team, userId: recruiter.id }))?.role).toBe("manager");
    const changed = await listAudit(handle.db, { action: "role.changed", targetId: recruiter.id });
    expect(changed.map((e) => [e.actor_user_id, e.details])).toEqual([[manager.id, { organisationId: employer.id, from: "member", to: "manager" }]]);

    // Removing someone also takes their name off the employer's public list of recruiters.
    await setRecruiterListing(handle.db, { userId: recruiter.id, organisationId: employer.id, listed: true, title: "招聘专员" });
    expect(await listPublicRecruiters(handle.db, { employerId: employer.id })).toHaveLength(1);
    expect(await removeFromTeam(handle.db, { ...team, actorUserId: owner.id, userId: recruiter.id })).toBe("allowed");
    expect(await getOrganisationMember(handle.db, { ...team, userId: recruiter.id })).toBeUndefined();
    expect(await listPublicRecruiters(handle.db, { employerId: employer.id })).toEqual([]);
    const removed = await listAudit(handle.db, { action: "membership.removed", targetId: recruiter.id });
    expect(removed.map((e) => [e.actor_user_id, e.details])).toEqual([[owner.id, { organisationId: employer.id, role: "manager" }]]);
  });

  it("partner staff add an employer on its behalf: unverified, checked by their partner, its owner invited by email", async () => {
    const centre = await createOrganisation(handle.db, { kind: "partner", partner_type: "employment_centre", name_zh: "测试就业服务中心", name_en: null });
    const agency = await createOrganisation(handle.db, { kind: "partner", partner_type: "labour_company" });
    const staff = await person(centre.id, "owner");
    expect(await partnerVerifiesEmployers(handle.db, { partnerId: centre.id })).toBe(true);
    // A labour or dispatch company never checks an employer's licence, so it adds none.
    expect(await partnerVerifiesEmployers(handle.db, { partnerId: agency.id })).toBe(false);

    const ownerEmail = `owner-${Date.now()}@example.org`;
    const input = { actorUserId: staff.id, partnerId: centre.id, nameZh: "代开测试农产品合作社", nameEn: null, creditCode: "91411522MAR1TJCKBA", ownerContact: { email: ownerEmail }, origin: "https://aw.example" };
    const added = await addEmployerOnBehalf(handle.db, input);
    if (!added.ok) throw new Error(added.error);
    const employer = await getEmployerVerification(handle.db, { employerId: added.id });
    expect(employer?.employer).toMatchObject({ verification_status: "unverified", claimed_credit_code: "91411522MAR1TJCKBA", requested_partner_id: centre.id });
    // Nobody is in its team until the owner accepts; the staff member who added it is not.
    expect(await listOrganisationMembers(handle.db, { organisationId: added.id })).toEqual([]);
    expect((await listPendingInvitations(handle.db, { organisationId: added.id })).map((i) => [i.email, i.role])).toEqual([[ownerEmail, "owner"]]);
    const [mail] = await listOutbox(handle.db, { to: ownerEmail });
    expect(mail?.body_text).toContain("测试就业服务中心的工作人员为代开测试农产品合作社在无碍就业开了单位账户，并邀请你作为“负责人”加入");
    // The partner sees it among its employers at once, with no openings yet.
    expect((await listPartnerEmployers(handle.db, { partnerId: centre.id })).map((e) => [e.id, e.openings, e.verification_status])).toEqual([[added.id, 0, "unverified"]]);
    const audit = await listAudit(handle.db, { action: "organisation.created", targetId: added.id });
    expect(audit.map((e) => [e.actor_user_id, e.details])).toEqual([[staff.id, { kind: "employer", onBehalfBy: centre.id }]]);

    // A code an employer on the portal holds (checked from its licence) is refused, and nothing is
    // left behind: no second employer, no email. (A code only claimed is not proof, as at sign-up.)
    await createOrganisation(handle.db, { kind: "employer", credit_code: "91350100M000100Y43" });
    const otherEmail = `other-${Date.now()}@example.org`;
    const again = await addEmployerOnBehalf(handle.db, { ...input, nameZh: "另一个名字", creditCode: "91350100M000100Y43", ownerContact: { email: otherEmail } });
    expect(again).toEqual({ ok: false, error: "creditCodeTaken" });
    expect(await listOutbox(handle.db, { to: otherEmail })).toEqual([]);
    expect((await listPartnerEmployers(handle.db, { partnerId: centre.id })).map((e) => e.id)).toEqual([added.id]);
  });

  it("partner staff add an employer whose owner has only a mobile number: the invitation goes by text, and that number's new account owns it", async () => {
    const federation = await createOrganisation(handle.db, { kind: "partner", partner_type: "federation", name_zh: "测试县残疾人联合会", name_en: "Test County DPF" });
    const staff = await person(federation.id, "owner");
    const mobile = `137${String(Date.now()).slice(-8)}`;
    const added = await addEmployerOnBehalf(handle.db, {
      actorUserId: staff.id,
      partnerId: federation.id,
      nameZh: "短信代开手工坊",
      nameEn: "SMS Craft Workshop",
      creditCode: freshCreditCode(),
      ownerContact: { mobile },
      origin: "https://aw.example",
    });
    if (!added.ok) throw new Error(added.error);

    // One text, in both languages, naming the partner and the employer, with the link once; no email.
    const texts = await listOutbox(handle.db, { to: mobile });
    expect(texts.map((m) => m.channel)).toEqual(["sms"]);
    expect(texts[0]?.body_text).toContain("【无碍就业】测试县残疾人联合会已为短信代开手工坊开通账户，邀请你作为负责人加入");
    expect(texts[0]?.body_text).toContain("[AccessWork] Test County DPF opened an account for SMS Craft Workshop and invites you to own it.");
    const links = (texts[0]?.body_text ?? "").match(/https:\/\/aw\.example\/invite\/(\S+)/g) ?? [];
    expect(links).toHaveLength(1);
    expect((await listPendingInvitations(handle.db, { organisationId: added.id })).map((i) => [i.email, i.mobile, i.role])).toEqual([[null, mobile, "owner"]]);
    const sent = await listAudit(handle.db, { action: "invitation.sent", targetId: added.id });
    expect(sent.map((e) => [e.actor_user_id, e.details])).toEqual([[staff.id, { role: "owner", by: "sms" }]]);

    // Someone new opens it: an account for that number owns the employer.
    const token = links[0]?.split("/invite/")[1] ?? "";
    const created = await acceptInvitationAsNewUser(handle.db, { token, displayName: "周手工", passwordHash: "hash", preferredLocale: "zh-CN" });
    if (!created || created === "exists") throw new Error(`not created: ${String(created)}`);
    expect(created).toMatchObject({ organisationId: added.id, role: "owner" });
    expect(await getUserById(handle.db, { id: created.userId })).toMatchObject({ email: null, mobile });
  });
});
