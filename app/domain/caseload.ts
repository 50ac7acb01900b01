// The caseload of partner staff (issue 19, item 5): how a permission given to staff was given.

/** How a job seeker gave staff their permission to apply for them, when not on the website. */
export const OFFLINE_CONSENT_HOW = ["paper", "phone", "in_person"] as const;
export type OfflineConsentHow = (typeof OFFLINE_CONSENT_HOW)[number];

/**
 * How staff may record a person's consent to be counted by disability category (docs/decisions/027):
 * a signed paper form, or a yes on the phone, as the federations asked for this consent.
 */
export const OFFLINE_COUNTING_HOW = ["paper", "phone"] as const satisfies readonly OfflineConsentHow[];
export type OfflineCountingHow = (typeof OFFLINE_COUNTING_HOW)[number];
