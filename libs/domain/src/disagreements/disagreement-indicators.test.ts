import { describe, expect, it } from 'vitest';
import type { AppealableDecision, DisagreementKind } from '../vocabulary/disagreements.js';
import {
  daysToRegister,
  decisionTypeOf,
  disagreementIndicators,
  disagreementsBehind,
  type AppealableDecisionTally,
  type DisagreementOnRegister,
} from './disagreement-indicators.js';

let next = 0;
const aDisagreement = (
  kind: DisagreementKind,
  appealableDecision: AppealableDecision | null,
  decisionNotifiedOn: string,
  openedOn: string,
  outcome: string | null = null,
  outcomeOn: string | null = null,
): DisagreementOnRegister => ({
  id: `d${String(++next).padStart(2, '0')}`,
  kind,
  appealableDecision,
  decisionNotifiedOn,
  openedOn,
  outcome,
  outcomeOn,
});

// A year of the register, to October 2026.
const refusalAppeal = aDisagreement('appeal', 'refusal_to_assess', '2026-09-01', '2026-10-11'); // 40 days
const placementAppeal = aDisagreement(
  'appeal',
  'named_placement',
  '2026-08-20',
  '2026-10-19',
  'conceded',
  '2026-10-30',
); // 60 days
const provisionAppeal = aDisagreement('appeal', 'plan_needs_and_provision', '2026-09-25', '2026-10-05'); // 10 days
const earlierAppeal = aDisagreement(
  'appeal',
  'cease_plan',
  '2025-12-01',
  '2026-01-20',
  'dismissed',
  '2026-10-02',
); // 50 days
const lastYearAppeal = aDisagreement(
  'appeal',
  'refusal_to_issue',
  '2025-08-01',
  '2025-10-01',
  'part_upheld',
  '2026-03-01',
);
const withdrawnAppeal = aDisagreement(
  'appeal',
  'refusal_to_issue',
  '2026-04-01',
  '2026-05-01',
  'withdrawn',
  '2026-10-20',
); // 30 days
const complaint = aDisagreement('complaint', null, '2026-10-01', '2026-10-02', 'upheld', '2026-10-20');
const complaintOnRefusal = aDisagreement('complaint', 'refusal_to_assess', '2026-09-01', '2026-09-15');
const mediation = aDisagreement('mediation', 'plan_needs_and_provision', '2026-09-25', '2026-10-01');
const register = [
  refusalAppeal,
  placementAppeal,
  provisionAppeal,
  earlierAppeal,
  lastYearAppeal,
  withdrawnAppeal,
  complaint,
  complaintOnRefusal,
  mediation,
];
const tallies: AppealableDecisionTally[] = [
  { month: '2026-10', decisionType: 'refusal_to_assess', decisions: 20 },
  { month: '2026-10', decisionType: 'plan_issued_or_amended', decisions: 100 },
  { month: '2026-10', decisionType: 'cease_plan', decisions: 5 },
  { month: '2026-01', decisionType: 'cease_plan', decisions: 15 },
  { month: '2025-10', decisionType: 'refusal_to_issue', decisions: 8 }, // before the 12 months to October 2026
];

