import { ASSESSMENT_AREAS, type AssessmentArea, CERTIFICATE_LEVELS, type CertificateLevel } from "~/domain/certification";

// The scoring rules of the certification scheme, as pure functions: the check-your-answers page,
// the reviewer's page and the approval all use these, so the number the employer sees is the
// number the reviewer is held to.

/** What scoring needs of a criterion. */
export type ScoredCriterion = {
  id: number;
  code: string;
  area: AssessmentArea;
  level: CertificateLevel;
  points: number;
  veto: boolean;
  evidence_required: boolean;
};

/** What scoring needs of an answer. */
export type ScoredAnswer = {
  answer: "yes" | "no" | null;
  hasEvidence: boolean;
  review_verdict?: "agree" | "adjust" | null;
  review_points?: number | null;
};

/** The pass thresholds of a criteria version, as percentages. */
export type Thresholds = Record<CertificateLevel, number>;

/** 1, 2, 3 for the three levels. */
export function levelRank(level: CertificateLevel): number {
  return CERTIFICATE_LEVELS.indexOf(level) + 1;
}

/** The criteria an application at `target` answers: those of its level and every level below. */
export function criteriaUpTo<T extends { level: CertificateLevel }>(criteria: T[], target: CertificateLevel): T[] {
  return criteria.filter((criterion) => levelRank(criterion.level) <= levelRank(target));
}

/**
 * Points one answer earns. Before review: all the points for "yes" with the evidence it needs,
 * nothing otherwise. After review: what the reviewer agreed to or adjusted it to (never more than
 * the criterion is worth).
 */
export function pointsEarned(criterion: ScoredCriterion, answer: ScoredAnswer | undefined, { reviewed }: { reviewed: boolean }): number {
  if (!answer) return 0;
  const claimed = answer.answer === "yes" && (answer.hasEvidence || !criterion.evidence_required) ? criterion.points : 0;
  if (!reviewed || !answer.review_verdict) return claimed;
  if (answer.review_verdict === "agree") return claimed;
  return Math.max(0, Math.min(criterion.points, answer.review_points ?? 0));
}

/** True when this veto item fails: answered "no", or a reviewer adjusted it to nothing. */
function vetoFails(criterion: ScoredCriterion, answer: ScoredAnswer | undefined, reviewed: boolean): boolean {
  if (!criterion.veto) return false;
  if (answer?.answer === "no") return true;
  return reviewed && answer?.review_verdict === "adjust" && (answer.review_points ?? 0) === 0;
}

/** The score of an application, level by level, and the highest level it reaches. */
export type ApplicationScore = {
  levels: { level: CertificateLevel; earned: number; available: number; percent: number; threshold: number; passed: boolean }[];
  areas: { area: AssessmentArea; earned: number; available: number }[];
  /** Codes of veto items that fail. Any one means no level at all. */
  vetoFailed: string[];
  /** Codes of criteria with no answer yet. */
  unanswered: string[];
  /** Codes of criteria answered "yes" without the evidence they need. */
  missingEvidence: string[];
  /** The highest level the score allows, never above the target; null if none. */
  highestLevel: CertificateLevel | null;
};

/**
 * Scores an application against the criteria up to its target level. A level passes when no veto
 * item fails, every lower level passes, and the points earned on the criteria up to it reach its
 * threshold percentage of the points available there.
 */
export function scoreApplication(
  allCriteria: ScoredCriterion[],
  answers: Map<number, ScoredAnswer>,
  thresholds: Thresholds,
  { target, reviewed = false }: { target: CertificateLevel; reviewed?: boolean },
): ApplicationScore {
  const criteria = criteriaUpTo(allCriteria, target);
  const vetoFailed = criteria.filter((c) => vetoFails(c, answers.get(c.id), reviewed)).map((c) => c.code);
  const unanswered = criteria.filter((c) => !answers.get(c.id)?.answer).map((c) => c.code);
  const missingEvidence = criteria
    .filter((c) => c.evidence_required && answers.get(c.id)?.answer === "yes" && !answers.get(c.id)?.hasEvidence)
    .map((c) => c.code);
  const levels: ApplicationScore["levels"] = [];
  let highestLevel: CertificateLevel | null = null;
  let lowerPassed = vetoFailed.length === 0;
  for (const level of CERTIFICATE_LEVELS) {
    if (levelRank(level) > levelRank(target)) break;
    const upTo = criteriaUpTo(criteria, level);
    const available = upTo.reduce((sum, c) => sum + c.points, 0);
    const earned = upTo.reduce((sum, c) => sum + pointsEarned(c, answers.get(c.id), { reviewed }), 0);
    const percent = available === 0 ? 0 : Math.floor((earned * 100) / available);
    const passed = lowerPassed && available > 0 && percent >= thresholds[level];
    levels.push({ level, earned, available, percent, threshold: thresholds[level], passed });
    if (passed) highestLevel = level;
    lowerPassed = passed;
  }
  const areas = ASSESSMENT_AREAS.map((area) => {
    const inArea = criteria.filter((c) => c.area === area);
    return {
      area,
      available: inArea.reduce((sum, c) => sum + c.points, 0),
      earned: inArea.reduce((sum, c) => sum + pointsEarned(c, answers.get(c.id), { reviewed }), 0),
    };
  });
  return { levels, areas, vetoFailed, unanswered, missingEvidence, highestLevel };
}

/**
 * The areas a certificate at `level` names as met: those whose points, on the criteria up to that
 * level, reach the level's threshold.
 */
export function areasMet(
  allCriteria: ScoredCriterion[],
  answers: Map<number, ScoredAnswer>,
  thresholds: Thresholds,
  level: CertificateLevel,
): AssessmentArea[] {
  const criteria = criteriaUpTo(allCriteria, level);
  return ASSESSMENT_AREAS.filter((area) => {
    const inArea = criteria.filter((c) => c.area === area);
    const available = inArea.reduce((sum, c) => sum + c.points, 0);
    if (available === 0) return false;
    const earned = inArea.reduce((sum, c) => sum + pointsEarned(c, answers.get(c.id), { reviewed: true }), 0);
    return earned * 100 >= thresholds[level] * available;
  });
}

/** The steps of an application form: the introduction, one per area, then checking the answers. */
export const APPLICATION_STEPS = ["intro", ...ASSESSMENT_AREAS, "check"] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];
