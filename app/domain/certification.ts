// The certification scheme: levels, certificate statuses and the changes staff may make, the
// assessment areas, and the statuses of criteria versions and applications.

export const CERTIFICATE_LEVELS = ["committed", "accessible_employer", "inclusion_leader"] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];

/** "superseded": replaced by a later certificate of the same employer (a renewal). */
export const CERTIFICATE_STATUSES = ["valid", "suspended", "expired", "revoked", "superseded"] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
/** What the reviewing partner's staff may do to a certificate, and the status each leads to. */
export const CERTIFICATE_CHANGES = { suspend: "suspended", reinstate: "valid", revoke: "revoked" } as const satisfies Record<string, CertificateStatus>;
export type CertificateChange = keyof typeof CERTIFICATE_CHANGES;

/** The six assessment areas of the certification scheme. */
export const ASSESSMENT_AREAS = [
  "recruitment",
  "accommodations",
  "digital_tools",
  "flexible_work",
  "labour_rights",
  "training_progression",
] as const;
export type AssessmentArea = (typeof ASSESSMENT_AREAS)[number];

export const CRITERIA_VERSION_STATUSES = ["draft", "published", "retired"] as const;
export type CriteriaVersionStatus = (typeof CRITERIA_VERSION_STATUSES)[number];

export const CERTIFICATION_STATUSES = ["draft", "under_review", "changes_requested", "approved", "rejected"] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];
