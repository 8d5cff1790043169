import { describe, expect, it } from 'vitest';
import { nextTransferYear, checkPhaseTransferAmendment } from './phase-transfer-rules.js';
import {
  checkAmendedPlan,
  checkReviewDecision,
  checkReviewMeeting,
  currentReviewCycle,
} from './review-cycle-rules.js';

const TODAY = '2026-11-23';

describe('the review now running', () => {
  it('counts from the final plan until a review meeting is held, then from the last meeting', () => {
    expect(currentReviewCycle('2025-09-15', [])).toEqual({ countsFrom: '2025-09-15', dueOn: '2026-09-14' });
    const held = [
      { countsFrom: '2024-06-03', reviewMeetingOn: '2025-05-20', decisionOutcome: 'maintain' as const },
      { countsFrom: '2025-05-20', reviewMeetingOn: '2026-05-11', decisionOutcome: null },
    ];
    expect(currentReviewCycle('2024-06-03', held)).toEqual({ countsFrom: '2026-05-11', dueOn: '2027-05-10' });
  });

  it('has no review due once the last review decided to cease the plan', () => {
    expect(
      currentReviewCycle('2024-06-03', [
        { countsFrom: '2024-06-03', reviewMeetingOn: '2025-05-20', decisionOutcome: 'cease' },
      ]),
    ).toBeNull();
  });
});

describe('the dates of a review', () => {
  it('a meeting comes after the day the year counts from, and not after today', () => {
    expect(
      checkReviewMeeting({ countsFrom: '2025-11-24', reviewMeetingOn: '2026-11-23', today: TODAY }),
    ).toBeNull();
    expect(
      checkReviewMeeting({ countsFrom: '2025-11-24', reviewMeetingOn: '2025-11-24', today: TODAY }),
    ).toMatchObject({ field: 'reviewMeetingOn' });
    expect(
      checkReviewMeeting({ countsFrom: '2025-11-24', reviewMeetingOn: '2026-11-24', today: TODAY })?.message,
    ).toMatch(/not come yet/);
  });

  it('a decision comes on or after the meeting, and not after today', () => {
    expect(
      checkReviewDecision({ reviewMeetingOn: '2026-10-01', decisionOn: '2026-10-01', today: TODAY }),
    ).toBeNull();
    expect(
      checkReviewDecision({ reviewMeetingOn: '2026-10-01', decisionOn: '2026-09-30', today: TODAY })?.message,
    ).toMatch(/before the review meeting/);
    expect(
      checkReviewDecision({ reviewMeetingOn: null, decisionOn: '2026-10-01', today: TODAY })?.message,
    ).toMatch(/record the meeting first/);
    expect(
      checkReviewDecision({ reviewMeetingOn: '2026-10-01', decisionOn: '2026-11-24', today: TODAY })?.message,
    ).toMatch(/not come yet/);
  });

  it('an amended plan follows only a decision to amend, on or after its day', () => {
    const amend = { on: '2026-10-05', outcome: 'amend' as const };
    expect(checkAmendedPlan({ decision: amend, amendedPlanIssuedOn: '2026-10-05', today: TODAY })).toBeNull();
    expect(
      checkAmendedPlan({ decision: amend, amendedPlanIssuedOn: '2026-10-04', today: TODAY })?.message,
    ).toMatch(/before the decision/);
    expect(
      checkAmendedPlan({
        decision: { on: '2026-10-05', outcome: 'maintain' },
        amendedPlanIssuedOn: '2026-11-01',
        today: TODAY,
      })?.message,
    ).toMatch(/maintain/);
    expect(
      checkAmendedPlan({ decision: null, amendedPlanIssuedOn: '2026-11-01', today: TODAY }),
    ).not.toBeNull();
  });
});

describe('phase transfers', () => {
  it('from September the next transfer is the following year’s; until August it is this year’s', () => {
    expect(nextTransferYear('2026-08-31')).toBe(2026);
    expect(nextTransferYear('2026-09-01')).toBe(2027);
    expect(nextTransferYear('2027-02-10')).toBe(2027);
  });

  it('the plan is amended after it was issued and not after today', () => {
    expect(
      checkPhaseTransferAmendment({
        planIssuedOn: '2025-06-01',
        amendedPlanIssuedOn: '2026-11-23',
        today: TODAY,
      }),
    ).toBeNull();
    expect(
      checkPhaseTransferAmendment({
        planIssuedOn: '2025-06-01',
        amendedPlanIssuedOn: '2025-05-31',
        today: TODAY,
      }),
    ).not.toBeNull();
    expect(
      checkPhaseTransferAmendment({
        planIssuedOn: '2025-06-01',
        amendedPlanIssuedOn: '2026-11-24',
        today: TODAY,
      }),
    ).not.toBeNull();
  });
});
