// Applications for openings: their statuses, the kinds of event in their history, and the
// partner's 6-month check-back on a hire.

export const APPLICATION_STATUSES = ["draft", "submitted", "viewed", "interview", "offer", "hired", "not_selected", "withdrawn"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_EVENT_KINDS = ["status", "message", "passport_shared", "passport_withdrawn"] as const;
export type ApplicationEventKind = (typeof APPLICATION_EVENT_KINDS)[number];

export const CHECK_BACK_OUTCOMES = ["employed", "not_employed", "unreachable"] as const;
export type CheckBackOutcome = (typeof CHECK_BACK_OUTCOMES)[number];
