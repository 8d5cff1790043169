import { describe, expect, it } from 'vitest';
import {
  amendedPlanDueOn,
  annualReviewClock,
  annualReviewDueOn,
  reviewDecisionDueOn,
} from './annual-review.js';

describe('the annual review', () => {
  it('is due 12 months after the final plan was issued', () => {
    expect(annualReviewDueOn('2025-09-15')).toBe('2026-09-15');
  });

  it('a plan issued on 29 February is reviewed by 28 February the next year', () => {
    expect(annualReviewDueOn('2024-02-29')).toBe('2025-02-28');
  });

  it('a review held on 28 February 2027 makes the next due on 28 February 2028, not 29', () => {
    expect(annualReviewDueOn('2027-02-28')).toBe('2028-02-28');
  });

  it('the decision is due 4 weeks after the review meeting (reg 20(10))', () => {
    expect(reviewDecisionDueOn('2026-03-02')).toBe('2026-03-30');
  });

  it('an amended plan is due 8 weeks after the decision (reg 22(3))', () => {
    expect(amendedPlanDueOn('2026-03-30')).toBe('2026-05-25');
  });

  it('counts the 4 weeks across 29 February', () => {
    expect(reviewDecisionDueOn('2028-02-15')).toBe('2028-03-14');
  });
});

describe('where a review stands', () => {
  it('awaits the meeting, due soon in the last week before the anniversary', () => {
    const [meeting, ...rest] = annualReviewClock({ countsFrom: '2025-09-15' }, '2026-09-08');
    expect(meeting).toMatchObject({
      milestone: 'annual_review_meeting',
      statutoryDeadline: '2026-09-15',
      status: 'due_soon',
      daysLeft: 7,
    });
    expect(rest).toEqual([]);
  });

  it('a meeting held on the anniversary is on time; the decision then falls due', () => {
    const clock = annualReviewClock(
      { countsFrom: '2025-09-15', reviewMeetingOn: '2026-09-15' },
      '2026-10-14',
    );
    expect(clock.map((m) => [m.milestone, m.status])).toEqual([
      ['annual_review_meeting', 'completed_on_time'],
      ['annual_review_decision', 'overdue'],
    ]);
    expect(clock[1]).toMatchObject({
      statutoryDeadline: '2026-10-13',
      daysOverdue: 1,
      regulation: 'reg 20(10)',
    });
  });

  it('a meeting held the day after the anniversary is late', () => {
    expect(
      annualReviewClock({ countsFrom: '2025-09-15', reviewMeetingOn: '2026-09-16' }, '2026-09-20')[0],
    ).toMatchObject({ status: 'completed_late', daysOverdue: 1 });
  });

  it('a decision to amend brings the amended plan due 8 weeks later', () => {
    const clock = annualReviewClock(
      {
        countsFrom: '2025-09-15',
        reviewMeetingOn: '2026-09-15',
        decision: { on: '2026-10-13', outcome: 'amend' },
        amendedPlanIssuedOn: '2026-12-08',
      },
      '2027-01-01',
    );
    expect(clock.map((m) => [m.milestone, m.status])).toEqual([
      ['annual_review_meeting', 'completed_on_time'],
      ['annual_review_decision', 'completed_on_time'],
      ['amended_plan', 'completed_on_time'],
    ]);
    expect(clock[2]).toMatchObject({ statutoryDeadline: '2026-12-08', regulation: 'reg 22(3)' });
  });

  it('an amended plan a day after its 8 weeks is late', () => {
    const clock = annualReviewClock(
      {
        countsFrom: '2025-09-15',
        reviewMeetingOn: '2026-09-15',
        decision: { on: '2026-10-13', outcome: 'amend' },
        amendedPlanIssuedOn: '2026-12-09',
      },
      '2027-01-01',
    );
    expect(clock[2]).toMatchObject({ status: 'completed_late', daysOverdue: 1 });
  });

  it('a decision to keep the plan as it is ends the review: no amended plan is due', () => {
    const clock = annualReviewClock(
      {
        countsFrom: '2025-09-15',
        reviewMeetingOn: '2026-09-15',
        decision: { on: '2026-09-20', outcome: 'maintain' },
      },
      '2027-01-01',
    );
    expect(clock.map((m) => m.milestone)).toEqual(['annual_review_meeting', 'annual_review_decision']);
  });
});
