import { describe, expect, it } from 'vitest';
import { DUE_SOON_WITHIN_DAYS, localTargetMet, milestoneClock, milestoneTiming } from './milestones.js';

const dueOn = '2026-04-13';

describe('a milestone that is done', () => {
  it('the deadline day itself is on time', () => {
    expect(milestoneTiming(dueOn, '2026-04-13', '2026-05-01')).toEqual({
      status: 'completed_on_time',
      daysLeft: null,
      daysOverdue: null,
    });
  });

  it('the day after the deadline is late, by one day', () => {
    expect(milestoneTiming(dueOn, '2026-04-14', '2026-05-01')).toEqual({
      status: 'completed_late',
      daysLeft: null,
      daysOverdue: 1,
    });
  });

  it('is judged on the day it was done, whatever day it is read', () => {
    expect(milestoneTiming(dueOn, '2026-03-20', '2027-01-01').status).toBe('completed_on_time');
  });
});

describe('a milestone still open', () => {
  it('is on track with more than a week to go', () => {
    expect(milestoneTiming(dueOn, null, '2026-04-05')).toEqual({
      status: 'open_on_track',
      daysLeft: 8,
      daysOverdue: null,
    });
  });

  it(`is due soon within ${DUE_SOON_WITHIN_DAYS} days of its deadline`, () => {
    expect(DUE_SOON_WITHIN_DAYS).toBe(7);
    expect(milestoneTiming(dueOn, null, '2026-04-06')).toEqual({
      status: 'due_soon',
      daysLeft: 7,
      daysOverdue: null,
    });
  });

  it('is due soon, not overdue, on the deadline day itself', () => {
    expect(milestoneTiming(dueOn, null, '2026-04-13')).toEqual({
      status: 'due_soon',
      daysLeft: 0,
      daysOverdue: null,
    });
  });

  it('is overdue the day after the deadline, and counts the days overdue', () => {
    expect(milestoneTiming(dueOn, null, '2026-04-14')).toEqual({
      status: 'overdue',
      daysLeft: null,
      daysOverdue: 1,
    });
    expect(milestoneTiming(dueOn, null, '2026-05-13')).toEqual({
      status: 'overdue',
      daysLeft: null,
      daysOverdue: 30,
    });
  });
});

describe('the council’s local target', () => {
  it('is met when the step is done on or before it', () => {
    expect(localTargetMet('2026-03-16', '2026-03-16', '2026-04-01')).toBe(true);
    expect(localTargetMet('2026-03-16', '2026-03-17', '2026-04-01')).toBe(false);
  });

  it('is not yet known while open and not passed; missed once passed', () => {
    expect(localTargetMet('2026-03-16', null, '2026-03-16')).toBeNull();
    expect(localTargetMet('2026-03-16', null, '2026-03-17')).toBe(false);
  });

  it('is null where there is no local target', () => {
    expect(localTargetMet(null, '2026-03-16', '2026-04-01')).toBeNull();
  });
});

describe('judging a milestone', () => {
  it('is judged against the statutory deadline where there is one, even with a local target before it', () => {
    const milestone = milestoneClock(
      {
        milestone: 'decision_to_assess',
        regulation: 'reg 5(1)',
        startsOn: '2026-03-02',
        statutoryDeadline: dueOn,
        localTarget: '2026-03-16',
        completedOn: '2026-03-20',
      },
      '2026-04-01',
    );
    expect(milestone).toMatchObject({
      dueOn,
      dueBasis: 'statutory',
      status: 'completed_on_time',
      localTargetMet: false,
      exceptionCase: false,
    });
  });

  it('is judged against the local target where the law sets no limit', () => {
    const milestone = milestoneClock(
      {
        milestone: 'draft_plan',
        regulation: null,
        startsOn: null,
        statutoryDeadline: null,
        localTarget: '2026-07-05',
        completedOn: null,
      },
      '2026-07-06',
    );
    expect(milestone).toMatchObject({
      dueOn: '2026-07-05',
      dueBasis: 'local_target',
      status: 'overdue',
      daysOverdue: 1,
      label: 'Draft plan',
    });
  });

  it('cannot be judged with no date to judge it by', () => {
    expect(() =>
      milestoneClock(
        {
          milestone: 'draft_plan',
          regulation: null,
          startsOn: null,
          statutoryDeadline: null,
          localTarget: null,
          completedOn: null,
        },
        '2026-07-06',
      ),
    ).toThrow(RangeError);
  });
});
