import { describe, expect, it } from 'vitest';
import { clockBadge } from './clock-badge.js';

describe('the clock badge on a caseload row', () => {
  it('counts the decision whether to assess 6 weeks from the day received', () => {
    expect(clockBadge('received', '2026-03-02', '2026-03-02')).toMatchObject({
      dueOn: '2026-04-13',
      daysLeft: 42,
      status: 'on_track',
      week: 1,
    });
  });

  it('is due soon in the last week, on time on the deadline day, overdue the day after', () => {
    expect(clockBadge('received', '2026-03-02', '2026-04-06')?.status).toBe('due_soon');
    expect(clockBadge('received', '2026-03-02', '2026-04-13')).toMatchObject({
      status: 'due_soon',
      daysLeft: 0,
    });
    expect(clockBadge('received', '2026-03-02', '2026-04-14')).toMatchObject({
      status: 'overdue',
      daysLeft: -1,
    });
  });

  it('says the week of the path: day 7 after receipt ends week 1, day 8 starts week 2', () => {
    expect(clockBadge('assessment', '2026-03-02', '2026-03-09')?.week).toBe(1);
    expect(clockBadge('assessment', '2026-03-02', '2026-03-10')?.week).toBe(2);
  });

  it('reads week 20 on the 20-week deadline day, week 21 the day after', () => {
    expect(clockBadge('draft_issued', '2026-03-02', '2026-07-20')).toMatchObject({ week: 20, daysLeft: 0 });
    expect(clockBadge('draft_issued', '2026-03-02', '2026-07-21')).toMatchObject({ week: 21, daysLeft: -1 });
  });

  it('works towards the 20-week final plan once a plan is to be issued, across a leap day', () => {
    expect(clockBadge('decision_to_issue', '2024-01-18', '2024-05-01')).toMatchObject({
      milestone: 'final_plan',
      dueOn: '2024-06-06',
    });
  });

  it('has no badge for a closed request', () => {
    expect(clockBadge('final_issued', '2026-01-01', '2026-03-01')).toBeNull();
    expect(clockBadge('refused', '2026-01-01', '2026-03-01')).toBeNull();
  });
});
