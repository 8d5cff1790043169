import { describe, expect, it } from 'vitest';
import { scoreOnCriteria } from './score-on-criteria.js';

// Weights 4, 3, 2, 1: a total of 10, so each tick is easy to add up by hand.
const framework = [
  { id: 'sections', weight: 4 },
  { id: 'outcomes', weight: 3 },
  { id: 'voice', weight: 2 },
  { id: 'typed', weight: 1 },
];

describe('a reviewer’s private score on the framework', () => {
  it('earns the grade the ticks’ weights reach', () => {
    // 4 + 3 = 7 of 10: 70%, exactly Good.
    expect(scoreOnCriteria(framework, { metCriterionIds: ['sections', 'outcomes'] })).toEqual({
      computedGrade: 'good',
      grade: 'good',
      overrideReason: null,
    });
    // 9 of 10: Outstanding.
    expect(scoreOnCriteria(framework, { metCriterionIds: ['sections', 'outcomes', 'voice'] })).toMatchObject({
      grade: 'outstanding',
    });
    expect(scoreOnCriteria(framework, { metCriterionIds: [] })).toMatchObject({ grade: 'inadequate' });
  });

  it('keeps a different grade only with the reason for it', () => {
    expect(scoreOnCriteria(framework, { metCriterionIds: ['sections'], grade: 'good' })).toEqual({
      field: 'overrideReason',
      message: expect.stringContaining('Say why'),
    });
    expect(
      scoreOnCriteria(framework, { metCriterionIds: ['sections'], grade: 'good', overrideReason: '  ok ' }),
    ).toMatchObject({ field: 'overrideReason' });
    expect(
      scoreOnCriteria(framework, {
        metCriterionIds: ['sections'],
        grade: 'good',
        overrideReason: ' Strong voice throughout ',
      }),
    ).toEqual({
      computedGrade: 'inadequate',
      grade: 'good',
      overrideReason: 'Strong voice throughout',
    });
    // Giving the grade the ticks earn is no override: a reason sent with it is not kept.
    expect(
      scoreOnCriteria(framework, {
        metCriterionIds: ['sections', 'outcomes'],
        grade: 'good',
        overrideReason: 'x',
      }),
    ).toMatchObject({ overrideReason: null });
  });

  it('refuses a criterion that is not in the rubric, or one ticked twice', () => {
    expect(scoreOnCriteria(framework, { metCriterionIds: ['retired'] })).toMatchObject({
      field: 'metCriterionIds',
      message: 'Tick each criterion of the current framework at most once.',
    });
    expect(scoreOnCriteria(framework, { metCriterionIds: ['voice', 'voice'] })).toMatchObject({
      field: 'metCriterionIds',
    });
    expect(scoreOnCriteria(framework, { metCriterionIds: ['x'] }, 'advice')).toMatchObject({
      message: 'Tick each point of the advice rubric at most once.',
    });
  });
});
