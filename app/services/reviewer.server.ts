import type { Reviewer } from "~/models/certification-policy.server";
import type { CurrentUser } from "./auth.server";

/** The signed-in staff member as a certification reviewer: their partner organisations, and every organisation they belong to. */
export function reviewerOf(user: CurrentUser): Reviewer {
  return {
    userId: user.id,
    partnerIds: user.memberships.filter((m) => m.kind === "partner").map((m) => m.organisation_id),
    memberOf: user.memberships.map((m) => m.organisation_id),
  };
}
