import { describe, expect, it } from 'vitest';
import { annualReviewClock } from '../statutory-clock/annual-review.js';
import { statutoryClock } from '../statutory-clock/statutory-clock.js';
import { orderWeeklyOrders, sittingWeek, weeklyOrderReasons } from './weekly-orders.js';

// A sitting on Wednesday 9 December 2026 looks at Monday 7 to Sunday 13 December.
const week = sittingWeek('2026-12-09');

describe('the Weekly Orders week', () => {
  it('runs Monday to Sunday around the sitting, whatever day it sits', () => {
    expect(week).toEqual({ monday: '2026-12-07', sunday: '2026-12-13' });
    expect(sittingWeek('2026-12-07')).toEqual(week);
    expect(sittingWeek('2026-12-13')).toEqual(week);
    expect(sittingWeek('2026-12-14').monday).toBe('2026-12-14');
  });
});

describe('why a child is on the Weekly Orders', () => {
  it('a decision whether to assess due this week (6 weeks from receipt) is a deadline this week', () => {
    const clock = statutoryClock([{ type: 'request_received', on: '2026-10-28' }], '2026-12-09');
    expect(weeklyOrderReasons(clock.milestones, week)).toEqual([
      expect.objectContaining({ reason: 'deadline_this_week', dueOn: '2026-12-09', overdue: false }),
    ]);
  });

  it('advice asked more than 6 weeks before the week is overdue; a request with nothing due this week gives none', () => {
    const late = statutoryClock(
      [
        { type: 'request_received', on: '2026-09-01' },
        { type: 'decision_to_assess', on: '2026-09-10', outcome: 'agree' },
        { type: 'advice_requested', on: '2026-09-11', adviceId: 'a1', agency: 'SALT' },
      ],
      '2026-12-09',
    );
    expect(weeklyOrderReasons(late.milestones, week).map((r) => r.reason)).toEqual(['advice_overdue']);
    const early = statutoryClock([{ type: 'request_received', on: '2026-11-25' }], '2026-12-09');
    expect(weeklyOrderReasons(early.milestones, week)).toEqual([]);
  });

  it('an annual review not held by the day before the anniversary is one to convene; a held one awaits its decision', () => {
    const toConvene = annualReviewClock({ countsFrom: '2025-12-10' }, '2026-12-09');
    expect(weeklyOrderReasons(toConvene, week)).toEqual([
      expect.objectContaining({ reason: 'annual_review_to_convene', dueOn: '2026-12-09' }),
    ]);
    const toDecide = annualReviewClock(
      { countsFrom: '2025-11-01', reviewMeetingOn: '2026-11-02' },
      '2026-12-09',
    );
    expect(weeklyOrderReasons(toDecide, week)).toEqual([
      expect.objectContaining({ reason: 'annual_review_to_decide', dueOn: '2026-11-30', overdue: true }),
    ]);
  });

  it('puts the children of each locality together, overdue first, then the earliest date', () => {
    const reason = (dueOn: string, overdue: boolean) => ({
      reason: 'overdue_step' as const,
      milestone: 'final_plan' as const,
      label: 'Final plan',
      regulation: null,
      dueOn,
      overdue,
    });
    const ordered = orderWeeklyOrders([
      { caseReference: 'C', localityName: 'Southmere', reasons: [reason('2026-12-08', false)] },
      { caseReference: 'B', localityName: 'Northdale', reasons: [reason('2026-12-07', false)] },
      { caseReference: 'A', localityName: 'Northdale', reasons: [reason('2026-12-01', true)] },
      { caseReference: 'D', localityName: 'Southmere', reasons: [reason('2026-11-01', true)] },
    ]);
    expect(ordered.map((c) => c.caseReference)).toEqual(['A', 'B', 'D', 'C']);
  });
});
