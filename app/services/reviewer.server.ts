import { VERIFYING_PARTNER_TYPES } from "~/domain/organisation";
import type { Reviewer } from "~/models/certification-policy.server";
import type { CurrentUser } from "./auth.server";

/**
 * The signed-in staff member as a certification reviewer: the partner organisations of theirs that
 * review certification (federations and employment service centres, VERIFYING_PARTNER_TYPES: never
 * a labour company, which may itself employ the people it places), and every organisation they
 * belong to. Staff of other partner types review nothing: their queue is empty, every application 404.
 */
export function reviewerOf(user: CurrentUser): Reviewer {
  const verifies = (type: string | null) => type !== null && (VERIFYING_PARTNER_TYPES as readonly string[]).includes(type);
  return {
    userId: user.id,
    partnerIds: user.memberships.filter((m) => m.kind === "partner" && verifies(m.partner_type)).map((m) => m.organisation_id),
    memberOf: user.memberships.map((m) => m.organisation_id),
  };
}
