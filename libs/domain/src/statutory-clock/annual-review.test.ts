import { describe, expect, it } from 'vitest';
import {
  amendedPlanDueOn,
  annualReviewClock,
  annualReviewDueOn,
  reviewDecisionDueOn,
} from './annual-review.js';

describe('the annual review', () => {
  it('is due on the last day of the 12 months starting with the day the plan was issued: the day before its anniversary (s44(1))', () => {
    expect(annualReviewDueOn('2025-09-15')).toBe('2026-09-14');
  });

  it('a plan issued on 29 February is reviewed by 28 February the next year', () => {
    expect(annualReviewDueOn('2024-02-29')).toBe('2025-02-28');
  });

  it('a review held on 28 February 2027 makes the next due on 27 February 2028', () => {
    expect(annualReviewDueOn('2027-02-28')).toBe('2028-02-27');
  });

  it('a review held on 1 March 2027 makes the next due on 29 February 2028', () => {
    expect(annualReviewDueOn('2027-03-01')).toBe('2028-02-29');
  });

  it('the decision is due 4 weeks after the review meeting (reg 20(10))', () => {
    expect(reviewDecisionDueOn('2026-03-02')).toBe('2026-03-30');
  });

  it('an amended plan is due 8 weeks after a decision sent in time (reg 22(3))', () => {
    // Meeting 2 March 2026, decision 16 March: 8 weeks from the decision is 11 May, before the 12-week cap of 25 May.
    expect(amendedPlanDueOn('2026-03-02', '2026-03-16')).toBe('2026-05-11');
    // A decision on the last of its 4 weeks: 8 weeks from it is the 12 weeks from the meeting.
    expect(amendedPlanDueOn('2026-03-02', '2026-03-30')).toBe('2026-05-25');
  });

  it('an amended plan is due 12 weeks after the meeting at the latest, however late the decision (R (L) v Devon CC)', () => {
    expect(amendedPlanDueOn('2026-03-02', '2026-03-31')).toBe('2026-05-25');
    expect(amendedPlanDueOn('2026-03-02', '2026-05-20')).toBe('2026-05-25');
  });

  it('counts the 4 weeks across 29 February', () => {
    expect(reviewDecisionDueOn('2028-02-15')).toBe('2028-03-14');
  });
});

describe('where a review stands', () => {
  it('awaits the meeting, due soon in the last week before it is due', () => {
    const [meeting, ...rest] = annualReviewClock({ countsFrom: '2025-09-15' }, '2026-09-07');
    expect(meeting).toMatchObject({
      milestone: 'annual_review_meeting',
      statutoryDeadline: '2026-09-14',
      status: 'due_soon',
      daysLeft: 7,
    });
    expect(rest).toEqual([]);
  });

  it('a meeting held the day before the anniversary is on time; the decision then falls due', () => {
    const clock = annualReviewClock(
      { countsFrom: '2025-09-15', reviewMeetingOn: '2026-09-14' },
      '2026-10-13',
    );
    expect(clock.map((m) => [m.milestone, m.status])).toEqual([
      ['annual_review_meeting', 'completed_on_time'],
      ['annual_review_decision', 'overdue'],
    ]);
    expect(clock[1]).toMatchObject({
      statutoryDeadline: '2026-10-12',
      daysOverdue: 1,
      regulation: 'reg 20(10)',
    });
  });

  it('a meeting held on the anniversary itself is a day late', () => {
    expect(
      annualReviewClock({ countsFrom: '2025-09-15', reviewMeetingOn: '2026-09-15' }, '2026-09-20')[0],
    ).toMatchObject({ status: 'completed_late', daysOverdue: 1 });
  });

  it('a decision to amend brings the amended plan due 8 weeks later', () => {
    const clock = annualReviewClock(
      {
        countsFrom: '2025-09-16',
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
    expect(clock[2]).toMatchObject({
      statutoryDeadline: '2026-12-08',
      regulation: 'reg 22(3); R (L) v Devon CC [2022] EWHC 493 (Admin)',
    });
  });

  it('a decision to amend notified late leaves the amended plan due 12 weeks after the meeting, not 8 after it', () => {
    // Meeting 15 September 2026: 12 weeks later is 8 December. The decision came on 3 November, 7 weeks on.
    const review = (amendedPlanIssuedOn: string) =>
      annualReviewClock(
        {
          countsFrom: '2025-09-16',
          reviewMeetingOn: '2026-09-15',
          decision: { on: '2026-11-03', outcome: 'amend' },
          amendedPlanIssuedOn,
        },
        '2027-02-01',
      )[2];
    expect(review('2026-12-08')).toMatchObject({
      statutoryDeadline: '2026-12-08',
      status: 'completed_on_time',
    });
    expect(review('2026-12-09')).toMatchObject({ status: 'completed_late', daysOverdue: 1 });
  });

  it('an amended plan a day after its 8 weeks is late', () => {
    const clock = annualReviewClock(
      {
        countsFrom: '2025-09-16',
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
        countsFrom: '2025-09-16',
        reviewMeetingOn: '2026-09-15',
        decision: { on: '2026-09-20', outcome: 'maintain' },
      },
      '2027-01-01',
    );
    expect(clock.map((m) => m.milestone)).toEqual(['annual_review_meeting', 'annual_review_decision']);
  });
});
