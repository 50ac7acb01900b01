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

/** "suspended": a partner withdrew a verification, with a public reason, until it reinstates it. */
export const VERIFICATION_STATUSES = ["unverified", "pending", "verified", "rejected", "suspended"] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** An employer's request that a partner check its business licence. */
export const VERIFICATION_REQUEST_STATUSES = ["pending", "verified", "rejected"] as const;
export type VerificationRequestStatus = (typeof VERIFICATION_REQUEST_STATUSES)[number];

export const MEMBERSHIP_ROLES = ["staff", "manager", "member", "owner"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/**
 * The partners that check employers' licences: public disability-employment bodies, never a labour
 * or dispatch company that might recruit for the same employer.
 */
export const VERIFYING_PARTNER_TYPES = ["federation", "employment_centre"] as const satisfies readonly PartnerType[];

/** The roles a partner organisation's member can have. */
export const PARTNER_ROLES = ["staff", "manager"] as const;

/**
 * The roles an employer's manager can give a colleague: manager (runs the team too) or member, shown
 * as "recruiter" (posts openings, answers applications). The owner is whoever signed the employer up
 * (or accepted the partner's invitation to do so); that role is never given or taken on the team page.
 */
export const EMPLOYER_TEAM_ROLES = ["manager", "member"] as const;
export type EmployerTeamRole = (typeof EMPLOYER_TEAM_ROLES)[number];

/** The employer roles that may invite, change and remove colleagues. */
export const TEAM_MANAGER_ROLES = ["owner", "manager"] as const satisfies readonly MembershipRole[];

/**
 * Ways to reach an organisation besides a phone call, for people who cannot or prefer not to
 * phone: text messages to its number, sign-language video appointments, written replies, visits at home.
 */
export const CONTACT_OPTIONS = ["text_messages", "sign_language_video", "written_replies", "home_visits"] as const;
export type ContactOption = (typeof CONTACT_OPTIONS)[number];

/** How to reach an organisation, as its public page shows it. */
export type OrganisationContact = {
  address_zh: string | null;
  address_en: string | null;
  hours_zh: string | null;
  hours_en: string | null;
  phone: string | null;
  contact_email: string | null;
  wechat_account: string | null;
  contact_options: ContactOption[];
  contact_note_zh: string | null;
  contact_note_en: string | null;
  contacts_are_examples: boolean;
};
