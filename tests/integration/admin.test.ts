import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "~/models/audit.server";
import {
  acceptInvitation,
  acceptInvitationAsNewUser,
  createInvitation,
  getInvitation,
  listPendingInvitations,
} from "~/models/invitation.server";
import {
  changeMemberRole,
  createPartnerOrganisation,
  getPartnerOrganisation,
  getPublicEmployer,
  getPublicPartner,
  listOrganisationMembers,
  listPartnerOrganisations,
  removeMember,
  slugFor,
  updatePartnerOrganisation,
  type PartnerFields,
} from "~/models/organisation.server";
import { createUser, getUserByEmail, getUserById, listMemberships, upsertMembership } from "~/models/user.server";
import type { DatabaseHandle } from "../../db/client";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let admin: { id: number };
let counter = 0;
const email = (prefix = "person") => `${prefix}${++counter}-${Date.now()}@example.org`;

async function newUser(address = email()) {
  const user = await createUser(handle.db, { email: address, passwordHash: "x", displayName: `用户${counter}`, preferredLocale: "zh-CN" });
  if (!user) throw new Error("user not created");
  return user;
}

const fields = (overrides: Partial<PartnerFields> = {}): PartnerFields => ({
  nameZh: "测试助残就业服务中心（示例）",
  nameEn: "Test Employment Centre (demo)",
  partnerType: "employment_centre",
  province: "江苏",
  city: "常州",
  website: "https://example.org/test",
  addressZh: null,
  addressEn: null,
  hoursZh: null,
  hoursEn: null,
  phone: null,
  contactEmail: null,
  wechatAccount: null,
  contactOptions: [],
  contactNoteZh: null,
  contactNoteEn: null,
  ...overrides,
});

async function newPartner() {
  return createOrganisation(handle.db, { kind: "partner", partner_type: "federation" });
}

beforeAll(async () => {
  handle = await createTestDatabase();
  admin = await newUser(email("admin"));
});

afterAll(async () => {
  await handle?.close();
});

describe("partner organisations", () => {
  it("are created verified, with a slug from the English name, and audit-logged", async () => {
    const id = await createPartnerOrganisation(handle.db, { actorUserId: admin.id, fields: fields() });
    const organisation = await getPartnerOrganisation(handle.db, { id });
    expect(organisation).toMatchObject({
      slug: "test-employment-centre-demo",
      name_zh: "测试助残就业服务中心（示例）",
      partner_type: "employment_centre",
      province: "江苏",
      city: "常州",
      verification_status: "verified",
    });
    const [entry] = await listAudit(handle.db, { action: "organisation.created", targetId: id });
    expect(entry).toMatchObject({ actor_user_id: admin.id, target_type: "organisation" });

    // The same English name again gets a different slug rather than failing.
    const second = await createPartnerOrganisation(handle.db, { actorUserId: admin.id, fields: fields() });
    expect((await getPartnerOrganisation(handle.db, { id: second }))?.slug).toMatch(/^test-employment-centre-demo-[0-9a-f]{6}$/);
    expect(slugFor({ nameEn: null })).toBe("partner");
    expect(slugFor({ nameEn: "  Ünïcode & Co.  " })).toBe("n-code-co");
  });

  it("are listed for admins with their staff count, employers excluded", async () => {
    const partner = await newPartner();
    const employer = await createOrganisation(handle.db, { kind: "employer" });
    const user = await newUser();
    await upsertMembership(handle.db, { userId: user.id, organisationId: partner.id, role: "staff" });
    const list = await listPartnerOrganisations(handle.db);
    expect(list.find((o) => o.id === partner.id)?.staff_count).toBe(1);
    expect(list.some((o) => o.id === employer.id)).toBe(false);
    expect(await getPartnerOrganisation(handle.db, { id: employer.id })).toBeUndefined();
  });

  it("log which fields an edit changed, and nothing when nothing changed", async () => {
    const id = await createPartnerOrganisation(handle.db, { actorUserId: admin.id, fields: fields({ nameEn: "Edit me (demo)" }) });
    expect(await updatePartnerOrganisation(handle.db, { actorUserId: admin.id, id, fields: fields({ nameEn: "Edit me (demo)", city: "金坛区", website: null }) })).toBe(true);
    expect(await getPartnerOrganisation(handle.db, { id })).toMatchObject({ city: "金坛区", website: null });
    await updatePartnerOrganisation(handle.db, { actorUserId: admin.id, id, fields: fields({ nameEn: "Edit me (demo)", city: "金坛区", website: null }) });
    const updates = await listAudit(handle.db, { action: "organisation.updated", targetId: id });
    expect(updates.map((u) => u.details)).toEqual([{ fields: ["city", "website"] }]);

    const employer = await createOrganisation(handle.db, { kind: "employer" });
    expect(await updatePartnerOrganisation(handle.db, { actorUserId: admin.id, id: employer.id, fields: fields() })).toBe(false);
  });
});

