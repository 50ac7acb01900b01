import { describe, expect, it } from "vitest";
import type { CurrentUser } from "~/services/auth.server";
import { guessLang } from "~/utils/localized";
import { chosenOrganisation, scopeFor } from "~/services/workspace.server";

type Membership = CurrentUser["memberships"][number];
const membership = (organisation_id: number, kind: "partner" | "employer"): Membership => ({
  organisation_id,
  kind,
  role: kind === "partner" ? "staff" : "owner",
  partner_type: kind === "partner" ? "federation" : null,
  slug: `org-${organisation_id}`,
  name_zh: `机构${organisation_id}`,
  name_en: null,
});
const user = (memberships: Membership[]) => ({ id: 1, memberships }) as unknown as CurrentUser;
const request = (query = "") => new Request(`http://localhost/staff${query}`);

/** The status of a Response thrown by `fn`, or null if it did not throw one. */
function thrownStatus(fn: () => unknown): number | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof Response ? error.status : null;
  }
}

describe("which organisation a workspace shows", () => {
  const staff = user([membership(3, "partner"), membership(5, "partner"), membership(9, "employer")]);

  it("scopes staff to their partners and employers to their employers, never mixing the two", () => {
    expect(scopeFor(staff, "staff")).toEqual({ kind: "partner", organisationIds: [3, 5] });
    expect(scopeFor(staff, "employer")).toEqual({ kind: "employer", organisationIds: [9] });
    expect(scopeFor(user([]), "staff").organisationIds).toEqual([]);
  });

  it("shows the first organisation, or the one chosen with ?org= when the user belongs to it", () => {
    expect(chosenOrganisation(staff, "staff", request()).chosen.organisation_id).toBe(3);
    expect(chosenOrganisation(staff, "staff", request("?org=5")).chosen.organisation_id).toBe(5);
    expect(chosenOrganisation(staff, "staff", request("?org=5")).options.map((m) => m.organisation_id)).toEqual([3, 5]);
  });

  it("answers 404 for an organisation the user does not belong to, or one of the other kind", () => {
    expect(thrownStatus(() => chosenOrganisation(staff, "staff", request("?org=4")))).toBe(404);
    expect(thrownStatus(() => chosenOrganisation(staff, "staff", request("?org=9")))).toBe(404);
    expect(thrownStatus(() => chosenOrganisation(user([membership(9, "employer")]), "staff", request()))).toBe(404);
  });
});

describe("the language of free text", () => {
  it("marks mostly-Chinese text as Chinese and mostly-Latin text as English", () => {
    expect(guessLang("请写明每批任务多久结算一次，用NVDA测试过。")).toBe("zh-CN");
    expect(guessLang("The listing mentions certificate renting (挂靠) as a risk.")).toBe("en");
    expect(guessLang("12345")).toBe("en");
  });
});
