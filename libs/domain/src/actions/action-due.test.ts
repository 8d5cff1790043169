import { describe, expect, it } from 'vitest';
import { actionDueInWords, actionStanding, compareActionsByUrgency } from './action-due.js';

describe('an action against its due day', () => {
  const today = '2026-12-07';

  it('is overdue from the day after its due day, and due today on the day itself', () => {
    expect(actionStanding('open', '2026-12-06', today)).toBe('overdue');
    expect(actionStanding('open', '2026-12-07', today)).toBe('due_today');
    expect(actionDueInWords('open', '2026-12-06', today)).toBe('1 day overdue');
    expect(actionDueInWords('open', '2026-11-27', today)).toBe('10 days overdue');
    expect(actionDueInWords('open', '2026-12-07', today)).toBe('due today');
  });

  it('is due this week for six days after today, and later from the seventh', () => {
    expect(actionStanding('open', '2026-12-08', today)).toBe('due_this_week');
    expect(actionDueInWords('open', '2026-12-08', today)).toBe('due tomorrow');
    expect(actionStanding('open', '2026-12-13', today)).toBe('due_this_week');
    expect(actionDueInWords('open', '2026-12-13', today)).toBe('due in 6 days');
    expect(actionStanding('open', '2026-12-14', today)).toBe('later');
  });

  it('counts across a month and a leap day', () => {
    expect(actionDueInWords('open', '2028-03-01', '2028-02-28')).toBe('due in 2 days');
  });

  it('says nothing of the due day once done or cancelled', () => {
    expect(actionStanding('done', '2026-11-01', today)).toBe('closed');
    expect(actionDueInWords('cancelled', '2026-11-01', today)).toBeNull();
  });

  it('lists open actions most overdue first, then closed ones latest first', () => {
    const actions = [
      { id: 'done-early', status: 'done' as const, dueOn: '2026-10-01' },
      { id: 'open-later', status: 'open' as const, dueOn: '2026-12-20' },
      { id: 'done-late', status: 'done' as const, dueOn: '2026-11-01' },
      { id: 'open-overdue', status: 'open' as const, dueOn: '2026-12-01' },
    ];
    expect(actions.sort(compareActionsByUrgency).map((a) => a.id)).toEqual([
      'open-overdue',
      'open-later',
      'done-late',
      'done-early',
    ]);
  });
});