describe("public contact details", () => {
  it("are saved with the partner, shown on its public page, and stop being the demo's examples once edited", async () => {
    const contact = {
      addressZh: "江苏省常州市金坛区华城中路 1 号",
      hoursZh: "周一至周五 9:00–17:00",
      phone: "0519-8233 0000",
      contactEmail: "desk@example.org",
      wechatAccount: "测试服务站",
      contactOptions: ["text_messages", "sign_language_video"] as PartnerFields["contactOptions"],
    };
    const id = await createPartnerOrganisation(handle.db, { actorUserId: admin.id, fields: fields({ nameEn: "Contact centre (demo)", ...contact }) });
    const slug = (await getPartnerOrganisation(handle.db, { id }))?.slug ?? "";
    expect(await getPublicPartner(handle.db, { slug })).toMatchObject({
      address_zh: contact.addressZh,
      phone: contact.phone,
      contact_email: contact.contactEmail,
      contact_options: ["text_messages", "sign_language_video"],
      contacts_are_examples: false,
    });

    // The demo seed marks its made-up details; an admin writing real ones clears the mark.
    await sql`update organisation set contacts_are_examples = true where id = ${id}`.execute(handle.db);
    await updatePartnerOrganisation(handle.db, { actorUserId: admin.id, id, fields: fields({ nameEn: "Contact centre (demo)", ...contact }) });
    expect((await getPublicPartner(handle.db, { slug }))?.contacts_are_examples).toBe(true);
    await updatePartnerOrganisation(handle.db, {
      actorUserId: admin.id,
      id,
      fields: fields({ nameEn: "Contact centre (demo)", ...contact, contactOptions: ["written_replies"], phone: "0519-8233 0001" }),
    });
    expect(await getPublicPartner(handle.db, { slug })).toMatchObject({ phone: "0519-8233 0001", contact_options: ["written_replies"], contacts_are_examples: false });
    const updates = await listAudit(handle.db, { action: "organisation.updated", targetId: id });
    expect(updates.map((u) => u.details)).toEqual([{ fields: ["phone", "contact_options"] }]);
  });

  it("public pages exist only for verified organisations of the right kind", async () => {
    const pending = await createOrganisation(handle.db, { kind: "partner", partner_type: "federation", verification_status: "pending" });
    const employer = await createOrganisation(handle.db, { kind: "employer", verification_status: "verified" });
    const unverified = await createOrganisation(handle.db, { kind: "employer", verification_status: "unverified" });
    expect(await getPublicPartner(handle.db, { slug: pending.slug })).toBeUndefined();
    expect(await getPublicPartner(handle.db, { slug: employer.slug })).toBeUndefined();
    expect(await getPublicEmployer(handle.db, { slug: employer.slug })).toMatchObject({ id: employer.id });
    expect(await getPublicEmployer(handle.db, { slug: unverified.slug })).toBeUndefined();
  });
});

