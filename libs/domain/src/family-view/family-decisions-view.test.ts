import { describe, expect, it } from 'vitest';
import {
  adviceFromInWords,
  decisionSaidYes,
  familyAdviceView,
  familyDecisionWords,
  familyPlanReviewsView,
} from './family-decisions-view.js';

describe("the family's decisions, advice and reviews in plain words", () => {
  it('says each decision in one sentence with the child’s first name', () => {
    expect(familyDecisionWords('decision_to_assess', true, 'Sam')).toBe(
      'We decided to carry out an assessment of Sam’s needs',
    );
    expect(familyDecisionWords('decision_to_assess', false, 'Sam')).toBe(
      'We decided not to carry out an assessment of Sam’s needs',
    );
    expect(familyDecisionWords('decision_to_issue', true, 'Sam')).toBe(
      'We decided to write an Education, Health and Care plan for Sam',
    );
    expect(familyDecisionWords('decision_to_issue', false, 'Sam')).toBe(
      'We decided not to write an Education, Health and Care plan for Sam',
    );
  });

  it('knows a "yes" from a "no" for both decisions', () => {
    expect(decisionSaidYes('decision_to_assess', 'agree')).toBe(true);
    expect(decisionSaidYes('decision_to_issue', 'issue')).toBe(true);
    expect(decisionSaidYes('decision_to_assess', 'refuse')).toBe(false);
  });

  it('names who was asked for advice by their team where the council named one', () => {
    expect(adviceFromInWords('educational_psychology', 'ep_service')).toBe('Educational psychologist');
    expect(adviceFromInWords('health', 'salt')).toBe('Speech and language therapist');
    expect(adviceFromInWords('health', null)).toBe('Health');
    expect(adviceFromInWords('social_care', 'a_team_of_the_council')).toBe('Social care');
  });

  it('gives advice 6 weeks, and says it is late when it came back after that or is still not back', () => {
    const asked = { id: 'a', kind: 'health' as const, teamCode: null, askedOn: '2026-01-05' };
    expect(familyAdviceView({ ...asked, returnedOn: null }, '2026-02-16')).toMatchObject({
      dueOn: '2026-02-16',
      late: false,
    });
    expect(familyAdviceView({ ...asked, returnedOn: null }, '2026-02-17').late).toBe(true);
    expect(familyAdviceView({ ...asked, returnedOn: '2026-02-16' }, '2026-06-01').late).toBe(false);
    expect(familyAdviceView({ ...asked, returnedOn: '2026-02-20' }, '2026-06-01')).toMatchObject({
      returnedOn: '2026-02-20',
      late: true,
    });
  });

  it('counts the next review from the last review meeting, or from the final plan before the first', () => {
    expect(familyPlanReviewsView({ finalIssuedOn: '2025-09-15', lastReviewOn: null }, '2026-01-01')).toEqual({
      planIssuedOn: '2025-09-15',
      lastReviewOn: null,
      nextDueBy: '2026-09-14',
      late: false,
    });
    expect(
      familyPlanReviewsView({ finalIssuedOn: '2024-03-01', lastReviewOn: '2025-02-20' }, '2026-03-01'),
    ).toEqual({
      planIssuedOn: '2024-03-01',
      lastReviewOn: '2025-02-20',
      nextDueBy: '2026-02-19',
      late: true,
    });
    expect(
      familyPlanReviewsView({ finalIssuedOn: null, lastReviewOn: null }, '2026-01-01').nextDueBy,
    ).toBeNull();
  });
});
