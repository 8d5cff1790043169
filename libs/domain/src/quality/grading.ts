import { percentOf } from '../reporting/percent.js';

/** The quality framework's grading scale, best first. */
export const QUALITY_GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;
export type QualityGrade = (typeof QUALITY_GRADES)[number];

export const QUALITY_GRADE_LABELS: Record<QualityGrade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement',
  inadequate: 'Inadequate',
};

/** Share of the criteria's weight that must be met for each grade, best first. */
export const GRADE_THRESHOLDS: readonly (readonly [QualityGrade, number])[] = [
  ['outstanding', 0.9],
  ['good', 0.7],
  ['requires_improvement', 0.5],
  ['inadequate', 0],
];

/** The grade a plan earns from the criteria ticked as met, by weight. A plan meets the standard at Good or better. */
export function gradeFromCriteria(criteria: readonly { weight: number; met: boolean }[]): QualityGrade {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (total <= 0) throw new RangeError('the framework has no weighted criteria');
  const share = criteria.reduce((sum, c) => sum + (c.met ? c.weight : 0), 0) / total;
  return GRADE_THRESHOLDS.find(([, least]) => share >= least - 1e-9)![0];
}

export const meetsStandard = (grade: QualityGrade) => grade === 'outstanding' || grade === 'good';

/** How many grades apart the reviewers are: a spread of two or more is a disagreement to moderate. */
export function gradeSpread(grades: readonly QualityGrade[]): number {
  if (grades.length === 0) return 0;
  const steps = grades.map((g) => QUALITY_GRADES.indexOf(g));
  return Math.max(...steps) - Math.min(...steps);
}

export const isDisagreement = (grades: readonly QualityGrade[]) => gradeSpread(grades) >= 2;

export interface RaterAgreement {
  /** Pairs of reviewers who scored the same plan. */
  pairs: number;
  /** % of those pairs that gave the same grade, one decimal; null without pairs. */
  exact: number | null;
  /** % within one grade of each other. */
  withinOne: number | null;
}

/** Inter-rater agreement over plans, each with the grades its reviewers gave independently. */
export function raterAgreement(plans: readonly (readonly QualityGrade[])[]): RaterAgreement {
  let pairs = 0;
  let exact = 0;
  let withinOne = 0;
  for (const grades of plans) {
    for (let i = 0; i < grades.length; i++) {
      for (let j = i + 1; j < grades.length; j++) {
        const apart = Math.abs(QUALITY_GRADES.indexOf(grades[i]!) - QUALITY_GRADES.indexOf(grades[j]!));
        pairs += 1;
        if (apart === 0) exact += 1;
        if (apart <= 1) withinOne += 1;
      }
    }
  }
  const percent = (n: number) => percentOf(n, pairs);
  return { pairs, exact: percent(exact), withinOne: percent(withinOne) };
}
