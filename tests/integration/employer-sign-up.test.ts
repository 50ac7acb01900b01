import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Login } from "~/validation/auth";
import { listVerifyingPartners } from "~/models/opening-choices.server";
import { listMemberships } from "~/models/user.server";
import { signUpEmployer } from "~/services/sign-up.server";
import type { DatabaseHandle } from "../../db/client";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// An employer joins on its own (issue 19, item 1): account, organisation and ownership in one
// transaction, with the partner it chose, which must be a federation or an employment centre.

let handle: DatabaseHandle;
let counter = 0;
let federation: number;
let labourCompany: number;

const input = (overrides: Partial<Parameters<typeof signUpEmployer>[1]> = {}) => ({
  login: { email: `employer-${++counter}-${Date.now()}@example.org` } as Login,
  passwordHash: "x",
  displayName: `招聘负责人${counter}`,
  preferredLocale: "zh-CN" as const,
  userAgent: "test",
  origin: "http://localhost",
  nameZh: `测试科技有限公司${counter}`,
  nameEn: `Test Tech ${counter} Ltd`,
  creditCode: "91411522MAR1TJCKBA",
  partnerId: federation,
  ...overrides,
});

/** What exists for this address: accounts, and organisations they belong to. */
async function written(email: string) {
  const user = await handle.db.selectFrom("app_user").select("id").where("email", "=", email).executeTakeFirst();
  return { users: user ? 1 : 0, memberships: user ? (await listMemberships(handle.db, { userId: user.id })).length : 0 };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  federation = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  labourCompany = (await createOrganisation(handle.db, { kind: "partner", partner_type: "labour_company" })).id;
});
afterAll(async () => {
  await handle?.close();
});

describe("an employer signing up", () => {
  it("opens the account and an unverified employer it owns, keeping the code and partner it gave", async () => {
    const account = input({ creditCode: "91110108MA01AAAA0X" });
    const result = await signUpEmployer(handle.db, account);
    if (!result.ok) throw new Error(result.error);
    const org = await handle.db
      .selectFrom("organisation")
      .select(["kind", "slug", "name_zh", "verification_status", "credit_code", "claimed_credit_code", "requested_partner_id"])
      .where("id", "=", result.organisationId)
      .executeTakeFirstOrThrow();
    expect(org).toMatchObject({
      kind: "employer",
      slug: `test-tech-${counter}-ltd`,
      name_zh: account.nameZh,
      verification_status: "unverified",
      // Only a claim until a partner checks the licence.
      credit_code: null,
      claimed_credit_code: "91110108MA01AAAA0X",
      requested_partner_id: federation,
    });
    const user = await handle.db.selectFrom("app_user").select("id").where("email", "=", account.login.email ?? "").executeTakeFirstOrThrow();
    expect((await listMemberships(handle.db, { userId: user.id })).map((m) => [m.organisation_id, m.role])).toEqual([[result.organisationId, "owner"]]);
    const audit = await handle.db.selectFrom("audit_log").select(["action", "details"]).where("actor_user_id", "=", user.id).orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["auth.sign_up", "email.verification_sent", "organisation.created"]);
  });

  it("refuses a labour company as the checking partner, and leaves no account behind", async () => {
    const account = input({ partnerId: labourCompany });
    expect(await signUpEmployer(handle.db, account)).toEqual({ ok: false, error: "unknownPartner" });
    expect(await written(account.login.email ?? "")).toEqual({ users: 0, memberships: 0 });
    expect((await listVerifyingPartners(handle.db)).map((p) => p.id)).not.toContain(labourCompany);
  });

  it("refuses a credit code an organisation on the portal already holds, and an address with an account", async () => {
    await createOrganisation(handle.db, { kind: "employer", credit_code: "91320413MA1P4XYZ3K" });
    const taken = input({ creditCode: "91320413MA1P4XYZ3K" });
    expect(await signUpEmployer(handle.db, taken)).toEqual({ ok: false, error: "creditCodeTaken" });
    expect(await written(taken.login.email ?? "")).toEqual({ users: 0, memberships: 0 });

    const first = input({ creditCode: "91110108MA01BBBB1Y" });
    expect((await signUpEmployer(handle.db, first)).ok).toBe(true);
    const before = await handle.db.selectFrom("organisation").select("id").where("kind", "=", "employer").execute();
    expect(await signUpEmployer(handle.db, { ...input(), login: first.login })).toEqual({ ok: false, error: "emailTaken" });
    // No second organisation was left without an owner.
    expect((await handle.db.selectFrom("organisation").select("id").where("kind", "=", "employer").execute()).length).toBe(before.length);
  });
});
