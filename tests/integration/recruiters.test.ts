import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "~/models/audit.server";
import { findListedRecruiters, getRecruiterListing, listPublicRecruiters, normaliseRecruiterName, setRecruiterListing } from "~/models/recruiter.server";
import { createUser, upsertMembership } from "~/models/user.server";
import type { DatabaseHandle } from "../../db/client";
import { createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

// Verified recruiters (issue 19, item 3): listed on the employer's page only by their own choice,
// and found by the name a seeker was given, however it is spaced or capitalised.

let handle: DatabaseHandle;
let counter = 0;

async function member(organisationId: number, displayName: string) {
  const user = await createUser(handle.db, { email: `recruiter${++counter}-${Date.now()}@example.org`, passwordHash: "x", displayName, preferredLocale: "zh-CN" });
  if (!user) throw new Error("user not created");
  await upsertMembership(handle.db, { userId: user.id, organisationId, role: "member" });
  return user;
}

beforeAll(async () => {
  handle = await createTestDatabase();
});

afterAll(async () => {
  await handle.close();
});

describe("listed recruiters", () => {
  it("appear only once they list themselves, with their title, and leave when they stop", async () => {
    const employer = await createOrganisation(handle.db, { kind: "employer" });
    const wang = await member(employer.id, "王 芳");
    const li = await member(employer.id, "Li Na");
    expect(await listPublicRecruiters(handle.db, { employerId: employer.id })).toEqual([]);

    expect(await setRecruiterListing(handle.db, { userId: wang.id, organisationId: employer.id, listed: true, title: "招聘专员" })).toBe(true);
    expect(await listPublicRecruiters(handle.db, { employerId: employer.id })).toEqual([{ display_name: "王 芳", recruiter_title: "招聘专员" }]);
    // Found by the name as a seeker might type it: without the space, or in another case.
    expect(await findListedRecruiters(handle.db, { employerId: employer.id, name: "王芳" })).toHaveLength(1);
    expect(await findListedRecruiters(handle.db, { employerId: employer.id, name: " 王  芳 " })).toHaveLength(1);
    // Li Na is a member but has not chosen to be listed: not a listed recruiter.
    expect(await findListedRecruiters(handle.db, { employerId: employer.id, name: "li na" })).toHaveLength(0);
    await setRecruiterListing(handle.db, { userId: li.id, organisationId: employer.id, listed: true, title: null });
    expect(await findListedRecruiters(handle.db, { employerId: employer.id, name: "LINA" })).toEqual([{ display_name: "Li Na", recruiter_title: null }]);

    // Another employer's recruiter is not this employer's.
    const other = await createOrganisation(handle.db, { kind: "employer" });
    expect(await findListedRecruiters(handle.db, { employerId: other.id, name: "王芳" })).toHaveLength(0);

    // Stopping removes the name and forgets the title; both changes are in the audit log.
    await setRecruiterListing(handle.db, { userId: wang.id, organisationId: employer.id, listed: false, title: "ignored" });
    expect(await getRecruiterListing(handle.db, { userId: wang.id, organisationId: employer.id })).toEqual({ listed_as_recruiter: false, recruiter_title: null });
    expect(await findListedRecruiters(handle.db, { employerId: employer.id, name: "王芳" })).toHaveLength(0);
    const entries = await listAudit(handle.db, { targetId: employer.id });
    expect(entries.filter((e) => e.actor_user_id === wang.id).map((e) => [e.action, e.details])).toEqual([
      ["recruiter.unlisted", {}],
      ["recruiter.listed", { title: "招聘专员" }],
    ]);
  });

  it("cannot list someone who is not a member", async () => {
    const employer = await createOrganisation(handle.db, { kind: "employer" });
    const outsider = await member((await createOrganisation(handle.db, { kind: "employer" })).id, "冒名者");
    expect(await setRecruiterListing(handle.db, { userId: outsider.id, organisationId: employer.id, listed: true, title: "招聘专员" })).toBe(false);
    expect(await listPublicRecruiters(handle.db, { employerId: employer.id })).toEqual([]);
  });

  it("compares names without spaces, case or full-width letters", () => {
    expect(normaliseRecruiterName(" Ｌｉ  Na ")).toBe("lina");
    expect(normaliseRecruiterName("王 芳")).toBe("王芳");
    expect(normaliseRecruiterName("   ")).toBe("");
  });
});