describe('disagreement indicators', () => {
  const report = disagreementIndicators(register, tallies, '2026-10');
  const october = report.byMonth.at(-1)!;

  it('shows the 12 months to the month asked for, oldest first', () => {
    expect(report.months[0]).toBe('2025-11');
    expect(report.byMonth.map((m) => m.month)).toEqual(report.months);
  });

  it('counts complaints, mediations and appeals in the month each was opened', () => {
    // October: complaint on the 2nd; mediation on the 1st; appeals registered 5th, 11th, 19th.
    expect(october).toMatchObject({ complaints: 1, mediations: 1, appeals: 3 });
    // The complaint about the refusal was received in September.
    expect(report.byMonth.find((m) => m.month === '2026-09')).toMatchObject({ complaints: 1, appeals: 0 });
    // The 12 months to October: the 2025-10 appeal falls outside; January's and May's count.
    expect(october.rolling).toMatchObject({ complaints: 2, mediations: 1, appeals: 5 });
  });

  it('sets appeals registered against the appealable decisions made: per 1,000, one decimal', () => {
    // October: 3 appeals / (20 + 100 + 5) = 125 decisions → 24.0 per 1,000.
    expect(october.appealableDecisions).toBe(125);
    expect(october.appealsPerThousand).toBe(24);
    // 12 months: 5 appeals / (125 + 15) = 140 → 35.714… → 35.7.
    expect(october.rolling.appealableDecisions).toBe(140);
    expect(october.rolling.appealsPerThousand).toBe(35.7);
    // September: no decisions made, so no rate (not zero, not infinite).
    expect(report.byMonth.find((m) => m.month === '2026-09')!.appealsPerThousand).toBeNull();
  });

  it('counts conceded and upheld appeals against the council, withdrawn and dismissed for it, in the month of the outcome', () => {
    // Decided in October: conceded (against), dismissed (for), withdrawn (for) → 1 of 3 = 33.3%.
    expect(october).toMatchObject({
      appealsDecided: 3,
      againstTheCouncil: 1,
      percentAgainstTheCouncil: 33.3,
    });
    // 12 months: and March's part upheld (against) → 2 of 4 = 50%.
    expect(october.rolling).toMatchObject({
      appealsDecided: 4,
      againstTheCouncil: 2,
      percentAgainstTheCouncil: 50,
    });
    // An upheld complaint is not an appeal decided.
    expect(
      disagreementsBehind(register, { month: '2026-10', span: 'month', measure: 'against_the_council' }),
    ).toEqual([placementAppeal]);
  });

  it('gives the time to register an appeal from the decision’s notice: the median and the longest', () => {
    expect(daysToRegister(placementAppeal)).toBe(60);
    // October: 10, 40, 60 days → median 40, longest 60.
    expect(october).toMatchObject({ medianDaysToRegister: 40, longestDaysToRegister: 60 });
    // 12 months: 10, 30, 40, 50, 60 → median 40. With an even count the median is the mean of the middle two.
    expect(october.rolling.medianDaysToRegister).toBe(40);
    const six = disagreementIndicators(
      [...register, aDisagreement('appeal', 'cease_plan', '2026-06-01', '2026-06-06')],
      tallies,
      '2026-10',
    ).byMonth.at(-1)!.rolling;
    expect(six.medianDaysToRegister).toBe(35);
    // A month without appeals has no time to register.
    expect(report.byMonth.find((m) => m.month === '2026-09')).toMatchObject({
      medianDaysToRegister: null,
      longestDaysToRegister: null,
    });
  });

  it('names the appeal that took longest to register', () => {
    expect(
      disagreementsBehind(register, { month: '2026-10', span: 'month', measure: 'longest_to_register' }),
    ).toEqual([placementAppeal]);
  });

  it('sets appeals on sections B and F and on the placement against the same count of plans issued or amended', () => {
    expect(decisionTypeOf('plan_needs_and_provision')).toBe('plan_issued_or_amended');
    expect(decisionTypeOf('named_placement')).toBe('plan_issued_or_amended');
    expect(decisionTypeOf(null)).toBe('not_named');
    const plans = report.byDecisionType.find((t) => t.decisionType === 'plan_issued_or_amended')!;
    // October: 2 appeals / 100 plans → 20.0 per 1,000; 1 mediation.
    expect(plans.inMonth).toMatchObject({
      appeals: 2,
      mediations: 1,
      appealableDecisions: 100,
      appealsPerThousand: 20,
    });
    const refusals = report.byDecisionType.find((t) => t.decisionType === 'refusal_to_assess')!;
    expect(refusals.inMonth).toMatchObject({ appeals: 1, appealableDecisions: 20, appealsPerThousand: 50 });
    expect(refusals.rolling).toMatchObject({ appeals: 1, complaints: 1 });
  });

  it('counts a complaint that names no decision without a rate', () => {
    const notNamed = report.byDecisionType.find((t) => t.decisionType === 'not_named')!;
    expect(notNamed.inMonth).toMatchObject({
      complaints: 1,
      appealableDecisions: null,
      appealsPerThousand: null,
    });
  });

  it('lists behind every count exactly the disagreements it counts', () => {
    for (const m of report.byMonth)
      for (const span of ['month', 'rolling'] as const) {
        const figures = span === 'month' ? m : m.rolling;
        const behind = (measure: Parameters<typeof disagreementsBehind>[1]['measure']) =>
          disagreementsBehind(register, { month: m.month, span, measure }).length;
        expect(behind('complaints')).toBe(figures.complaints);
        expect(behind('mediations')).toBe(figures.mediations);
        expect(behind('appeals')).toBe(figures.appeals);
        expect(behind('appeals_decided')).toBe(figures.appealsDecided);
        expect(behind('against_the_council')).toBe(figures.againstTheCouncil);
      }
  });
});