describe("members", () => {
  it("a role change is audited with who changed it, from what and to what", async () => {
    const partner = await newPartner();
    const member = await newUser();
    await upsertMembership(handle.db, { userId: member.id, organisationId: partner.id, role: "staff" });

    expect(await changeMemberRole(handle.db, { actorUserId: admin.id, organisationId: partner.id, userId: member.id, role: "manager" })).toEqual({
      from: "staff",
      to: "manager",
    });
    expect((await listMemberships(handle.db, { userId: member.id }))[0]?.role).toBe("manager");
    const entries = await listAudit(handle.db, { action: "role.changed", targetId: member.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_user_id: admin.id,
      target_type: "user",
      details: { organisationId: partner.id, from: "staff", to: "manager" },
    });

    // No change, no entry; not a member, nothing at all.
    await changeMemberRole(handle.db, { actorUserId: admin.id, organisationId: partner.id, userId: member.id, role: "manager" });
    const stranger = await newUser();
    expect(await changeMemberRole(handle.db, { actorUserId: admin.id, organisationId: partner.id, userId: stranger.id, role: "staff" })).toBeNull();
    expect(await listAudit(handle.db, { action: "role.changed", targetId: member.id })).toHaveLength(1);
    expect(await listAudit(handle.db, { action: "role.changed", targetId: stranger.id })).toHaveLength(0);
  });

  it("removing a member keeps their account and is audited", async () => {
    const partner = await newPartner();
    const member = await newUser();
    await upsertMembership(handle.db, { userId: member.id, organisationId: partner.id, role: "staff" });
    expect(await removeMember(handle.db, { actorUserId: admin.id, organisationId: partner.id, userId: member.id })).toBe(true);
    expect(await listOrganisationMembers(handle.db, { organisationId: partner.id })).toEqual([]);
    expect(await getUserById(handle.db, { id: member.id })).toBeDefined();
    const [entry] = await listAudit(handle.db, { action: "membership.removed", targetId: member.id });
    expect(entry).toMatchObject({ actor_user_id: admin.id, details: { organisationId: partner.id, role: "staff" } });
    expect(await removeMember(handle.db, { actorUserId: admin.id, organisationId: partner.id, userId: member.id })).toBe(false);
  });
});

