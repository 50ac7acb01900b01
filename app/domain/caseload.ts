// The caseload of partner staff (issue 19, item 5): how a permission given to staff was given.

/** How a job seeker gave staff their permission to apply for them, when not on the website. */
export const OFFLINE_CONSENT_HOW = ["paper", "phone", "in_person"] as const;
export type OfflineConsentHow = (typeof OFFLINE_CONSENT_HOW)[number];
