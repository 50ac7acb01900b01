// Organisations and the people in them: the kinds, partner types, verification and roles.
// Vocabulary only: lists of allowed values and their types. Imports nothing else from app/.

export const ORGANISATION_KINDS = ["partner", "employer"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PARTNER_TYPES = [
  "federation",
  "employment_centre",
  "labour_company",
  "digital_park",
  "social_enterprise",
  "training_centre",
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const VERIFICATION_STATUSES = ["unverified", "pending", "verified", "rejected"] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** An employer's request that a partner check its business licence. */
export const VERIFICATION_REQUEST_STATUSES = ["pending", "verified", "rejected"] as const;
export type VerificationRequestStatus = (typeof VERIFICATION_REQUEST_STATUSES)[number];

export const MEMBERSHIP_ROLES = ["staff", "manager", "member", "owner"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** The roles a partner organisation's member can have; employers use member and owner. */
export const PARTNER_ROLES = ["staff", "manager"] as const;