describe("invitations", () => {
  it("an existing user accepts once: membership, confirmed email, and an audit entry without the address", async () => {
    const partner = await newPartner();
    const invitee = await newUser();
    const token = await createInvitation(handle.db, { actorUserId: admin.id, organisationId: partner.id, email: invitee.email.toUpperCase(), role: "manager" });

    expect(await getInvitation(handle.db, { token })).toMatchObject({ email: invitee.email, role: "manager", organisation: { id: partner.id } });
    expect((await listPendingInvitations(handle.db, { organisationId: partner.id })).map((i) => i.email)).toEqual([invitee.email]);

    expect(await acceptInvitation(handle.db, { token, userId: invitee.id, email: invitee.email })).toEqual({ organisationId: partner.id, role: "manager" });
    expect((await listMemberships(handle.db, { userId: invitee.id })).map((m) => [m.organisation_id, m.role])).toEqual([[partner.id, "manager"]]);
    expect((await getUserById(handle.db, { id: invitee.id }))?.email_verified_at).toBeInstanceOf(Date);

    // Single use.
    expect(await acceptInvitation(handle.db, { token, userId: invitee.id, email: invitee.email })).toBeNull();
    expect(await getInvitation(handle.db, { token })).toBeNull();
    expect(await listPendingInvitations(handle.db, { organisationId: partner.id })).toEqual([]);

    const sent = await listAudit(handle.db, { action: "invitation.sent", targetId: partner.id });
    const accepted = await listAudit(handle.db, { action: "invitation.accepted", targetId: partner.id });
    expect(sent[0]).toMatchObject({ actor_user_id: admin.id, details: { role: "manager" } });
    expect(accepted[0]).toMatchObject({ actor_user_id: invitee.id, details: { role: "manager" } });
    expect(JSON.stringify([...sent, ...accepted])).not.toContain(invitee.email);
  });

  it("an expired invitation cannot be seen or accepted", async () => {
    const partner = await newPartner();
    const invitee = await newUser();
    const token = await createInvitation(handle.db, { actorUserId: admin.id, organisationId: partner.id, email: invitee.email, role: "staff" });
    await handle.db.updateTable("auth_token").set({ expires_at: sql`now() - interval '1 second'` }).where("email", "=", invitee.email).execute();
    expect(await getInvitation(handle.db, { token })).toBeNull();
    expect(await acceptInvitation(handle.db, { token, userId: invitee.id, email: invitee.email })).toBeNull();
    expect(await listMemberships(handle.db, { userId: invitee.id })).toEqual([]);
  });

  it("only works for the invited address, and a wrong try does not use it up", async () => {
    const partner = await newPartner();
    const invitee = await newUser();
    const someoneElse = await newUser();
    const token = await createInvitation(handle.db, { actorUserId: admin.id, organisationId: partner.id, email: invitee.email, role: "staff" });
    expect(await acceptInvitation(handle.db, { token, userId: someoneElse.id, email: someoneElse.email })).toBeNull();
    expect(await listMemberships(handle.db, { userId: someoneElse.id })).toEqual([]);
    expect(await acceptInvitation(handle.db, { token, userId: invitee.id, email: invitee.email })).not.toBeNull();
  });

  it("a newer invitation to the same address replaces the older one", async () => {
    const partner = await newPartner();
    const address = email("twice");
    const first = await createInvitation(handle.db, { actorUserId: admin.id, organisationId: partner.id, email: address, role: "staff" });
    const second = await createInvitation(handle.db, { actorUserId: admin.id, organisationId: partner.id, email: address, role: "manager" });
    expect(await getInvitation(handle.db, { token: first })).toBeNull();
    expect(await getInvitation(handle.db, { token: second })).toMatchObject({ role: "manager" });
    expect(await listPendingInvitations(handle.db, { organisationId: partner.id })).toHaveLength(1);
  });

  it("someone new gets a confirmed account and the membership in one step, once", async () => {
    const partner = await newPartner();
    const address = email("newcomer");
    const token = await createInvitation(handle.db, { actorUserId: admin.id, organisationId: partner.id, email: address, role: "staff" });
    const created = await acceptInvitationAsNewUser(handle.db, { token, displayName: " 新同事 ", passwordHash: "hash", preferredLocale: "en" });
    expect(created).toMatchObject({ organisationId: partner.id, role: "staff" });
    const user = await getUserByEmail(handle.db, { email: address });
    expect(user).toMatchObject({ display_name: "新同事", preferred_locale: "en" });
    expect(user?.email_verified_at).toBeInstanceOf(Date);
    expect((await listMemberships(handle.db, { userId: user?.id ?? 0 })).map((m) => m.organisation_id)).toEqual([partner.id]);
    expect(await acceptInvitationAsNewUser(handle.db, { token, displayName: "again", passwordHash: "hash", preferredLocale: "en" })).toBeNull();
  });

  it("someone new whose address already has an account is told to sign in, and nothing changes", async () => {
    const partner = await newPartner();
    const existing = await newUser();
    const token = await createInvitation(handle.db, { actorUserId: admin.id, organisationId: partner.id, email: existing.email, role: "staff" });
    expect(await acceptInvitationAsNewUser(handle.db, { token, displayName: "dup", passwordHash: "hash", preferredLocale: "zh-CN" })).toBe("exists");
    expect(await listMemberships(handle.db, { userId: existing.id })).toEqual([]);
    // The link still works for the real owner.
    expect(await getInvitation(handle.db, { token })).not.toBeNull();
  });
});
