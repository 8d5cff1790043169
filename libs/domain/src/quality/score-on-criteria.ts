import { gradeFromCriteria, type QualityGrade } from './grading.js';

/** What a reviewer sends: the criteria the plan meets and, if they judge otherwise, another grade with the reason. */
export interface ScoreSubmission {
  metCriterionIds: readonly string[];
  grade?: QualityGrade;
  overrideReason?: string;
}

/** A score as it is kept: the grade the ticks earn, the grade given, and why they differ (null when they do not). */
export interface CheckedScore {
  computedGrade: QualityGrade;
  grade: QualityGrade;
  overrideReason: string | null;
}

export interface ScoreProblem {
  field: 'metCriterionIds' | 'overrideReason';
  message: string;
}

/** The shortest reason accepted for giving a different grade from the one the ticks earn. */
export const MIN_OVERRIDE_REASON = 3;

/**
 * The one rule for a private score, in the room and between meetings: each criterion ticked belongs to the
 * rubric (the framework's active criteria, or the advice rubric) and is ticked at most once; the grade follows
 * from the weights met, unless the reviewer gives another and says why.
 */
export function scoreOnCriteria(
  criteria: readonly { id: string; weight: number }[],
  submission: ScoreSubmission,
  rubric: 'framework' | 'advice' = 'framework',
): CheckedScore | ScoreProblem {
  const met = new Set(submission.metCriterionIds);
  if (
    met.size !== submission.metCriterionIds.length ||
    submission.metCriterionIds.some((id) => !criteria.some((c) => c.id === id))
  ) {
    return {
      field: 'metCriterionIds',
      message:
        rubric === 'advice'
          ? 'Tick each point of the advice rubric at most once.'
          : 'Tick each criterion of the current framework at most once.',
    };
  }
  const computedGrade = gradeFromCriteria(criteria.map((c) => ({ weight: c.weight, met: met.has(c.id) })));
  const grade = submission.grade ?? computedGrade;
  if (grade === computedGrade) return { computedGrade, grade, overrideReason: null };
  const overrideReason = submission.overrideReason?.trim() ?? '';
  if (overrideReason.length < MIN_OVERRIDE_REASON)
    return {
      field: 'overrideReason',
      message: 'Say why you give a different grade from the one the criteria earn.',
    };
  return { computedGrade, grade, overrideReason };
}

export const isScoreProblem = (result: CheckedScore | ScoreProblem): result is ScoreProblem =>
  'field' in result;
